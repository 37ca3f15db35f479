"""Closing the window: asked as Esc asks when a session would be cut short, said once when
the disk refused writes (a second close quits), and without a question when the desktop
session ends (a logout, a shutdown: what was done is kept)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from heelcoach.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class WindowClosing(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._anyway = False  # the next close asks nothing

    def without_asking(self) -> None:
        """The next close asks nothing: a session under way keeps what was done."""
        self._anyway = True

    def may_close(self) -> bool:
        """Whether the window may close now; if not, the runner has been told why."""
        window = self._window
        session = window.session
        if not self._anyway and session.is_current() and session.would_cut_short():
            window.stop()  # asked as Esc asks; closing again (or Esc) stops, keeping it
            return False
        session.end_for_closing()  # a session stopped lets the screen saver go
        window.exercises.end_for_closing()
        journal_access = window.journal_access
        if not journal_access.close():
            unsaved = len(journal_access.kept)
            if not self._anyway:  # say so once; a second close quits
                self._anyway = True
                window.notices.tell_unsaved_at_close(unsaved)
                window.back_to_today()
                return False
            log.error("closing with %d entries the disk would not take", unsaved)
        return True
