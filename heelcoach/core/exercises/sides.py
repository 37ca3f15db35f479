"""Side by side: a block of work on each side in turn, a count-in before the first and a
change of side (counted down like a count-in) before each other."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from heelcoach.core.exercises.common import (
    block_complete,
    block_ends,
    count_in_cues,
)
from heelcoach.core.exercises.heel_raise import Leg, LegMode
from heelcoach.core.timeline import Cue, CueKind, Phase, Segment

TEN_SECONDS_MS = 10_000

SideWork = Callable[[int, Leg], Iterable[tuple[Phase, int, int]]]
"""(start, side) -> the side's phases in order: (phase, duration ms, rep)."""


def side_by_side(legs: LegMode, part: int, start_ms: int, lead_in_ms: int, switch_ms: int,
                 work: SideWork) -> list[Segment]:  # fmt: skip
    """The segments of one exercise (block `part` of its session) from `start_ms`: the
    lead-in (a count-in, or the change from the exercise before), then each side's work."""
    laid_out: list[Segment] = []
    clock = start_ms
    for index, leg in enumerate(legs.legs):
        before = Phase.COUNT_IN if index == 0 else Phase.SWITCH
        lead = lead_in_ms if index == 0 else switch_ms
        if lead > 0:
            laid_out.append(Segment(before, clock, lead, part, leg))
            clock += lead
        for phase, duration, rep in work(clock, leg):
            laid_out.append(Segment(phase, clock, duration, part, leg, rep))
            clock += duration
    return laid_out


def cues(laid_out: tuple[Segment, ...]) -> list[Cue]:
    """A sound as each hold or window begins (with its number) and as a hold ends (let
    go), "10 seconds left" in a hold longer than that, 3-2-1 before each side, a chime as a
    side is done."""
    said: list[Cue] = []
    ends = block_ends(laid_out)
    for index, segment in enumerate(laid_out):
        said.append(Cue(segment.start_ms, CueKind.PHASE_START, segment.phase, segment.rep))
        if segment.phase in (Phase.COUNT_IN, Phase.SWITCH):
            said.extend(count_in_cues(segment))
        elif segment.phase is Phase.STRETCH and segment.duration_ms > TEN_SECONDS_MS:
            said.append(Cue(segment.end_ms - TEN_SECONDS_MS, CueKind.TEN_SECONDS_LEFT,
                            segment.phase, segment.rep))  # fmt: skip
        if index in ends:
            said.append(block_complete(segment))
    said.sort(key=lambda cue: cue.offset_ms)
    return said
