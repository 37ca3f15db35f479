"""A plan in words: the program's stages, and a prescription as it is done."""

from __future__ import annotations

from typing import TYPE_CHECKING

from heelcoach.words.catalogue import translate
from heelcoach.words.plain import fill, kg

if TYPE_CHECKING:
    from typing import Protocol

    class Dose(Protocol):
        """What loads the heel, in any plan: a Prescription (the coach's), a SetPlan."""

        @property
        def sets(self) -> int: ...
        @property
        def reps(self) -> int: ...
        @property
        def load_kg(self) -> float: ...
        @property
        def to_failure(self) -> bool: ...


def stage_name(index: int) -> str:
    names = (
        translate("Coach", "Weeks 1-2: 3 × 12 at body weight"),
        translate("Coach", "Weeks 3-4: 4 × 10 with added weight"),
        translate("Coach", "Week 5 on: 5 × 8 with more weight"),
    )
    return names[index]


def stage_short_name(index: int) -> str:
    """A phase's weeks alone, as a sentence names it: "Weeks 3-4"."""
    names = (
        translate("Coach", "Weeks 1-2", "the phase's name in a sentence"),
        translate("Coach", "Weeks 3-4", "the phase's name in a sentence"),
        translate("Coach", "Week 5 on", "the phase's name in a sentence"),
    )
    return names[index]


def plan_text(plan: Dose) -> str:
    """A prescription as it is done: "4 × 10 with 5 kg", "3 × 12 at body weight"."""
    if plan.to_failure:
        if plan.load_kg:
            return fill(translate("Coach", "sets to failure with %1 kg"), kg(plan.load_kg))
        return translate("Coach", "sets to failure at body weight")
    if plan.load_kg:
        return fill(
            translate("Coach", "%1 × %2 with %3 kg"), plan.sets, plan.reps, kg(plan.load_kg)
        )
    return fill(translate("Coach", "%1 × %2 at body weight"), plan.sets, plan.reps)


def set_screen_dose(plan: Dose) -> str:
    """The dose as the set screen shows it, with what goes in the backpack:
    "5 × 8 · 10 kg in the backpack", "3 × 12 · body weight"."""
    sets = (translate("Coach", "sets to failure") if plan.to_failure
            else fill(translate("Coach", "%1 × %2"), plan.sets, plan.reps))  # fmt: skip
    if plan.load_kg:
        load = fill(translate("Coach", "%1 kg in the backpack"), kg(plan.load_kg))
    else:
        load = translate("Coach", "body weight, no backpack")
    return f"{sets} · {load}"


def same_dose(one: Dose, other: Dose) -> bool:
    """Two plans (prescriptions or set plans) that load the heel alike."""
    return (one.sets, one.reps, one.load_kg, one.to_failure) == (
        other.sets, other.reps, other.load_kg, other.to_failure)  # fmt: skip
