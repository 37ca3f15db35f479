"""Widgets that put their words into the new language when the user switches it."""

from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslating:
    """Mix in before the Qt widget class; `_retranslate()` then runs on every switch.

    It sets every text the widget shows, so the constructor calls it once too.
    """

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)  # type: ignore[misc]

    def _retranslate(self) -> None:
        raise NotImplementedError
