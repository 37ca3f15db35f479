"""The walk/run plan back to running: which session each week holds, and which week the
runner is in, from their runs by the calendar: three good runs and seven days finish a
week, a bad day steps back a week and carries on, a long break steps back further, and a
run never comes the day after a run. Numbers in coach/rules.py."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from typing import Any, NamedTuple

from heelcoach.coach.next_day import Mornings
from heelcoach.coach.rules import (
    DAYS_BETWEEN_RUNS,
    LATER_WEEKS_WALK_MS,
    LONGEST_RUN_GROWTH,
    RUN_BREAK_BACK_A_WEEK_DAYS,
    RUN_BREAK_BACK_TO_START_DAYS,
    RUNS_IN_A_WEEK,
    WALK_RUN_FIRST_WEEKS,
    WALK_RUN_GOAL_MIN,
    WALK_RUN_WEEK_DAYS,
    WEEKLY_RUN_INCREASE,
    went_red,
)
from heelcoach.coach.training_days import first_steps_by_day
from heelcoach.core.exercises.intervals import IntervalPlan

MINUTE_MS = 60_000


def _runs_of(total_min: int, longest_min: int) -> tuple[int, ...]:
    """`total_min` minutes of running as one run of `longest_min` (or less), then the rest
    as even as whole minutes allow, the longer ones first; a minute left over joins the
    long run."""
    if total_min - longest_min <= 1:
        return (total_min * MINUTE_MS,)
    count = math.ceil(total_min / longest_min)
    base, longer = divmod(total_min - longest_min, count - 1)
    rest = [base + (1 if index < longer else 0) for index in range(count - 1)]
    return tuple(minutes * MINUTE_MS for minutes in (longest_min, *rest))


def week_plan(week: int) -> IntervalPlan:
    """The session of walk/run week `week` (1 on)."""
    week = max(1, week)
    if week <= len(WALK_RUN_FIRST_WEEKS):
        run_ms, walk_ms, cycles = WALK_RUN_FIRST_WEEKS[week - 1]
        return IntervalPlan((run_ms,) * cycles, walk_ms, week=week)
    run_ms, _walk_ms, cycles = WALK_RUN_FIRST_WEEKS[-1]
    total_min, longest = run_ms * cycles // MINUTE_MS, run_ms // MINUTE_MS
    runs = _runs_of(total_min, longest)
    for _later in range(len(WALK_RUN_FIRST_WEEKS) + 1, week + 1):
        if len(runs) == 1 and total_min >= WALK_RUN_GOAL_MIN:
            break  # the goal: from here on, the same run
        total_min = min(int(total_min * (1 + WEEKLY_RUN_INCREASE)), WALK_RUN_GOAL_MIN)
        longest = max(runs) // MINUTE_MS
        cap = longest + max(1, int(longest * LONGEST_RUN_GROWTH))  # whole minutes, at most
        runs = _runs_of(total_min, min(cap, total_min))
    return IntervalPlan(runs, LATER_WEEKS_WALK_MS, week=week)


def was_bad(run: Mapping[str, Any], worse_morning: bool) -> bool:
    """A bad day (guide: adjust down and carry on): red pain during or after the run, or
    a worse morning after it."""
    pains = [run.get("pain_during"), run.get("pain_after")]
    return any(went_red(pain) for pain in pains) or worse_morning


class Run(NamedTuple):
    day: date
    bad: bool


def current_week(runs: Iterable[Run], today: date | None = None) -> int:
    """The week of the next walk/run session, from each run so far (oldest first): three
    good ones and seven days finish a week; a bad one goes back to the start of the week
    before (or of week 1); more than two weeks without a run go back a week, more than four
    to week 1. `today`: the breaks up to today count too."""
    week, good, began = 1, 0, None  # good runs in the week under way, the day it began
    last: date | None = None

    def moved_on(day: date) -> None:
        """The calendar up to `day`: a week finished, then a break since the last run."""
        nonlocal week, good, began
        if began is not None and good >= RUNS_IN_A_WEEK and (
                day - began).days >= WALK_RUN_WEEK_DAYS:  # fmt: skip
            week, good, began = week + 1, 0, None
        if last is not None and (day - last).days > RUN_BREAK_BACK_TO_START_DAYS:
            week, good, began = 1, 0, None
        elif last is not None and (day - last).days > RUN_BREAK_BACK_A_WEEK_DAYS:
            week, good, began = max(1, week - 1), 0, None

    for run in runs:
        moved_on(run.day)
        if run.bad:
            week, good, began = max(1, week - 1), 0, None
        else:
            good += 1
            began = began or run.day
        last = run.day
    if today is not None:
        moved_on(today)
    return week


def worse_morning_after(day: date, mornings: Mornings) -> bool:
    """The next morning was worse: ticked so, or first-step pain well above the usual."""
    morning = day + timedelta(days=1)
    if morning not in mornings.by_day:
        return False
    said = mornings.by_day[morning][1]
    return bool(said) or mornings.worse_than_usual(morning) is not None


def runs_of(runs: Iterable[Mapping[str, Any]], mornings: Mornings) -> list[Run]:
    """The runs so far, oldest first, each with its day and whether it was a bad one."""
    done = sorted(runs, key=lambda run: run["at"])
    return [Run(day, was_bad(run, worse_morning_after(day, mornings)))
            for run in done for day in (date.fromisoformat(run["at"][:10]),)]  # fmt: skip


def week_now(runs: Iterable[Mapping[str, Any]], check_ins: Iterable[Mapping[str, Any]],
             today: date | None = None) -> int:  # fmt: skip
    """The walk/run week of the runner's next session, from their runs and mornings."""
    return current_week(runs_of(runs, Mornings(first_steps_by_day(check_ins))), today)


def ran_too_recently(runs: list[Run], today: date) -> bool:
    """A run today or yesterday: the next one waits for a rest day between."""
    return bool(runs) and (today - runs[-1].day).days < DAYS_BETWEEN_RUNS
