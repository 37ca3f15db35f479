"""A set plan laid out in time: phases that tile the session, and the cues due in it.

The timeline answers "which phase, rep, set and second is it at time t" by bisection,
so the answer costs the same at the first second and at the last.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace
from enum import Enum
from functools import cached_property

from heelcoach.core.plan import Leg, SetPlan

REST_ENDING_WARNING_MS = 10_000
COUNT_DOWN_FROM = 3


class Phase(Enum):
    COUNT_IN = "count_in"
    UP = "up"
    HOLD = "hold"
    DOWN = "down"
    BOTTOM_PAUSE = "bottom_pause"
    REST = "rest"

    @property
    def is_rep_phase(self) -> bool:
        return self in (Phase.UP, Phase.HOLD, Phase.DOWN, Phase.BOTTOM_PAUSE)


@dataclass(frozen=True, slots=True)
class Segment:
    """One phase of the session. `rep` is 0 outside a repetition, and in what had passed
    of a rep that a pause cut short (it counts as no rep). A count-in with a rep is the
    one before that rep is done again, after the pause."""

    phase: Phase
    start_ms: int
    duration_ms: int
    set_number: int
    leg: Leg
    rep: int = 0

    @property
    def end_ms(self) -> int:
        return self.start_ms + self.duration_ms

    @property
    def resumes_a_rep(self) -> bool:
        return self.phase is Phase.COUNT_IN and self.rep > 0


class CueKind(Enum):
    PHASE_START = "phase_start"
    TICK = "tick"
    COUNT_DOWN = "count_down"
    REST_ENDING = "rest_ending"
    SET_COMPLETE = "set_complete"
    SESSION_COMPLETE = "session_complete"


@dataclass(frozen=True, slots=True)
class Cue:
    """Something to be heard at `offset_ms` from the start of the session.

    `value` carries the number a cue speaks: the count-down digit, or the rep.
    """

    offset_ms: int
    kind: CueKind
    phase: Phase | None = None
    value: int = 0


@dataclass(frozen=True, slots=True)
class Position:
    """Where the session is at one moment."""

    segment: Segment
    index: int
    elapsed_in_phase_ms: float
    following: Segment | None

    @property
    def remaining_ms(self) -> float:
        return self.segment.duration_ms - self.elapsed_in_phase_ms

    @property
    def fraction(self) -> float:
        if self.segment.duration_ms == 0:
            return 1.0
        return min(1.0, max(0.0, self.elapsed_in_phase_ms / self.segment.duration_ms))

    @property
    def seconds_left(self) -> int:
        """Whole seconds left, counted the way a coach counts: 3, 2, 1."""
        return max(0, -int(-self.remaining_ms // 1000))


def _rep_segments(plan: SetPlan, start: int, set_number: int, leg: Leg, rep: int):
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


def _laid_out(plan: SetPlan) -> list[Segment]:
    segments: list[Segment] = []
    clock = 0

    def add(segment: Segment) -> None:
        nonlocal clock
        segments.append(segment)
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
    return segments


def _cues_of(segment: Segment, ends_block: bool) -> list[Cue]:
    cues = [Cue(segment.start_ms, CueKind.PHASE_START, segment.phase, segment.rep)]
    start, end = segment.start_ms, segment.end_ms
    if segment.phase is Phase.COUNT_IN:
        for number in range(COUNT_DOWN_FROM, 0, -1):
            offset = end - number * 1000
            if offset >= start:  # a count-in of 3 s counts its 3 as it begins
                cues.append(Cue(offset, CueKind.COUNT_DOWN, segment.phase, number))
    elif segment.phase is Phase.REST:
        if segment.duration_ms > REST_ENDING_WARNING_MS:
            cues.append(Cue(end - REST_ENDING_WARNING_MS, CueKind.REST_ENDING, segment.phase))
    else:
        cues.extend(
            Cue(offset, CueKind.TICK, segment.phase, segment.rep)
            for offset in range(start + 1000, end, 1000)
        )
    if ends_block:
        cues.append(Cue(end, CueKind.SET_COMPLETE, None, segment.set_number))
    return cues


def _block(segment: Segment) -> tuple[int, Leg]:
    return (segment.set_number, segment.leg)


def _rep_key(segment: Segment) -> tuple[int, Leg, int]:
    return (segment.set_number, segment.leg, segment.rep)


class Timeline:
    """The immutable layout of one session: its phases in order and its cues."""

    def __init__(self, segments: tuple[Segment, ...]) -> None:
        if not segments:
            raise ValueError("a timeline needs at least one phase")
        self.segments = segments
        self._starts = [segment.start_ms for segment in segments]

    @classmethod
    def from_plan(cls, plan: SetPlan) -> Timeline:
        return cls(tuple(_laid_out(plan)))

    @property
    def total_ms(self) -> int:
        return self.segments[-1].end_ms

    def _with_following(self):
        followers = (*self.segments[1:], None)
        return zip(self.segments, followers, strict=True)

    @cached_property
    def cues(self) -> tuple[Cue, ...]:
        cues: list[Cue] = []
        for segment, following in self._with_following():
            ends_block = (
                segment.phase.is_rep_phase
                and segment.rep > 0
                and (
                    following is None
                    or not following.phase.is_rep_phase
                    or _block(following) != _block(segment)
                )
            )
            cues.extend(_cues_of(segment, ends_block))
        cues.append(Cue(self.total_ms, CueKind.SESSION_COMPLETE))
        cues.sort(key=lambda cue: cue.offset_ms)
        return tuple(cues)

    @cached_property
    def rep_end_offsets(self) -> tuple[int, ...]:
        """When each repetition is complete, in order."""
        return tuple(
            segment.end_ms
            for segment, following in self._with_following()
            if segment.rep and (following is None or _rep_key(following) != _rep_key(segment))
        )

    def index_at(self, t_ms: float) -> int | None:
        """The index of the phase running at `t_ms`, or None once the session is over."""
        if t_ms < 0:
            t_ms = 0
        if t_ms >= self.total_ms:
            return None
        return bisect.bisect_right(self._starts, t_ms) - 1

    def position_at(self, t_ms: float) -> Position | None:
        index = self.index_at(t_ms)
        if index is None:
            return None
        segment = self.segments[index]
        following = self.segments[index + 1] if index + 1 < len(self.segments) else None
        return Position(segment, index, max(0.0, t_ms) - segment.start_ms, following)

    def completed_reps(self, t_ms: float) -> int:
        return bisect.bisect_right(self.rep_end_offsets, t_ms)

    def ending_block(self, index: int, duration_ms: int) -> Timeline:
        """A copy where phase `index` lasts `duration_ms` and ends its set on its leg: the
        rest of that block goes, every later phase moves up."""
        segment = self.segments[index]
        end = index + 1
        while (
            end < len(self.segments)
            and self.segments[end].phase.is_rep_phase
            and (_block(self.segments[end]) == _block(segment))
        ):
            end += 1
        cut = segment.start_ms + duration_ms
        shift = cut - (self.segments[end - 1].end_ms)
        changed = [*self.segments[:index], replace(segment, duration_ms=duration_ms)]
        changed.extend(replace(later, start_ms=later.start_ms + shift)
                       for later in self.segments[end:])  # fmt: skip
        return Timeline(tuple(changed))

    def resumed_at(self, index: int, cut_ms: int, count_in_ms: int) -> Timeline:
        """A copy for a resume at `cut_ms`, inside rep phase `index`: what had passed of
        that rep stays as no rep, a count-in follows, then the whole rep again from its
        first phase; every later phase moves up."""
        rep = self.segments[index]
        first = index
        while first > 0 and _rep_key(self.segments[first - 1]) == _rep_key(rep):
            first -= 1
        cut_short = replace(rep, duration_ms=cut_ms - rep.start_ms)
        passed = [replace(segment, rep=0) for segment in (*self.segments[first:index], cut_short)
                  if segment.duration_ms > 0]  # fmt: skip
        count_in = Segment(Phase.COUNT_IN, cut_ms, count_in_ms, rep.set_number, rep.leg, rep.rep)
        shift = count_in.end_ms - self.segments[first].start_ms
        again = [replace(segment, start_ms=segment.start_ms + shift)
                 for segment in self.segments[first:]]  # fmt: skip
        return Timeline((*self.segments[:first], *passed, count_in, *again))

    def with_duration(self, index: int, duration_ms: int) -> Timeline:
        """A copy where phase `index` lasts `duration_ms` and every later phase moves with it."""
        shift = duration_ms - self.segments[index].duration_ms
        changed = list(self.segments[:index])
        changed.append(replace(self.segments[index], duration_ms=duration_ms))
        changed.extend(
            replace(segment, start_ms=segment.start_ms + shift)
            for segment in self.segments[index + 1 :]
        )
        return Timeline(tuple(changed))
