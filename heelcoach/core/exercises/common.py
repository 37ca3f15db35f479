"""Cues every kind of exercise says the same way: the count-in's 3-2-1, the rest's warning,
and the chime at the end of each block."""

from __future__ import annotations

from heelcoach.core.legs import Leg
from heelcoach.core.timeline import Cue, CueKind, Segment, block_of

REST_ENDING_WARNING_MS = 10_000
COUNT_DOWN_FROM = 3


def count_in_cues(segment: Segment) -> list[Cue]:
    """3, 2, 1 at the last three seconds of a count-in (a count-in of 3 s counts its 3 as
    it begins; a shorter one counts what fits)."""
    start, end = segment.start_ms, segment.end_ms
    return [
        Cue(end - number * 1000, CueKind.COUNT_DOWN, segment.phase, number)
        for number in range(COUNT_DOWN_FROM, 0, -1)
        if end - number * 1000 >= start
    ]


def rest_cues(segment: Segment) -> list[Cue]:
    if segment.duration_ms > REST_ENDING_WARNING_MS:
        return [Cue(segment.end_ms - REST_ENDING_WARNING_MS, CueKind.REST_ENDING, segment.phase)]
    return []


def block_ends(laid_out: tuple[Segment, ...]) -> set[int]:
    """The indices of each block's last counted effort phase (a set on one leg, a stretch
    on one side): where its chime goes."""
    last: dict[tuple[int, Leg | None], int] = {}
    for index, segment in enumerate(laid_out):
        if segment.phase.is_effort and segment.rep > 0:
            last[block_of(segment)] = index
    return set(last.values())


def block_complete(segment: Segment) -> Cue:
    return Cue(segment.end_ms, CueKind.SET_COMPLETE, segment.phase, segment.set_number)
