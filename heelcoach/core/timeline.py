"""A session laid out in time: phases that tile it, and the cues due in it.

Every kind of exercise (core/exercises/) lays out its own segments and says its own cues;
the timeline holds them and answers "which phase, rep, set and second is it at time t" by
bisection, so the answer costs the same at the first second and at the last.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from enum import Enum
from functools import cached_property

from heelcoach.core.legs import Leg


class Phase(Enum):
    COUNT_IN = "count_in"
    UP = "up"
    HOLD = "hold"
    DOWN = "down"
    BOTTOM_PAUSE = "bottom_pause"
    REST = "rest"
    STRETCH = "stretch"  # a stretch held on one side
    RELEASE = "release"  # let go, between two holds on one side
    SWITCH = "switch"  # the change to the other side (or the next exercise)
    CURLS = "curls"  # reps at the runner's own pace, for as long as the window lasts
    RUN = "run"
    WALK = "walk"

    @property
    def is_rep_phase(self) -> bool:
        """A phase of a heel raise's repetition."""
        return self in (Phase.UP, Phase.HOLD, Phase.DOWN, Phase.BOTTOM_PAUSE)

    @property
    def is_effort(self) -> bool:
        """A phase of the work itself: one the runner can end ("that was my last") and
        that a pause makes them do again from its start."""
        return self.is_rep_phase or self in (Phase.STRETCH, Phase.CURLS)


@dataclass(frozen=True, slots=True)
class Segment:
    """One phase of the session. `set_number` counts the session's blocks (a heel raise's
    sets, a stretch session's exercises); `leg` is the side, None for both feet at once.
    `rep` counts the repetitions, holds or walk/run cycles of a block: 0 outside one, and
    in what had passed of one that a pause cut short (it counts as none). A count-in with
    a rep is the one before that rep is done again, after the pause."""

    phase: Phase
    start_ms: int
    duration_ms: int
    set_number: int
    leg: Leg | None = None
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
    TEN_SECONDS_LEFT = "ten_seconds_left"  # of a stretch held
    CHANGE_COMING = "change_coming"  # from running to walking, or back
    HALFWAY = "halfway"
    SET_COMPLETE = "set_complete"
    SESSION_COMPLETE = "session_complete"


@dataclass(frozen=True, slots=True)
class Cue:
    """Something to be heard at `offset_ms` from the start of the session.

    `value` carries the number a cue speaks: the count-down digit, or the rep. The end of
    a block or of the session carries the phase it ends in: what the voice says follows it.
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


def block_of(segment: Segment) -> tuple[int, Leg | None]:
    """The block a segment belongs to: one set (or exercise) on one side."""
    return (segment.set_number, segment.leg)


def _rep_key(segment: Segment) -> tuple[int, Leg | None, int]:
    return (segment.set_number, segment.leg, segment.rep)


CueRule = Callable[[tuple[Segment, ...]], list[Cue]]
"""What a kind of exercise says over its segments: every cue but the session's end."""


class Timeline:
    """The immutable layout of one session: its phases in order and its cues."""

    def __init__(self, segments: tuple[Segment, ...], cue_rule: CueRule) -> None:
        if not segments:
            raise ValueError("a timeline needs at least one phase")
        self.segments = segments
        self.cue_rule = cue_rule
        self._starts = [segment.start_ms for segment in segments]

    def with_segments(self, segments: Iterable[Segment]) -> Timeline:
        """The same kind of session laid out as `segments`."""
        return Timeline(tuple(segments), self.cue_rule)

    @property
    def total_ms(self) -> int:
        return self.segments[-1].end_ms

    def _with_following(self) -> Iterator[tuple[Segment, Segment | None]]:
        followers = (*self.segments[1:], None)
        return zip(self.segments, followers, strict=True)

    @cached_property
    def cues(self) -> tuple[Cue, ...]:
        cues = self.cue_rule(self.segments)
        cues.append(Cue(self.total_ms, CueKind.SESSION_COMPLETE, self.segments[-1].phase))
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
        """A copy where phase `index` lasts `duration_ms` and ends its block on its side: the
        rest of that block goes, every later phase moves up."""
        segment = self.segments[index]
        end = index + 1
        while (
            end < len(self.segments)
            and self.segments[end].phase.is_effort
            and (block_of(self.segments[end]) == block_of(segment))
        ):
            end += 1
        cut = segment.start_ms + duration_ms
        shift = cut - (self.segments[end - 1].end_ms)
        changed = [*self.segments[:index], replace(segment, duration_ms=duration_ms)]
        changed.extend(replace(later, start_ms=later.start_ms + shift)
                       for later in self.segments[end:])  # fmt: skip
        return self.with_segments(changed)

    def resumed_at(self, index: int, cut_ms: int, count_in_ms: int) -> Timeline:
        """A copy for a resume at `cut_ms`, inside effort phase `index`: what had passed of
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
        return self.with_segments((*self.segments[:first], *passed, count_in, *again))

    def with_sets_from(self, index: int, other: Timeline) -> tuple[Timeline, int] | None:
        """A copy that runs as `other` (the same session, laid out anew: lighter sets) from
        the first set that begins after phase `index`, its rest left where it is, and when
        that set begins; None when no set begins after it. Nothing before it moves."""
        current = self.segments[index]
        first_set = current.set_number if current.phase is Phase.REST else current.set_number + 1
        cut = next((j for j in range(index + 1, len(self.segments))
                    if self.segments[j].set_number >= first_set
                    and self.segments[j].phase is not Phase.REST), None)  # fmt: skip
        if cut is None:
            return None
        start = next((j for j, segment in enumerate(other.segments)
                      if segment.set_number >= first_set and segment.phase is not Phase.REST),
                     None)  # fmt: skip
        if start is None:
            return None
        shift = self.segments[cut].start_ms - other.segments[start].start_ms
        later = [replace(segment, start_ms=segment.start_ms + shift)
                 for segment in other.segments[start:]]  # fmt: skip
        return self.with_segments((*self.segments[:cut], *later)), self.segments[cut].start_ms

    def with_duration(self, index: int, duration_ms: int) -> Timeline:
        """A copy where phase `index` lasts `duration_ms` and every later phase moves with it."""
        shift = duration_ms - self.segments[index].duration_ms
        changed = list(self.segments[:index])
        changed.append(replace(self.segments[index], duration_ms=duration_ms))
        changed.extend(
            replace(segment, start_ms=segment.start_ms + shift)
            for segment in self.segments[index + 1 :]
        )
        return self.with_segments(changed)
