"""A guided set with sound: heard on the grid, and silent but going on when sound fails."""

import builtins
import os
import subprocess
import sys
import textwrap

import pytest
from audio_recording import (
    LIVE_BOUND_MS,
    Recorder,
    crossing_delay,
    expected_onsets,
    null_sink,
    onsets,
    timing,
    wait_until_qt_lists,
)
from PySide6.QtCore import Qt

from heelcoach.audio.cue_sound import TEST_CUES, CueSound
from heelcoach.audio.sound_bank import SoundBank, sound_name
from heelcoach.core.exercises.heel_raise import LegMode, SetPlan, Tempo
from heelcoach.i18n import Translations
from heelcoach.settings import MUTED, TICKS, VOLUME, Settings
from heelcoach.system.paths import data_dir, resource_file
from heelcoach.ui.main_window import MainWindow

SHORT = SetPlan(legs=LegMode.LEFT, sets=1, reps=2, tempo=Tempo(300, 200, 300), count_in_ms=2000)


def window_with(qtbot, make_sound):
    from heelcoach.app import application

    translations = Translations(application())
    window = MainWindow(Settings(data_dir()), translations, make_sound=make_sound)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(window.actions()))
    window.today.set_plan(SHORT)
    return window


def opened(device_id):
    def make():
        sound = CueSound(device_id)
        sound.open()
        return sound

    return make


@pytest.fixture(scope="module")
def sink(qapp):
    with null_sink(like_hardware=True) as name:
        wait_until_qt_lists(name)
        yield name


def test_the_set_is_heard_on_the_grid_and_ends_on_the_done_screen(qtbot, sink):
    window = window_with(qtbot, opened(sink.encode()))
    recorder = Recorder(sink)
    qtbot.wait(200)
    window.start_session()
    seen = set()
    phase = window.heel_raise_page.phase_label
    qtbot.waitUntil(lambda: seen.add(phase.text()) or phase.text() == "✔ Done!",
                    timeout=15_000)  # fmt: skip
    qtbot.wait(1600)  # the last cue rings out
    recording = recorder.stop()
    assert {"● Get ready", "▲ Up", "■ Hold", "▼ Down"} <= seen
    assert window.heel_raise_page.status_label.text() == "Press Esc to go back"

    bank = SoundBank.load(resource_file("sounds"))
    timeline = SHORT.timeline()
    expected = sorted({cue.offset_ms * 48 + crossing_delay(bank.sounds[sound_name(cue)])
                       for cue in timeline.cues if sound_name(cue)})  # fmt: skip
    assert timing(expected, onsets(recording))["max_ms"] <= LIVE_BOUND_MS


def test_a_walk_run_is_heard_on_the_grid_run_walk_the_warning_and_halfway(qtbot, sink):
    from heelcoach.core.exercises.intervals import IntervalPlan
    from heelcoach.core.timeline import CueKind

    plan = IntervalPlan(runs_ms=(11_000,), walk_ms=11_000, warm_up_ms=0, count_in_ms=2000)
    window = window_with(qtbot, opened(sink.encode()))
    recorder = Recorder(sink)
    qtbot.wait(200)
    window.session.start(plan, None)
    page = window.session.page
    qtbot.waitUntil(lambda: page.phase_label.text() == "✔ Done!", timeout=40_000)
    qtbot.wait(1600)
    recording = recorder.stop()
    window.close()
    sound = window.sound_control.sound
    qtbot.waitUntil(lambda: not sound.is_playing, timeout=5000)  # rung out: the sink is free
    timeline = plan.timeline()
    kinds = {cue.kind for cue in timeline.cues if sound_name(cue)}
    assert {CueKind.CHANGE_COMING, CueKind.HALFWAY, CueKind.COUNT_DOWN} <= kinds
    bank = SoundBank.load(resource_file("sounds"))
    found = timing(expected_onsets(timeline.cues, bank), onsets(recording))
    assert found["max_ms"] <= LIVE_BOUND_MS


def test_after_a_pause_3_2_1_is_heard_then_the_rep_again_on_the_grid(qtbot, sink):
    window = window_with(qtbot, opened(sink.encode()))
    window.today.set_plan(SetPlan(legs=LegMode.LEFT, sets=1, reps=2,
                                  tempo=Tempo(1000, 600, 1000), count_in_ms=0))  # fmt: skip
    recorder = Recorder(sink)
    qtbot.wait(200)
    window.start_session()
    qtbot.waitUntil(lambda: window.heel_raise_page.phase_label.text() == "■ Hold", timeout=5000)
    window.start_or_toggle_pause()
    qtbot.wait(1500)
    paused = window.driver.snapshot()
    window.start_or_toggle_pause()
    shown = window.heel_raise_page.phase_label.text()
    # What was seen, should this fail again (once in about ten suite runs, not alone).
    sound = window.sound_control.sound
    seen = f"paused {paused}; resumed {window.driver.snapshot()}; playing {sound.is_playing}"
    assert shown == "● Get ready", seen
    qtbot.waitUntil(lambda: window.heel_raise_page.phase_label.text() == "✔ Done!", timeout=15_000)
    qtbot.wait(1600)
    recording = recorder.stop()

    timeline = window.driver.timeline
    resumed_at = next(segment.start_ms for segment in timeline.segments if segment.resumes_a_rep)
    bank = SoundBank.load(resource_file("sounds"))
    expected = sorted({cue.offset_ms * 48 + crossing_delay(bank.sounds[sound_name(cue)])
                       for cue in timeline.cues
                       if sound_name(cue) and cue.offset_ms >= resumed_at})  # fmt: skip
    found = onsets(recording)
    pause = max(range(1, len(found)), key=lambda index: found[index] - found[index - 1])
    heard_after = found[pause:]
    # 3, then 2 a second later: nothing before them
    assert abs(heard_after[1] - heard_after[0] - 48_000) <= 48 * LIVE_BOUND_MS
    assert timing(expected, heard_after)["max_ms"] <= LIVE_BOUND_MS


def test_with_no_sound_device_the_set_goes_on_and_says_why(qtbot):
    window = window_with(qtbot, opened(b"no-such-device"))
    window.start_session()
    qtbot.waitUntil(lambda: window.heel_raise_page.phase_label.text() == "▲ Up", timeout=5000)
    assert window.heel_raise_page.status_label.text() == (
        "Sound is off: no sound output device was found. Follow the screen."
    )


def test_without_qtmultimedia_the_set_goes_on_and_says_why(qtbot, monkeypatch):
    real_import = builtins.__import__

    def no_multimedia(name, *args, **kwargs):
        if name.startswith("PySide6.QtMultimedia"):
            raise ImportError("libpulse.so.0: cannot open shared object file")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_multimedia)
    window = window_with(qtbot, opened(None))
    window.start_session()
    qtbot.waitUntil(lambda: window.heel_raise_page.phase_label.text() == "▲ Up", timeout=5000)
    assert window.heel_raise_page.status_label.text().startswith(
        "Sound is off: QtMultimedia could not be loaded (libpulse.so.0"
    )


def test_losing_the_device_mid_set_goes_on_in_silence(qtbot, sink):
    sound = opened(sink.encode())()
    window = window_with(qtbot, lambda: sound)
    window.start_session()
    qtbot.waitUntil(lambda: window.heel_raise_page.phase_label.text() == "▲ Up", timeout=5000)
    sound._stream.failed.emit("the sound device stopped (IOError)")  # what Qt reports
    qtbot.waitUntil(lambda: window.heel_raise_page.phase_label.text() == "■ Hold", timeout=5000)
    assert "Sound is off: the sound device stopped" in window.heel_raise_page.status_label.text()
    qtbot.waitUntil(lambda: window.heel_raise_page.phase_label.text() == "▼ Down", timeout=5000)


def test_skipping_and_extending_rest_with_sound_keeps_the_set_going(qtbot, sink):
    window = window_with(qtbot, opened(sink.encode()))
    window.today.set_plan(
        SetPlan(
            legs=LegMode.LEFT,
            sets=2,
            reps=1,
            tempo=Tempo(300, 200, 300),
            count_in_ms=1000,
            rest_ms=30_000,
        )
    )
    window.start_session()
    qtbot.waitUntil(lambda: window.heel_raise_page.phase_label.text() == "◆ Rest", timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_Plus)
    qtbot.waitUntil(
        lambda: window.heel_raise_page.seconds_label.text() in ("0:59", "0:58"), timeout=3000
    )
    qtbot.keyClick(window, Qt.Key.Key_N)
    qtbot.waitUntil(
        lambda: window.heel_raise_page.phase_label.text() == "● Get ready", timeout=3000
    )
    qtbot.waitUntil(lambda: window.heel_raise_page.phase_label.text() == "▲ Up", timeout=5000)
    assert window.heel_raise_page.set_label.text() == "Set 2 of 2"
    # Sound still on: nothing to say but the dose.
    assert window.heel_raise_page.status_label.text() == "2 × 1 · body weight, no backpack"


def test_a_new_set_right_after_the_last_one_keeps_its_sound(qtbot, sink):
    window = window_with(qtbot, opened(sink.encode()))
    window.today.set_plan(
        SetPlan(legs=LegMode.LEFT, sets=1, reps=1, tempo=Tempo(100, 100, 100), count_in_ms=0)
    )
    window.start_session()
    qtbot.waitUntil(lambda: window.heel_raise_page.phase_label.text() == "✔ Done!", timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    window.today.set_plan(SetPlan(legs=LegMode.LEFT, sets=1, reps=3, count_in_ms=2000))
    window.start_session()
    # Past the first set's ring-out, the new set still runs on its sound and moves on.
    qtbot.waitUntil(lambda: window.heel_raise_page.phase_label.text() == "▲ Up", timeout=5000)
    qtbot.waitUntil(lambda: window.heel_raise_page.phase_label.text() == "■ Hold", timeout=5000)
    assert window.heel_raise_page.status_label.text() == "1 × 3 · body weight, no backpack"


def test_with_no_sound_server_at_all_the_app_says_so(tmp_path):
    code = textwrap.dedent("""
        import time
        from heelcoach.app import application, create_window, present
        from heelcoach.commands.cli import parse_args
        app = application()
        window = create_window(app, parse_args(["--start"]))
        present(window, parse_args(["--start"]))
        deadline = time.monotonic() + 2
        while time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        print(window.heel_raise_page.phase_label.text())
        print(window.heel_raise_page.status_label.text())
        window.close()
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HEELCOACH_DATA_DIR": str(tmp_path),
           "PULSE_SERVER": "unix:/nonexistent/pulse/native"}  # fmt: skip
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60, cwd=tmp_path, env=env)  # fmt: skip
    phase, status = result.stdout.strip().splitlines()[-2:]
    assert phase == "● Get ready"
    assert status == "Sound is off: no sound output device was found. Follow the screen."


def peak(samples) -> int:
    return max((abs(value) for value in samples), default=0)


def record_test_sound(qtbot, window, sink):
    recorder = Recorder(sink)
    qtbot.wait(200)
    window.sound_control.test()
    qtbot.waitUntil(lambda: window.sound_control.sound.is_playing, timeout=1000)
    qtbot.waitUntil(lambda: not window.sound_control.sound.is_playing, timeout=10_000)
    return recorder.stop()


def test_test_sound_plays_up_hold_down_at_the_chosen_volume(qtbot, sink):
    window = window_with(qtbot, opened(sink.encode()))
    bank = SoundBank.load(resource_file("sounds"))
    full = peak(bank.sounds["up"] + bank.sounds["hold"] + bank.sounds["down"])

    window.sound_control.change(VOLUME, 100)
    loud = record_test_sound(qtbot, window, sink)
    window.sound_control.change(VOLUME, 50)
    half = record_test_sound(qtbot, window, sink)
    window.sound_control.change(MUTED, True)
    muted = record_test_sound(qtbot, window, sink)

    expected = [cue.offset_ms * 48 + crossing_delay(bank.sounds[sound_name(cue)])
                for cue in TEST_CUES]  # fmt: skip
    assert timing(expected, onsets(loud))["max_ms"] <= LIVE_BOUND_MS  # up, hold, down 0.8 s apart
    assert peak(loud) == pytest.approx(full, rel=0.05)
    assert peak(half) == pytest.approx(full / 4, rel=0.1)  # the slider is squared: 50 % sounds half
    assert peak(muted) == 0


def test_with_ticks_off_a_set_has_no_ticks(qtbot, sink):
    window = window_with(qtbot, opened(sink.encode()))
    window.sound_control.change(TICKS, False)
    plan = SetPlan(legs=LegMode.LEFT, sets=1, reps=1, tempo=Tempo(3000, 2000, 3000), count_in_ms=0)
    window.today.set_plan(plan)
    recorder = Recorder(sink)
    qtbot.wait(200)
    window.start_session()
    qtbot.waitUntil(lambda: window.heel_raise_page.phase_label.text() == "✔ Done!", timeout=15_000)
    qtbot.wait(1600)
    recording = recorder.stop()

    bank = SoundBank.load(resource_file("sounds"))
    timeline = plan.timeline()
    heard = [cue for cue in timeline.cues if sound_name(cue) and sound_name(cue) != "tick"]
    ticks = [cue for cue in timeline.cues if sound_name(cue) == "tick"]
    assert ticks  # the plan has ticks to leave out
    expected = sorted({cue.offset_ms * 48 + crossing_delay(bank.sounds[sound_name(cue)])
                       for cue in heard})  # fmt: skip
    found = onsets(recording)
    origin = found[0] - expected[0]
    for tick in ticks:  # nothing starts where a tick would
        at = tick.offset_ms * 48 + origin
        assert not any(abs(onset - at) < 48 * 20 for onset in found), tick
    assert timing(expected, found)["max_ms"] <= LIVE_BOUND_MS


def test_unplugging_the_output_mid_set_keeps_the_set_and_its_sound_going(qtbot, sink):
    # PulseAudio moves the sound to the next output, as from headphones to speakers: the
    # set must carry on, on the sound's clock, and say nothing is wrong.
    loaded = subprocess.run(
        ["pactl", "load-module", "module-null-sink", "sink_name=heelcoach_headphones",
         "rate=48000", "channels=1"], check=True, capture_output=True, text=True,
    )  # fmt: skip
    try:
        wait_until_qt_lists("heelcoach_headphones")
        window = window_with(qtbot, opened(b"heelcoach_headphones"))
        window.today.set_plan(
            SetPlan(
                legs=LegMode.LEFT, sets=1, reps=3, tempo=Tempo(1000, 1000, 1000), count_in_ms=1000
            )
        )
        window.start_session()
        qtbot.waitUntil(lambda: window.heel_raise_page.phase_label.text() == "▲ Up", timeout=5000)
    finally:
        subprocess.run(["pactl", "unload-module", loaded.stdout.strip()], capture_output=True)
    qtbot.waitUntil(lambda: window.heel_raise_page.phase_label.text() == "■ Hold", timeout=5000)
    qtbot.waitUntil(lambda: window.heel_raise_page.phase_label.text() == "▼ Down", timeout=5000)
    assert window.sound_control.sound.is_playing
    assert window.heel_raise_page.status_label.text() == "1 × 3 · body weight, no backpack"
