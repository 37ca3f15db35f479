"""The heavy slow heel raise: sets of reps with a tempo (up, hold, down, an optional pause
at the bottom), a count-in before each leg, a rest between sets."""

from __future__ import annotations

from collections.abc import Iterator

from heelcoach.core.exercises.common import (
    block_complete,
    block_ends,
    count_in_cues,
    rest_cues,
)
from heelcoach.core.plan import Leg, SetPlan
from heelcoach.core.timeline import Cue, CueKind, Phase, Segment, Timeline


def _rep_segments(plan: SetPlan, start: int, set_number: int, leg: Leg,
                  rep: int) -> Iterator[Segment]:  # fmt: skip
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
    return Timeline(tuple(segments(plan)), cues)
