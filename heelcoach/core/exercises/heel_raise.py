"""The heavy slow heel raise: sets of reps with a tempo (up, hold, down, an optional pause
at the bottom), a count-in before each leg, a rest between sets. Its plan and tempo are
the numbers the coach counts out.

Both are named tuples, checked as they are made (`_replace` makes a new one, checked too):
a frozen dataclass costs four times as long to define, at every start-up.

Durations are whole milliseconds so that phases tile the timeline exactly and a
cue's offset converts to an audio sample index without rounding.

The plan is made for the first frame; the timeline's modules are not (~15 ms): the
functions that lay a session out import them when they run.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, NamedTuple

from heelcoach.core.legs import Leg, LegMode

if TYPE_CHECKING:
    from heelcoach.core.timeline import Cue, Segment, Timeline

__all__ = ["Leg", "LegMode", "SetPlan", "Tempo"]

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

    def __new__(cls, *args: Any, **fields: Any) -> Tempo:
        tempo = super().__new__(cls, *args, **fields)
        for name in ("up_ms", "hold_ms", "down_ms"):
            _check_range(name, getattr(tempo, name), 1, MAX_PHASE_MS)
        _check_range("bottom_pause_ms", tempo.bottom_pause_ms, 0, MAX_PHASE_MS)
        return tempo

    def _replace(self, **changes: Any) -> Tempo:
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

    def __new__(cls, *args: Any, **fields: Any) -> SetPlan:
        plan = super().__new__(cls, *args, **fields)
        _check_range("sets", plan.sets, 1, MAX_SETS)
        _check_range("reps", plan.reps, 1, MAX_REPS)
        _check_range("count_in_ms", plan.count_in_ms, 0, MAX_COUNT_IN_MS)
        _check_range("rest_ms", plan.rest_ms, 0, MAX_REST_MS)
        if not 0 <= plan.load_kg <= MAX_LOAD_KG:
            raise ValueError(f"load_kg must be from 0 to {MAX_LOAD_KG:g}, not {plan.load_kg}")
        return plan

    def _replace(self, **changes: Any) -> SetPlan:
        return type(self)(**{**self._asdict(), **changes})  # checked as a new one is

    def timeline(self) -> Timeline:
        """The session laid out in time."""
        return timeline(self)

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


def _rep_segments(plan: SetPlan, start: int, set_number: int, leg: Leg,
                  rep: int) -> Iterator[Segment]:  # fmt: skip
    from heelcoach.core.timeline import Phase, Segment

    tempo = plan.tempo
    phases = (
        (Phase.UP, tempo.up_ms),
        (Phase.HOLD, tempo.hold_ms),
        (Phase.DOWN, tempo.down_ms),
        (Phase.BOTTOM_PAUSE, tempo.bottom_pause_ms),
    )
    for phase, duration in phases:
        if duration > 0:
            yield Segment(phase, start, duration, set_number, leg, rep)
            start += duration


def segments(plan: SetPlan) -> list[Segment]:
    from heelcoach.core.timeline import Phase, Segment

    laid_out: list[Segment] = []
    clock = 0

    def add(segment: Segment) -> None:
        nonlocal clock
        laid_out.append(segment)
        clock = segment.end_ms

    for set_number in range(1, plan.sets + 1):
        if set_number > 1 and plan.rest_ms > 0:
            add(Segment(Phase.REST, clock, plan.rest_ms, set_number, plan.legs.legs[0]))
        for leg in plan.legs.legs:
            if plan.count_in_ms > 0:
                add(Segment(Phase.COUNT_IN, clock, plan.count_in_ms, set_number, leg))
            for rep in range(1, plan.reps_laid_out + 1):
                for segment in _rep_segments(plan, clock, set_number, leg, rep):
                    add(segment)
    return laid_out


def cues(laid_out: tuple[Segment, ...]) -> list[Cue]:
    """Each phase's start (with its rep), a tick each second inside a phase, 3-2-1 in a
    count-in, a warning 10 s before a rest ends, a chime when a set ends on a leg."""
    from heelcoach.core.exercises.common import block_complete, block_ends, count_in_cues, rest_cues
    from heelcoach.core.timeline import Cue, CueKind, Phase

    said: list[Cue] = []
    ends = block_ends(laid_out)
    for index, segment in enumerate(laid_out):
        said.append(Cue(segment.start_ms, CueKind.PHASE_START, segment.phase, segment.rep))
        if segment.phase is Phase.COUNT_IN:
            said.extend(count_in_cues(segment))
        elif segment.phase is Phase.REST:
            said.extend(rest_cues(segment))
        else:
            said.extend(
                Cue(offset, CueKind.TICK, segment.phase, segment.rep)
                for offset in range(segment.start_ms + 1000, segment.end_ms, 1000)
            )
        if index in ends:
            said.append(block_complete(segment))
    said.sort(key=lambda cue: cue.offset_ms)
    return said


def timeline(plan: SetPlan) -> Timeline:
    from heelcoach.core.timeline import Timeline

    return Timeline(tuple(segments(plan)), cues)
