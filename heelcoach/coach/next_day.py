"""The next-day rule: did a session ask too much of the heel?

A session flared when a set reached the red zone, when the pain after it was still red, or
when a morning after it was worse: the runner said so, or first-step pain stood well above
their usual. A session with no check-in after it is not "no worse": nobody knows yet. What
the rule found is kept as facts (days and numbers), for the words.
"""

from __future__ import annotations

import bisect
from datetime import date
from typing import NamedTuple

from heelcoach.coach.rules import (
    USUAL_CHECK_INS,
    USUAL_NEEDS_CHECK_INS,
    WORSE_JUMP_POINTS,
    WORSE_MORNING_POINTS,
    Zone,
    zone_of,
)
from heelcoach.coach.training_days import TrainingDay


class Flare(NamedTuple):
    session: date
    red_set_pain: int | None = None
    red_pain_after: int | None = None
    said_worse_on: date | None = None  # the morning the runner ticked "worse than usual"
    worse_morning: tuple[date, int, float] | None = None  # day, first-step pain, usual


class Mornings:
    """First-step pain by day, with the runner's usual before any morning."""

    def __init__(self, by_day: dict[date, tuple[int, bool | None]]) -> None:
        self.by_day = by_day
        self.days = sorted(by_day)

    def usual_before(self, day: date) -> float | None:
        """The mean of the last check-ins before `day`; None while there are too few."""
        window = self._before(day)
        if len(window) < USUAL_NEEDS_CHECK_INS:
            return None
        return sum(self.by_day[d][0] for d in window) / len(window)

    def worse_than_usual(self, day: date) -> float | None:
        """The usual that the first steps on `day` (a day with a check-in) stood well above:
        two points above a usual of three check-ins or more, three above any earlier
        morning at all. None if they did not."""
        window = self._before(day)
        if not window:
            return None
        usual = sum(self.by_day[d][0] for d in window) / len(window)
        jump = WORSE_MORNING_POINTS if len(window) >= USUAL_NEEDS_CHECK_INS else WORSE_JUMP_POINTS
        return usual if self.by_day[day][0] >= usual + jump else None

    def _before(self, day: date) -> list[date]:
        end = bisect.bisect_left(self.days, day)
        return self.days[max(0, end - USUAL_CHECK_INS) : end]

    def between(self, after: date, until: date) -> list[date]:
        """The days with a check-in after `after`, up to and with `until`."""
        days = self.days
        return days[bisect.bisect_right(days, after) : bisect.bisect_right(days, until)]

    def red_days(self, after: date, until: date) -> list[date]:
        """The days after `after`, up to and with `until`, whose first steps were red."""
        return [day for day in self.between(after, until)
                if zone_of(self.by_day[day][0]) is Zone.RED]  # fmt: skip


def flare_of(session: TrainingDay, mornings: Mornings, until: date) -> Flare | None:
    """What made `session` a flare, looking at the mornings up to `until` (the next session,
    or today); None if nothing did."""
    red_sets = session.highest_pain
    red_after = session.pain_after
    said_worse = None
    worse = None
    for day in mornings.between(session.day, until):
        pain, said = mornings.by_day[day]
        if said and said_worse is None:
            said_worse = day
        usual = mornings.worse_than_usual(day)
        if worse is None and usual is not None:
            worse = (day, pain, usual)
    flare = Flare(
        session.day,
        red_set_pain=red_sets if red_sets is not None and zone_of(red_sets) is Zone.RED else None,
        red_pain_after=red_after
        if red_after is not None and zone_of(red_after) is Zone.RED
        else None,
        said_worse_on=said_worse,
        worse_morning=worse,
    )
    found = (flare.red_set_pain, flare.red_pain_after, flare.said_worse_on, flare.worse_morning)
    return flare if any(value is not None for value in found) else None
