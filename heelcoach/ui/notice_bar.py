"""A notice inside the main window: first-run words and warnings, never a modal dialog."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

BACKGROUND = QColor("#fff8e1")
TEXT = QColor("#3e2723")


class NoticeBar(QFrame):
    dismissed = Signal()
    acted = Signal()  # the action button, where the notice offers one

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.Box)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, BACKGROUND)
        palette.setColor(QPalette.ColorRole.WindowText, TEXT)
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self.text_label = QLabel()
        self.text_label.setWordWrap(True)
        self.action_button = QPushButton()
        self.action_button.clicked.connect(self._act)
        self.action_button.hide()
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self._dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(self.text_label, 1)
        layout.addWidget(self.action_button)
        layout.addWidget(self.close_button)
        self.answered = False  # a button was pressed
        self.hide()

    def show_notice(self, text: str, button_text: str, action_text: str = "") -> None:
        self.text_label.setText(text)
        self.close_button.setText(button_text)
        self.action_button.setText(action_text)
        self.action_button.setVisible(bool(action_text))
        self.show()

    def _act(self) -> None:
        self.answered = True
        self.hide()
        self.acted.emit()

    def _dismiss(self) -> None:
        self.answered = True
        self.hide()
        self.dismissed.emit()
