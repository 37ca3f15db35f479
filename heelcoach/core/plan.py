"""A set prescription and its tempo: the numbers the coach counts out.

Both are named tuples, checked as they are made (`_replace` makes a new one, checked too):
a frozen dataclass costs four times as long to define, at every start-up.

Durations are whole milliseconds so that phases tile the timeline exactly and a
cue's offset converts to an audio sample index without rounding.
"""

from __future__ import annotations

from enum import Enum
from typing import NamedTuple

MAX_PHASE_MS = 10_000
MAX_COUNT_IN_MS = 60_000
MAX_REST_MS = 30 * 60_000
MAX_SETS = 20
MAX_REPS = 50
MAX_LOAD_KG = 100.0
LOAD_STEP_KG = 2.5
TO_FAILURE_REP_LIMIT = 40  # a set to failure at 8RM or heavier ends long before


def seconds_to_ms(seconds: float) -> int:
    return round(seconds * 1000)


class Leg(Enum):
    LEFT = "left"
    RIGHT = "right"


class LegMode(Enum):
    """Which legs a set trains: one leg, or both in turn (left, then right)."""

    LEFT = "left"
    RIGHT = "right"
    BOTH = "both"

    @property
    def legs(self) -> tuple[Leg, ...]:
        if self is LegMode.BOTH:
            return (Leg.LEFT, Leg.RIGHT)
        return (Leg(self.value),)


def _check_range(name: str, value: int, low: int, high: int) -> None:
    if not low <= value <= high:
        raise ValueError(f"{name} must be between {low} and {high}, got {value}")


class _TempoFields(NamedTuple):
    up_ms: int = 3000
    hold_ms: int = 2000
    down_ms: int = 3000
    bottom_pause_ms: int = 0


class Tempo(_TempoFields):
    """One repetition: up, hold at the top, down, and an optional pause at the bottom."""

    __slots__ = ()

    def __new__(cls, *args, **fields) -> Tempo:
        tempo = super().__new__(cls, *args, **fields)
        for name in ("up_ms", "hold_ms", "down_ms"):
            _check_range(name, getattr(tempo, name), 1, MAX_PHASE_MS)
        _check_range("bottom_pause_ms", tempo.bottom_pause_ms, 0, MAX_PHASE_MS)
        return tempo

    def _replace(self, **changes) -> Tempo:
        return type(self)(**{**self._asdict(), **changes})  # checked as a new one is

    @classmethod
    def from_seconds(cls, up: float, hold: float, down: float, bottom_pause: float = 0.0) -> Tempo:
        return cls(
            seconds_to_ms(up),
            seconds_to_ms(hold),
            seconds_to_ms(down),
            seconds_to_ms(bottom_pause),
        )

    @property
    def rep_ms(self) -> int:
        return self.up_ms + self.hold_ms + self.down_ms + self.bottom_pause_ms


class _SetPlanFields(NamedTuple):
    sets: int = 3
    reps: int = 12
    legs: LegMode = LegMode.BOTH  # the guide trains both legs
    tempo: Tempo = Tempo()
    count_in_ms: int = 5000
    rest_ms: int = 120_000
    load_kg: float = 0.0  # added weight, in a backpack
    to_failure: bool = False  # each set runs until the runner says "that was my last one"


class SetPlan(_SetPlanFields):
    """Everything needed to coach one session of heel raises."""

    __slots__ = ()

    def __new__(cls, *args, **fields) -> SetPlan:
        plan = super().__new__(cls, *args, **fields)
        _check_range("sets", plan.sets, 1, MAX_SETS)
        _check_range("reps", plan.reps, 1, MAX_REPS)
        _check_range("count_in_ms", plan.count_in_ms, 0, MAX_COUNT_IN_MS)
        _check_range("rest_ms", plan.rest_ms, 0, MAX_REST_MS)
        if not 0 <= plan.load_kg <= MAX_LOAD_KG:
            raise ValueError(f"load_kg must be from 0 to {MAX_LOAD_KG:g}, not {plan.load_kg}")
        return plan

    def _replace(self, **changes) -> SetPlan:
        return type(self)(**{**self._asdict(), **changes})  # checked as a new one is

    def timeline(self):
        """The session laid out in time (core/exercises/heel_raise)."""
        from heelcoach.core.exercises import heel_raise  # not needed for the first frame

        return heel_raise.timeline(self)

    @property
    def ends_on_request(self) -> bool:
        """A set to failure ends when the runner says "that was my last rep"."""
        return self.to_failure

    @property
    def reps_laid_out(self) -> int:
        """Reps in each set's timeline: to failure, as many as anyone could do."""
        return TO_FAILURE_REP_LIMIT if self.to_failure else self.reps

    @property
    def total_ms(self) -> int:
        """How long the whole session takes: every leg's count-in and reps, and the rests."""
        per_leg = self.count_in_ms + self.reps_laid_out * self.tempo.rep_ms
        return self.sets * len(self.legs.legs) * per_leg + (self.sets - 1) * self.rest_ms
