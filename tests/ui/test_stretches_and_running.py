"""Stretches, towel curls and the walk/run session: started from their page, coached on the
screen phase by phase, written to the journal, and saved as audio to carry."""

from datetime import timedelta

import pytest
import soundfile
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMenu

from heelcoach.core.exercises.heel_raise import LegMode
from heelcoach.core.exercises.holds import CALF_STRETCH, FASCIA_STRETCH, HoldPlan
from heelcoach.core.exercises.own_pace import OwnPacePlan
from heelcoach.core.exercises.stretches import StretchSession
from heelcoach.journal.entries import RUNS, SESSIONS, STRETCHES
from heelcoach.settings import WALKING_CONFIRMED_ON


def advance(coach, ms, step=500.0):
    """The clock forward in steps the exercise's driver sees, as real time would."""
    driver = coach.window.session.driver
    while ms > 0:
        move = min(step, ms)
        coach.clock.now += move
        ms -= move
        with coach.qtbot.waitSignal(driver.changed, timeout=2000):
            pass


def screen(coach):
    page = coach.window.session.page
    return {"title": page.title_label.text(), "detail": page.detail_label.text(),
            "phase": page.phase_label.text(), "seconds": page.seconds_label.text(),
            "next": page.next_label.text()}  # fmt: skip


def open_page(coach):
    coach.press(Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    page = coach.window.exercises.existing_page
    assert coach.window.pages.currentWidget() is page
    return page


def test_the_page_shows_each_stretch_and_the_four_criteria_for_running(coach):
    page = open_page(coach)
    names = [name.text() for _exercise, name, _text in page.cards]
    assert names == ["Calf stretch against a wall", "Plantar fascia stretch", "Towel toe curls"]
    assert all(card[0] == drawing for card, drawing in zip(page.cards, (
        "calf_stretch", "fascia_stretch", "towel_curls"), strict=True))  # fmt: skip
    checks = [label.text() for label in page.check_labels]
    assert checks[0].startswith("✘  Daily walking")  # the runner has not said so yet
    assert all(text.startswith("?") for text in checks[1:])  # a new journal cannot tell
    assert "Week 1: 1 min run / 2 min walk × 8" in page.plan_label.text()
    page.walking_box.click()
    assert page.check_labels[0].text().startswith("✔")
    assert coach.settings.get(WALKING_CONFIRMED_ON) == "2026-11-25"  # asked again in two weeks
    coach.press(Qt.Key.Key_Escape)
    assert coach.window.pages.currentWidget() is coach.window.today


def test_the_calf_stretch_is_coached_hold_by_hold_and_each_side_written(coach):
    open_page(coach)
    coach.press(Qt.Key.Key_Space)  # the focus is on "Start the stretches"
    assert screen(coach)["phase"] == "● Get ready"
    advance(coach, 5000)
    assert screen(coach) == {"title": "Calf stretch against a wall",
                             "detail": "Left leg · hold 1 of 3", "phase": "■ Stretch",
                             "seconds": "30", "next": "Next: Let go 10 s"}  # fmt: skip
    advance(coach, 30_000)
    assert screen(coach)["phase"] == "▽ Let go"
    advance(coach, 80_000)  # the other two holds: the left side is done
    assert screen(coach)["phase"] == "⇄ Other side"
    assert screen(coach)["detail"] == "Right leg"
    journal = coach.window.journal
    [left] = journal.entries(STRETCHES)
    assert {key: left[key] for key in ("exercise", "leg", "target", "done", "hold_s")} == {
        "exercise": "calf_stretch",
        "leg": "left",
        "target": 3,
        "done": 3,
        "hold_s": 30,
    }
    advance(coach, 10_000 + 35_000)  # into the right side's second hold
    coach.press(Qt.Key.Key_Escape)  # asks first, as every session does
    status = coach.window.session.page.status_label.text()
    assert status == "Stop now? What you have done is saved. Esc: stop · Space: keep going"
    assert len(journal.entries(STRETCHES)) == 1
    coach.press(Qt.Key.Key_Escape)
    right = journal.entries(STRETCHES)[-1]
    assert (right["leg"], right["done"], right["stopped"]) == ("right", 1, True)
    assert coach.window.pages.currentWidget() is coach.window.exercises.existing_page
    assert journal.entries(SESSIONS) == []  # no heel-raise session: the schedule is as it was


def test_towel_curls_go_at_the_runners_pace_and_enter_says_done(coach):
    open_page(coach)
    coach.window.session.start(StretchSession((OwnPacePlan(),)), coach.window.journal)
    advance(coach, 5000 + 12_000)
    assert screen(coach)["phase"] == "↻ Curl"
    assert screen(coach)["detail"] == "Left leg · 10-15 times"
    assert coach.window.session.page.done_button.isVisible()
    coach.press(Qt.Key.Key_Return)
    advance(coach, 500)
    assert screen(coach)["phase"] == "⇄ Other side"
    [left] = coach.window.journal.entries(STRETCHES)
    assert (left["exercise"], left["leg"], left["done"]) == ("towel_curls", "left", 1)


def test_a_walk_run_session_runs_walks_and_asks_how_it_went(coach):
    page = open_page(coach)
    page.walk_run_button.click()  # the criteria are not all met: it says so first
    assert "Press Start walk/run again" in page.warning_label.text()
    page.walk_run_button.click()
    advance(coach, 5000)
    assert screen(coach) == {"title": "Walk/run · week 1", "detail": "Warm-up walk",
                             "phase": "▶ Walk", "seconds": "5:00",
                             "next": "Next: Run 1:00"}  # fmt: skip
    advance(coach, 300_000, step=900)
    assert screen(coach)["phase"] == "▶▶ Run"
    assert screen(coach)["detail"] == "Run 1 of 8"
    advance(coach, 30_000, step=900)
    coach.press(Qt.Key.Key_Escape)  # asks first: a single Esc ends nothing
    assert screen(coach)["phase"] == "❚❚ Paused"
    coach.press(Qt.Key.Key_Space)  # keep going, running on where it was
    assert screen(coach)["phase"] == "▶▶ Run"
    coach.press(Qt.Key.Key_Escape)
    coach.press(Qt.Key.Key_Escape)  # stopped half-way through the first run
    assert screen(coach)["phase"] == "■ Stopped after 5:35"
    prompt = coach.window.session.page.pain_prompt
    assert "during the run" in prompt.question.text()
    assert (screen(coach)["title"], screen(coach)["phase"]) == (
        "Walk/run · week 1",
        "■ Stopped after 5:35",
    )
    assert prompt.large and not coach.window.session.page.movement.isVisible()
    coach.press(Qt.Key.Key_3)
    coach.qtbot.waitUntil(lambda: "after the run" in prompt.question.text(), timeout=10_000)
    coach.press(Qt.Key.Key_2)
    coach.qtbot.waitUntil(lambda: coach.window.journal.entries(RUNS)[-1]["pain_after"] == 2)
    [run] = coach.window.journal.entries(RUNS)
    assert {key: run[key] for key in ("week", "run_s", "planned_run_s", "pain_during",
                                      "stopped")} == {"week": 1, "run_s": 30,
            "planned_run_s": 480, "pain_during": 3, "stopped": True}  # fmt: skip
    coach.press(Qt.Key.Key_Escape)
    assert coach.window.pages.currentWidget() is page


def test_this_weeks_walk_run_is_saved_as_audio_from_the_page(coach, tmp_path, monkeypatch):
    page = open_page(coach)
    target = tmp_path / "week-1"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_args, **_kwargs: (str(target), "Ogg Vorbis (*.ogg)"))  # fmt: skip
    page.save_button.click()
    [menu] = page.save_button.findChildren(QMenu)
    [walk_run] = [action for action in menu.actions() if "Walk/run" in action.text()]
    walk_run.trigger()
    coach.window.exercises.audio.wait()
    coach.qtbot.waitUntil(lambda: page.saved_label.text().startswith("Saved"))
    saved = target.with_suffix(".ogg")
    assert abs(soundfile.info(str(saved)).duration - 29.1 * 60) < 10
    assert str(saved) in page.saved_label.text()


def test_today_shows_the_walk_run_beside_the_heel_raises_once_running_has_begun(coach):
    today = coach.window.today
    assert today.running_label is None  # nothing to say before the first run
    coach.window.journal.add_run(at="2026-11-24T18:00:00", week=1, run_s=480,
                                 planned_run_s=480, cycles=8, planned_cycles=8)  # fmt: skip
    open_page(coach)
    coach.press(Qt.Key.Key_Escape)
    assert today.running_label.isVisible()
    assert today.running_label.text() == (  # a run yesterday: a rest day from running today
        "Walk/run: a rest day from running today; next: Week 1: 1 min run / 2 min walk × 8, "
        "after a 5 min walk (29 min in all) (Ctrl+R)")  # fmt: skip
    coach.now += timedelta(days=1)
    coach.window.back_to_today()
    coach.window.coach.refresh()
    open_page(coach)
    coach.press(Qt.Key.Key_Escape)
    assert today.running_label.text().startswith(
        "Walk/run today, alongside the heel raises. Week 1"
    )
    assert today.summary.isVisible()  # the heel raises' plan is still there, above it


def alt_letter(button):
    text = button.text().replace("&&", "")
    at = text.find("&")
    return text[at + 1].lower() if at != -1 else None


@pytest.mark.parametrize("language", ["en", "da"])
def test_each_button_on_the_page_has_an_alt_letter_of_its_own_and_it_presses(qtbot, language):
    from coach import Coach

    coach = Coach(qtbot, language)
    try:
        page = open_page(coach)
        buttons = [page.back_button, page.stretches_button, page.morning_button,
                   page.walking_box, page.walk_run_button, page.save_button]  # fmt: skip
        qtbot.waitUntil(lambda: all(alt_letter(button) for button in buttons))
        letters = [alt_letter(button) for button in buttons]
        assert len(set(letters)) == len(letters), letters
        page.walking_box.click()  # a change on the page keeps the letters
        assert [alt_letter(button) for button in buttons] == letters
        key = getattr(Qt.Key, f"Key_{alt_letter(page.walk_run_button).upper()}")
        coach.press(key, Qt.KeyboardModifier.AltModifier)  # pressed as a click would be
        qtbot.waitUntil(page.warning_label.isVisible)  # the first press says what is not met
        viewport, button = page.scroll.viewport(), page.walk_run_button
        qtbot.waitUntil(lambda: viewport.rect().contains(  # and the button stays in view
            button.mapTo(viewport, button.rect().bottomRight())))  # fmt: skip
        assert coach.window.pages.currentWidget() is page
    finally:
        coach.close()


def test_a_hold_a_pause_cut_short_and_one_stopped_half_way_count_as_none(coach):
    open_page(coach)
    coach.window.exercises.start_stretches(morning=True)
    advance(coach, 5000 + 15_000)  # half the first hold
    coach.press(Qt.Key.Key_Space)
    coach.press(Qt.Key.Key_Space)  # resumed: 3-2-1, then the hold again from its start
    advance(coach, 3000 + 9000)
    assert screen(coach)["phase"] == "■ Stretch"
    coach.press(Qt.Key.Key_Escape)
    coach.press(Qt.Key.Key_Escape)
    assert coach.window.pages.currentWidget() is coach.window.exercises.existing_page
    assert coach.window.journal.entries(STRETCHES) == []  # no whole hold was done


def test_the_done_screen_is_titled_for_the_session_not_its_last_exercise(coach):
    open_page(coach)
    one_hold = {"holds": 1, "hold_ms": 1000, "legs": LegMode.LEFT}
    session = StretchSession((HoldPlan(CALF_STRETCH, **one_hold),
                              HoldPlan(FASCIA_STRETCH, **one_hold)))  # fmt: skip
    guided = coach.window.session
    guided.start(session, coach.window.journal)
    while guided.driver.is_active:
        advance(coach, 500)
    assert (screen(coach)["title"], screen(coach)["phase"]) == ("Stretches done", "✔ Done!")
