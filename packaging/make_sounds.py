"""Generate the cue sounds in resources/sounds: short, soft, told apart by pitch and shape.

    python packaging/make_sounds.py [output folder]

Every sound is 16-bit mono at 48 kHz, starts at full loudness within its first 3 ms
(the onset is where the cue is due) and fades out, so nothing clicks. The output is the
same byte for byte on every run; a test checks the committed files against it.
"""

from __future__ import annotations

import math
import sys
import wave
from array import array
from pathlib import Path

RATE = 48_000
ATTACK_S = 0.003
PEAK = 0.6 * 32767  # headroom for two cues that fall on the same sample
OUT = Path(__file__).resolve().parent.parent / "resources" / "sounds"

# name: [(start s, duration s, start Hz, end Hz)], each note with its own envelope
SOUNDS: dict[str, list[tuple[float, float, float, float]]] = {
    "up": [(0.0, 0.16, 523.25, 783.99)],  # a rising glide, C5 to G5
    "hold": [(0.0, 0.09, 659.25, 659.25), (0.11, 0.09, 659.25, 659.25)],  # two level E5s
    "down": [(0.0, 0.16, 783.99, 523.25)],  # a falling glide, G5 to C5
    "pause": [(0.0, 0.12, 392.00, 392.00)],  # a low G4: rest at the bottom
    "tick": [(0.0, 0.025, 1760.0, 1760.0)],  # a soft, short A6
    "count": [(0.0, 0.10, 880.0, 880.0)],  # 3, 2, 1: A5
    "rest_ending": [(0.0, 0.10, 987.77, 987.77), (0.16, 0.10, 987.77, 987.77)],
    "set_complete": [
        (0.0, 0.10, 523.25, 523.25),
        (0.10, 0.10, 659.25, 659.25),
        (0.20, 0.18, 783.99, 783.99),
    ],
    # The walk/run session: told apart from the heel raise's by rhythm as well as pitch.
    "run": [
        (0.0, 0.07, 659.25, 659.25),
        (0.08, 0.07, 783.99, 783.99),
        (0.16, 0.12, 987.77, 987.77),
    ],  # quick and rising, E5 G5 B5
    "walk": [(0.0, 0.22, 523.25, 523.25), (0.26, 0.30, 392.00, 392.00)],  # slow, C5 then G4
    "halfway": [(0.0, 0.45, 1318.5, 1318.5)],  # one long bell-like E6
    "session_complete": [
        (0.0, 0.14, 523.25, 523.25),
        (0.14, 0.14, 659.25, 659.25),
        (0.28, 0.14, 783.99, 783.99),
        (0.42, 0.40, 1046.5, 1046.5),
    ],
}


def _note(duration: float, start_hz: float, end_hz: float) -> list[float]:
    frames = round(duration * RATE)
    attack = round(ATTACK_S * RATE)
    samples, phase = [], 0.0
    for index in range(frames):
        progress = index / frames
        hz = start_hz + (end_hz - start_hz) * progress
        phase += 2 * math.pi * hz / RATE
        rise = min(1.0, (index + 1) / attack)
        fall = math.cos(progress * math.pi / 2) ** 2  # smooth to zero at the end
        tone = math.sin(phase) + 0.25 * math.sin(2 * phase)  # a touch of warmth
        samples.append(tone / 1.25 * rise * fall)
    return samples


def render(notes: list[tuple[float, float, float, float]]) -> array:
    length = max(round((start + duration) * RATE) for start, duration, _, _ in notes)
    mix = [0.0] * length
    for start, duration, start_hz, end_hz in notes:
        offset = round(start * RATE)
        for index, value in enumerate(_note(duration, start_hz, end_hz)):
            mix[offset + index] += value
    return array("h", (round(max(-1.0, min(1.0, value)) * PEAK) for value in mix))


def write(path: Path, samples: array) -> None:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(samples.tobytes())


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    folder.mkdir(parents=True, exist_ok=True)
    for name, notes in SOUNDS.items():
        write(folder / f"{name}.wav", render(notes))
    print(f"{len(SOUNDS)} sounds in {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
