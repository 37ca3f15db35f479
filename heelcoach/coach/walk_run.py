"""The walk/run plan back to running: which session each week holds, and which week the
runner is in, from their runs (a bad day steps back a week and carries on). Numbers in
coach/rules.py."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from typing import Any

from heelcoach.coach.next_day import Mornings
from heelcoach.coach.rules import (
    LATER_WEEKS_WALK_MS,
    RUNS_IN_A_WEEK,
    WALK_RUN_FIRST_WEEKS,
    WALK_RUN_GOAL_MIN,
    WEEKLY_RUN_INCREASE,
    WORSE_MORNING_POINTS,
    Zone,
    zone_of,
)
from heelcoach.coach.training_days import first_steps_by_day
from heelcoach.core.exercises.intervals import IntervalPlan

MINUTE_MS = 60_000


def _runs_of(total_min: int, count: int) -> tuple[int, ...]:
    """`total_min` minutes of running as `count` runs, as even as whole minutes allow,
    the longer ones first."""
    base, longer = divmod(total_min, count)
    return tuple((base + (1 if index < longer else 0)) * MINUTE_MS for index in range(count))


def week_plan(week: int) -> IntervalPlan:
    """The session of walk/run week `week` (1 on)."""
    week = max(1, week)
    if week <= len(WALK_RUN_FIRST_WEEKS):
        run_ms, walk_ms, cycles = WALK_RUN_FIRST_WEEKS[week - 1]
        return IntervalPlan((run_ms,) * cycles, walk_ms, week=week)
    run_ms, _walk_ms, cycles = WALK_RUN_FIRST_WEEKS[-1]
    total_min, runs = run_ms * cycles // MINUTE_MS, cycles
    for _later in range(len(WALK_RUN_FIRST_WEEKS) + 1, week + 1):
        if total_min >= WALK_RUN_GOAL_MIN and runs == 1:
            break  # the goal: from here on, the same run
        grown = int(total_min * (1 + WEEKLY_RUN_INCREASE))  # down to whole minutes: at most
        total_min = min(grown, WALK_RUN_GOAL_MIN)
        runs = max(1, runs - 1)
    return IntervalPlan(_runs_of(total_min, runs), LATER_WEEKS_WALK_MS, week=week)


def was_bad(run: Mapping[str, Any], worse_morning: bool) -> bool:
    """A bad day (guide: adjust down and carry on): red pain during or after the run, or
    a worse morning after it."""
    pains = [run.get("pain_during"), run.get("pain_after")]
    red = any(type(pain) is int and zone_of(pain) is Zone.RED for pain in pains)
    return red or worse_morning


def current_week(bad_days: Iterable[bool]) -> int:
    """The week of the next walk/run session, given each run so far (oldest first) as bad
    or not: three good ones finish a week; a bad one goes back to the start of the week
    before (or of week 1)."""
    done = 0  # good sessions towards the plan, counted in weeks of RUNS_IN_A_WEEK
    for bad in bad_days:
        if bad:
            done = max(0, (done // RUNS_IN_A_WEEK - 1) * RUNS_IN_A_WEEK)
        else:
            done += 1
    return done // RUNS_IN_A_WEEK + 1


def worse_morning_after(day: date, mornings: Mornings) -> bool:
    """The next morning was worse: ticked so, or first-step pain well above the usual."""
    morning = day + timedelta(days=1)
    if morning not in mornings.by_day:
        return False
    pain, said = mornings.by_day[morning]
    usual = mornings.usual_before(morning)
    return bool(said) or (usual is not None and pain >= usual + WORSE_MORNING_POINTS)


def week_now(runs: Iterable[Mapping[str, Any]], check_ins: Iterable[Mapping[str, Any]]) -> int:
    """The walk/run week of the runner's next session, from their runs and mornings."""
    mornings = Mornings(first_steps_by_day(check_ins))
    done = sorted(runs, key=lambda run: run["at"])
    return current_week(
        was_bad(run, worse_morning_after(date.fromisoformat(run["at"][:10]), mornings))
        for run in done
    )
