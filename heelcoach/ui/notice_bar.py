"""A notice inside the main window: first-run words and warnings, never a modal dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton


class NoticeBar(QFrame):
    dismissed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        self.setStyleSheet(
            "QFrame#notice { background: #fff8e1; border: 1px solid #ffca28;"
            " border-radius: 6px; }"
            "QFrame#notice QLabel { color: #3e2723; font-size: 15px; }"
        )
        self.text_label = QLabel()
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self._dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(self.text_label, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_notice(self, text: str, button_text: str) -> None:
        self.text_label.setText(text)
        self.close_button.setText(button_text)
        self.show()

    def _dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()
