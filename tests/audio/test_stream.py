"""Sound really comes out, on the tempo grid: recorded from a PulseAudio null sink."""

import os
import subprocess
import time

import pytest
from audio_recording import (
    LIVE_BOUND_MS,
    Recorder,
    crossing_delay,
    null_sink,
    onsets,
    timing,
    wait_until_qt_lists,
)
from PySide6.QtCore import QTimer

from heelcoach.audio.cue_track import CueTrack
from heelcoach.audio.sound_bank import SoundBank, sound_name
from heelcoach.audio.stream import CueStream
from heelcoach.core.exercises.heel_raise import LegMode, SetPlan, Tempo
from heelcoach.system.paths import resource_file

BURST = SetPlan(sets=1, reps=3, tempo=Tempo(300, 200, 300), count_in_ms=2000, legs=LegMode.LEFT)


@pytest.fixture(scope="module")
def sink(qapp):
    with null_sink() as name:
        wait_until_qt_lists(name)
        yield name


def stall_the_ui_thread(ms):
    time.sleep(ms / 1000)


def freeze_the_whole_app(ms):
    """What a busy machine does now and then: no thread of ours runs for a while."""
    subprocess.Popen(["sh", "-c", f"kill -STOP {os.getpid()}; sleep {ms / 1000}; "
                      f"kill -CONT {os.getpid()}"])  # fmt: skip


def play_and_time(qtbot, sink, stream, stall_at_ms=None, stall=stall_the_ui_thread, stall_ms=0):
    """Play BURST on `stream`, stalling once if asked; the cues' timing."""
    bank = SoundBank.load(resource_file("sounds"))
    timeline = BURST.timeline()
    assert stream.open(sink.encode()) is None
    recorder = Recorder(sink)
    qtbot.wait(200)  # the recorder is listening before the first cue
    stream.play(CueTrack(timeline.cues, bank))
    if stall_at_ms is not None:
        QTimer.singleShot(stall_at_ms, lambda: stall(stall_ms))
    end = timeline.total_ms * 48 + 48_000 // 2
    qtbot.waitUntil(lambda: stream.position() >= end, timeout=timeline.total_ms + 5000)
    stream.stop()
    recording = recorder.stop()

    sounding = [cue for cue in timeline.cues if sound_name(cue)]
    expected = [cue.offset_ms * 48 + crossing_delay(bank.sounds[sound_name(cue)])
                for cue in sounding]  # fmt: skip
    found = onsets(recording)
    assert len(found) >= len(expected)  # every cue was heard (two-note cues add onsets)
    return timing(expected, found)


def test_a_burst_of_cues_is_audible_and_on_the_grid(qtbot, sink):
    result = play_and_time(qtbot, sink, CueStream())
    assert result["max_ms"] <= LIVE_BOUND_MS, result  # precision and drift: the benchmark


def test_a_half_second_stall_of_the_ui_thread_moves_no_cue(qtbot, sink):
    result = play_and_time(qtbot, sink, CueStream(), stall_at_ms=2500, stall_ms=500)
    assert result["max_ms"] <= LIVE_BOUND_MS, result  # a cue moved would be 500 ms off


def test_the_whole_app_frozen_for_40_ms_moves_no_cue(qtbot, sink):
    result = play_and_time(qtbot, sink, CueStream(), stall_at_ms=2500,
                           stall=freeze_the_whole_app, stall_ms=40)  # fmt: skip
    assert result["max_ms"] <= 20, result  # a cue moved would be 40 ms off


class StaleSink:
    """A sink that, as one just started may, still counts a dropped buffer as waiting."""

    def __init__(self) -> None:
        self.free = 48_000  # bytes

    def bufferSize(self) -> int:  # noqa: N802 (QAudioSink's names)
        return 96_000

    def bytesFree(self) -> int:  # noqa: N802
        return self.free

    def reset(self) -> None:
        pass

    def start(self):
        return self

    def write(self, data: bytes) -> int:
        return len(data)

    def stop(self) -> None:
        pass


@pytest.fixture
def now(monkeypatch) -> list[float]:
    """The stream's clock, in ms: it moves only when the test sets it."""
    clock = [0.0]
    monkeypatch.setattr("heelcoach.audio.stream.monotonic_ms", lambda: clock[0])
    return clock


def stale_stream(sink: StaleSink) -> CueStream:
    """A stream on `sink`, playing from sample 144 000."""
    stream = CueStream()
    stream._sink = sink
    bank = SoundBank.load(resource_file("sounds"))
    stream.play(CueTrack(BURST.timeline().cues, bank), 144_000)
    return stream


def test_the_position_never_goes_back_before_the_play_began_nor_within_it(qapp, now):
    sink = StaleSink()
    stream = stale_stream(sink)
    sink.free = 0  # the whole buffer counted as waiting: 24 000 samples more than was written
    assert stream.position() == 144_000  # not before the play's first sample
    now[0] = 1000.0
    sink.free = 96_000
    assert stream.position() == 168_000  # all that was written has been played
    sink.free = 0
    assert stream.position() == 168_000  # and time does not run back
    stream.stop()


def test_the_position_never_runs_ahead_of_the_time_since_the_play_began(qapp, now):
    sink = StaleSink()
    sink.free = 10 * 96_000  # just restarted: the sink says it takes ten seconds at once
    stream = stale_stream(sink)
    sink.free = 96_000  # and that all it took was played
    assert stream.position() <= 144_000 + 48 * 50  # a resume's count-in is not skipped
    now[0] = 500.0
    assert stream.position() <= 144_000 + 48 * 550
    stream.stop()


def test_without_a_device_the_stream_says_why(qtbot):
    stream = CueStream()
    assert stream.open(b"no-such-device") == "no sound output device was found"
    assert not stream.is_open


class StuckSink:
    """An output that takes no sample: a sound server with nowhere to send sound."""

    def bufferSize(self):  # noqa: N802 (Qt's name)
        return 96_000

    def bytesFree(self):  # noqa: N802
        return 0

    def stop(self):
        pass


def test_an_output_that_plays_nothing_is_given_up_with_a_reason(qtbot, monkeypatch):
    now = [0.0]
    monkeypatch.setattr("heelcoach.audio.stream.monotonic_ms", lambda: now[0])
    stream = CueStream()
    stream._sink, stream._device = StuckSink(), object()
    stream._track = CueTrack([], SoundBank.load(resource_file("sounds")))
    reasons = []
    stream.failed.connect(reasons.append)
    stream._feed()  # the first look, as the set starts
    for _ in range(145):  # fed every 20 ms for 2.9 s: an idle null sink may wait this long
        now[0] += 20
        stream._feed()
    assert reasons == []
    now[0] += 200
    stream._feed()
    assert reasons == ["the sound output plays nothing"]
    assert stream._device is None  # the set's clock falls back to the computer's
