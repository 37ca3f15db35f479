"""The window's journal: opened just after the first frame, whatever state it is in, and
written to, whatever the disk does.

Opening it never ends in a traceback: what it found (entries set aside, a file moved
aside, a journal that can only be read, one that cannot be opened at all) is said in the
window. Every write is run the same way: a failure is said in the window and the set goes
on. What the runner did (a set, a session, a check-in) that the disk refused (full, gone
read-only) is kept and written as soon as the disk takes it: before the next write, every
few seconds meanwhile, and when the window closes."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from heelcoach.disk_problems import plain_words
from heelcoach.ui.window_notices import WindowNotices

if TYPE_CHECKING:
    from heelcoach.journal.journal import Journal

log = logging.getLogger(__name__)

KEPT_RETRY_MS = 10_000
"""While something the disk refused waits: soon after space is freed it is saved, and the
timer runs only then (an idle app wakes for nothing)."""

Write = Callable[[], object]


class WindowJournal(QObject):
    def __init__(self, folder: Path | None, now: Callable[[], datetime], notices: WindowNotices,
                 parent: QObject | None = None) -> None:  # fmt: skip
        """The journal in `folder` (None: nothing is recorded, by design), its entries dated
        by `now`; `notices` says what happened to it."""
        super().__init__(parent)
        self._folder = folder
        self._now = now
        self._notices = notices
        self._journal: Journal | None = None
        self._failed = False
        self.kept: list[Write] = []  # writes the disk refused, oldest first
        self._retry = QTimer(self)
        self._retry.setInterval(KEPT_RETRY_MS)
        self._retry.timeout.connect(self.save_what_was_kept)

    @property
    def tried(self) -> bool:
        """Whether opening the journal was tried (it opened, or the window said why not)."""
        return self._journal is not None or self._failed

    @property
    def journal(self) -> Journal | None:
        """The journal, opened on first use; None without a folder, or when it cannot be
        opened (the window then says why)."""
        if self._journal is None and self._folder is not None and not self._failed:
            self._journal = self._open()
        return self._journal

    @property
    def opened(self) -> Journal | None:
        """The journal if it is open already (never opens it)."""
        return self._journal

    def _open(self) -> Journal | None:
        from heelcoach.journal.journal import JOURNAL_FILE, Journal, JournalUnavailableError

        try:
            journal = Journal(self._folder, now=self._now)
        except Exception as error:  # whatever opening meets is said, never a traceback
            log.exception("the journal could not be opened")
            if not isinstance(error, JournalUnavailableError):
                error = JournalUnavailableError(self._folder / JOURNAL_FILE, OSError(str(error)))
            self._failed = True
            self._notices.tell_journal_unavailable(error)
            return None
        log.info("journal opened: %s", journal.counts())
        self._notices.tell_how_journal_opened(journal)
        self._notices.offer_reminders(journal)
        return journal

    def not_recorded(self) -> str:
        """Why what the runner does now is not being saved, for the set screen; or ""."""
        if self._folder is None:
            return ""  # no journal by design (tests of the set alone)
        if self._journal is None:
            return self.tr("Not recorded: the journal could not be opened (see the top).")
        if self._journal.read_only is not None:
            return self.tr("Not recorded: the journal is read-only (see the top).")
        if self.kept:
            return self.tr("Not saved yet: the disk refused it. Kept until it can be saved.")
        return ""

    def close(self) -> bool:
        """The window is closing: write what was kept; False if the disk still refuses it.
        With all of it on disk, the coach's digest of it goes beside (`heelcoach --today`)."""
        saved = self.save_what_was_kept()
        journal = self._journal
        if journal is not None:
            journal.close()
            if saved and journal.read_only is None:
                self._keep_digest(journal)
        return saved

    def _keep_digest(self, journal) -> None:
        from heelcoach.coach import digest
        from heelcoach.journal.entries import TABLES
        from heelcoach.journal.journal_file import JournalUnreadableError, read_journal_bytes

        try:
            raw = read_journal_bytes(journal.path)
        except (OSError, JournalUnreadableError):
            return  # a cache, not data: --today reads the journal itself then
        if raw is not None:
            digest.keep(journal.folder, raw, {table: journal.stored(table) for table in TABLES})

    def save(self, action: Write, keep: bool = False):
        """Run a journal write; if it fails, say why and carry on. Returns what `action`
        returned, or None when it failed. `keep`: the write adds what the runner did;
        refused by the disk, it is kept and written later."""
        from heelcoach.journal.storage import JournalReadOnlyError  # TinyDB: not at start-up

        self.save_what_was_kept()
        try:
            return action()
        except JournalReadOnlyError:
            self._notices.tell_not_saved_read_only(self._journal)
        except OSError as error:
            log.error("journal write failed: %s", error)
            if keep:
                self.kept.append(action)
                self._retry.start()
            self._notices.tell_not_saved(plain_words(error), kept=keep)
        except Exception as error:  # refused (a check), or whatever else: the set goes on
            log.error("journal write refused: %s", error)
            self._notices.tell_not_saved(plain_words(error))
        return None

    def save_what_was_kept(self) -> bool:
        """Write what the disk refused before, oldest first; True when nothing is left."""
        while self.kept:
            try:
                self.kept[0]()
            except OSError as error:  # still refused: kept, and said already
                log.error("kept journal write failed again: %s", error)
                return False
            except Exception as error:  # it can never be written: said, not kept for ever
                log.error("kept journal write refused: %s", error)
                self._notices.tell_not_saved(plain_words(error))
            self.kept.pop(0)
            if not self.kept:
                self._retry.stop()
                self._notices.tell_kept_saved()
        return True
