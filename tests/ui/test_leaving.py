"""One rule for leaving any session: Esc, closing the window and Ctrl+Q ask first when
reps or minutes would be cut short, and a heel-raise session stopped today can be gone on
with from Today."""

from PySide6.QtCore import Qt

from heelcoach.core.exercises.heel_raise import LegMode, SetPlan, Tempo
from heelcoach.journal.entries import RUNS, SESSIONS, SETS
from heelcoach.journal.journal import Journal

THREE_SETS = SetPlan(sets=3, reps=2, legs=LegMode.LEFT, tempo=Tempo(1000, 1000, 1000),
                     count_in_ms=1000, rest_ms=20_000)  # fmt: skip
STOP_QUESTION = "Stop now? The 3 reps done are saved. Esc: stop · Space: keep going"


def journal_of(coach):
    return Journal(coach.window.journal.folder)


def into_the_second_set(coach):
    coach.window.today.set_plan(THREE_SETS)
    coach.start()
    coach.advance(1000 + 6000 + 20_000 + 1000 + 3500)  # set 2: one rep done, one under way
    assert coach.screen()["set"] == "Set 2 of 3"


def test_closing_the_window_mid_set_asks_as_esc_does_and_closing_again_keeps_the_reps(coach):
    into_the_second_set(coach)
    coach.window.close()
    assert coach.window.isVisible()  # asked, not closed
    assert coach.screen()["status"] == STOP_QUESTION
    assert coach.screen()["phase"] == "❚❚ Paused"
    coach.press(Qt.Key.Key_Space)  # keep going
    assert coach.screen()["phase"] == "● Get ready"
    coach.press(Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Q asks the same
    assert coach.window.isVisible()
    assert coach.screen()["status"] == STOP_QUESTION
    coach.window.close()  # asked already: this one closes, the reps kept
    assert not coach.window.isVisible()
    sets = journal_of(coach).entries(SETS)
    assert [entry["reps"] for entry in sets] == [2, 1]
    assert sets[-1]["stopped"] is True


def test_closing_in_the_first_rep_asks_too_and_keeps_no_session_of_nothing(coach):
    coach.window.today.set_plan(THREE_SETS)
    coach.start()
    coach.advance(1000 + 500)  # the first rep, on its way up: nothing done yet
    coach.press(Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert coach.window.isVisible()
    assert coach.screen()["status"] == "Stop now? Esc: stop · Space: keep going"
    coach.press(Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not coach.window.isVisible()
    journal = journal_of(coach)
    assert (journal.entries(SETS), journal.entries(SESSIONS)) == ([], [])


def test_a_walk_run_left_by_closing_the_window_asks_first_then_keeps_the_minutes(coach):
    coach.press(Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    coach.window.exercises.start_walk_run()
    driver = coach.window.session.driver
    for _ in range(int((5000 + 300_000 + 60_000) / 1000)):  # into the first run's second minute
        coach.clock.now += 1000
        with coach.qtbot.waitSignal(driver.changed, timeout=2000):
            pass
    page = coach.window.session.page
    coach.window.close()
    assert coach.window.isVisible()
    assert page.status_label.text().startswith("Stop now?")
    assert coach.window.journal.entries(RUNS) == []  # nothing ended yet
    coach.window.close()
    assert not coach.window.isVisible()
    [run] = journal_of(coach).entries(RUNS)
    assert (run["run_s"], run["stopped"]) == (60, True)


def test_a_session_stopped_with_pain_in_the_red_is_not_offered_again_today(coach, qtbot):
    into_the_second_set(coach)
    coach.press(Qt.Key.Key_Escape)
    coach.press(Qt.Key.Key_Escape)  # stopped in set 2, because it hurt
    coach.press(Qt.Key.Key_8)  # its pain: red
    qtbot.waitUntil(lambda: "Esc: back" in coach.screen()["status"], timeout=10_000)
    assert "Go on" not in coach.screen()["status"]
    coach.press(Qt.Key.Key_Escape)
    window = coach.window
    assert window.pages.currentWidget() is window.today
    window.coach.refresh()
    assert "Go on" not in window.today.start_button.text()
    assert "Go on" not in window.coach.panel.week_label.text()


def test_a_session_stopped_today_is_gone_on_with_from_today_as_part_of_it(coach, qtbot):
    into_the_second_set(coach)
    coach.press(Qt.Key.Key_Escape)
    coach.press(Qt.Key.Key_Escape)  # stopped in set 2
    assert coach.screen()["phase"] == "■ Stopped after 0:32"
    coach.press(Qt.Key.Key_4)  # its pain
    qtbot.waitUntil(lambda: "Esc: back" in coach.screen()["status"], timeout=10_000)
    assert coach.screen()["status"] == "You can do the rest today with Go on · Esc: back"
    coach.press(Qt.Key.Key_Escape)
    window = coach.window
    assert window.pages.currentWidget() is window.today
    qtbot.waitUntil(lambda: window.today.start_button.text() == "Go on: 2 sets left (Space)")
    assert window.coach.panel.week_label.text().endswith(
        "Stopped today before the last set: do the rest with Go on."
    )  # not "Done today"
    coach.press(Qt.Key.Key_Space)  # no "you trained today already": it goes on
    assert window.pages.currentWidget() is coach.page
    assert coach.screen()["set"] == "Set 1 of 2"
    while coach.driver.is_active:
        coach.advance(250)
    journal = journal_of(coach)
    sets = journal.entries(SETS)
    assert [entry["reps"] for entry in sets] == [2, 1, 2, 2]
    assert len({entry["session"] for entry in sets}) == 1  # one session, gone on with
    [session] = journal.entries(SESSIONS)
    assert session["stopped"] is False
    coach.press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.today.start_button.text() == "Start (Space)")
