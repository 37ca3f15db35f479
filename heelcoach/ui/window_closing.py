"""Closing the window: asked as Esc asks when a session would be cut short, said once when
the disk refused writes (a second close quits), and without a question when the desktop
session ends (a logout, a shutdown: what was done is kept)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from collections.abc import Callable

    from heelcoach.ui.journal.window_journal import WindowJournal
    from heelcoach.ui.session.guided_session import GuidedSession
    from heelcoach.ui.window_exercises import WindowExercises
    from heelcoach.ui.window_notices import WindowNotices

log = logging.getLogger(__name__)


class WindowClosing(QObject):
    def __init__(self, session: GuidedSession, exercises: WindowExercises,
                 journal_access: WindowJournal, notices: WindowNotices,
                 stop: Callable[[], None], back_to_today: Callable[[], None],
                 parent: QObject) -> None:  # fmt: skip
        """`stop` is Esc's; `back_to_today` shows Today, where the notices are."""
        super().__init__(parent)
        self._session, self._exercises = session, exercises
        self._journal_access, self._notices = journal_access, notices
        self._stop, self._back_to_today = stop, back_to_today
        self._anyway = False  # the next close asks nothing

    def without_asking(self) -> None:
        """The next close asks nothing: a session under way keeps what was done."""
        self._anyway = True

    def may_close(self) -> bool:
        """Whether the window may close now; if not, the runner has been told why."""
        session = self._session
        if not self._anyway and session.is_current() and session.would_cut_short():
            self._stop()  # asked as Esc asks; closing again (or Esc) stops, keeping it
            return False
        session.end_for_closing()  # a session stopped lets the screen saver go
        self._exercises.end_for_closing()
        journal_access = self._journal_access
        if not journal_access.close():
            unsaved = len(journal_access.kept)
            if not self._anyway:  # say so once; a second close quits
                self._anyway = True
                self._notices.tell_unsaved_at_close(unsaved)
                self._back_to_today()
                return False
            log.error("closing with %d entries the disk would not take", unsaved)
        return True
