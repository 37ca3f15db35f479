"""Running and walking in turn: the walk/run return to running (../shared/DOMAIN.md,
"Back to running"). A brisk walk to warm up, then runs, each followed by a walk; the last
walk cools down. Which runs and walks a week holds is the coach's (coach/walk_run)."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from heelcoach.core.timeline import Cue, Segment, Timeline

WARM_UP_MS = 5 * 60_000
"""A five-minute brisk walk first, as in the NHS Couch to 5K the guide's plan resembles."""
CHANGE_WARNING_MS = 10_000
"""The change from running to walking (or back) is announced this long before."""
WALK_RUN = "walk_run"


class IntervalPlan(NamedTuple):
    runs_ms: tuple[int, ...] = (60_000,) * 8
    walk_ms: int = 120_000
    warm_up_ms: int = WARM_UP_MS
    count_in_ms: int = 5000
    week: int = 1

    def segments(self) -> list[Segment]:
        # The coach plans weeks without laying them out (`heelcoach --today` never does).
        from heelcoach.core.timeline import Phase, Segment

        if not self.runs_ms or min(self.runs_ms) < 1000 or self.walk_ms < 1000:
            raise ValueError("a walk/run session needs runs and walks of a second or more")
        laid_out: list[Segment] = []
        clock = 0
        before = ((Phase.COUNT_IN, self.count_in_ms, 0), (Phase.WALK, self.warm_up_ms, 0))
        cycles = [((Phase.RUN, run, cycle), (Phase.WALK, self.walk_ms, cycle))
                  for cycle, run in enumerate(self.runs_ms, start=1)]  # fmt: skip
        for phase, duration, cycle in (*before, *(part for pair in cycles for part in pair)):
            if duration > 0:
                laid_out.append(Segment(phase, clock, duration, 1, None, cycle))
                clock += duration
        return laid_out

    def timeline(self) -> Timeline:
        from heelcoach.core.timeline import Timeline

        return Timeline(tuple(self.segments()), cues)

    @property
    def ends_on_request(self) -> bool:
        """A run or a walk lasts its time; Esc stops the session."""
        return False

    @property
    def to_failure(self) -> bool:
        return False

    def exercise_of(self, _segment: Segment) -> str:
        return WALK_RUN

    def count_of(self, _segment: Segment) -> int:
        return self.cycles

    @property
    def cycles(self) -> int:
        return len(self.runs_ms)

    @property
    def run_ms(self) -> int:
        """The running in the session, all runs together."""
        return sum(self.runs_ms)

    @property
    def total_ms(self) -> int:
        """The count-in, the warm-up, and each run with the walk after it."""
        return self.count_in_ms + self.warm_up_ms + self.run_ms + self.walk_ms * self.cycles


def cues(laid_out: tuple[Segment, ...]) -> list[Cue]:
    """ "Run" and "walk" as each begins, a warning before each change, "halfway" at half
    the session's time, 3-2-1 in the count-in."""
    from heelcoach.core.exercises.common import count_in_cues
    from heelcoach.core.timeline import Cue, CueKind, Phase

    said: list[Cue] = []
    for segment in laid_out:
        said.append(Cue(segment.start_ms, CueKind.PHASE_START, segment.phase, segment.rep))
        if segment.phase is Phase.COUNT_IN:
            said.extend(count_in_cues(segment))
        elif segment is not laid_out[-1] and segment.duration_ms > CHANGE_WARNING_MS:
            said.append(Cue(segment.end_ms - CHANGE_WARNING_MS, CueKind.CHANGE_COMING,
                            segment.phase, segment.rep))  # fmt: skip
    said.append(Cue(laid_out[-1].end_ms // 2, CueKind.HALFWAY))
    said.sort(key=lambda cue: cue.offset_ms)
    return said
