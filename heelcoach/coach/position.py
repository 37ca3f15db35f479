"""Where the runner is: the program's week and stage, and whether today is a training day.

The program's clock runs from its start (the first heel-raise session, or a date the runner
set) but stands still during a break, so a fortnight away does not jump a stage. The
runner's own moves (repeat a week, a stage back or on) are a shift of that clock in days.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from enum import Enum
from itertools import pairwise
from typing import NamedTuple

from heelcoach.coach.rules import BREAK_DAYS, DAYS_BETWEEN_SESSIONS, PROGRESSION, Stage


class DayKind(Enum):
    TRAINING = "training"
    REST = "rest"  # the day after a session
    DONE = "done"  # a session today already


class ProgramPosition(NamedTuple):
    week: int  # from 1
    day_in_week: int  # from 0
    stage_index: int
    started: bool  # a first session, or a start date, is there
    break_days: int  # days since the last session, when that is a break (else 0)

    @property
    def stage(self) -> Stage:
        return PROGRESSION[self.stage_index]


def stage_index_for(week: int) -> int:
    return max(i for i, stage in enumerate(PROGRESSION) if stage.first_week <= week)


def program_days(session_days: Sequence[date], today: date, start: date | None) -> int:
    """Days of program since its start, breaks left out: each break counts as one normal
    gap between sessions."""
    days = sorted(day for day in session_days if day <= today)
    first = start if start is not None else (days[0] if days else None)
    if first is None or first > today:
        return 0
    marks = [first, *[day for day in days if day > first], today]
    counted = 0
    if start is not None and len(marks) > 2:  # a start set before the first session:
        counted, marks = (marks[1] - first).days, marks[1:]  # all of that time counts
    for earlier, later in pairwise(marks):
        gap = (later - earlier).days
        counted += DAYS_BETWEEN_SESSIONS if gap > BREAK_DAYS else gap
    return counted


def position_on(session_days: Sequence[date], today: date, start: date | None = None,
                shift_days: int = 0) -> ProgramPosition:  # fmt: skip
    days = [day for day in session_days if day <= today]
    started = bool(days) or (start is not None and start <= today)
    counted = max(0, program_days(days, today, start) + shift_days)
    since_last = (today - days[-1]).days if days else 0
    week = counted // 7 + 1
    return ProgramPosition(week=week, day_in_week=counted % 7, stage_index=stage_index_for(week),
                    started=started,
                    break_days=since_last if since_last > BREAK_DAYS else 0)  # fmt: skip


def shift_for_week(session_days: Sequence[date], today: date, start: date | None,
                   week: int) -> int:  # fmt: skip
    """The shift (in days) that makes today the first day of `week`."""
    return (max(1, week) - 1) * 7 - program_days(session_days, today, start)


def day_kind(session_days: Sequence[date], today: date) -> tuple[DayKind, date]:
    """What today is, and the day of the next session (today, on a training day)."""
    past = [day for day in session_days if day <= today]
    if not past:
        return DayKind.TRAINING, today
    last = past[-1]
    next_day = max(today, last + timedelta(days=DAYS_BETWEEN_SESSIONS))
    if last == today:
        return DayKind.DONE, next_day
    if next_day > today:
        return DayKind.REST, next_day
    return DayKind.TRAINING, today


def counted_sessions(session_days: Sequence[date]) -> list[date]:
    """The sessions the every-other-day plan counts: at most one in any two days."""
    counted: list[date] = []
    for day in sorted(set(session_days)):
        if not counted or (day - counted[-1]).days >= DAYS_BETWEEN_SESSIONS:
            counted.append(day)
    return counted
