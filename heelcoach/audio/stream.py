"""One continuously open output stream that plays a cue track, sample by sample.

The stream is fed from a timer with whatever room the device's buffer has; the samples
come from the track at the position where the last write ended, so every cue sounds at
its exact sample however late the timer fires. The buffer holds far more than a UI stall
lasts, so the device never runs dry and never inserts a gap that would shift later cues.
QtMultimedia is imported only when the stream opens: start-up does not pay for it.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from heelcoach.audio.cue_track import CueTrack
from heelcoach.audio.sound_bank import SAMPLE_RATE
from heelcoach.system.clock import monotonic_ms
from heelcoach.system.placeholders import fill

if TYPE_CHECKING:
    from PySide6.QtCore import QIODevice
    from PySide6.QtMultimedia import QAudio, QAudioSink, QtAudio

BUFFER_MS = 1000
"""What the device holds ahead of the speaker: twenty times a 50 ms stall of the UI thread.
A long buffer delays nothing: a change of plan (pause, skip the rest) drops it at once."""

SERVER_BUFFER_MS = 100
"""What the sound server holds ahead of the speaker. Qt asks PulseAudio for about 5 ms,
which a busy machine outlasts: the server then plays silence, and every later cue comes
that much late. With 100 ms the sound is heard about 60 ms after the screen shows it,
within the 125 ms by which sound may trail a picture unnoticed (ITU-R BT.1359).
A PULSE_LATENCY_MSEC the user set is left as it is."""

FEED_INTERVAL_MS = 20
"""How often we top the buffer up; a late or missed top-up only uses up some of the buffer."""

BYTES_PER_SAMPLE = 2  # 16-bit mono
AHEAD_OF_TIME_MS = 50
"""How far the position may run ahead of the time since the play began (a sound card's
clock drifts a little from the computer's). Just after a start a sink may count as played
what it was only handed, and a set's clock that leapt would skip a resume's count-in."""
STALLED_MS = 3000
"""A device that has taken no sample for this long is not playing (a sound server with
nowhere to send sound takes none): the set goes on without sound, and says so. An idle
null sink may wait two seconds before its first sample."""


class CueStream(QObject):
    """Plays CueTracks on the default (or a chosen) output device; says why if it cannot."""

    failed = Signal(str)  # the reason sound stopped, in plain words

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._volume = 1.0
        self._sink: QAudioSink | None = None
        self._device: QIODevice | None = None  # the device the sink reads from
        self._track: CueTrack | None = None
        self._written = 0  # track samples handed to the device so far
        self._heard = 0  # the position last given: it never goes back within a play
        self._moved_at_ms = 0.0  # when the device last took sound (a stalled one takes none)
        self._played_from = 0  # the sample the play began at, and when
        self._play_began_ms = 0.0
        self._feeder = QTimer(self)
        self._feeder.setInterval(FEED_INTERVAL_MS)
        self._feeder.timeout.connect(self._feed)

    def open(self, device_id: bytes | None = None) -> str | None:
        """Prepare the output; returns None when sound works, else the reason it does not."""
        try:
            from PySide6.QtMultimedia import QAudio, QAudioFormat, QAudioSink, QMediaDevices
        except ImportError as error:
            return fill(
                QCoreApplication.translate("CueStream", "QtMultimedia could not be loaded (%1)"),
                error,
            )
        outputs = {device.id().data(): device for device in QMediaDevices.audioOutputs()}
        output = outputs.get(device_id) if device_id else QMediaDevices.defaultAudioOutput()
        if output is None or output.isNull():
            return QCoreApplication.translate("CueStream", "no sound output device was found")
        audio_format = QAudioFormat()
        audio_format.setSampleRate(SAMPLE_RATE)
        audio_format.setChannelCount(1)
        audio_format.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        if not output.isFormatSupported(audio_format):
            return fill(
                QCoreApplication.translate(
                    "CueStream", "%1 cannot play 16-bit mono sound at 48 kHz"
                ),
                output.description(),
            )
        os.environ.setdefault("PULSE_LATENCY_MSEC", str(SERVER_BUFFER_MS))
        self._sink = QAudioSink(output, audio_format, self)
        self._sink.setBufferSize(SAMPLE_RATE * BUFFER_MS // 1000 * BYTES_PER_SAMPLE)
        self._sink.setVolume(self._volume)
        QAudio.State.StoppedState  # noqa: B018 (makes the State type known to PySide's signals)
        self._sink.stateChanged.connect(self._check_sink)
        return None

    @property
    def is_open(self) -> bool:
        return self._sink is not None

    def play(self, track: CueTrack, from_sample: int = 0) -> None:
        """Play `track` from `from_sample`, dropping whatever was still waiting to be heard."""
        if self._sink is None:
            return
        self._track = track
        if self._device is not None:
            self._sink.reset()
        self._device = self._sink.start()
        self._written = from_sample
        self._heard = from_sample  # nothing before it will be played
        self._played_from, self._play_began_ms = from_sample, monotonic_ms()
        self._moved_at_ms = monotonic_ms()
        self._feed()
        self._feeder.start()

    def position(self) -> int:
        """The track sample being played now: what was written, less what still waits.

        Never less than the sample the play started from, nor than the position given last:
        just after a start the sink may still count the buffer it dropped as waiting, and a
        set's clock that went back would show the phase before (a resume's count-in read as
        the rep cut short by the pause). Never more than the time since the play began allows
        (AHEAD_OF_TIME_MS)."""
        if self._sink is None or self._device is None:
            return self._written
        waiting = max(0, self._sink.bufferSize() - self._sink.bytesFree()) // BYTES_PER_SAMPLE
        since_ms = monotonic_ms() - self._play_began_ms + AHEAD_OF_TIME_MS
        possible = self._played_from + int(since_ms * SAMPLE_RATE / 1000)
        self._heard = max(self._heard, min(self._written - waiting, possible))
        return self._heard

    def set_volume(self, volume: float) -> None:
        """Linear gain from 0.0 (silent; the clock still runs) to 1.0."""
        self._volume = min(1.0, max(0.0, volume))
        if self._sink is not None:
            self._sink.setVolume(self._volume)

    def pause(self) -> None:
        """Stop where the track is; what waited to be heard is dropped (a resume plays
        from here again). The position holds until the next play."""
        if self._sink is not None and self._device is not None:
            self._written = self.position()
            self.stop()

    def stop(self) -> None:
        self._feeder.stop()
        if self._sink is not None and self._device is not None:
            self._sink.stop()
        self._device = None
        self._track = None

    def _feed(self) -> None:
        if self._sink is None or self._device is None or self._track is None:
            return
        room = min(self._sink.bytesFree(), self._sink.bufferSize()) // BYTES_PER_SAMPLE
        if room <= 0:  # the buffer is full: the device took nothing since the last top-up
            if monotonic_ms() - self._moved_at_ms > STALLED_MS:
                self._stalled()
            return
        self._moved_at_ms = monotonic_ms()
        written = self._device.write(self._track.render(self._written, room).tobytes())
        if written > 0:
            self._written += written // BYTES_PER_SAMPLE

    def _stalled(self) -> None:
        assert self._sink is not None  # the sink stalled
        self._feeder.stop()
        self._sink.stop()
        self._device = None
        self.failed.emit(QCoreApplication.translate("CueStream", "the sound output plays nothing"))

    def _check_sink(self, state: QAudio.State | QtAudio.State) -> None:
        # By name: QAudio and QtAudio are one enum in C++ but two types in PySide.
        assert self._sink is not None  # the sink's own signal
        try:
            error = self._sink.error()
        except RuntimeError:  # the sink is being destroyed (the app is closing)
            return
        if state.name == "StoppedState" and error.name != "NoError":
            self._feeder.stop()
            self._device = None
            problem = QCoreApplication.translate("CueStream", "the sound device stopped (%1)")
            self.failed.emit(fill(problem, error.name))
