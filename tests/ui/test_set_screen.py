"""The set screen as read from the step: fixed in place, the question large when it is asked."""

import pytest
from PySide6.QtCore import Qt

from heelcoach.core.exercises.heel_raise import LegMode, SetPlan, Tempo

BOTH_LEGS = SetPlan(sets=2, reps=3, legs=LegMode.BOTH, tempo=Tempo(1000, 1000, 1000),
                    count_in_ms=3000, rest_ms=30_000)  # fmt: skip


@pytest.fixture
def coach(qtbot):
    from coach import Coach

    coach = Coach(qtbot)
    coach.window.resize(1024, 600)
    coach.window.today.set_plan(BOTH_LEGS)
    coach.start()
    return coach


def places(coach) -> tuple:
    page = coach.page
    return (page.phase_label.geometry(), page.phase_label.font().pixelSize(),
            page.seconds_label.geometry(), page.seconds_label.font().pixelSize())  # fmt: skip


def test_a_question_asked_during_a_set_waits_off_the_screen_and_moves_nothing(coach):
    coach.advance(3000 + 500)  # the first rep, on its way up
    assert coach.page.phase_label.text() == "▲ Up"
    before = places(coach)
    answers = []
    coach.page.pain_prompt.ask("How much did it hurt during that set (left leg)? 0-10",
                               answers.append)  # fmt: skip
    coach.app.processEvents()
    assert not coach.page.pain_prompt.isVisible()  # the set is under way
    coach.press(Qt.Key.Key_3)
    assert answers == []  # no key answers a question off the screen
    assert places(coach) == before
    coach.page.pain_prompt.clear()
    coach.app.processEvents()
    assert places(coach) == before


def test_the_change_of_leg_is_a_screen_of_its_own_with_the_last_legs_pain_large(coach, qtbot):
    coach.advance(3000 + 9000 + 500)  # the left leg's three reps done
    page = coach.page
    assert page.phase_label.text() == "Right leg next · 3"  # the count-in's number too
    assert page.middle.currentWidget() is page.question_page
    assert page.pain_prompt.question.text().startswith("How much did it hurt during that set")
    assert page.pain_prompt.buttons[5].fontInfo().pixelSize() >= 30  # readable from the step
    coach.advance(3000)  # not answered: it waits off the screen through the right leg's set
    assert page.phase_label.text() == "▲ Up"
    assert page.middle.currentWidget() is not page.question_page
    assert not page.pain_prompt.isVisible()
    coach.press(Qt.Key.Key_4)  # a stray key in the set
    assert page.pain_prompt.value is None
    coach.advance(9000)  # the rest: the left leg's question again, large, then the right's
    assert page.phase_label.text().startswith("◆ Rest")
    assert page.pain_prompt.question.text().endswith("(left leg)? 0-10")
    coach.press(Qt.Key.Key_4)
    assert page.pain_prompt.value == 4
    assert page.pain_prompt.zone_label.text() == "4/10 is yellow: acceptable, keep an eye on it."
    assert page.pain_prompt.zone_label.isVisible()
    assert page.pain_prompt.zone_label.fontInfo().pixelSize() >= 24  # read from the step
    qtbot.waitUntil(
        lambda: page.pain_prompt.question.text().endswith("(right leg)? 0-10"), timeout=10_000
    )


def test_an_answer_changes_only_while_its_question_is_on_screen(coach, qtbot):
    coach.advance(3000 + 9000 + 3000 + 9000 + 500)  # both legs done: the rest asks
    page, prompt = coach.page, coach.page.pain_prompt
    assert prompt.question.text().endswith("(left leg)? 0-10")
    coach.press(Qt.Key.Key_2)
    qtbot.waitUntil(lambda: prompt.question.text().endswith("(right leg)? 0-10"), timeout=10_000)
    prompt.skip()  # the right leg's pain left unanswered
    qtbot.waitUntil(
        lambda: prompt.question.text().startswith("Could you have done more (left"), timeout=10_000
    )
    coach.press(Qt.Key.Key_2)  # just right
    coach.press(Qt.Key.Key_Plus)  # no: the rest goes on
    coach.press(Qt.Key.Key_N)  # skip the rest: the next set's count-in puts the questions away
    assert page.phase_label.text() == "● Get ready"
    assert not prompt.isVisible() and not prompt.has_question
    coach.advance(3000 + 500)
    coach.press(Qt.Key.Key_3)  # a stray digit in the set
    coach.window.journal_access.close()
    from heelcoach.journal.journal import Journal
    from heelcoach.system.paths import data_dir

    [left, right] = Journal(data_dir()).entries("sets")
    assert (left["pain"], left["effort"]) == (2, "just_right")
    assert right.get("pain") is None  # not answered in its rest: left unanswered


def test_paused_says_so_large_resume_counts_in_and_the_bar_falls_with_the_heel(coach):
    coach.advance(3000 + 2000 + 500)  # the first rep: half-way down
    page = coach.page
    assert page.phase_label.text() == "▼ Down"
    assert page.phase_bar.fraction == pytest.approx(0.5)
    coach.advance(250)
    assert page.phase_bar.fraction == pytest.approx(0.25)  # emptying as the heel comes down
    assert page.rep_marks.text() == "● ○ ○"
    coach.press(Qt.Key.Key_Space)
    assert page.phase_label.text() == "❚❚ Paused"
    coach.press(Qt.Key.Key_Space)  # resumed: 3-2-1, then that rep again from the start
    assert page.phase_label.text() == "● Get ready"
    assert page.seconds_label.text() == "3"
    assert page.rep_marks.text() == "● ○ ○"
    coach.advance(3000)
    assert page.phase_label.text() == "▲ Up"


def test_the_left_legs_question_waits_through_the_right_legs_set_an_earlier_sets_gives_way(
    coach, qtbot
):
    coach.advance(3000 + 9000 + 500)  # the left leg's set done: its question, unanswered
    prompt = coach.page.pain_prompt
    left = "How much did it hurt during that set (left leg)? 0-10"
    right = "How much did it hurt during that set (right leg)? 0-10"
    assert prompt.question.text() == left
    coach.advance(3000 + 9000)  # the right leg's set done too: the rest asks the left first
    assert coach.page.phase_label.text().startswith("◆ Rest")
    assert prompt.question.text() == left
    coach.press(Qt.Key.Key_2)
    qtbot.waitUntil(
        lambda: prompt.question.text() == right, timeout=10_000
    )  # both legs' pain first
    coach.press(Qt.Key.Key_3)
    qtbot.waitUntil(
        lambda: prompt.question.text() == "Could you have done more (left leg)?", timeout=10_000
    )
    prompt.skip()
    qtbot.waitUntil(
        lambda: prompt.question.text() == "Could you have done more (right leg)?", timeout=10_000
    )
    coach.advance(30_000 + 3000 + 9000 + 500)  # set 2's left leg done: set 1's last unanswered
    assert prompt.question.text() == left  # set 2's: the one left open on set 1 gave way
    assert coach.page.set_label.text() == "Set 2 of 2"


def test_the_question_after_the_session_has_the_done_screen_until_answered(coach, qtbot):
    while coach.driver.is_active:
        coach.advance(250)
    page, prompt = coach.page, coach.page.pain_prompt
    assert page.middle.currentWidget() is page.question_page  # the last set's pain
    coach.press(Qt.Key.Key_3)
    assert page.middle.currentWidget() is page.question_page  # held for the next question
    qtbot.waitUntil(lambda: prompt.value is None)  # how hard it was
    assert page.middle.currentWidget() is page.question_page
    for _ in range(4):  # the rest skipped
        if "after the session" in prompt.question.text():
            break
        prompt.skip()
    assert "after the session" in prompt.question.text()
    assert page.middle.currentWidget() is page.question_page
    coach.press(Qt.Key.Key_1)  # a 0 within a second would make it 10
    assert page.middle.currentWidget() is page.question_page
    qtbot.waitUntil(lambda: page.middle.currentWidget() is not page.question_page, timeout=10_000)


def test_the_lines_under_the_set_are_large_enough_for_the_step_on_a_small_laptop(coach):
    coach.advance(3000 + 500)
    coach.press(Qt.Key.Key_Space)  # paused: the line below says how to go on
    page = coach.page
    assert page.status_label.text() == "Paused. Space resumes."
    assert page.status_label.font().pixelSize() >= 18  # at 1024 x 600; it was 13
    assert page.next_label.font().pixelSize() >= 24
