"""Learn: what hurts, what helps, what to expect, and when to seek help, with the sources,
in the interface's language (resources/learn/learn_<language>.html)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from heelcoach.system.paths import resource_file
from heelcoach.ui.page_title import page_title
from heelcoach.ui.retranslating import Retranslating

log = logging.getLogger(__name__)

TEXT_PIXELS = 17  # read from a step away as well as at the desk


def learn_html(language: str) -> str:
    for name in (language, "en"):
        try:
            return resource_file("learn", f"learn_{name}.html").read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            log.warning("no Learn page for %s: %s", name, error)
    return ""


class LearnPage(Retranslating, QWidget):
    back_clicked = Signal()

    def __init__(self, language: Callable[[], str], parent=None) -> None:
        """`language`: the interface's language now ("en", "da")."""
        super().__init__(parent)
        self._language = language
        self.came_from: QWidget | None = None  # the page Learn was opened from (Esc: back)
        self.title = page_title()
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.back_clicked.emit)
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(True)
        self.text.setSearchPaths([str(resource_file("illustrations"))])  # the drawings
        font = self.text.font()
        font.setPixelSize(TEXT_PIXELS)
        self.text.setFont(font)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.back_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(header)
        layout.addWidget(self.text, 1)
        self.setFocusProxy(self.text)
        self._retranslate()

    def open_from(self, pages: QStackedWidget) -> None:
        """Shown in place of the page on screen, which Back (Esc) returns to."""
        self.came_from = pages.currentWidget()
        pages.setCurrentWidget(self)
        self.setFocus()

    def go_back(self, pages: QStackedWidget, today: QWidget,
                back_to_today: Callable[[], None]) -> None:  # fmt: skip
        """Back to the page Learn was opened from (Today, with the focus on Start)."""
        came_from = self.came_from
        if came_from is None or came_from is today or pages.indexOf(came_from) < 0:
            back_to_today()
        else:
            pages.setCurrentWidget(came_from)
            came_from.setFocus()

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Learn: heel pain and what helps"))
        self.back_button.setText(self.tr("Back (Esc)"))
        self.text.setHtml(learn_html(self._language()))
