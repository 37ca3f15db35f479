"""Today's set: the runner's own tempo, legs and count-in, with the coach's sets, reps and
load (the Today page, `--start` and `--export-audio heel-raises` all play this one)."""

from __future__ import annotations

from heelcoach.coach.advice import Prescription
from heelcoach.coach.rules import SELF_DOSED_REST_MS
from heelcoach.core.plan import SetPlan

FIXED_REST_MS = SetPlan().rest_ms


def as_set_plan(plan: SetPlan, prescription: Prescription) -> SetPlan:
    """`plan` (the runner's tempo, legs, count-in) with the coach's sets, reps and load."""
    rest = SELF_DOSED_REST_MS if prescription.to_failure else plan.rest_ms
    if plan.to_failure and not prescription.to_failure:
        rest = FIXED_REST_MS
    return plan._replace(sets=prescription.sets, reps=prescription.reps, rest_ms=rest,
                         load_kg=prescription.load_kg,
                         to_failure=prescription.to_failure)  # fmt: skip
