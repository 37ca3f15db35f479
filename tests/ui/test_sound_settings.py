"""Sound settings a user can reach and keep: volume, mute, ticks, spoken cues."""

import pytest
from coach import Coach
from PySide6.QtCore import Qt

from heelcoach.core.exercises.heel_raise import LegMode, SetPlan, Tempo
from heelcoach.settings import MUTED, TICKS, VOICE, VOLUME


def test_sound_settings_are_remembered_after_a_restart(qtbot):
    first = Coach(qtbot)
    first.window.today.sound_button.click()
    panel = first.window.sound_control.panel
    assert panel.isVisible()
    panel.volume_slider.setValue(35)
    panel.mute_box.click()
    panel.ticks_box.click()
    assert panel.volume_value.text() == "35 %"
    first.close()

    again = Coach(qtbot)
    panel = again.window.sound_control.panel
    assert panel is not None and panel.isVisible()  # it was left open
    assert panel.volume_slider.value() == 35
    assert panel.mute_box.isChecked()
    assert not panel.ticks_box.isChecked()
    assert not panel.voice_box.isChecked()  # beeps only, by default
    again.close()


def test_the_sound_panel_is_not_built_until_asked_for(coach):
    assert coach.window.sound_control.panel is None
    coach.window.today.sound_button.click()
    assert coach.window.sound_control.panel.isVisible()
    coach.window.today.sound_button.click()
    assert not coach.window.sound_control.panel.isVisible()


def test_m_mutes_and_unmutes_and_the_set_screen_says_so(coach):
    coach.window.today.set_plan(SetPlan(legs=LegMode.LEFT, sets=1, reps=2))
    coach.press(Qt.Key.Key_Space)
    coach.advance(500)
    assert coach.screen()["status"] == "1 × 2 · body weight, no backpack"
    coach.press(Qt.Key.Key_M)
    assert coach.settings.get(MUTED)
    assert coach.screen()["status"] == "Muted. M turns the sound back on."
    coach.advance(250)
    assert coach.screen()["status"] == "Muted. M turns the sound back on."
    coach.press(Qt.Key.Key_M)
    assert not coach.settings.get(MUTED)
    assert coach.screen()["status"] == "1 × 2 · body weight, no backpack"


def spoken_words(coach, engine_calls):
    speech = coach.window.sound_control.voice.engine
    speech.sayingWord.connect(lambda word, *_: engine_calls.append(word))


@pytest.mark.parametrize(("language", "words"), [("en", ["Up", "Hold", "Down"]),
                                                 ("da", ["Op", "Hold", "Ned"])])  # fmt: skip
def test_spoken_cues_say_each_phase_and_the_rep_in_the_interface_language(qtbot, language, words):
    coach = Coach(qtbot, language, voice_engine="mock")
    coach.window.sound_control.change(VOICE, True)
    assert coach.window.sound_control.voice.problem() is None
    heard = []
    spoken_words(coach, heard)
    coach.window.today.set_plan(
        SetPlan(legs=LegMode.LEFT, sets=1, reps=2, tempo=Tempo(3000, 2000, 3000), count_in_ms=0)
    )
    coach.press(Qt.Key.Key_Space)
    for _ in range(8 * 2):
        coach.advance(1000)
        qtbot.wait(50)  # the mock engine says a word every few ms
    coach.close()
    assert words[0] in heard and words[1] in heard and words[2] in heard
    assert "1" in heard and "2" in heard  # the rep numbers


def test_without_a_speech_engine_the_panel_says_so_and_beeps_stay(qtbot):
    coach = Coach(qtbot, voice_engine="no-such-engine")
    coach.window.show_sound_panel(True)
    coach.window.sound_control.panel.voice_box.click()
    problem = coach.window.sound_control.panel.voice_problem
    assert problem.isVisible()
    assert problem.text() == (
        "Spoken cues are not available: no speech engine is installed. The beeps still play."
    )
    coach.window.today.set_plan(SetPlan(legs=LegMode.LEFT, sets=1, reps=1))
    coach.press(Qt.Key.Key_Space)
    coach.advance(2000)
    assert coach.driver.is_active  # the set goes on
    coach.close()


def test_muted_the_voice_is_quiet_too(qtbot):
    coach = Coach(qtbot, voice_engine="mock")
    coach.window.sound_control.change(VOICE, True)
    coach.window.sound_control.change(MUTED, True)
    heard = []
    spoken_words(coach, heard)
    coach.window.today.set_plan(SetPlan(legs=LegMode.LEFT, sets=1, reps=1, count_in_ms=0))
    coach.press(Qt.Key.Key_Space)
    for _ in range(4):
        coach.advance(1000)
        qtbot.wait(50)
    coach.close()
    assert heard == []


def test_volume_and_ticks_have_sensible_defaults(coach):
    assert coach.settings.get(VOLUME) == 80
    assert coach.settings.get(TICKS) is True
    assert coach.settings.get(VOICE) is False
