"""A session's cues as one track of samples: each sound starts at its cue's exact sample.

The track is rendered piece by piece, in whatever pieces the output stream asks for;
the pieces join to exactly the track rendered whole. A cue due at offset t ms starts at
sample t * rate / 1000: with whole milliseconds at 48 kHz that is a whole sample, so
nothing is rounded and nothing drifts, however long the session.
"""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Iterable

from heelcoach.audio.sound_bank import SAMPLE_RATE, SoundBank
from heelcoach.core.timeline import Cue

SAMPLE_MIN, SAMPLE_MAX = -32768, 32767


def sample_index(offset_ms: int, rate: int = SAMPLE_RATE) -> int:
    return offset_ms * rate // 1000


class CueTrack:
    """The sounds of `cues`, mixed at their sample positions, as 16-bit mono PCM."""

    def __init__(self, cues: Iterable[Cue], bank: SoundBank, rate: int = SAMPLE_RATE) -> None:
        placed = []
        for cue in cues:
            samples = bank.samples_for(cue)
            if samples is not None:
                placed.append((sample_index(cue.offset_ms, rate), samples))
        placed.sort(key=lambda item: item[0])
        self._starts = [start for start, _ in placed]
        self._sounds = [samples for _, samples in placed]
        self._longest = bank.longest

    @property
    def onsets(self) -> list[int]:
        """The sample index of every sound in the track, in order."""
        return list(self._starts)

    def render(self, first: int, count: int) -> array:
        """Samples [first, first + count) of the track; silence where no cue sounds."""
        out = array("h", bytes(2 * count))
        end = first + count
        # Only sounds that start before `end` and may still ring at `first` can reach here.
        low = bisect.bisect_left(self._starts, first - self._longest)
        high = bisect.bisect_left(self._starts, end)
        for start, samples in zip(self._starts[low:high], self._sounds[low:high], strict=True):
            begin, stop = max(first, start), min(end, start + len(samples))
            if begin >= stop:
                continue
            piece = samples[begin - start : stop - start]
            if not any(out[begin - first : stop - first]):
                out[begin - first : stop - first] = piece  # the usual case: nothing to mix with
            else:
                for index, value in enumerate(piece, start=begin - first):
                    out[index] = max(SAMPLE_MIN, min(SAMPLE_MAX, out[index] + value))
        return out
