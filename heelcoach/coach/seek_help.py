"""When to see a physiotherapist or doctor, from the runner's own course: six weeks of
training without a fall in first-step pain, or red mornings on most days of a week."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from heelcoach.coach.rules import (
    IMPROVEMENT_POINTS,
    MEAN_DAYS,
    RED_DAYS_IN_A_WEEK,
    SEEK_HELP_AFTER_WEEKS,
    Zone,
    zone_of,
)


@dataclass(frozen=True)
class SeekHelp:
    no_improvement: tuple[float, float] | None  # first week's mean, last week's mean
    red_days: int  # red first-step mornings in the last seven days (when most were)


def _mean(values: list[int]) -> float | None:
    return sum(values) / len(values) if values else None


def seek_help(mornings: dict[date, tuple[int, bool | None]], start: date | None,
              training_weeks: int, today: date, put_off_until: date | None = None,
              ) -> SeekHelp | None:  # fmt: skip
    """The reasons to seek help today, or None. `training_weeks`: full weeks of program."""
    if put_off_until is not None and today < put_off_until:
        return None
    last_week = [pain for day, (pain, _) in mornings.items()
                 if today - timedelta(days=MEAN_DAYS) < day <= today]  # fmt: skip
    red_days = sum(zone_of(pain) is Zone.RED for pain in last_week)
    no_improvement = None
    if start is not None and training_weeks >= SEEK_HELP_AFTER_WEEKS:
        first_week = [pain for day, (pain, _) in mornings.items()
                      if start <= day < start + timedelta(days=MEAN_DAYS)]  # fmt: skip
        first, last = _mean(first_week), _mean(last_week)
        if first is not None and last is not None and last > first - IMPROVEMENT_POINTS:
            no_improvement = (first, last)
    if no_improvement is None and red_days < RED_DAYS_IN_A_WEEK:
        return None
    return SeekHelp(no_improvement, red_days if red_days >= RED_DAYS_IN_A_WEEK else 0)
