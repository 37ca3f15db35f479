"""A session's cues as an audio file, to carry on a phone: every cue at its exact sample.

The file is rendered and written a second at a time (never whole in memory) into a
temporary file that takes its name only when it is complete: a crash or a full disk
leaves no half file. The type follows the extension:

* `.wav`: 16-bit mono at the live stream's 48 kHz; plays everywhere, and every cue starts
  at exactly the sample the live set plays it at (a 30-minute session is 170 MB);
* `.ogg`: Ogg Vorbis at 8 kHz, about 150 kB for 30 minutes: every partial of the cue
  sounds lies below 3.6 kHz, within the band; Android and most players play it. The rate
  is chosen for speed too: Vorbis at 12 kHz took 1.6-2.0 s for 30 minutes here, at 8 kHz
  1.0-1.1 s (the bar is 2 s);
* `.mp3`: MP3 at 16 kHz, for players without Vorbis (iPhones), with the encoder's delay
  in its header so that cues stay within a few samples; LAME takes about 5 s for 30 min.

Compressed types go through python-soundfile (libsndfile, which brings Vorbis and LAME in
its wheels); it and numpy are imported only for an export.
"""

from __future__ import annotations

import contextlib
import wave
from array import array
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from heelcoach.audio.cue_track import CueTrack
from heelcoach.audio.sound_bank import SAMPLE_RATE, SoundBank
from heelcoach.core.timeline import Timeline
from heelcoach.system.atomic_file import written_atomically

if TYPE_CHECKING:
    from typing import BinaryIO

BLOCK_S = 1
TAIL_MS = 1500  # the last chime rings out


class FileType(NamedTuple):
    rate: int
    libsndfile: tuple[str, str] | None  # (format, subtype); None: the wave module writes it


FILE_TYPES = {
    ".wav": FileType(SAMPLE_RATE, None),
    ".ogg": FileType(8_000, ("OGG", "VORBIS")),
    ".mp3": FileType(16_000, ("MP3", "MPEG_LAYER_III")),
}


class ExportError(Exception):
    """The file could not be written; str(error) says why."""


def file_type(path: Path) -> FileType:
    try:
        return FILE_TYPES[path.suffix.lower()]
    except KeyError:
        known = ", ".join(FILE_TYPES)
        raise ExportError(f"{path.name}: the file's type is not one of {known}") from None


def export(timeline: Timeline, path: Path, bank: SoundBank,
           progress: Callable[[float], None] | None = None) -> int:  # fmt: skip
    """Write the cues of `timeline` to `path`; returns the number of samples written.
    `progress` hears the fraction done after each block. Raises ExportError, or OSError
    from the disk (either leaves `path` as it was)."""
    kind = file_type(path)
    at_rate = bank if kind.rate == SAMPLE_RATE else bank.at_rate(kind.rate)
    track = CueTrack(timeline.cues, at_rate, kind.rate)
    total = (timeline.total_ms + TAIL_MS) * kind.rate // 1000
    block = BLOCK_S * kind.rate
    with written_atomically(path) as stream, _samples_into(stream, kind) as write:
        for first in range(0, total, block):
            write(track.render(first, min(block, total - first)))
            if progress is not None:
                progress(min(1.0, (first + block) / total))
    return total


@contextlib.contextmanager
def _samples_into(stream: BinaryIO, kind: FileType) -> Iterator[Callable[[array], object]]:
    """A function that writes 16-bit samples into `stream` as a file of type `kind`."""
    if kind.libsndfile is None:
        with wave.open(stream, "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(kind.rate)
            yield lambda samples: out.writeframes(samples.tobytes())
        return
    import numpy
    import soundfile

    file_format, subtype = kind.libsndfile
    with soundfile.SoundFile(stream, "w", samplerate=kind.rate, channels=1,
                             format=file_format, subtype=subtype) as out:  # fmt: skip
        yield lambda samples: out.write(numpy.frombuffer(samples, dtype=numpy.int16))
