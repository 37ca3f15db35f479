"""Reps at the runner's own pace: seated towel toe curls, 10-15 times on each foot
(../shared/DOMAIN.md, "Supplementary exercises"). No tempo is called: a sound starts each
foot's window, the runner curls at their pace and says "done" (Enter), or the window ends."""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from heelcoach.core.exercises.sides import cues, side_by_side
from heelcoach.core.legs import Leg, LegMode
from heelcoach.core.timeline import Phase, Segment, Timeline

TOWEL_CURLS = "towel_curls"
REPS_LOW, REPS_HIGH = 10, 15
WINDOW_MS = 60_000
"""15 curls at a slow 2-3 s each fit in a minute; the runner ends it sooner with Enter."""


class OwnPacePlan(NamedTuple):
    exercise: str = TOWEL_CURLS
    reps_low: int = REPS_LOW
    reps_high: int = REPS_HIGH
    window_ms: int = WINDOW_MS
    legs: LegMode = LegMode.BOTH
    switch_ms: int = 10_000
    count_in_ms: int = 5000

    def segments(self, part: int = 1, start_ms: int = 0) -> list[Segment]:
        def work(_start: int, _leg: Leg) -> Iterator[tuple[Phase, int, int]]:
            yield Phase.CURLS, self.window_ms, 1

        return side_by_side(self.legs, part, start_ms, self.count_in_ms, self.switch_ms, work)

    def timeline(self) -> Timeline:
        return Timeline(tuple(self.segments()), cues)
