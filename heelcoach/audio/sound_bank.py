"""The cue sounds, loaded once into memory, and which sound each cue makes."""

from __future__ import annotations

import wave
from array import array
from pathlib import Path

from heelcoach.core.timeline import Cue, CueKind, Phase

SAMPLE_RATE = 48_000

_PHASE_SOUNDS = {
    Phase.UP: "up",
    Phase.HOLD: "hold",
    Phase.DOWN: "down",
    Phase.BOTTOM_PAUSE: "pause",
}
_KIND_SOUNDS = {
    CueKind.TICK: "tick",
    CueKind.COUNT_DOWN: "count",
    CueKind.REST_ENDING: "rest_ending",
    CueKind.SET_COMPLETE: "set_complete",
    CueKind.SESSION_COMPLETE: "session_complete",
}
SOUND_NAMES = (*_PHASE_SOUNDS.values(), *_KIND_SOUNDS.values())


def sound_name(cue: Cue) -> str | None:
    """The sound a cue makes; None for the silent ones (the start of a count-in or a rest)."""
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

    def samples_for(self, cue: Cue) -> array | None:
        name = sound_name(cue)
        return None if name is None else self.sounds[name]
