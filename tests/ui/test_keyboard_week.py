"""A week of training with one hand on the keyboard: the check-in, every panel opened and
closed, Space starting each time, answers typed at the wrong moments, a stop and going on,
a walk/run left by closing the window, a correction undone, a restore confirmed. Each step
checks what is on screen and what the journal holds."""

from datetime import datetime, timedelta

from coach import Coach
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_history_keys import on_disk, save_with, type_text
from test_restore import closed, key, open_dialog

from heelcoach.core.exercises.heel_raise import LegMode, SetPlan, Tempo
from heelcoach.journal.entries import CHECK_INS, RUNS, SESSIONS, SETS
from heelcoach.journal.journal import Journal
from heelcoach.system.paths import data_dir
from heelcoach.ui.journal.journal_model import DATE, WHAT

TWO_SETS = SetPlan(sets=2, reps=2, legs=LegMode.LEFT, tempo=Tempo(1000, 1000, 1000),
                   count_in_ms=2000, rest_ms=20_000)  # fmt: skip
WEDNESDAY = datetime(2026, 11, 25, 18, 0)


def on_file(table):
    return Journal(data_dir()).entries(table)


def focus(coach):
    return QApplication.focusWidget()


def run_until(coach, text, limit_ms=60_000):
    while not coach.page.phase_label.text().startswith(text):
        coach.advance(250)
        limit_ms -= 250
        assert limit_ms > 0, coach.screen()


def press_on(coach, widget, key=Qt.Key.Key_Return):
    widget.setFocus()
    coach.press(key)


def wednesday(qtbot):
    coach = Coach(qtbot, now=WEDNESDAY)
    window, today = coach.window, coach.window.today
    today.set_plan(TWO_SETS)
    qtbot.waitUntil(lambda: window.check_in is not None)

    today.legs_box.setFocus()  # digits answer the check-in wherever the focus is
    coach.press(Qt.Key.Key_2)
    assert window.check_in.saved_label.text() == "Saved: 2/10. Thank you."
    assert [entry["first_steps_pain"] for entry in on_file(CHECK_INS)] == [2]

    panels = ((today.details_button, lambda: today.details),
              (today.sound_button, lambda: today.sound_panel))  # fmt: skip
    for button, panel in panels:  # every panel, by Return
        press_on(coach, button)
        qtbot.waitUntil(lambda panel=panel: panel() is not None and panel().isVisible())
        press_on(coach, button)  # closed again: the focus goes home to Start
        qtbot.waitUntil(lambda panel=panel: not panel().isVisible())
        assert focus(coach) is today.start_button
    assert today.plan() == TWO_SETS  # no key changed the plan

    coach.press(Qt.Key.Key_Space)
    assert window.pages.currentWidget() is coach.page
    assert coach.screen()["status"] == "2 × 2 · body weight, no backpack"
    run_until(coach, "▲ Up")
    coach.press(Qt.Key.Key_7)  # a stray key in the set: nothing to answer
    run_until(coach, "◆ Rest")
    prompt = coach.page.pain_prompt
    assert prompt.question.text() == "How much did it hurt during that set (left leg)? 0-10"
    coach.press(Qt.Key.Key_3)
    assert prompt.zone_label.text() == "3/10 is yellow: acceptable, keep an eye on it."
    qtbot.waitUntil(
        lambda: prompt.question.text() == "Could you have done more (left leg)?", timeout=10_000
    )
    coach.press(Qt.Key.Key_2)
    coach.press(Qt.Key.Key_N)  # rest skipped: into set 2
    run_until(coach, "▲ Up")
    coach.press(Qt.Key.Key_9)  # a stray key: set 1's answers stand
    coach.advance(3000)
    coach.press(Qt.Key.Key_Escape)
    assert coach.screen()["status"].startswith("Stop now?")
    coach.press(Qt.Key.Key_Escape)  # stopped in set 2
    assert coach.screen()["phase"].startswith("■ Stopped after ")
    coach.press(Qt.Key.Key_5)
    coach.press(Qt.Key.Key_Escape)
    [first, stopped] = on_file(SETS)
    assert (first["pain"], first["effort"], stopped["pain"], stopped["stopped"]) == (
        3, "just_right", 5, True)  # fmt: skip

    assert window.pages.currentWidget() is today  # and Start goes on with the set left
    qtbot.waitUntil(lambda: today.start_button.text() == "Go on: 1 set left (Space)")
    assert focus(coach) is today.start_button
    coach.press(Qt.Key.Key_Space)
    run_until(coach, "✔ Done!", limit_ms=30_000)
    coach.press(Qt.Key.Key_1)
    qtbot.waitUntil(lambda: "more" in prompt.question.text(), timeout=10_000)
    coach.press(Qt.Key.Key_1)
    qtbot.waitUntil(lambda: "after the session" in prompt.question.text(), timeout=10_000)
    coach.press(Qt.Key.Key_2)
    coach.press(Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is today
    assert [entry["pain"] for entry in on_file(SETS)] == [3, 5, 1]
    [session] = on_file(SESSIONS)
    assert (session["stopped"], session["pain_after"]) == (False, 2)
    coach.close()


def friday_walk_run_left_by_closing(qtbot):
    coach = Coach(qtbot, now=WEDNESDAY + timedelta(days=2))
    window = coach.window
    coach.press(Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    page = window.exercises.page
    press_on(coach, page.walk_run_button)  # the criteria are not all met: it says so
    qtbot.waitUntil(lambda: "Press Start walk/run again" in page.warning_label.text())
    press_on(coach, page.walk_run_button)  # start anyway
    qtbot.waitUntil(lambda: window.session.is_current())
    guided = window.session
    for _second in range(5 + 300 + 90):  # the warm-up walk, the first run, half a walk
        coach.clock.now += 1000
        with qtbot.waitSignal(guided.driver.changed, timeout=2000):
            pass
    window.close()  # asks first
    assert window.isVisible()
    assert guided.page.status_label.text().startswith("Stop now?")
    assert on_file(RUNS) == []
    window.close()  # closes, keeping the minutes run
    assert not window.isVisible()
    [run] = on_file(RUNS)
    assert (run["run_s"], run["stopped"]) == (60, True)
    coach.translations.use("en")


def sunday_history_and_restore(qtbot):
    coach = Coach(qtbot, now=WEDNESDAY + timedelta(days=4))
    window = coach.window
    journal = window.journal
    journal.back_up_today()  # as the app does once the check-in is on screen
    coach.press(Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    page = window.views.history_page
    assert window.pages.currentWidget() is page
    assert "Type a date" in page.hint.text()
    type_text(coach, "2026-11-25")  # typed, the date is found
    current = page.tree.currentIndex
    assert current().siblingAtColumn(DATE).data().startswith("2026-11-25")
    coach.press(Qt.Key.Key_Right)  # Wednesday opened
    for _entry in range(6):
        coach.press(Qt.Key.Key_Down)
        if current().siblingAtColumn(WHAT).data().startswith("Morning check-in"):
            break
    coach.press(Qt.Key.Key_Return)  # corrects the first-step pain
    type_text(coach, "4")
    save_with(coach)
    assert on_disk(journal, CHECK_INS)[0]["first_steps_pain"] == 4
    coach.press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert on_disk(journal, CHECK_INS)[0]["first_steps_pain"] == 2  # undone

    journal.add_check_in(date="2026-11-29", first_steps_pain=6)  # a morning to restore away
    page.restore_button.setFocus()
    coach.press(Qt.Key.Key_Return)
    open_dialog(coach)
    key(coach, Qt.Key.Key_Return)  # today's daily backup, kept before the morning's entry
    open_dialog(coach)
    key(coach, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # Replace my journal
    closed(coach)
    assert [entry["date"] for entry in on_disk(journal, CHECK_INS)] == ["2026-11-25"]
    assert page.message.text().startswith("Restored the backup of Sunday 29 November 2026.")
    if not window.isActiveWindow():  # offscreen, no window manager gives it back
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
    coach.press(Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is window.today
    coach.close()


def test_a_week_by_keyboard(qtbot):
    wednesday(qtbot)
    friday_walk_run_left_by_closing(qtbot)
    sunday_history_and_restore(qtbot)
