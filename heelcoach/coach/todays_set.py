"""Today's set: the runner's own tempo, legs and count-in, with the coach's sets, reps and
load (the Today page, `--start` and `--export-audio heel-raises` all play this one)."""

from __future__ import annotations

from heelcoach.coach.advice import Prescription
from heelcoach.coach.rules import LIGHTER_SETS_REPS_SHARE, LOAD_STEP_KG, SELF_DOSED_REST_MS
from heelcoach.core.exercises.heel_raise import SetPlan

FIXED_REST_MS = SetPlan().rest_ms


def as_set_plan(plan: SetPlan, prescription: Prescription) -> SetPlan:
    """`plan` (the runner's tempo, legs, count-in) with the coach's sets, reps and load."""
    rest = SELF_DOSED_REST_MS if prescription.to_failure else plan.rest_ms
    if plan.to_failure and not prescription.to_failure:
        rest = FIXED_REST_MS
    return plan._replace(sets=prescription.sets, reps=prescription.reps, rest_ms=rest,
                         load_kg=prescription.load_kg,
                         to_failure=prescription.to_failure)  # fmt: skip


def lighter_sets(plan: SetPlan) -> SetPlan | None:
    """The sets still to come after one in the red: a load step less, or at body weight a
    third fewer reps; None when nothing is lighter: sets to failure at body weight (the
    runner ends each one), or one rep at body weight."""
    if plan.load_kg > 0:
        return plan._replace(load_kg=max(0.0, plan.load_kg - LOAD_STEP_KG))
    reps = max(1, round(plan.reps * LIGHTER_SETS_REPS_SHARE))
    if plan.to_failure or reps == plan.reps:
        return None
    return plan._replace(reps=reps)
