"""The kinds of exercise, declared once: what each is called in the journal, how its plan is
laid out, where its record goes, and whether it has a drawing. The journal's checks, the
Stretches page, the drawings, the how-to texts and the session screens all read this
registry; nothing else lists the kinds.

A new hold-type exercise is a line in BUILT_IN, its drawing in
resources/illustrations/KEY.svg, and its words in words/exercises.py.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING, NamedTuple, Protocol

from heelcoach.core.legs import LegMode

if TYPE_CHECKING:
    from typing import TypeAlias

    from heelcoach.core.exercises.heel_raise import SetPlan
    from heelcoach.core.exercises.holds import HoldPlan
    from heelcoach.core.exercises.intervals import IntervalPlan
    from heelcoach.core.exercises.own_pace import OwnPacePlan
    from heelcoach.core.timeline import Timeline

    KindPlan: TypeAlias = SetPlan | HoldPlan | OwnPacePlan | IntervalPlan


class SessionPlan(Protocol):
    """A plan of any kind, as the driver, the sound and the session see it (a SetPlan, a
    StretchSession, an IntervalPlan ...)."""

    @property
    def ends_on_request(self) -> bool:
        """The runner may end the work under way ("that was my last", "done")."""
        ...

    @property
    def to_failure(self) -> bool:
        """The runner may end the whole session early ("that was my last set")."""
        ...

    def timeline(self) -> Timeline:
        """The session laid out in time."""
        ...


class Family(Enum):
    """How a kind's plan is laid out in time, and so which journal table keeps it."""

    REPS_WITH_TEMPO = "reps_with_tempo"  # the heel raise: sets of reps, up-hold-down
    HOLDS = "holds"  # held so many seconds, so many times, side by side
    OWN_PACE = "own_pace"  # reps at the runner's pace in a window, side by side
    INTERVALS = "intervals"  # running and walking in turn

    @property
    def table(self) -> str:
        """The journal table (journal/entries.py) that keeps a session of this family."""
        return {"reps_with_tempo": "sets", "intervals": "runs"}.get(self.value, "stretches")


class ExerciseKind(NamedTuple):
    """One kind of exercise. `name` is its English name: words/exercises.py says it in the
    interface's language (a kind without words there is called by this). A named tuple:
    `heelcoach --today` reads the journal's checks, which read the kinds, and a dataclass
    would cost it the dataclasses module (~6 ms)."""

    key: str  # its name in the journal, the drawing's file name
    family: Family
    name: str
    in_stretch_session: bool = False  # one of the stretch session's exercises, in order
    drawing: bool = True  # resources/illustrations/KEY.svg
    holds: int = 3  # HOLDS: how many times on each side
    hold_s: int = 30  # HOLDS: how long each

    @property
    def table(self) -> str:
        return self.family.table

    def plan(self, legs: LegMode = LegMode.BOTH) -> KindPlan:
        """The kind's plan as the guide doses it, on `legs` (a hold or an own-pace plan is
        a part of a stretch session)."""
        if self.family is Family.HOLDS:
            from heelcoach.core.exercises.holds import HoldPlan

            return HoldPlan(self.key, self.holds, self.hold_s * 1000, legs)
        if self.family is Family.OWN_PACE:
            from heelcoach.core.exercises.own_pace import OwnPacePlan

            return OwnPacePlan(self.key, legs=legs)
        if self.family is Family.INTERVALS:
            from heelcoach.core.exercises.intervals import IntervalPlan

            return IntervalPlan()
        from heelcoach.core.exercises.heel_raise import SetPlan

        return SetPlan(legs=legs)


BUILT_IN = (
    ExerciseKind("heel_raise", Family.REPS_WITH_TEMPO, "Heel raises"),
    ExerciseKind("calf_stretch", Family.HOLDS, "Calf stretch against a wall", True),
    ExerciseKind("fascia_stretch", Family.HOLDS, "Plantar fascia stretch", True),
    ExerciseKind("towel_curls", Family.OWN_PACE, "Towel toe curls", True),
    ExerciseKind("walk_run", Family.INTERVALS, "Walk/run", drawing=False),
)
"""The guide's exercises (../shared/DOMAIN.md): the stretch session's three in its order."""

_registry: dict[str, ExerciseKind] = {kind.key: kind for kind in BUILT_IN}


def register(kind: ExerciseKind) -> None:
    """Add a kind; its key must be new."""
    if kind.key in _registry:
        raise ValueError(f"an exercise kind named {kind.key!r} is already registered")
    _registry[kind.key] = kind


def unregister(key: str) -> None:
    """Take a kind out again (a test's own kind); the built-in kinds stay."""
    if key not in {kind.key for kind in BUILT_IN}:
        _registry.pop(key, None)


def kind_named(key: str) -> ExerciseKind | None:
    return _registry.get(key)


def all_kinds() -> tuple[ExerciseKind, ...]:
    return tuple(_registry.values())


def keys_in(table: str) -> tuple[str, ...]:
    """The kinds whose records go to the journal's `table`."""
    return tuple(kind.key for kind in _registry.values() if kind.table == table)


def stretch_session() -> tuple[ExerciseKind, ...]:
    """The stretch session's exercises, in the order they are done."""
    return tuple(kind for kind in _registry.values() if kind.in_stretch_session)
