"""Every page on ordinary laptop screens, in both languages: nothing cut off, nothing clipped.

A control is cut off when part of it lies outside the window (or, inside a scrolling page,
outside what the page scrolls over); it is clipped when it is narrower than its text, or
lower than its text and frame.
"""

import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QWidget,
)

from heelcoach.core.exercises.heel_raise import LegMode, SetPlan, Tempo
from heelcoach.system.paths import data_dir

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
from synthetic_journal import journal_data, write

SIZES = [(1366, 768), (1280, 720), (1024, 600)]
CONTROLS = (QAbstractButton, QComboBox, QAbstractSpinBox, QLineEdit)
TEXT_PADDING = 6  # a button's frame and margins, at the least


def faults(window) -> list[str]:
    """Every visible control that is cut off or narrower than its text."""
    found = []
    for control in window.findChildren(QWidget):
        if not isinstance(control, CONTROLS) or not control.isVisible():
            continue
        if any(isinstance(parent, QComboBox) for parent in _ancestors(control)):
            continue  # a combo box's own list
        room = _room(control, window)
        place = QRect(control.mapTo(window, QPoint(0, 0)), control.size())
        name = _name(control)
        if not room.contains(place):
            found.append(f"{name} at {place.getRect()} is outside {room.getRect()}")
        if isinstance(control, QPushButton) and control.text():
            text = control.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            needed = control.fontMetrics().horizontalAdvance(text) + TEXT_PADDING
            if control.width() < needed:
                found.append(f"{name} is {control.width()} px wide for {needed} px of text")
            least = control.minimumSizeHint().height()
            if control.height() < least:
                found.append(f"{name} is {control.height()} px high for {least} px")
    return found


def _ancestors(widget):
    parent = widget.parentWidget()
    while parent is not None:
        yield parent
        parent = parent.parentWidget()


def _room(control, window) -> QRect:
    """The window, or the whole of the scrolling page the control is on."""
    for parent in _ancestors(control):
        if isinstance(parent, QScrollArea) and parent.widget() is not None:
            content = parent.widget()
            return QRect(content.mapTo(window, QPoint(0, 0)), content.size())
    return window.rect()


def _name(control) -> str:
    text = control.text() if hasattr(control, "text") else ""
    return f"{type(control).__name__} {text!r}"


@pytest.fixture(params=["en", "da"])
def language(request):
    return request.param


@pytest.fixture
def coach(qtbot, language):
    from coach import Coach

    today = date(2026, 11, 25)
    write(data_dir(), journal_data(60, today - timedelta(days=2)))
    coach = Coach(qtbot, language)
    yield coach
    coach.translations.use("en")


def at_every_size(coach, what: str) -> list[str]:
    window = coach.window
    found = []
    for width, height in SIZES:
        window.resize(width, height)
        coach.app.processEvents()
        if (window.width(), window.height()) != (width, height):
            found.append(f"{what}: the window will not go down to {width} x {height}")
        found += [f"{what} at {width} x {height}: {fault}" for fault in faults(window)]
    return found


def test_today_with_everything_open_fits(coach):
    today = coach.window.today
    today.show_details(True)
    coach.window.show_sound_panel(True)
    assert at_every_size(coach, "Today") == []


def test_history_progress_and_learn_fit(coach):
    found = []
    for show in (coach.window.show_history, coach.window.show_progress, coach.window.show_learn):
        show()
        found += at_every_size(coach, type(coach.window.pages.currentWidget()).__name__)
        coach.window.back_to_today()
    assert found == []


def after_the_session(question: str) -> bool:
    return "after the session" in question or "efter træningen" in question


def test_every_screen_of_the_set_fits(coach):
    plan = SetPlan(sets=2, reps=2, legs=LegMode.BOTH, tempo=Tempo(1000, 1000, 1000),
                   count_in_ms=3000, rest_ms=30_000)  # fmt: skip
    coach.window.today.set_plan(plan)
    coach.start()
    found = []
    moments = [("the count-in", 1000), ("a rep", 3000), ("the change of leg", 6000),
               ("the rest, asking", 9000), ("the second set", 30_000)]  # fmt: skip
    for moment, after_ms in moments:
        coach.advance(after_ms)
        found += at_every_size(coach, f"the set page, {moment}")
        if moment == "the rest, asking":  # the pain, then how hard it was: words to click
            prompt = coach.page.pain_prompt
            for _leg in range(2):  # both legs' pain comes first
                asked = prompt.question.text()
                prompt.press_digit(2)
                coach.qtbot.waitUntil(lambda asked=asked, prompt=prompt: (
                    prompt.question.text() != asked), timeout=10_000)  # fmt: skip
            assert not prompt.buttons[4].isVisible()
            found += at_every_size(coach, "the set page, the rest, asking how hard")
    while coach.driver.is_active:
        coach.advance(250)
    found += at_every_size(coach, "the done screen")
    prompt = coach.page.pain_prompt
    for _ in range(4):  # the last set's questions, skipped
        if after_the_session(prompt.question.text()):
            break
        prompt.skip()
        coach.qtbot.wait(50)
    assert after_the_session(prompt.question.text())
    prompt.press_digit(2)
    found += at_every_size(coach, "the done screen, answered, with its note")
    assert found == []


WALK_SIZES = [(1366, 768), (1024, 600)]


def out_of_view(window) -> str | None:
    """What is wrong with where the focused control is: outside the window, or outside
    what its scrolling page shows. None if it is all in view."""
    focused = QApplication.focusWidget()
    place = QRect(focused.mapTo(window, QPoint(0, 0)), focused.size())
    room = window.rect()
    for parent in _ancestors(focused):
        if isinstance(parent, QScrollArea) and parent.widget() is not None:
            viewport = parent.viewport()
            room = room.intersected(QRect(viewport.mapTo(window, QPoint(0, 0)), viewport.size()))
            break
    if room.contains(place):
        return None
    return f"{_name(focused)} at {place.getRect()} is outside {room.getRect()}"


def tab_walk(coach, first, what: str) -> list[str]:
    """Tab from `first` all the way round: every stop, in view as it takes the focus."""
    first.setFocus()
    found = []
    for _stop in range(80):
        coach.press(Qt.Key.Key_Tab)
        fault = out_of_view(coach.window)
        if fault is not None:
            found.append(f"{what}: {fault}")
        if QApplication.focusWidget() is first:
            return found
    return [*found, f"{what}: Tab never came back to {_name(first)}"]


def resized(coach, width: int, height: int) -> None:
    coach.window.resize(width, height)
    coach.qtbot.waitUntil(lambda: (coach.window.width(), coach.window.height()) == (width, height))
    coach.qtbot.wait(10)  # the scrolling pages' new sizes, and any scrolling they do


@pytest.mark.parametrize("size", WALK_SIZES, ids=lambda size: "x".join(map(str, size)))
def test_every_tab_stop_is_in_view_as_it_takes_the_focus(coach, size):
    window = coach.window
    coach.qtbot.waitUntil(lambda: window.check_in is not None)
    window.today.show_details(True)
    window.show_sound_panel(True)
    resized(coach, *size)
    found = tab_walk(coach, window.today.start_button, "Today")
    window.show_exercises()
    page = window.exercises.existing_page
    found += tab_walk(coach, page.back_button, "Stretches and running")
    assert found == []


@pytest.mark.parametrize("size", WALK_SIZES, ids=lambda size: "x".join(map(str, size)))
def test_a_fields_alt_letter_brings_it_into_view(coach, size):
    window = coach.window
    today = window.today
    coach.qtbot.waitUntil(lambda: window.check_in is not None)
    resized(coach, *size)
    legs, language = today._row_labels
    found = []
    for label in (language, legs):  # the language below the fold; the legs above, once
        coach.qtbot.waitUntil(lambda label=label: "&" in label.text())  # Sound scrolled
        letter = label.text()[label.text().index("&") + 1]
        coach.press(getattr(Qt.Key, f"Key_{letter.upper()}"), Qt.KeyboardModifier.AltModifier)
        assert QApplication.focusWidget() is label.buddy()
        found += filter(None, [out_of_view(window)])
        window.show_sound_panel(True)
        coach.qtbot.wait(10)
    assert found == []


def cut_at_the_top(scroll) -> list[str]:
    """The lines of text and the controls the top edge of `scroll`'s view cuts in two."""
    page = scroll.widget()
    edge = scroll.verticalScrollBar().value()
    found = []
    for widget in page.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, (QLabel, *CONTROLS)):
            continue
        top = widget.mapTo(page, QPoint(0, 0)).y()
        if isinstance(widget, QLabel):
            step = widget.fontMetrics().lineSpacing()
            area = widget.contentsRect()
            lines = [top + area.top() + step * line for line in range(area.height() // step)]
            spans = [(line, line + step) for line in lines]
        else:
            spans = [(top, top + widget.height())]
        found += [f"{_name(widget)} {span}" for span in spans if span[0] < edge < span[1]]
    return found


@pytest.fixture
def week_two(qtbot):
    from coach import Coach

    write(data_dir(), journal_data(9, date(2026, 11, 23)))  # "Week 2 of at least 12"
    coach = Coach(qtbot)
    yield coach
    coach.close()


@pytest.mark.parametrize("size", WALK_SIZES, ids=lambda size: "x".join(map(str, size)))
def test_sound_opens_in_view_with_no_line_cut_at_the_top(week_two, size):
    window, qtbot = week_two.window, week_two.qtbot
    today = window.today
    qtbot.waitUntil(lambda: window.check_in is not None)
    resized(week_two, *size)
    today.sound_button.setFocus()
    week_two.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: today.sound_panel is not None and today.sound_panel.isVisible())
    viewport, panel = today.scroll.viewport(), today.sound_panel

    def place() -> QRect:
        return QRect(panel.mapTo(viewport, QPoint(0, 0)), panel.size())

    qtbot.waitUntil(lambda: viewport.rect().contains(place()))
    qtbot.wait(10)  # and nothing moves after
    assert viewport.rect().contains(place())
    line = window.coach.panel.week_label.fontMetrics().lineSpacing()
    assert place().bottom() > viewport.height() - 2 * line  # scrolled no more than it needs
    assert cut_at_the_top(today.scroll) == []


def in_view(scroll, widget) -> bool:
    viewport = scroll.viewport()
    return viewport.rect().contains(QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size()))


def test_the_coachs_verdict_comes_into_view_with_its_buttons_and_when_a_panel_closes(week_two):
    window, qtbot = week_two.window, week_two.qtbot
    today, panel = window.today, window.coach.panel
    qtbot.waitUntil(lambda: window.check_in is not None)
    resized(week_two, 1024, 600)
    today.language_box.setFocus()  # down the page: the verdict goes out of view
    qtbot.waitUntil(lambda: not in_view(today.scroll, panel.title_label))
    panel.program_button.setFocus()  # by Tab or Shift+Tab, it would be the same
    qtbot.waitUntil(lambda: in_view(today.scroll, panel.title_label))  # the whole verdict
    assert in_view(today.scroll, panel.program_button)
    today.scroll.verticalScrollBar().setValue(today.scroll.verticalScrollBar().maximum())
    skip = window.check_in.prompt.skip_button
    skip.setFocus()
    week_two.press(Qt.Key.Key_Return)  # "Not now": the focus goes home to Start
    qtbot.waitUntil(lambda: today.start_button.hasFocus())
    qtbot.waitUntil(lambda: in_view(today.scroll, panel.title_label))  # and the page to its top
