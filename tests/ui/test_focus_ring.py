"""The bold ring around the focused control: around it wherever the focus goes, never
around a whole page, and never in the way of a click."""

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def ring_around(window, control) -> bool:
    ring = window.focus_ring
    place = QRect(control.mapTo(window, QPoint(0, 0)), control.size())
    return ring.isVisible() and ring.geometry().contains(place) and ring.geometry() != place


def test_the_ring_follows_the_focus(coach):
    window = coach.window
    coach.qtbot.waitUntil(lambda: ring_around(window, QApplication.focusWidget()))
    before = QApplication.focusWidget()
    coach.press(Qt.Key.Key_Tab)
    first = QApplication.focusWidget()
    assert first is not before
    coach.qtbot.waitUntil(lambda: ring_around(window, first))
    coach.press(Qt.Key.Key_Tab)
    second = QApplication.focusWidget()
    assert second is not first
    coach.qtbot.waitUntil(lambda: ring_around(window, second))


def test_a_click_on_the_ringed_control_reaches_it(coach):
    window = coach.window
    history = window.today.history_button
    history.setFocus()
    coach.qtbot.waitUntil(lambda: ring_around(window, history))
    middle = history.mapTo(window, history.rect().center())
    QTest.mouseClick(window.windowHandle(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, middle)  # fmt: skip
    coach.qtbot.waitUntil(lambda: window.pages.currentWidget() is not window.today)


def test_the_ring_leaves_a_page_that_takes_the_focus_as_a_whole(coach):
    window = coach.window
    window.today.start_button.setFocus()
    coach.qtbot.waitUntil(lambda: ring_around(window, window.today.start_button))
    coach.start()  # the set page takes the focus as one
    coach.qtbot.waitUntil(lambda: not window.focus_ring.isVisible())
