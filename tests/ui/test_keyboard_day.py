"""A whole day with the keyboard alone: the check-in, a session and its questions, a note,
History, Progress, and back; the focused control has Space and Return."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from heelcoach.core.exercises.heel_raise import LegMode, SetPlan, Tempo
from heelcoach.journal.entries import CHECK_INS, SESSIONS, SETS
from heelcoach.journal.journal import Journal
from heelcoach.system.paths import data_dir

SHORT = SetPlan(sets=1, reps=2, legs=LegMode.LEFT, tempo=Tempo(1000, 1000, 1000),
                count_in_ms=2000, rest_ms=0)  # fmt: skip


@pytest.fixture
def coach(qtbot):
    from coach import Coach

    coach = Coach(qtbot)
    coach.window.today.set_plan(SHORT)
    qtbot.waitUntil(lambda: coach.window.check_in is not None)
    yield coach
    coach.translations.use("en")  # the catalogue is the application's: the next test's too


def alt_letter(button) -> str:
    text = button.text()
    assert "&" in text, f"{text!r} has no Alt-letter"
    return text[text.index("&") + 1]


def press_alt(coach, button) -> None:
    key = getattr(Qt.Key, f"Key_{alt_letter(button).upper()}")
    coach.press(key, Qt.KeyboardModifier.AltModifier)


def test_a_whole_day_by_keyboard(coach, qtbot):
    window = coach.window
    window.today.details_button.setFocus()  # wherever the focus is on Today, digits answer
    coach.press(Qt.Key.Key_3)  # the morning's first steps
    assert window.check_in.saved_label.text() == "Saved: 3/10. Thank you."

    window.today.start_button.setFocus()
    coach.press(Qt.Key.Key_Space)
    assert window.pages.currentWidget() is coach.page
    while coach.driver.is_active:  # the count-in and both reps
        coach.advance(250)
    assert coach.page.pain_prompt.question.text().startswith("How much did it hurt")
    coach.press(Qt.Key.Key_2)
    more = "Could you have done more (left leg)?"
    qtbot.waitUntil(lambda: coach.page.pain_prompt.question.text() == more, timeout=10_000)
    coach.press(Qt.Key.Key_2)  # just right
    qtbot.waitUntil(
        lambda: "after the session" in coach.page.pain_prompt.question.text(), timeout=10_000
    )
    coach.press(Qt.Key.Key_1)
    field = coach.page.session_note.field
    while QApplication.focusWidget() is not field:  # Tab to the note
        coach.press(Qt.Key.Key_Tab)
    qtbot.keyClicks(field, "new shoes")
    coach.press(Qt.Key.Key_Return)
    coach.press(Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is window.today

    journal = Journal(data_dir())
    [check_in] = journal.entries(CHECK_INS)
    [done] = journal.entries(SETS)
    [session] = journal.entries(SESSIONS)
    assert (check_in["first_steps_pain"], done["pain"], done["effort"]) == (3, 2, "just_right")
    assert (session["pain_after"], session["note"]) == (1, "new shoes")

    qtbot.waitUntil(lambda: "&" in window.today.history_button.text())
    press_alt(coach, window.today.history_button)  # pressed, as it shows
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.views.history_page)
    coach.press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: "&" in window.today.progress_button.text())
    press_alt(coach, window.today.progress_button)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.views.progress_page)
    if not window.isActiveWindow():  # offscreen, with no window manager to give it back,
        window.activateWindow()  # the window can lose the focus as pyqtgraph starts up
        qtbot.waitUntil(window.isActiveWindow)
    coach.press(Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is window.today


def test_return_presses_the_focused_button_and_space_still_starts(coach):
    today = coach.window.today
    today.details_button.setFocus()
    coach.press(Qt.Key.Key_Return)
    coach.qtbot.waitUntil(lambda: today.details is not None and today.details.isVisible())
    assert coach.window.pages.currentWidget() is today  # no set started
    coach.press(Qt.Key.Key_Space)  # labelled "Start (Space)": it starts
    assert coach.window.pages.currentWidget() is coach.page


def focusable_on_today(window) -> list:
    from PySide6.QtWidgets import QAbstractSpinBox, QWidget

    today = window.today
    return [widget for widget in today.findChildren(QWidget)
            if widget.isVisible() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget is not today.scroll and widget.focusProxy() is None
            and not isinstance(widget.parentWidget(), QAbstractSpinBox)]  # fmt: skip


def test_space_starts_from_today_whatever_has_the_focus(coach, qtbot):
    window = coach.window
    window.today.details_button.click()
    window.today.sound_button.click()
    qtbot.waitUntil(lambda: window.today.sound_panel is not None)
    controls = focusable_on_today(window)
    assert len(controls) > 15
    for control in controls:
        control.setFocus()
        assert QApplication.focusWidget() is control
        coach.press(Qt.Key.Key_Space)
        assert window.pages.currentWidget() is coach.page, control
        coach.press(Qt.Key.Key_Escape)  # no rep done yet: back at once
        assert window.pages.currentWidget() is window.today
    assert window.today.sound_panel.isVisible() and window.today.details.isVisible()
    assert window.today.plan() == SHORT  # no stray key changed the plan


def test_after_a_panel_closes_the_focus_is_back_on_start(coach, qtbot):
    window = coach.window
    today = window.today
    skip = window.check_in.prompt.skip_button
    skip.setFocus()
    coach.press(Qt.Key.Key_Return)  # "Not now" on the check-in
    qtbot.waitUntil(lambda: not window.check_in.isVisible())
    assert QApplication.focusWidget() is today.start_button
    today.sound_button.setFocus()
    coach.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: today.sound_panel is not None and today.sound_panel.isVisible())
    coach.press(Qt.Key.Key_Return)  # closed again
    qtbot.waitUntil(lambda: not today.sound_panel.isVisible())
    assert QApplication.focusWidget() is today.start_button
    coach.press(Qt.Key.Key_Space)
    assert window.pages.currentWidget() is coach.page


def test_tab_goes_down_today_into_what_change_sets_and_sound_open(coach):
    today = coach.window.today
    today.details_button.click()
    today.sound_button.click()
    coach.qtbot.waitUntil(lambda: today.sound_panel is not None and today.sound_panel.isVisible())
    today.start_button.setFocus()
    stops = []
    while not stops or stops[-1] is not today.start_button:
        coach.press(Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        stops.append(focused.parentWidget() if focused.parentWidget().focusProxy() else focused)
        assert len(stops) < 60
    assert stops[-6:] == [today.sound_panel.test_button, today.progress_button,
                          today.history_button, today.exercises_button, today.learn_button,
                          today.start_button]  # fmt: skip
    details = today.details
    first = stops.index(today.details_button) + 1
    assert stops[first : first + 9] == [  # down one column, then down the other
        details.sets_box, details.reps_box, details.load_box, details.count_in_box,
        details.rest_box, details.up_box, details.hold_box, details.down_box,
        details.bottom_pause_box,
    ]  # fmt: skip
    after_sound = stops[stops.index(today.sound_button) + 1]
    assert today.sound_panel.isAncestorOf(after_sound)
    assert stops.index(today.legs_box) < stops.index(today.details_button)
    assert today.scroll not in stops


def test_the_sound_panel_is_brought_into_view_when_it_opens_on_a_small_screen(coach, qtbot):
    coach.window.resize(1024, 600)
    today = coach.window.today
    qtbot.waitUntil(lambda: today.scroll is not None and coach.window.check_in is not None)
    today.sound_button.setFocus()
    coach.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: today.sound_panel is not None and today.sound_panel.isVisible())
    viewport = today.scroll.viewport()

    def in_view() -> bool:
        top_left = today.sound_panel.mapTo(viewport, today.sound_panel.rect().topLeft())
        bottom_right = today.sound_panel.mapTo(viewport, today.sound_panel.rect().bottomRight())
        return viewport.rect().contains(top_left) and viewport.rect().contains(bottom_right)

    qtbot.waitUntil(in_view)


def test_esc_on_today_brings_the_focus_back_to_start(coach):
    today = coach.window.today
    today.sound_button.setFocus()
    coach.press(Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is today.start_button
    coach.press(Qt.Key.Key_Space)
    assert coach.window.pages.currentWidget() is coach.page  # the set started


def test_space_in_a_number_field_starts_and_leaves_its_number(coach):
    today = coach.window.today
    today.show_details(True)
    box = today.details.sets_box
    box.setFocus()
    box.selectAll()
    coach.press(Qt.Key.Key_Space)  # Start's key: the set starts, the number stays
    assert coach.window.pages.currentWidget() is coach.page
    assert box.text() == "1"


def assert_an_alt_letter_each(window) -> None:
    """Every visible button (but the pain question's numbers) has a letter, none twice."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    on_screen = [widget for widget in (*window.findChildren(QAbstractButton),
                                       *window.findChildren(QLabel))
                 if widget.isVisible()]  # fmt: skip
    buttons = [widget for widget in on_screen
               if isinstance(widget, QAbstractButton) and not widget.text().isdigit()]  # fmt: skip
    assert [b.text() for b in buttons if "&" not in b.text()] == []
    taken = [widget.text().replace("&&", "") for widget in on_screen]
    letters = [text[text.index("&") + 1].lower() for text in taken if "&" in text]
    assert len(letters) == len(set(letters)), letters
    assert len(buttons) >= 8


@pytest.mark.parametrize("panels_open", [False, True], ids=["first screen", "every panel open"])
def test_every_button_on_today_has_an_alt_letter_of_its_own_in_both_languages(
    coach, qtbot, panels_open
):
    window = coach.window
    if panels_open:  # the details' and the sound's labels take many letters
        window.today.details_button.click()
        window.today.sound_button.click()
    for language in ("en", "da"):
        window.choose_language(language)
        qtbot.waitUntil(lambda: assert_an_alt_letter_each(window))
    window.choose_language("en")
    if panels_open:  # closed again, the translations' letters are back
        window.today.details_button.click()
        window.today.sound_button.click()
        qtbot.waitUntil(lambda: window.today._row_labels[0].text() == "&Legs")


def test_a_buttons_alt_letter_stays_when_a_panel_opens_beside_it(coach, qtbot):
    from PySide6.QtWidgets import QAbstractButton

    window = coach.window

    def letters() -> dict[str, str]:
        buttons = [b for b in window.findChildren(QAbstractButton)
                   if b.isVisible() and "&" in b.text()]  # fmt: skip
        return {b.text().replace("&", ""): b.text()[b.text().index("&") + 1] for b in buttons}

    for language in ("en", "da"):
        window.choose_language(language)
        qtbot.waitUntil(lambda: assert_an_alt_letter_each(window))
        before = letters()
        window.today.details_button.click()
        qtbot.waitUntil(lambda: assert_an_alt_letter_each(window))
        with_details = letters()
        window.today.sound_button.click()
        qtbot.waitUntil(lambda: assert_an_alt_letter_each(window))
        with_both = letters()
        assert {name: with_details[name] for name in before} == before, language
        assert {name: with_both[name] for name in with_details} == with_details
        window.today.details_button.click()
        window.today.sound_button.click()


def test_digits_answer_the_check_in_after_the_language_is_switched_by_keyboard(coach, qtbot):
    window = coach.window
    today = window.today
    qtbot.waitUntil(lambda: "&" in today._row_labels[1].text())
    press_alt(coach, today._row_labels[1])  # Lan&guage: the focus on its list box
    assert QApplication.focusWidget() is today.language_box
    coach.press(Qt.Key.Key_Down)  # Dansk
    assert coach.translations.language == "da"
    assert QApplication.focusWidget() is today.language_box
    coach.press(Qt.Key.Key_4)
    assert window.check_in.saved_label.text() == "Gemt: 4/10. Tak."
    assert Journal(data_dir()).entries(CHECK_INS)[0]["first_steps_pain"] == 4
    today.legs_box.setFocus()  # the other list box too, and an answer changed
    coach.press(Qt.Key.Key_2)
    assert window.check_in.prompt.value == 2
    assert today.plan() == SHORT
