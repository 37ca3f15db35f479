"""Where the focus goes when the panel holding it closes: back to Start.

Qt would pass it on to the next control in the tab chain, and the next Return would press
whatever that is. A panel is watched once; it may close and open again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget


class FocusHome(QObject):
    panel_closed = Signal()

    def __init__(self, home: QWidget, parent=None) -> None:
        super().__init__(parent)
        self._home = home

    def watch(self, panel: QWidget) -> None:
        panel.removeEventFilter(self)
        panel.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        # Only a panel closed on its own: a page left, or the window minimised, hides it too.
        if event.type() == QEvent.Type.Hide and not event.spontaneous() and watched.isHidden():
            self.take_from(watched)
            self.panel_closed.emit()
        return False

    def take_from(self, panel: QWidget) -> None:
        """Give Start the focus if `panel` (or a control in it) has it."""
        focus = QApplication.focusWidget()
        if focus is not None and (focus is panel or panel.isAncestorOf(focus)):
            self.go_home()

    def go_home(self) -> None:
        if self._home.window().isVisible() and self._home.isVisibleTo(self._home.window()):
            self._home.setFocus()
