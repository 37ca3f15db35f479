"""Today, as a runner with a history opens it: the week, whether to train, how heavy and
why; the lighter plan a key away; the program moved by hand; help when it is time."""

from datetime import date, datetime, timedelta

from coach import Coach
from PySide6.QtCore import Qt

from heelcoach.core.exercises.heel_raise import LegMode, SetPlan, Tempo
from heelcoach.journal.journal import Journal
from heelcoach.system.paths import data_dir

NOW = datetime(2026, 11, 25, 18, 0)  # a Wednesday; the Coach's wall clock
QUICK = dict(tempo=Tempo(1000, 1000, 1000), count_in_ms=0, legs=LegMode.LEFT)


def days_ago(days: int) -> date:
    return (NOW - timedelta(days=days)).date()


def write_course(sessions, mornings=(), plan=lambda ago: (3, 12, 0.0, 2)):
    """Sessions `sessions` days ago (both legs), each as `plan(days ago)` says: sets, reps,
    load and pain; and check-ins as (days ago, pain, worse)."""
    journal = Journal(data_dir(), now=lambda: NOW)
    for ago in sessions:
        sets, reps, load, pain = plan(ago)
        at = datetime.combine(days_ago(ago), datetime.min.time()) + timedelta(hours=18)
        for number in range(sets):
            for leg in ("left", "right"):
                moment = at + timedelta(minutes=3 * number + (leg == "right"))
                journal.add_set(at=moment.isoformat(), leg=leg, target_reps=reps, reps=reps,
                                load_kg=load, pain=pain, session=at.isoformat())  # fmt: skip
    for ago, pain, worse in mornings:
        journal.add_check_in(date=days_ago(ago).isoformat(), first_steps_pain=pain,
                             worse_after_training=worse)  # fmt: skip
    journal.close()


def opened(qtbot, language="en", first_start=False) -> Coach:
    return Coach(qtbot, language, first_start=first_start)


def test_five_months_in_today_says_the_week_the_day_the_plan_and_why(qtbot, data_folder):
    def as_planned(ago):  # weeks 1-2, 3-4, then 5 x 8 at 10 kg for months
        return (3, 12, 0.0, 2) if ago > 136 else (4, 10, 5.0, 2) if ago > 122 else (5, 8, 10.0, 3)

    write_course(range(150, 0, -2), mornings=[(ago, 1, False) for ago in range(150, -1, -1)],
                 plan=as_planned)  # fmt: skip
    coach = opened(qtbot)
    panel = coach.window.coach.panel
    assert panel.week_label.text() == "Week 22: past the 12 weeks, keep it going · Training day."
    assert panel.plan_label.text() == "Today (Week 5 on): 5 × 8 with 10 kg"
    assert panel.title_label.text() == "Go on as planned"
    assert panel.advice_label.text().startswith("Your last two sessions")
    plan = coach.window.today.plan()
    assert (plan.sets, plan.reps, plan.load_kg) == (5, 8, 10.0)  # the coach's plan, to start
    assert "Added weight: 10 kg." in coach.window.today.summary.text()
    coach.close()


def test_on_a_rest_day_start_asks_once_and_a_second_press_trains_anyway(qtbot, data_folder):
    write_course([1, 3])
    coach = opened(qtbot)
    assert coach.window.coach.panel.week_label.text().endswith("Rest day: next session tomorrow.")
    coach.press(Qt.Key.Key_Space)
    assert coach.window.pages.currentWidget() is coach.window.today
    assert coach.window.today.start_note.text().startswith("Today is a rest day")
    coach.press(Qt.Key.Key_Space)
    assert coach.window.pages.currentWidget() is coach.window.heel_raise_page
    coach.close()


def test_after_a_red_session_start_runs_the_lighter_plan_and_l_the_full_one(qtbot, data_folder):
    def week_3(ago):  # body weight for two weeks, then 4 x 10 at 5 kg; 7/10 on Monday
        return (3, 12, 0.0, 2) if ago >= 14 else (4, 10, 5.0, 7 if ago == 2 else 2)

    write_course(range(20, 0, -2), plan=week_3,
                 mornings=[(ago, 3, False) for ago in range(21, 1, -1)]
                 + [(1, 6, True), (0, 4, False)])  # fmt: skip
    coach = opened(qtbot)
    panel = coach.window.coach.panel
    assert panel.title_label.text() == "Ease off today"
    text = panel.advice_label.text()
    assert text.startswith("The sets on Monday reached 7/10")
    assert "yesterday morning the first steps were 6/10, above your usual 3/10" in text
    assert "lighter this time, 4 × 10 with 2.5 kg instead of 4 × 10 with 5 kg" in text
    assert "Setbacks are normal" in text
    assert "add" not in text.lower().replace("added weight", "")  # nothing is added today
    assert panel.plan_label.text() == "Today (lighter): 4 × 10 with 2.5 kg"
    plan = coach.window.today.plan()
    assert (plan.sets, plan.reps, plan.load_kg) == (4, 10, 2.5)  # what Start runs
    assert panel.full_button.text().replace("&", "") == "I feel fine: the full session (L)"
    coach.press(Qt.Key.Key_L)  # the runner's deliberate choice
    plan = coach.window.today.plan()
    assert (plan.sets, plan.reps, plan.load_kg) == (4, 10, 5.0)
    assert panel.plan_label.text() == "Today (the full session, your choice): 4 × 10 with 5 kg"
    assert panel.title_label.text() == "Ease off today"  # the verdict stands
    assert panel.full_button.text().replace("&", "") == "Back to the lighter plan (L)"
    coach.press(Qt.Key.Key_L)
    assert coach.window.today.plan().load_kg == 2.5
    coach.close()


def test_a_hand_edit_of_the_set_is_said_beside_the_program_plan(qtbot, data_folder):
    write_course([9, 7, 5, 3])  # week 2 today: 3 x 12 at body weight
    coach = opened(qtbot)
    panel, today = coach.window.coach.panel, coach.window.today
    assert panel.plan_label.text() == "Today (Weeks 1-2): 3 × 12 at body weight"
    today.show_details(True)
    today.details.reps_box.setValue(10)
    assert panel.plan_label.text() == (
        "Today (Weeks 1-2): 3 × 12 at body weight · today's set: 3 × 10 at body weight"
    )
    today.details.reps_box.setValue(12)
    assert panel.plan_label.text() == "Today (Weeks 1-2): 3 × 12 at body weight"
    coach.close()


def test_repeating_a_week_and_moving_a_phase_on_are_remembered(qtbot, data_folder):
    write_course([9, 7, 5, 3], mornings=[(ago, 3, False) for ago in range(10, -1, -1)])
    coach = opened(qtbot)
    today_coach = coach.window.coach
    assert today_coach.panel.week_label.text().startswith("Week 2 of at least 12")
    today_coach.phase_on()
    today_coach.refresh()
    assert today_coach.panel.week_label.text().startswith("Week 3 of at least 12")
    assert (coach.window.today.plan().sets, coach.window.today.plan().reps) == (4, 10)
    coach.close()
    again = opened(qtbot)
    assert again.window.coach.panel.week_label.text().startswith("Week 3 of at least 12")
    again.window.coach.repeat_week()
    again.window.coach.phase_back()
    again.window.coach.refresh()
    assert again.window.coach.panel.week_label.text().startswith("Week 1 of at least 12")
    again.close()


def test_the_program_menu_opens_from_the_keyboard(qtbot, data_folder):
    write_course([3])
    coach = opened(qtbot)
    coach.press(Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    menu = coach.window.coach.menu
    qtbot.waitUntil(menu.isVisible)
    assert [a.text() for a in menu.actions() if a.text()][:3] == [
        "Programme: s&tep by step (recommended)", "Programme: as &heavy as you can each time",
        "&Why these two programmes?"]  # fmt: skip
    assert menu.step_action.isChecked()
    assert not menu.back_action.isEnabled()  # week 1 has no phase before it
    menu.close()
    coach.close()


def test_six_weeks_without_a_fall_say_see_a_clinician_first_and_it_can_wait_a_week(
    qtbot, data_folder
):
    write_course(range(44, 0, -2), mornings=[(ago, 5, False) for ago in range(45, -1, -1)])
    coach = opened(qtbot)
    panel = coach.window.coach.panel
    assert panel.title_label.text() == "Time to see a physiotherapist or doctor"
    assert panel.advice_label.text().startswith(
        "After 6 weeks of training your first-step pain has not fallen (average 5 over the "
        "last 7 days, 5 in your first check-ins)")  # fmt: skip
    assert panel.advice_label.text().endswith("Meanwhile, keep to 3 × 12 at body weight and "
                                              "add no weight.")  # fmt: skip
    panel.put_off_button.setFocus()
    coach.press(Qt.Key.Key_Return)  # by the keyboard: the focus then goes back to Start
    qtbot.waitUntil(lambda: panel.title_label.text() == "Go on as planned")
    assert coach.window.today.start_button.hasFocus()
    answers = coach.window.journal.entries("answers")
    assert answers[-1]["question"] == "help_put_off"  # for the report
    coach.close()
    again = opened(qtbot)
    assert again.window.coach.panel.title_label.text() == "Go on as planned"  # for a week
    again.now = NOW + timedelta(days=8)
    for ahead in range(1, 9):  # a week on, still no better
        day = (NOW + timedelta(days=ahead)).date().isoformat()
        again.window.journal.add_check_in(date=day, first_steps_pain=5)
    again.window.coach.refresh()
    assert again.window.coach.panel.title_label.text() == "Time to see a physiotherapist or doctor"
    again.close()


def test_f1_opens_the_learn_page_in_the_interface_language(qtbot, data_folder):
    coach = opened(qtbot, "da")
    coach.press(Qt.Key.Key_F1)
    page = coach.window.learn_page
    assert coach.window.pages.currentWidget() is page
    text = page.text.toPlainText()
    assert "svangsenen" in text and "doi.org" not in text  # the links are links
    assert "Rathleff" in text and "FIX-Heel" in text
    coach.press(Qt.Key.Key_Escape)
    assert coach.window.pages.currentWidget() is coach.window.today
    coach.close()


def test_f1_opens_learn_from_the_history_and_the_graphs_too(qtbot, data_folder):
    coach = opened(qtbot)
    for key in (Qt.Key.Key_H, Qt.Key.Key_P):
        coach.press(key, Qt.KeyboardModifier.ControlModifier)
        journal_page = coach.window.pages.currentWidget()
        assert journal_page is not coach.window.today
        coach.press(Qt.Key.Key_F1)
        assert coach.window.pages.currentWidget() is coach.window.learn_page
        coach.press(Qt.Key.Key_Escape)  # back where Learn was opened from
        assert coach.window.pages.currentWidget() is journal_page
        coach.press(Qt.Key.Key_Escape)
    assert coach.window.pages.currentWidget() is coach.window.today
    coach.start()  # and never during a set
    coach.press(Qt.Key.Key_F1)
    assert coach.window.pages.currentWidget() is coach.window.heel_raise_page
    coach.close()


def test_a_set_to_failure_runs_until_enter_and_the_journal_keeps_the_reps_done(qtbot, data_folder):
    coach = opened(qtbot)
    today = coach.window.today
    coach.window.coach.choose_self_dosed(True)
    today.set_plan(SetPlan(sets=2, reps=8, to_failure=True, rest_ms=10_000, **QUICK))
    coach.start()
    coach.advance(3000 * 11 + 500)  # eleven reps up, hold, down; the twelfth on its way up
    assert coach.screen()["rep"] == "Rep 12"
    coach.press(Qt.Key.Key_Return)  # could not get up: that was the last one
    coach.advance(500)
    assert coach.page.phase_label.text() == "◆ Rest 0:10"  # the pain question has the middle
    [first] = Journal(data_dir()).entries("sets")
    assert (first["reps"], first["target_reps"], first["to_failure"]) == (11, 0, True)
    coach.advance(10_000 + 3000 * 2 + 2500)  # the second set: two reps, at the top of a third
    coach.press(Qt.Key.Key_F)  # that was my last set: the session ends now
    coach.advance(250)
    assert coach.page.phase_label.text() == "✔ Done!"
    sets = Journal(data_dir()).entries("sets")
    assert [entry["reps"] for entry in sets] == [11, 3]
    assert len(Journal(data_dir()).entries("sessions")) == 1
    coach.close()


def test_the_done_screen_sums_the_session_up_against_last_time(qtbot, data_folder):
    write_course([2], plan=lambda ago: (3, 12, 0.0, 6))
    coach = opened(qtbot)
    coach.window.today.set_plan(SetPlan(sets=1, reps=2, **QUICK))
    coach.start()
    coach.advance(6000)
    coach.press(Qt.Key.Key_4)
    assert coach.screen()["seconds"] == "2 of 2 reps · body weight"
    assert coach.screen()["next"] == "Highest pain 4/10, last time 6/10"
    assert coach.screen()["status"] == "Next session on Friday · Esc: back"
    coach.close()


def test_a_session_stopped_early_counts_its_reps_against_the_whole_plan(qtbot, data_folder):
    coach = opened(qtbot)
    coach.window.today.set_plan(SetPlan(sets=2, reps=3, rest_ms=10_000, **QUICK))
    coach.start()
    coach.advance(3000 + 3000 + 3000 + 1500)  # set 1 done, its rest under way
    coach.page.pain_prompt.press_digit(3)
    coach.advance(10_000 + 3000 + 500)  # set 2: one rep done, the second going up
    coach.press(Qt.Key.Key_Escape)
    coach.press(Qt.Key.Key_Escape)  # stop: the rep done is kept
    assert coach.screen()["phase"].startswith("■ Stopped after ")
    assert coach.screen()["seconds"] == "4 of 6 reps · body weight"
    assert coach.page.rep_marks.text() == "Reps per set (pain): L 3 (3)  ·  L 1 ■"
    coach.close()


def _squeezed(page):
    """Visible widgets on `page` given less height than they need, or outside the page."""
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget

    found = []
    for widget in page.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not page.window():
            continue
        if isinstance(widget.parent(), (QAbstractSpinBox, QComboBox)):
            continue  # their own parts, laid out by them
        needed = widget.minimumSizeHint().height() if widget.layout() is None else 0
        corner = widget.mapTo(page, widget.rect().bottomRight())
        if widget.height() < needed or corner.y() > page.height() or corner.x() > page.width():
            found.append(type(widget).__name__ + ": " + getattr(widget, "text", str)())
    return found


def _fits(qtbot, window) -> None:
    for width, height in ((1366, 768), (1280, 720)):
        window.resize(width, height)
        qtbot.waitUntil(lambda w=width, h=height: (window.width(), window.height()) == (w, h))
        assert window.today.scroll.verticalScrollBar().maximum() == 0  # all of it in view
        assert _squeezed(window.today) == []
        start = window.today.start_button
        assert start.mapTo(window, start.rect().bottomLeft()).y() <= window.height()


def test_today_fits_1366_by_768_and_1280_by_720_with_every_line_open(qtbot, data_folder):
    write_course(range(44, 0, -2), mornings=[(ago, 5, False) for ago in range(45, 1, -1)],
                 plan=lambda ago: (5, 8, 5.0, 7 if ago == 2 else 3))  # fmt: skip
    coach = opened(qtbot)
    window = coach.window
    window.today.show_details(True)
    panel = window.coach.panel
    assert panel.put_off_button.isVisible()  # the longest verdict: help due, and why
    qtbot.waitUntil(lambda: window.check_in is not None and window.check_in.isVisible())
    _fits(qtbot, window)
    window.resize(1024, 520)  # smaller still: the middle scrolls, Start stays in view
    qtbot.waitUntil(lambda: window.height() == 520)
    assert window.today.scroll.verticalScrollBar().maximum() > 0
    start = window.today.start_button
    assert start.mapTo(window, start.rect().bottomLeft()).y() <= window.height()
    coach.close()


def test_the_first_start_asks_about_the_heel_then_the_check_in_and_fits(qtbot, qtlog,
                                                                         data_folder):  # fmt: skip
    coach = opened(qtbot, first_start=True)
    window = coach.window
    questions = window.heel_questions.panel
    qtbot.waitUntil(questions.isVisible)
    assert not [r for r in qtlog.records if "setTabOrder" in r.message]  # a combo's list too
    assert window.check_in is None  # one thing at a time
    _fits(qtbot, window)
    assert window.today.start_button.hasFocus()  # no question has taken Space
    coach.press(Qt.Key.Key_Space)  # Start asks for the questions first
    assert window.pages.currentWidget() is window.today
    assert window.today.start_note.text().startswith("First, the questions about your heel")
    questions.span_box.setFocus()
    coach.press(Qt.Key.Key_Tab)
    assert questions.side_box.hasFocus()  # Tab goes on down the questions
    questions.later_button.click()
    assert window.today.start_note.isHidden()
    qtbot.waitUntil(lambda: window.check_in is not None and window.check_in.isVisible())
    coach.start()  # Space starts
    coach.close()


def test_on_a_rest_day_start_asks_for_the_questions_then_about_the_rest_day(qtbot, data_folder):
    write_course([1])  # yesterday's session: today is a rest day
    coach = opened(qtbot, first_start=True)
    window = coach.window
    qtbot.waitUntil(window.heel_questions.panel.isVisible)
    coach.press(Qt.Key.Key_Space)
    assert window.today.start_note.text().startswith("First, the questions about your heel")
    coach.press(Qt.Key.Key_Space)
    assert window.today.start_note.text().startswith("Today is a rest day")
    coach.press(Qt.Key.Key_Space)  # asked both: trains anyway
    assert window.pages.currentWidget() is window.heel_raise_page
    coach.close()


def test_at_the_first_start_a_second_space_trains_with_the_questions_unanswered(
        qtbot, data_folder):  # fmt: skip
    coach = opened(qtbot, first_start=True)
    window = coach.window
    qtbot.waitUntil(window.heel_questions.panel.isVisible)
    coach.press(Qt.Key.Key_Space)
    coach.press(Qt.Key.Key_Space)  # train anyway
    assert window.pages.currentWidget() is window.heel_raise_page
    coach.close()


def test_a_red_flag_answered_yes_means_a_clinician_first_until_one_has_seen_it(qtbot, data_folder):
    write_course([5, 3], mornings=[(ago, 3, False) for ago in range(6, -1, -1)])
    coach = opened(qtbot, first_start=True)
    window = coach.window
    questions = window.heel_questions.panel
    qtbot.waitUntil(questions.isVisible)
    questions.flag_boxes["numbness"].setFocus()
    coach.press(Qt.Key.Key_Return)  # ticked, by the keyboard (Space is Start's on Today)
    qtbot.waitUntil(questions.flag_boxes["numbness"].isChecked)
    questions.span_box.setCurrentIndex(3)  # 3 to 12 months
    questions.save_button.click()
    panel = window.coach.panel
    assert panel.title_label.text() == "See a physiotherapist or doctor before you train"
    assert "numbness or tingling" in panel.advice_label.text()
    assert panel.plan_label.text() == "Today: no training advice until a clinician has seen you"
    [answer] = window.journal.entries("answers")
    assert (answer["yes"], answer["symptoms_for"]) == (["numbness"], "3_to_12_months")
    window.today.start_button.setFocus()
    coach.press(Qt.Key.Key_Space)  # Start asks first
    assert window.pages.currentWidget() is window.today
    assert window.today.start_note.text().startswith("Your answers call for a clinician")
    panel.seen_button.setFocus()
    coach.press(Qt.Key.Key_Return)
    # The loading verdict again.
    qtbot.waitUntil(lambda: panel.title_label.text() == "Go on as planned")
    assert window.today.start_button.hasFocus()
    assert window.today.start_note.isHidden()  # what it asked was about a red flag
    coach.close()


def test_something_else_is_wrong_asks_the_red_flags_again(qtbot, data_folder):
    coach = opened(qtbot)
    window = coach.window
    qtbot.waitUntil(lambda: window.check_in is not None and window.check_in.isVisible())
    window.check_in.something_wrong_button.click()
    questions = window.heel_questions.panel
    assert questions.isVisible() and not questions.span_box.isVisible()  # the flags alone
    questions.flag_boxes["fever"].setChecked(True)
    questions.save_button.click()
    assert window.coach.panel.title_label.text().startswith("See a physiotherapist or doctor")
    coach.close()


def answer_the_question(qtbot, button) -> None:
    """Press `button` on the question box about to open (it waits in exec())."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        box.button(button).click()

    QTimer.singleShot(0, press)


def test_starting_the_programme_again_asks_first_and_counts_from_week_1(qtbot, data_folder):
    from PySide6.QtWidgets import QMessageBox

    write_course([9, 7, 5, 3], mornings=[(ago, 3, False) for ago in range(10, -1, -1)])
    coach = opened(qtbot)
    today_coach = coach.window.coach
    today_coach.show_menu()
    menu = today_coach.menu
    assert menu.first_session_action.text() == "Start the programme &again from week 1…"
    answer_the_question(qtbot, QMessageBox.StandardButton.No)
    menu.first_session_action.trigger()
    assert today_coach.refresh().position.week == 2  # No: nothing changed
    answer_the_question(qtbot, QMessageBox.StandardButton.Yes)
    menu.first_session_action.trigger()
    assert today_coach.refresh().position.week == 1
    assert today_coach.panel.week_label.text().startswith("Week 1 of at least 12")
    assert len(coach.window.journal.entries("sets")) == 4 * 3 * 2  # the journal keeps all
    menu.close()
    coach.close()
