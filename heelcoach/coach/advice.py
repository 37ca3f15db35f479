"""The plan for the next session, and the advice: start, progress, keep or reduce.

The plan follows the program: the stage of the week, and the load the last session's
verdict asks for. It moves on only after sessions that went well. After a flare, the
advice is a lighter plan than the session that flared: a weight step down, body weight, a
set fewer, or, after repeated flares, a stage back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from enum import Enum

from heelcoach.coach.next_day import Flare, Mornings, flare_of
from heelcoach.coach.position import Position
from heelcoach.coach.rules import (
    FIRST_ADDED_LOAD_KG,
    FLARE_LOOKBACK_SESSIONS,
    FLARES_FOR_STAGE_BACK,
    GOOD_SESSIONS_TO_PROGRESS,
    LOAD_STEP_KG,
    PROGRESSION,
    SELF_DOSED_REPS_AT_MOST,
    SELF_DOSED_SET_LIMIT,
)
from heelcoach.coach.training_days import EASY, TOO_HEAVY, TrainingDay, TrainingLog


class AdviceKind(Enum):
    START = "start"
    PROGRESS = "progress"
    KEEP = "keep"
    REDUCE = "reduce"
    REST = "rest"


@dataclass(frozen=True)
class Prescription:
    sets: int
    reps: int  # per set; with to_failure, as many as the runner can
    load_kg: float
    stage_index: int | None = None  # None: not one of the program's stages
    to_failure: bool = False


@dataclass(frozen=True)
class Reason:
    """One fact behind the advice; `key` names the sentence that says it (coach.wording)."""

    key: str
    values: tuple = ()


@dataclass(frozen=True)
class Advice:
    kind: AdviceKind
    plan: Prescription  # the program's plan for the next session
    lighter: Prescription | None = None  # with REDUCE: what the rule suggests instead
    stage_back: bool = False  # the lighter plan is the stage before
    reasons: tuple[Reason, ...] = ()
    flares: tuple[Flare, ...] = field(default=(), compare=False)


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
    ends = [later.day for later in recent[1:]] + [today]
    return [flare_of(session, mornings, until) for session, until in zip(recent, ends, strict=True)]


def advise(days: TrainingLog, mornings: Mornings, today: date, position: Position,
           self_dosed: bool = False) -> Advice:  # fmt: skip
    """The advice for the next session, from the sessions done up to `today`; `position`
    is the program's position on the day of that session."""
    if not days:
        plan = (
            _self_dosed_plan(None, None, False)
            if self_dosed
            else _stage_plan(position.stage_index, 0.0)
        )
        return Advice(AdviceKind.START, plan[0], reasons=(Reason("start"), *plan[1]))
    flares = flares_of(days.recent(FLARE_LOOKBACK_SESSIONS), mornings, today)
    last, flare = days[-1], flares[-1]
    good = len(days) >= GOOD_SESSIONS_TO_PROGRESS and not any(flares[-GOOD_SESSIONS_TO_PROGRESS:])
    reasons: list[Reason] = []
    if position.break_days:
        reasons.append(Reason("break", (position.break_days,)))
    if self_dosed:
        plan, why = _self_dosed_plan(last, days.last_loaded(), good)
    else:
        plan, why = _program_plan(position, last, days.last_loaded(), good)
    if flare is not None:
        plan = replace(plan, load_kg=min(plan.load_kg, last.load_kg))  # hold, never more
        lighter, back = _lighter(last, sum(f is not None for f in flares), self_dosed)
        if plan.load_kg <= lighter.load_kg and plan.sets * plan.reps <= lighter.sets * lighter.reps:
            lighter, back = None, False  # the plan is as light already
        reasons += [Reason("flare", (flare,)), Reason("setbacks")]
        return Advice(AdviceKind.REDUCE, plan, lighter, back, (*reasons, *why),
                      tuple(f for f in flares if f))  # fmt: skip
    if good:
        reasons.append(Reason("went_well", (GOOD_SESSIONS_TO_PROGRESS,)))
        return Advice(AdviceKind.PROGRESS, plan, reasons=(*reasons, *why))
    reasons.append(Reason("keep_first" if len(days) < GOOD_SESSIONS_TO_PROGRESS else "keep"))
    return Advice(AdviceKind.KEEP, plan, reasons=(*reasons, *why),
                  flares=tuple(f for f in flares if f))  # fmt: skip


def _stage_plan(index: int, load: float) -> tuple[Prescription, list[Reason]]:
    stage = PROGRESSION[index]
    return Prescription(stage.sets, stage.reps, load if stage.added_load else 0.0, index), []


def _program_plan(position: Position, last: TrainingDay, loaded: TrainingDay | None,
                  good: bool) -> tuple[Prescription, list[Reason]]:  # fmt: skip
    """The stage of the week (held while sessions have not gone well), and its load."""
    index, reasons = position.stage_index, []
    last_stage = stage_of(last)
    if last_stage is not None and index > last_stage and not good:
        index = last_stage
        reasons.append(Reason("hold_stage"))
    stage = PROGRESSION[index]
    if not stage.added_load:
        return Prescription(stage.sets, stage.reps, 0.0, index), reasons
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
    return Prescription(stage.sets, stage.reps, load, index), reasons


def _self_dosed_plan(last: TrainingDay | None, loaded: TrainingDay | None,
                     good: bool) -> tuple[Prescription, list[Reason]]:  # fmt: skip
    """As heavy as possible, no lighter than 8RM: more weight when a set went past 8 reps."""
    load = loaded.load_kg if loaded is not None else FIRST_ADDED_LOAD_KG
    reasons: list[Reason] = [Reason("self_dosed")]
    if last is not None and last.effort == TOO_HEAVY:
        load = _step_down(load)
        reasons.append(Reason("too_heavy", (load,)))
    elif last is not None and good and last.best_set_reps > SELF_DOSED_REPS_AT_MOST:
        load += LOAD_STEP_KG
        reasons.append(Reason("past_eight", (last.best_set_reps, load)))
    elif last is not None and good and last.effort == EASY:
        load += LOAD_STEP_KG
        reasons.append(Reason("easy", (load,)))
    return Prescription(SELF_DOSED_SET_LIMIT, SELF_DOSED_REPS_AT_MOST, load, None, True), reasons


def _lighter(last: TrainingDay, flares: int, self_dosed: bool) -> tuple[Prescription, bool]:
    """Lighter than `last`: a stage back after repeated flares, else a weight step down,
    else a set fewer."""
    reps = last.target_reps or SELF_DOSED_REPS_AT_MOST  # 0: sets to failure
    done = Prescription(last.sets, reps, last.load_kg, stage_of(last), last.to_failure)
    index = done.stage_index
    if flares >= FLARES_FOR_STAGE_BACK and index and not self_dosed:
        stage = PROGRESSION[index - 1]
        load = _step_down(last.load_kg) if stage.added_load else 0.0
        if stage.sets * stage.reps <= last.sets * reps:  # not after a short session
            return Prescription(stage.sets, stage.reps, load, index - 1), True
    if last.load_kg > 0:
        return replace(done, load_kg=_step_down(last.load_kg)), False
    return replace(done, sets=max(1, last.sets - 1)), False
