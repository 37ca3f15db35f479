"""The keyboard beside the window's one-key shortcuts: the focused control comes first.

Space starts or pauses the set, Return ends a set to failure: unless a control has the
focus, in which case they press the button, toggle the box or open the list, as in any
desktop app. On Today, Space is Start's alone, as its label says: only a text field types
it (an open list is a window of its own, and keeps its keys). Imported at the first key:
Qt.Key's hundreds of members are not needed for the first frame.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)

from heelcoach.ui.running_app import running_app

PRESSING_KEYS = {Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter}
RETURN_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter}


def takes_the_key(focus: QWidget | None, key: int, on_today: bool = False) -> bool:
    """Whether the focused control, rather than a window shortcut, gets `key`."""
    if key not in PRESSING_KEYS or focus is None:
        return False
    if on_today and key == Qt.Key.Key_Space:
        return False
    if isinstance(focus, QAbstractSpinBox):  # Space types nothing; Return sets the value
        return True
    return isinstance(focus, (QAbstractButton, QComboBox)) and focus.isEnabled()


def take_left_over_key(event, check_in, set_prompt) -> bool:
    """A key no control took, as it reaches the window: Return presses the focused button;
    digits answer the morning check-in or the set's question wherever the focus is.
    True if it was taken."""
    if event.key() in RETURN_KEYS and press_with_return(QApplication.focusWidget()):
        return True
    if check_in is not None and check_in.isVisible() and check_in.prompt.take_key(event):
        return True
    return set_prompt is not None and set_prompt.take_key(event)


def press_with_return(focus: QWidget | None) -> bool:
    """Return on a button presses it, on a box toggles it, on a list opens it (Qt does the
    same for Space only). True if it did."""
    if isinstance(focus, QAbstractButton) and focus.isEnabled():
        focus.animateClick()
        return True
    if isinstance(focus, QComboBox) and focus.isEnabled():
        focus.showPopup()
        return True
    return False


class SpaceTypesNothing(QObject):
    """Filters a number field on Today: Space would replace its selected value with a
    blank. The field does not claim it either, so it reaches Start."""

    def eventFilter(self, watched, event) -> bool:
        kinds = (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)
        return event.type() in kinds and event.key() == Qt.Key.Key_Space


class DigitsToTheCheckIn(QObject):
    """A list box on `page` (the language, the legs) would search its items for a digit
    typed on it: while the check-in shows, the digit answers it instead (an open list is a
    window of its own, and keeps its keys). Number fields keep theirs: they are typed in."""

    def __init__(self, page: QWidget, check_in: QWidget, take_key: Callable) -> None:
        super().__init__(check_in)
        self._page = page
        self._check_in = check_in
        self._take_key = take_key
        running_app().focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old, new) -> None:
        if isinstance(new, QComboBox) and self._page.isAncestorOf(new):
            new.removeEventFilter(self)  # once each
            new.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() != QEvent.Type.KeyPress or not self._check_in.isVisible():
            return False
        return self._take_key(event)
