"""When to see a physiotherapist or doctor, from the runner's own course (guide; Morrissey
2021): six weeks of training without a fall in first-step pain, red mornings on most days
of two weeks, or flare-ups so close together that the right load is hard to find."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import NamedTuple

from heelcoach.coach.next_day import Flare, Mornings
from heelcoach.coach.rules import (
    EARLIEST_CHECK_INS,
    FLARES_FOR_HELP,
    FLARES_WINDOW_DAYS,
    GREEN_MAX,
    IMPROVEMENT_POINTS,
    MEAN_DAYS,
    NO_FALL_SPAN_DAYS,
    RED_DAYS_FOR_HELP,
    RED_DAYS_WINDOW,
    SEEK_HELP_AFTER_WEEKS,
)


class SeekHelp(NamedTuple):
    no_improvement: tuple[float, float] | None  # the earliest check-ins' mean, the last week's
    red_days: int  # red first-step mornings in the last two weeks (when most were)
    flares: int = 0  # flare-ups in the last four weeks (when there were three or more)


def _mean(values: list[int]) -> float | None:
    return sum(values) / len(values) if values else None


def seek_help(mornings: Mornings, flares: Sequence[Flare], training_weeks: int, today: date,
              put_off_until: date | None = None) -> SeekHelp | None:  # fmt: skip
    """The reasons to seek help today, or None. `flares`: those of the sessions of the last
    four weeks or more; `training_weeks`: full weeks of program."""
    if put_off_until is not None and today < put_off_until:
        return None
    by_day = mornings.by_day
    no_improvement: tuple[float, float] | None = None
    if training_weeks >= SEEK_HELP_AFTER_WEEKS:
        last_week = [by_day[d][0] for d in mornings.between(today - timedelta(days=MEAN_DAYS),
                                                            today)]  # fmt: skip
        long_ago = today - timedelta(days=NO_FALL_SPAN_DAYS)
        earliest = [by_day[d][0] for d in mornings.days[:EARLIEST_CHECK_INS] if d <= long_ago]
        first, last = _mean(earliest), _mean(last_week)
        still_hurts = last is not None and last > GREEN_MAX  # no fall from the green is fine
        if first is not None and last is not None and still_hurts and (
                last > first - IMPROVEMENT_POINTS):  # fmt: skip
            no_improvement = (first, last)
    red = len(mornings.red_days(today - timedelta(days=RED_DAYS_WINDOW), today))
    since = today - timedelta(days=FLARES_WINDOW_DAYS)
    close = sum(1 for flare in flares if flare.session > since)
    red = red if red >= RED_DAYS_FOR_HELP else 0
    close = close if close >= FLARES_FOR_HELP else 0
    if no_improvement is None and not red and not close:
        return None
    return SeekHelp(no_improvement, red, close)
