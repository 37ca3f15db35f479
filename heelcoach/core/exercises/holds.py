"""A stretch held: so many seconds, so many times on each side, with a moment to let go
between holds. The guide's calf stretch against a wall and plantar fascia stretch: 30 s,
3 times each side (../shared/DOMAIN.md, "Supplementary exercises")."""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from heelcoach.core.exercises.sides import cues, side_by_side
from heelcoach.core.legs import Leg, LegMode
from heelcoach.core.timeline import Phase, Segment, Timeline

HOLD_MS = 30_000
HOLDS = 3
RELEASE_MS = 10_000  # let go, shake the leg out, take the position again
SWITCH_MS = 10_000  # time to turn round and take the other side's position
MAX_HOLD_MS = 5 * 60_000
MAX_HOLDS = 10

CALF_STRETCH = "calf_stretch"
FASCIA_STRETCH = "fascia_stretch"


class HoldPlan(NamedTuple):
    exercise: str = CALF_STRETCH
    holds: int = HOLDS
    hold_ms: int = HOLD_MS
    legs: LegMode = LegMode.BOTH
    release_ms: int = RELEASE_MS
    switch_ms: int = SWITCH_MS
    count_in_ms: int = 5000

    def segments(self, part: int = 1, start_ms: int = 0) -> list[Segment]:
        if not (1 <= self.holds <= MAX_HOLDS and 1000 <= self.hold_ms <= MAX_HOLD_MS):
            raise ValueError(f"{self.holds} holds of {self.hold_ms} ms cannot be coached")

        def work(_start: int, _leg: Leg) -> Iterator[tuple[Phase, int, int]]:
            for hold in range(1, self.holds + 1):
                if hold > 1 and self.release_ms > 0:
                    yield Phase.RELEASE, self.release_ms, 0
                yield Phase.STRETCH, self.hold_ms, hold

        return side_by_side(self.legs, part, start_ms, self.count_in_ms, self.switch_ms, work)

    def timeline(self) -> Timeline:
        return Timeline(tuple(self.segments()), cues)

    @property
    def total_ms(self) -> int:
        return self.segments()[-1].end_ms
