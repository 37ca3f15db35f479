"""One run through a timeline against a clock: start, pause, resume, skip and extend rest.

The run never counts intervals. Every answer is computed from the clock reading it is
given, so a late caller sees the right phase and nothing drifts.
"""

from __future__ import annotations

import bisect
import math
from dataclasses import replace
from enum import Enum

from heelcoach.core.legs import Leg
from heelcoach.core.timeline import Cue, Phase, Position, Timeline

FALLING_BEHIND_LIMIT_MS = 1000
"""A gap this long between two readings means the machine stalled (suspend, freeze)."""

REST_EXTENSION_MS = 30_000
RESUME_COUNT_IN_MS = 3000
"""After a pause, 3-2-1 before the rep under way is done again (or the count-in goes on)."""


UNDONE_WHEN_CUT = (Phase.UP, Phase.STRETCH)
"""Ended in this phase, the rep under way does not count: the heel never got up, the
stretch was not held its time. Ended in any other, it does (towel curls: "done")."""


class RunState(Enum):
    READY = "ready"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


class PauseReason(Enum):
    USER = "user"
    FELL_BEHIND = "fell_behind"


class SessionRun:
    """The state of one guided session, driven by clock readings in milliseconds."""

    def __init__(self, timeline: Timeline) -> None:
        self.timeline = timeline
        self.state = RunState.READY
        self.pause_reason: PauseReason | None = None
        self.behind_by_ms = 0.0
        self._origin_ms = 0.0
        self._frozen_at_ms = 0.0
        self._last_reading_ms = 0.0
        self._next_cue = 0
        self._heard_until_ms = -1.0
        # The sets (on a leg) the runner ended, and the reps done in each.
        self.reps_ended: dict[tuple[int, Leg | None], int] = {}

    def start(self, now_ms: float) -> None:
        if self.state is not RunState.READY:
            raise RuntimeError(f"cannot start a run that is {self.state.value}")
        self._origin_ms = now_ms
        self._last_reading_ms = now_ms
        self.state = RunState.RUNNING

    def elapsed_ms(self, now_ms: float) -> float:
        """Time into the session: the clock since start, less every pause."""
        if self.state is RunState.RUNNING:
            return min(now_ms - self._origin_ms, float(self.timeline.total_ms))
        if self.state is RunState.READY:
            return 0.0
        return self._frozen_at_ms

    def position(self, now_ms: float) -> Position | None:
        return self.timeline.position_at(self.elapsed_ms(now_ms))

    def completed_reps(self, now_ms: float) -> int:
        return self.timeline.completed_reps(self.elapsed_ms(now_ms))

    def advance(self, now_ms: float) -> list[Cue]:
        """Take a clock reading; return the cues that fell due since the last one.

        A reading that comes more than FALLING_BEHIND_LIMIT_MS after the previous one
        pauses the run where the previous reading left it, and fires nothing.
        """
        if self.state is not RunState.RUNNING:
            return []
        gap = now_ms - self._last_reading_ms
        if gap > FALLING_BEHIND_LIMIT_MS:
            self._freeze(self._last_reading_ms - self._origin_ms, PauseReason.FELL_BEHIND)
            self.behind_by_ms = gap
            return []
        self._last_reading_ms = now_ms
        elapsed = self.elapsed_ms(now_ms)
        cues = self.timeline.cues
        first = self._next_cue
        while self._next_cue < len(cues) and cues[self._next_cue].offset_ms <= elapsed:
            self._next_cue += 1
        self._heard_until_ms = elapsed
        if elapsed >= self.timeline.total_ms:
            self._freeze(float(self.timeline.total_ms), None)
            self.state = RunState.FINISHED
        return list(cues[first : self._next_cue])

    def pause(self, now_ms: float) -> None:
        if self.state is RunState.RUNNING:
            self._freeze(self.elapsed_ms(now_ms), PauseReason.USER)

    def resume(self, now_ms: float, count_in_ms: int = RESUME_COUNT_IN_MS) -> None:
        """Go on from the pause; a rep under way is done again after a count-in of
        `count_in_ms`, and a count-in has at least that much left. A rest goes on."""
        if self.state is RunState.PAUSED:
            if count_in_ms > 0:
                self._count_in_again(count_in_ms)
            self._origin_ms = now_ms - self._frozen_at_ms
            self._last_reading_ms = now_ms
            self.pause_reason = None
            self.behind_by_ms = 0.0
            self.state = RunState.RUNNING

    def _count_in_again(self, count_in_ms: int) -> None:
        position = self.timeline.position_at(self._frozen_at_ms)
        if position is None:
            return
        segment = position.segment
        cut_at = max(segment.start_ms, math.ceil(self._frozen_at_ms))
        if segment.phase.is_effort and segment.rep > 0:
            timeline = self.timeline.resumed_at(position.index, cut_at, count_in_ms)
        elif segment.phase is Phase.COUNT_IN and segment.end_ms - cut_at < count_in_ms:
            timeline = self.timeline.with_duration(
                position.index, cut_at - segment.start_ms + count_in_ms
            )
        else:
            return
        self._frozen_at_ms = float(cut_at)
        self._heard_until_ms = float(cut_at) - 1  # what passed before the cut is past
        self._replace(timeline, cut_at)

    def skip_rest(self, now_ms: float) -> bool:
        """End the rest now; the next set's count-in starts at once."""
        position = self.position(now_ms)
        if position is None or position.segment.phase is not Phase.REST:
            return False
        start = position.segment.start_ms
        cut_at = max(start + 1, math.ceil(self.elapsed_ms(now_ms)))
        self._reshape(position.index, cut_at - start)
        return True

    def extend_rest(self, now_ms: float, extra_ms: int = REST_EXTENSION_MS) -> bool:
        position = self.position(now_ms)
        if position is None or position.segment.phase is not Phase.REST:
            return False
        self._reshape(position.index, position.segment.duration_ms + extra_ms)
        return True

    def end_set(self, now_ms: float) -> bool:
        """ "That was my last one": the block under way ends now, and what follows begins.
        A rep counts if the runner got up; one they could not lift does not."""
        position = self.position(now_ms)
        if position is None or not position.segment.phase.is_effort:
            return False
        segment = position.segment
        reps = segment.rep - (1 if segment.phase in UNDONE_WHEN_CUT else 0)
        self.reps_ended[(segment.set_number, segment.leg)] = reps
        cut_at = max(segment.start_ms + 1, math.ceil(self.elapsed_ms(now_ms)))
        self._replace(self.timeline.ending_block(position.index, cut_at - segment.start_ms),
                      cut_at)  # fmt: skip
        return True

    def finish_early(self, now_ms: float) -> bool:
        """ "That was my last set": the set under way ends as with end_set, the session now."""
        self.end_set(now_ms)
        position = self.position(now_ms)
        if position is None or self.state is not RunState.RUNNING:
            return False
        segment = position.segment
        cut_at = max(segment.start_ms + 1, math.ceil(self.elapsed_ms(now_ms)))
        kept = (*self.timeline.segments[: position.index],
                replace(segment, duration_ms=cut_at - segment.start_ms))  # fmt: skip
        self._replace(self.timeline.with_segments(kept), cut_at)
        return True

    def lay_out_later_sets(self, now_ms: float, other: Timeline) -> bool:
        """The sets still to begin run as `other` lays them out (lighter, after a set in the
        red); what runs now, and the rest before them, stay. False if none is left."""
        position = self.position(now_ms)
        if position is None:
            return False
        laid_out = self.timeline.with_sets_from(position.index, other)
        if laid_out is None:
            return False
        self._replace(*laid_out)
        return True

    def _reshape(self, index: int, duration_ms: int) -> None:
        timeline = self.timeline.with_duration(index, duration_ms)
        self._replace(timeline, timeline.segments[index].end_ms)

    def _replace(self, timeline: Timeline, changed_from_ms: int) -> None:
        self.timeline = timeline
        offsets = [cue.offset_ms for cue in timeline.cues]
        # Heard: every cue up to the last reading, but none from where the change begins.
        self._next_cue = min(
            bisect.bisect_right(offsets, self._heard_until_ms),
            bisect.bisect_left(offsets, changed_from_ms),
        )

    def _freeze(self, at_ms: float, reason: PauseReason | None) -> None:
        self._frozen_at_ms = at_ms
        self.pause_reason = reason
        self.state = RunState.PAUSED
