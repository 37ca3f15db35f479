"""The notices at the top of the main window: the first-run words on what HeelCoach is not,
and what went wrong with the journal. Never a dialog; each bar is built the first time it
has something to say."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from heelcoach.settings import DISCLAIMER_SEEN, Settings

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QVBoxLayout, QWidget

if TYPE_CHECKING:
    from heelcoach.ui.notice_bar import NoticeBar

log = logging.getLogger(__name__)


class WindowNotices(QObject):
    def __init__(self, layout: QVBoxLayout, settings: Settings, parent: QWidget) -> None:
        """The bars go at the top of `layout`; `settings` remembers the disclaimer was read."""
        super().__init__(parent)
        self._layout = layout
        self._settings = settings
        self.disclaimer: NoticeBar | None = None
        self.journal: NoticeBar | None = None

    def _bar(self) -> NoticeBar:
        from heelcoach.ui.notice_bar import NoticeBar

        bar = NoticeBar()
        self._layout.insertWidget(0, bar)
        return bar

    # the disclaimer ----------------------------------------------------------------------
    def offer_disclaimer(self) -> None:
        """On the first run, until it is dismissed."""
        if not self._settings.get(DISCLAIMER_SEEN):
            self._show_disclaimer()

    def _show_disclaimer(self) -> None:
        if self.disclaimer is None:
            self.disclaimer = self._bar()
            self.disclaimer.dismissed.connect(lambda: self._settings.set(DISCLAIMER_SEEN, True))
        self.disclaimer.show_notice(
            self.tr(
                "HeelCoach guides your training; it does not diagnose. If your heel pain "
                "has not eased after 4-6 weeks of training, if you are unsure what it is, "
                "or if it limits your daily life, see a physiotherapist or doctor."
            ),
            self.tr("Got it"),
        )

    def follow_page(self, on_first_screen: bool) -> None:
        # A notice not yet dismissed waits on the first screen; the set screen is for the set.
        if self.disclaimer is not None and not self._settings.get(DISCLAIMER_SEEN):
            self.disclaimer.setVisible(on_first_screen)

    def retranslate(self) -> None:
        if self.disclaimer is not None and self.disclaimer.isVisibleTo(self.parent()):
            self._show_disclaimer()

    # the journal -------------------------------------------------------------------------
    def tell_about_journal(self, text: str) -> None:
        if self.journal is None:
            self.journal = self._bar()
        self.journal.show_notice(text, self.tr("OK"))

    def save(self, action: Callable[[], object]):
        """Run a journal write; if it fails, say so and carry on (the set never stops).
        Returns what `action` returned, or None when it failed."""
        from heelcoach.journal.entries import InvalidEntryError

        try:
            return action()
        except (OSError, InvalidEntryError) as error:
            log.error("journal write failed: %s", error)
            self.tell_about_journal(
                self.tr("Could not save to the journal: %1").replace("%1", str(error))
            )
            return None
