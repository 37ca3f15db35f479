"""An exercise's drawing (resources/illustrations/NAME.svg), as large as its room allows,
its proportions kept. QtSvg is loaded with the first drawing, not at start-up."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from heelcoach.core.kinds import kind_named
from heelcoach.system.paths import resource_file

if TYPE_CHECKING:
    from PySide6.QtSvg import QSvgRenderer


def illustration_path(exercise: str):
    return resource_file("illustrations") / f"{exercise}.svg"


class Illustration(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._renderer: QSvgRenderer | None = None  # QtSvg loads with the first drawing
        self.exercise = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(120, 90)

    def show_exercise(self, exercise: str) -> None:
        """Draw `exercise`; one without a drawing hides the widget. (Give the widget its
        parent first: a widget without one would show as a window of its own.)"""
        if exercise == self.exercise:
            return
        self.exercise = exercise
        self._renderer = None
        kind = kind_named(exercise)
        if kind is not None and kind.drawing:
            from PySide6.QtSvg import QSvgRenderer

            renderer = QSvgRenderer(str(illustration_path(exercise)), self)
            self._renderer = renderer if renderer.isValid() else None
        self.setVisible(self._renderer is not None)
        self.update()

    def paintEvent(self, _event) -> None:
        if self._renderer is None:
            return
        size = self._renderer.defaultSize()
        scale = min(self.width() / size.width(), self.height() / size.height())
        width, height = size.width() * scale, size.height() * scale
        target = QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)
        painter = QPainter(self)
        self._renderer.render(painter, target)
        painter.end()
