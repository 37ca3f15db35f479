"""The big bold heading of a page beyond the first screen (history, progress)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

PAGE_TITLE_PIXELS = 26


def page_title() -> QLabel:
    title = QLabel()
    font = title.font()
    font.setPixelSize(PAGE_TITLE_PIXELS)
    font.setBold(True)
    title.setFont(font)
    return title
