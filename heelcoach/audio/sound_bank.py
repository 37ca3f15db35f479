"""The cue sounds, loaded once into memory, and which sound each cue makes."""

from __future__ import annotations

import wave
from array import array
from pathlib import Path

from heelcoach.core.timeline import Cue, CueKind, Phase

SAMPLE_RATE = 48_000

_PHASE_SOUNDS: dict[Phase | None, str] = {
    Phase.UP: "up",
    Phase.HOLD: "hold",
    Phase.DOWN: "down",
    Phase.BOTTOM_PAUSE: "pause",
    Phase.STRETCH: "hold",  # hold the stretch
    Phase.RELEASE: "down",  # let go
    Phase.CURLS: "up",  # start moving
    Phase.RUN: "run",
    Phase.WALK: "walk",
}
_KIND_SOUNDS = {
    CueKind.TICK: "tick",
    CueKind.COUNT_DOWN: "count",
    CueKind.REST_ENDING: "rest_ending",
    CueKind.TEN_SECONDS_LEFT: "rest_ending",  # the same two beeps: ten seconds to a change
    CueKind.CHANGE_COMING: "rest_ending",
    CueKind.HALFWAY: "halfway",
    CueKind.SET_COMPLETE: "set_complete",
    CueKind.SESSION_COMPLETE: "session_complete",
}
SOUND_NAMES = tuple(dict.fromkeys((*_PHASE_SOUNDS.values(), *_KIND_SOUNDS.values())))


def sound_name(cue: Cue) -> str | None:
    """The sound a cue makes; None for the silent ones (the start of a count-in, a rest or
    a change of side: the side's chime has just sounded)."""
    if cue.kind is CueKind.PHASE_START:
        return _PHASE_SOUNDS.get(cue.phase)
    return _KIND_SOUNDS.get(cue.kind)


class SoundBank:
    """16-bit mono samples at SAMPLE_RATE, by sound name."""

    def __init__(self, sounds: dict[str, array]) -> None:
        self.sounds = sounds
        self.longest = max((len(samples) for samples in sounds.values()), default=0)

    @classmethod
    def load(cls, folder: Path) -> SoundBank:
        sounds = {}
        for name in SOUND_NAMES:
            with wave.open(str(folder / f"{name}.wav"), "rb") as source:
                shape = (source.getnchannels(), source.getsampwidth(), source.getframerate())
                if shape != (1, 2, SAMPLE_RATE):
                    raise ValueError(f"{name}.wav is not 16-bit mono at {SAMPLE_RATE} Hz")
                sounds[name] = array("h", source.readframes(source.getnframes()))
        return cls(sounds)

    def at_rate(self, rate: int) -> SoundBank:
        """The same sounds at `rate`, a whole fraction of SAMPLE_RATE (for a smaller file):
        low-passed below the new Nyquist frequency, then every n-th sample kept."""
        import numpy

        step, left = divmod(SAMPLE_RATE, rate)
        if left or step < 1:
            raise ValueError(f"{rate} Hz is not a whole fraction of {SAMPLE_RATE} Hz")
        taps = 16 * step + 1
        centre = numpy.arange(taps) - taps // 2
        kernel = numpy.sinc(centre / step) / step * numpy.hamming(taps)
        resampled = {}
        for name, samples in self.sounds.items():
            # aligned on the kernel's centre: a sound starts on the same sample as before
            filtered = numpy.convolve(numpy.asarray(samples, dtype=float), kernel)[taps // 2 :]
            kept = numpy.clip(numpy.round(filtered[: len(samples)][::step]), -32768, 32767)
            resampled[name] = array("h", kept.astype(numpy.int16).tobytes())
        return SoundBank(resampled)

    def samples_for(self, cue: Cue) -> array | None:
        name = sound_name(cue)
        return None if name is None else self.sounds[name]
