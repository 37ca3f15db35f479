"""A smooth bar for the phase under way, with a notch at each whole second."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

TRACK_COLOUR = QColor("#37474f")
NOTCH_COLOUR = QColor(0, 0, 0, 110)
MAX_NOTCHED_SECONDS = 60


class PhaseBar(QWidget):
    """Repaints 60 times a second while a set runs, so it paints its own background:
    the page behind it (styled by a style sheet) need not be redrawn each frame."""

    def __init__(self, background: QColor, parent=None) -> None:
        super().__init__(parent)
        self._background = background
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._fraction = 0.0
        self._colour = QColor("#ffffff")
        self._seconds = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.setMinimumHeight(8)

    @property
    def fraction(self) -> float:
        return self._fraction

    def show_progress(self, fraction: float, colour: QColor, whole_seconds: int) -> None:
        if (fraction, colour, whole_seconds) == (self._fraction, self._colour, self._seconds):
            return
        self._fraction, self._colour, self._seconds = fraction, colour, whole_seconds
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self._background)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        track = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        radius = track.height() / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(TRACK_COLOUR)
        painter.drawRoundedRect(track, radius, radius)
        filled = QRectF(track)
        filled.setWidth(track.width() * self._fraction)
        if filled.width() > 0:
            painter.setBrush(self._colour)
            painter.drawRoundedRect(filled, radius, radius)
        if 1 < self._seconds <= MAX_NOTCHED_SECONDS:
            # Filled rectangles, not antialiased lines: this runs 60 times a second.
            notch = max(2.0, track.height() / 10)
            for second in range(1, self._seconds):
                x = track.left() + track.width() * second / self._seconds
                painter.fillRect(QRectF(x - notch / 2, track.top(), notch, track.height()),
                                 NOTCH_COLOUR)  # fmt: skip
