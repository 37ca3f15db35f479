"""The guide's four criteria for starting to run again, read from the runner's journal where
it can be, and confirmed by the runner where it cannot (daily walking: the answer holds two
weeks, then it is asked again). Numbers in coach/rules.py."""

from __future__ import annotations

from datetime import date, timedelta
from enum import Enum
from typing import Any, NamedTuple

from heelcoach.coach.next_day import Mornings
from heelcoach.coach.rules import (
    ACCEPTABLE_PAIN_MAX,
    CHECK_INS_FOR_A_WEEK,
    HEEL_RAISE_RECENT_DAYS,
    NO_WORSE_MORNING_DAYS,
    STABLE_PAIN_DAYS,
    STABLE_PAIN_MARGIN,
    WALKING_ANSWER_DAYS,
    Zone,
    zone_of,
)
from heelcoach.coach.training_days import TrainingLog
from heelcoach.coach.walk_run import worse_morning_after


class Criterion(Enum):
    WALKING = "walking"  # daily walking without significant pain: the runner says
    HEEL_RAISE = "heel_raise"  # a single-leg heel raise with acceptable pain
    NO_WORSE_MORNING = "no_worse_morning"  # no worse morning after ordinary activity
    STABLE_PAIN = "stable_pain"  # pain stable or falling over the last 1-2 weeks


class Check(NamedTuple):
    criterion: Criterion
    met: bool | None  # None: the journal cannot tell yet
    numbers: tuple[Any, ...] = ()  # what the verdict rests on, for its sentence


def _mean(values: list[int]) -> float | None:
    return sum(values) / len(values) if len(values) >= CHECK_INS_FOR_A_WEEK else None


def stable_pain(mornings: Mornings, today: date) -> Check:
    def week(ending: date) -> list[int]:
        return [mornings.by_day[d][0] for d in mornings.between(ending - timedelta(
            days=STABLE_PAIN_DAYS), ending)]  # fmt: skip

    last_week = week(today)
    last = _mean(last_week)
    before = _mean(week(today - timedelta(days=STABLE_PAIN_DAYS)))
    if last is None or before is None:
        return Check(Criterion.STABLE_PAIN, None)
    green = all(zone_of(pain) is Zone.GREEN for pain in last_week)
    return Check(Criterion.STABLE_PAIN, green or last <= before + STABLE_PAIN_MARGIN,
                 (before, last))  # fmt: skip


def heel_raise_acceptable(log: TrainingLog, today: date) -> Check:
    recent = [day for day in log.recent(3) if (today - day.day).days <= HEEL_RAISE_RECENT_DAYS]
    if not recent or recent[-1].highest_pain is None:
        return Check(Criterion.HEEL_RAISE, None)
    pain = recent[-1].highest_pain
    return Check(Criterion.HEEL_RAISE, pain <= ACCEPTABLE_PAIN_MAX, (recent[-1].day, pain))


def no_worse_morning(mornings: Mornings, today: date) -> Check:
    days = mornings.between(today - timedelta(days=NO_WORSE_MORNING_DAYS), today)
    if len(days) < CHECK_INS_FOR_A_WEEK:  # a morning or two says too little of a week
        return Check(Criterion.NO_WORSE_MORNING, None)
    worse = [day for day in days if worse_morning_after(day - timedelta(days=1), mornings)]
    return Check(Criterion.NO_WORSE_MORNING, not worse, (len(worse),))


def walking(confirmed_on: date | None, today: date) -> Check:
    """The runner's word: met for two weeks after they said so, then asked again (None)."""
    if confirmed_on is None:
        return Check(Criterion.WALKING, False)
    fresh = 0 <= (today - confirmed_on).days <= WALKING_ANSWER_DAYS
    return Check(Criterion.WALKING, True if fresh else None, (confirmed_on,))


def checks(log: TrainingLog, mornings: Mornings, today: date,
           walking_confirmed_on: date | None) -> list[Check]:  # fmt: skip
    """The four criteria in the guide's order."""
    return [
        walking(walking_confirmed_on, today),
        heel_raise_acceptable(log, today),
        no_worse_morning(mornings, today),
        stable_pain(mornings, today),
    ]


def all_met(found: list[Check]) -> bool:
    return all(check.met for check in found)
