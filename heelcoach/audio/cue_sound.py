"""The sound of a guided session, and the clock the whole session runs on.

While sound plays, the session's clock is the stream's own sample clock: what the screen
shows and what the speaker plays come from the same count of samples, so they agree.
Without sound (no device, QtMultimedia missing, the device lost mid-set) the clock is the
monotonic clock, continuing from where the sound left off, and the set goes on in silence.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from heelcoach.audio.cue_track import CueTrack
from heelcoach.audio.sound_bank import SAMPLE_RATE, SoundBank
from heelcoach.audio.stream import CueStream
from heelcoach.core.timeline import Cue, CueKind, Phase, Timeline
from heelcoach.system.clock import monotonic_ms
from heelcoach.system.paths import resource_file
from heelcoach.system.placeholders import fill

RING_OUT_MS = 1500
"""How long the stream keeps playing after the last cue: the longest sound fits in it."""

RING_OUT_CHECK_MS = 100

TEST_CUES = (
    Cue(100, CueKind.PHASE_START, Phase.UP, 1),
    Cue(900, CueKind.PHASE_START, Phase.HOLD),
    Cue(1700, CueKind.PHASE_START, Phase.DOWN),
)
""""Test sound": the three phase cues, 0.8 s apart."""


def gain(volume_percent: int) -> float:
    """The stream's linear gain for a volume slider: squared, so each step sounds alike."""
    return (min(100, max(0, volume_percent)) / 100) ** 2


class CueSound(QObject):
    """Plays a session's cues; its `clock` is what the set driver reads."""

    sound_off = Signal(str)  # why there is no sound, in the interface's language

    def __init__(self, device_id: bytes | None = None, parent: QObject | None = None) -> None:
        """`device_id` picks an output (tests pick a null sink); None is the default one."""
        super().__init__(parent)
        self._device_id = device_id
        self._stream: CueStream | None = None
        self._bank: SoundBank | None = None
        self._playing = False
        self._sessions = 0  # counts plays, so a late ring-out never ends a newer set's sound
        self._fallback_from_ms = 0.0
        self._fallback_anchor = monotonic_ms()
        self._cues: tuple[Cue, ...] = ()
        self._volume = 1.0
        self.ticks = True
        self.reason = ""

    def open(self) -> bool:
        """Open the output; False (with `reason` said by `sound_off`) when there is none."""
        self._stream = CueStream(self)
        self._stream.set_volume(self._volume)
        try:
            self._bank = SoundBank.load(resource_file("sounds"))
        except (OSError, ValueError) as error:
            return self._no_sound(
                fill(
                    QCoreApplication.translate("CueSound", "the cue sounds could not be read (%1)"),
                    error,
                )
            )
        problem = self._stream.open(self._device_id)
        if problem:
            return self._no_sound(problem)
        self._stream.failed.connect(self._lost)
        return True

    def clock(self) -> float:
        if self._playing and self._stream is not None:
            return self._stream.position() * 1000 / SAMPLE_RATE
        return self._fallback_from_ms + (monotonic_ms() - self._fallback_anchor)

    @property
    def is_playing(self) -> bool:
        return self._playing

    def set_volume(self, volume_percent: int, muted: bool = False) -> None:
        """Takes effect at once, in the middle of a set too; muted, the clock runs on."""
        self._volume = 0.0 if muted else gain(volume_percent)
        if self._stream is not None:
            self._stream.set_volume(self._volume)

    def set_ticks(self, ticks: bool) -> None:
        """Ticks on each second inside a phase, on or off; a set that is playing follows."""
        if ticks == self.ticks:
            return
        self.ticks = ticks
        if self._playing:
            assert self._stream is not None  # it is playing
            self._play(self._cues, self._stream.position())

    def test(self) -> None:
        """ "Test sound": up, hold and down, unless a set is playing."""
        if not self._playing:
            self._play(TEST_CUES, 0)
            self._end_at_ms(TEST_CUES[-1].offset_ms + RING_OUT_MS)

    def begin(self, timeline: Timeline) -> None:
        self._play(timeline.cues, 0)

    def reshape(self, timeline: Timeline, elapsed_ms: float) -> None:
        """The rest was skipped or extended: play the new layout from where the set is."""
        if self._playing:
            self._play(timeline.cues, round(elapsed_ms * SAMPLE_RATE / 1000))

    def pause(self) -> None:
        if self._playing:
            assert self._stream is not None  # it is playing
            self._stream.pause()

    def resume(self, timeline: Timeline, elapsed_ms: float) -> None:
        """After a pause: the layout from where the set is, and nothing that began before
        (the tail of a sound cut short by the pause would come back out of place)."""
        if self._playing:
            cues = tuple(cue for cue in timeline.cues if cue.offset_ms >= elapsed_ms)
            self._play(cues, round(elapsed_ms * SAMPLE_RATE / 1000))

    def finish(self) -> None:
        """The last cue is due: let it ring out, then close the stream."""
        self._end_at_ms(self.clock() + RING_OUT_MS)

    def _end_at_ms(self, end_ms: float) -> None:
        """End the sound once the clock reaches `end_ms`, unless a newer play began."""
        session = self._sessions

        def check() -> None:
            if self._sessions != session:
                return
            if self.clock() >= end_ms:
                self.end()
            else:
                QTimer.singleShot(RING_OUT_CHECK_MS, check)

        QTimer.singleShot(RING_OUT_CHECK_MS, check)

    def end(self) -> None:
        self._continue_without_sound()
        if self._stream is not None:
            self._stream.stop()

    def _play(self, cues: tuple[Cue, ...], from_sample: int) -> None:
        if self._bank is None or self._stream is None or not self._stream.is_open:
            return
        self._cues = cues
        heard = cues if self.ticks else [cue for cue in cues if cue.kind is not CueKind.TICK]
        self._stream.play(CueTrack(heard, self._bank), from_sample)
        self._playing = True
        self._sessions += 1

    def _continue_without_sound(self) -> None:
        if self._playing:
            self._fallback_from_ms = self.clock()
            self._fallback_anchor = monotonic_ms()
            self._playing = False

    def _lost(self, reason: str) -> None:
        self._continue_without_sound()
        self._no_sound(reason)

    def _no_sound(self, reason: str) -> bool:
        self.reason = reason
        self.sound_off.emit(reason)
        return False
