"""The plan for the next session, and the advice on its load: start, progress, keep or
reduce.

The plan follows the program: the stage of the week, and the load the last session's
verdict asks for. It moves on only after two sessions that went well: no flare, a check-in
after each, and no red morning in the last week. After a flare, or red mornings that go on
after the last session, the advice is a lighter plan than that session: a weight step down,
body weight, a set fewer, or, after repeated flares, a stage back. The lighter plan is the
one Start runs.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from enum import Enum
from typing import Any, NamedTuple

from heelcoach.coach.next_day import Flare, Mornings, flare_of
from heelcoach.coach.position import ProgramPosition
from heelcoach.coach.rules import (
    FIRST_ADDED_LOAD_KG,
    FLARE_LOOKBACK_SESSIONS,
    FLARES_FOR_STAGE_BACK,
    GOOD_SESSIONS_TO_PROGRESS,
    LOAD_STEP_KG,
    PROGRESSION,
    RED_MORNING_DAYS,
    RED_MORNINGS_TO_REDUCE,
    SELF_DOSED_FEWEST_REPS,
    SELF_DOSED_REPS_AT_MOST,
    SELF_DOSED_SET_LIMIT,
    SELF_DOSED_TOO_LIGHT_REPS,
)
from heelcoach.coach.training_days import EASY, TOO_HEAVY, TrainingDay, TrainingLog


class AdviceKind(Enum):
    START = "start"
    PROGRESS = "progress"
    KEEP = "keep"
    REDUCE = "reduce"
    REST = "rest"


class Prescription(NamedTuple):
    sets: int
    reps: int  # per set; with to_failure, as many as the runner can
    load_kg: float
    stage_index: int | None = None  # None: not one of the program's stages
    to_failure: bool = False


class Reason(NamedTuple):
    """One fact behind the advice; `key` names the sentence that says it (coach.wording)."""

    key: str
    values: tuple[Any, ...] = ()  # what the sentence says: a number, a day, a Flare


class Advice(NamedTuple):
    kind: AdviceKind
    plan: Prescription  # the program's plan for the next session
    lighter: Prescription | None = None  # with REDUCE: what the rule suggests instead
    stage_back: bool = False  # the lighter plan is the stage before
    reasons: tuple[Reason, ...] = ()
    flares: tuple[Flare, ...] = ()


def stage_of(session: TrainingDay) -> int | None:
    for index, stage in enumerate(PROGRESSION):
        if stage.reps == session.target_reps:
            return index
    return None


def _step_down(load: float) -> float:
    return max(0.0, load - LOAD_STEP_KG)


def flares_of(recent: Sequence[TrainingDay], mornings: Mornings,
              today: date) -> list[Flare | None]:  # fmt: skip
    """For each of the `recent` sessions (oldest first): what flared, if anything."""
    ends = [later.day for later in recent[1:]] + [today][: len(recent)]
    return [flare_of(session, mornings, until) for session, until in zip(recent, ends, strict=True)]


def advise(days: TrainingLog, mornings: Mornings, today: date, position: ProgramPosition,
           self_dosed: bool = False, may_progress: bool = True) -> Advice:  # fmt: skip
    """The advice for the next session, from the sessions done up to `today`; `position`
    is the program's position on the day of that session. `may_progress` off (time to
    seek help, a red flag): the load and the stage hold, whatever went well."""
    if not days:
        start = (
            _self_dosed_plan(None, None, False)
            if self_dosed
            else _stage_plan(position.stage_index, 0.0)
        )
        return Advice(AdviceKind.START, start[0], reasons=(Reason("start"), *start[1]))
    recent = days.recent(FLARE_LOOKBACK_SESSIONS)
    flares = flares_of(recent, mornings, today)
    last, flare = days[-1], flares[-1]
    unknown = _unchecked(recent[-GOOD_SESSIONS_TO_PROGRESS:], mornings, today)
    red_week = mornings.red_days(today - timedelta(days=RED_MORNING_DAYS), today)
    red_since_last = [day for day in red_week if day > last.day]
    good = (len(days) >= GOOD_SESSIONS_TO_PROGRESS and not any(flares[-GOOD_SESSIONS_TO_PROGRESS:])
            and not unknown and not red_week and may_progress)  # fmt: skip
    reasons: list[Reason] = []
    if position.break_days:
        reasons.append(Reason("break", (position.break_days,)))
    if self_dosed:
        plan, why = _self_dosed_plan(last, days.last_loaded(), good)
    else:
        plan, why = _program_plan(position, last, days.last_loaded(), good)
    if not may_progress:  # what holds the program is help first, not how sessions went
        why = [reason for reason in why if reason.key != "hold_stage"]
    found = tuple(f for f in flares if f)
    if flare is not None or (len(red_week) >= RED_MORNINGS_TO_REDUCE and red_since_last):
        plan = plan._replace(load_kg=min(plan.load_kg, last.load_kg))  # hold, never more
        why = [reason for reason in why if reason.key not in ADDS_LOAD]
        if flare is not None:
            reduce_for = [Reason("flare", (flare,)), Reason("setbacks")]
        else:
            reduce_for = [Reason("red_mornings", (len(red_week),))]
        done = _done(last)  # a day of two sessions counts its sets once, as one's; a
        sets = plan.sets if last.cut_short else min(done.sets, plan.sets)  # cut short, all
        lighter: Prescription | None
        lighter, back = _lighter(done._replace(sets=sets), len(found), self_dosed)
        if plan.load_kg <= lighter.load_kg and plan.sets * plan.reps <= lighter.sets * lighter.reps:
            lighter, back = None, False  # the plan is as light already
        return Advice(AdviceKind.REDUCE, plan, lighter, back, (*reasons, *reduce_for, *why),
                      found)  # fmt: skip
    if good:
        reasons.append(Reason("went_well", (GOOD_SESSIONS_TO_PROGRESS,)))
        return Advice(AdviceKind.PROGRESS, plan, reasons=(*reasons, *why))
    if unknown and unknown[-1] is last:  # the check-in to come settles it
        reasons.append(Reason("no_morning", (last.day,)))
    elif unknown:  # too late for that session's check-in: the next one's will do
        reasons.append(Reason("no_morning_then", (unknown[-1].day,)))
    if red_week:
        reasons.append(Reason("red_mornings_hold", (len(red_week),)))
    if not unknown and not red_week:
        if len(days) < GOOD_SESSIONS_TO_PROGRESS:
            reasons.append(Reason("keep_first"))
        elif any(flares[-GOOD_SESSIONS_TO_PROGRESS:]):
            reasons.append(Reason("keep"))
    return Advice(AdviceKind.KEEP, plan, reasons=(*reasons, *why), flares=found)


ADDS_LOAD = frozenset({"first_weight", "easy", "new_stage_heavier", "twelve_or_more",
                       "set_back_on"})  # fmt: skip
"""Reasons that say the load goes up: never said beside a lighter plan."""


def _unchecked(sessions: Sequence[TrainingDay], mornings: Mornings,
               today: date) -> list[TrainingDay]:  # fmt: skip
    """The `sessions` (the last ones, oldest first) with no check-in after them before the
    next one (or today): how the heel took them is not known."""
    ends = [later.day for later in sessions[1:]] + [today]
    return [session for session, until in zip(sessions, ends, strict=True)
            if not mornings.between(session.day, until)]  # fmt: skip


def _stage_plan(index: int, load: float) -> tuple[Prescription, list[Reason]]:
    stage = PROGRESSION[index]
    return Prescription(stage.sets, stage.reps, load if stage.added_load else 0.0, index), []


def _program_plan(position: ProgramPosition, last: TrainingDay, loaded: TrainingDay | None,
                  good: bool) -> tuple[Prescription, list[Reason]]:  # fmt: skip
    """The stage of the week (held while sessions have not gone well), and its load."""
    index, reasons = position.stage_index, []
    last_stage = stage_of(last)
    if last_stage is not None and index > last_stage and not good:
        index = last_stage
        reasons.append(Reason("hold_stage"))
    stage = PROGRESSION[index]
    sets = stage.sets
    if last_stage == index and not (last.stopped_sets or last.cut_short) and last.sets < sets:
        sets = last.sets + 1 if good else last.sets  # a lighter plan ends a set at a time
        if good:
            reasons.append(Reason("set_back_on", (sets,)))
    if not stage.added_load:
        return Prescription(sets, stage.reps, 0.0, index), reasons
    if loaded is None:
        load = FIRST_ADDED_LOAD_KG
        reasons.append(Reason("first_weight", (load,)))
    else:
        load = loaded.load_kg
        if last.effort == TOO_HEAVY:
            load = _step_down(load)
            reasons.append(Reason("too_heavy", (load,)))
        elif good and last.effort == EASY:
            load += LOAD_STEP_KG
            reasons.append(Reason("easy", (load,)))
        elif good and last_stage is not None and index > last_stage:
            load += LOAD_STEP_KG
            reasons.append(Reason("new_stage_heavier", (load,)))
    return Prescription(sets, stage.reps, load, index), reasons


def _self_dosed_plan(last: TrainingDay | None, loaded: TrainingDay | None,
                     good: bool) -> tuple[Prescription, list[Reason]]:  # fmt: skip
    """As heavy as possible, but no heavier than 8RM (Riel 2019): a best set under 8 reps
    was too heavy, a step lighter; one of 12 or more too light, a step heavier."""
    load = loaded.load_kg if loaded is not None else FIRST_ADDED_LOAD_KG
    reasons: list[Reason] = [Reason("self_dosed")]
    if last is not None and last.effort == TOO_HEAVY:
        load = _step_down(load)
        reasons.append(Reason("too_heavy", (load,)))
    elif last is not None and last.to_failure and last.best_set_reps < SELF_DOSED_FEWEST_REPS:
        load = _step_down(load)
        reasons.append(Reason("under_eight", (last.best_set_reps, load)))
    elif last is not None and good and last.best_set_reps >= SELF_DOSED_TOO_LIGHT_REPS:
        load += LOAD_STEP_KG
        reasons.append(Reason("twelve_or_more", (last.best_set_reps, load)))
    elif last is not None and good and last.effort == EASY:
        load += LOAD_STEP_KG
        reasons.append(Reason("easy", (load,)))
    return Prescription(SELF_DOSED_SET_LIMIT, SELF_DOSED_REPS_AT_MOST, load, None, True), reasons


def _done(session: TrainingDay) -> Prescription:
    """The dose a session was done at, as a prescription."""
    reps = session.target_reps or SELF_DOSED_REPS_AT_MOST  # 0: sets to failure
    return Prescription(session.sets, reps, session.load_kg, stage_of(session),
                        session.to_failure)  # fmt: skip


def _lighter(done: Prescription, flares: int, self_dosed: bool) -> tuple[Prescription, bool]:
    """Lighter than `done`: a stage back after repeated flares, else a weight step down,
    else a set fewer."""
    index = done.stage_index
    if flares >= FLARES_FOR_STAGE_BACK and index and not self_dosed:
        stage = PROGRESSION[index - 1]
        load = _step_down(done.load_kg) if stage.added_load else 0.0
        if stage.sets * stage.reps <= done.sets * done.reps:  # not after a short session
            return Prescription(stage.sets, stage.reps, load, index - 1), True
    if done.load_kg > 0:
        return done._replace(load_kg=_step_down(done.load_kg)), False
    return done._replace(sets=max(1, done.sets - 1)), False
