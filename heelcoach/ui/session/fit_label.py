"""A label whose text grows and shrinks with the room it is given."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QLabel, QSizePolicy

MIN_PIXEL_SIZE = 8
WIDTH_MARGIN = 0.94


class FitLabel(QLabel):
    """Text as tall as `fill` of the label's height, shrunk if it would not fit the width."""

    def __init__(self, fill: float = 0.7, bold: bool = False, parent=None) -> None:
        super().__init__(parent)
        self._fill = fill
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumSize(1, 1)
        font = self.font()
        font.setBold(bold)
        self.setFont(font)

    def setText(self, text: str) -> None:
        if text != self.text():
            super().setText(text)
            self._fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        font = self.font()
        size = max(MIN_PIXEL_SIZE, int(self.height() * self._fill))
        font.setPixelSize(size)
        text_width = QFontMetricsF(font).horizontalAdvance(self.text())
        room = self.width() * WIDTH_MARGIN
        if text_width > room > 0:
            font.setPixelSize(max(MIN_PIXEL_SIZE, int(size * room / text_width)))
        if font != self.font():
            self.setFont(font)
