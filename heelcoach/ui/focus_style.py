"""A thick ring around whatever control has the keyboard focus, to be seen from the step.

The style's own focus is a faint line. The ring is a widget on top of the window, masked
to the band it draws just outside the control (clicks on the control reach it), that
follows the focused control (it looks where the control is a few times a second: a
scrolled page moves the control without telling it). Made after the first frame, and
without Qt's namespace (the Qt.* enums cost 1 MiB and 25 ms at their first use).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QRectF, QTimer
from PySide6.QtGui import QColor, QPainter, QPen, QRegion
from PySide6.QtWidgets import QApplication, QWidget

from heelcoach.ui.running_app import running_app

FOCUS_COLOUR = QColor("#1e88e5")
FOCUS_WIDTH = 3
OUTSET = 2  # the ring's middle line lies this far outside the control
FOLLOW_MS = 100


class FocusRing(QWidget):
    """Never around the window or a whole page (the set page takes the focus as one)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._control: QWidget | None = None
        self._follow = QTimer(self)
        self._follow.setInterval(FOLLOW_MS)
        self._follow.timeout.connect(self._place)
        running_app().focusChanged.connect(self._focus_changed)
        self._focus_changed(None, QApplication.focusWidget())

    def _focus_changed(self, _old, new) -> None:
        ringed = (new is not None and new is not self._window and new.window() is self._window
                  and not new.parentWidget().inherits("QStackedWidget"))  # fmt: skip
        self._control = new if ringed else None
        if ringed:
            self._follow.start()
        else:
            self._follow.stop()
        self._place()

    def _place(self) -> None:
        control = self._control
        if control is None or not control.isVisible() or control.visibleRegion().isEmpty():
            self.hide()
            return
        reach = OUTSET + FOCUS_WIDTH
        place = QRect(control.mapTo(self._window, QPoint(0, 0)), control.size())
        place = place.adjusted(-reach, -reach, reach, reach)
        if place != self.geometry():
            self.setGeometry(place)
            band = FOCUS_WIDTH + 1  # the line and its antialiased edge
            inside = self.rect().adjusted(band, band, -band, -band)
            self.setMask(QRegion(self.rect()).subtracted(QRegion(inside)))
        self.show()
        self.raise_()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(FOCUS_COLOUR, FOCUS_WIDTH))
        inset = FOCUS_WIDTH / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset), 5, 5)
