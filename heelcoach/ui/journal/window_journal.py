"""The window's journal: opened just after the first frame, whatever state it is in, and
written to, whatever the disk does.

Opening it never ends in a traceback: what it found (entries set aside, a file moved
aside, a journal that can only be read, one that cannot be opened at all) is said in the
window. Every write is run the same way: a failure is said in the window and the set goes
on. What the runner did (a set, a session, a check-in) that the disk refused (full, gone
read-only) is kept and written as soon as the disk takes it: before the next write, every
few seconds meanwhile, and when the window closes.

The journal may live in a synced folder: what another program writes there (a sync tool
bringing in another computer's entries) is taken in as it arrives, and a sync tool's
conflict copy of the journal is offered for merging."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from heelcoach.system.disk_problems import plain_words
from heelcoach.ui.window_notices import WindowNotices

if TYPE_CHECKING:
    from heelcoach.journal.journal import Journal

log = logging.getLogger(__name__)

FOLDER_SETTLE_MS = 500  # a sync tool writes a file in steps: look once it is done
KEPT_RETRY_MS = 10_000
"""While something the disk refused waits: soon after space is freed it is saved, and the
timer runs only then (an idle app wakes for nothing)."""

Write = Callable[[], object]


class WindowJournal(QObject):
    changed_elsewhere = Signal()  # another program's entries were taken in

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
        self._watcher: QFileSystemWatcher | None = None
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(FOLDER_SETTLE_MS)
        self._settle.timeout.connect(self._take_in_what_arrived)
        self._offered: set[Path] = set()  # sync copies offered already
        self._warned_full = False

    @property
    def tried(self) -> bool:
        """Whether opening the journal was tried (it opened, or the window said why not)."""
        return self._journal is not None or self._failed

    @property
    def journal(self) -> Journal | None:
        """The journal, opened on first use; None without a folder, or when it cannot be
        opened (the window then says why)."""
        if self._journal is None and self._folder is not None and not self._failed:
            self._journal = self._open(self._folder)
        return self._journal

    @property
    def opened(self) -> Journal | None:
        """The journal if it is open already (never opens it)."""
        return self._journal

    def _open(self, folder: Path) -> Journal | None:
        from heelcoach.journal.journal import JOURNAL_FILE, Journal, JournalUnavailableError

        try:
            journal = Journal(folder, now=self._now)
        except Exception as error:  # whatever opening meets is said, never a traceback
            log.exception("the journal could not be opened")
            if not isinstance(error, JournalUnavailableError):
                error = JournalUnavailableError(folder / JOURNAL_FILE, OSError(str(error)))
            self._failed = True
            self._notices.tell_journal_unavailable(error)
            return None
        log.info("journal opened: %s", journal.counts())
        self._notices.tell_how_journal_opened(journal)
        self._notices.offer_reminders(journal)
        self._watch(journal)
        self._offer_sync_copy(journal)
        self._warn_if_nearly_full(journal)
        return journal

    def _warn_if_nearly_full(self, journal: Journal) -> None:
        if journal.nearly_full and not self._warned_full:
            self._warned_full = True  # once a session: it grows by a few bytes a set
            self._notices.tell_nearly_full(journal)

    # another program's changes ------------------------------------------------------------
    def _watch(self, journal: Journal) -> None:
        """Look at the folder (not the file: a sync tool replaces the file by renaming)."""
        self._watcher = QFileSystemWatcher([str(journal.folder)], self)
        self._watcher.directoryChanged.connect(lambda _folder: self._settle.start())

    def _take_in_what_arrived(self) -> None:
        journal = self._journal
        if journal is None:
            return
        try:
            taken = journal.refresh()
        except Exception as error:  # said when the next write meets it
            log.warning("could not take in the journal's changes on disk: %s", error)
            return
        if taken:
            self.changed_elsewhere.emit()
        self._tell_conflicts(journal)
        self._offer_sync_copy(journal)

    def _offer_sync_copy(self, journal: Journal) -> None:
        from heelcoach.journal.sync_copies import sync_copies

        if journal.read_only is not None:
            return
        waiting = [path for path in sync_copies(journal.folder) if path not in self._offered]
        if waiting:
            self._offered.add(waiting[0])
            self._notices.offer_sync_copy(waiting[0], lambda: self._merge_copy(journal, waiting[0]))

    def _merge_copy(self, journal: Journal, path: Path) -> None:
        try:
            merged = journal.merge_copy(path)
        except Exception as error:  # not a journal, a newer one's, a full disk: left as it is
            log.error("could not merge %s: %s", path, error)
            self._notices.tell_copy_not_merged(path, plain_words(error))
            return
        self._notices.tell_copy_merged(merged.added, len(merged.conflicts),
                                       journal.folder / "backups")  # fmt: skip
        self.changed_elsewhere.emit()
        self._offer_sync_copy(journal)

    def _tell_conflicts(self, journal: Journal) -> None:
        conflicts = journal.take_conflicts()
        if conflicts:
            self._notices.tell_conflicts(len(conflicts))

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
            self._settle.stop()
            self._take_in_what_arrived()  # a file a sync tool put there a moment ago
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
        if raw is not None and journal.holds_exactly(raw):  # else another program's bytes
            digest.keep(journal.folder, raw, {table: journal.stored(table) for table in TABLES})

    def save(self, action: Write, keep: bool = False):
        """Run a journal write; if it fails, say why and carry on. Returns what `action`
        returned, or None when it failed. `keep`: the write adds what the runner did;
        refused by the disk, it is kept and written later."""
        from heelcoach.journal.storage import JournalReadOnlyError  # TinyDB: not at start-up

        self.save_what_was_kept()
        try:
            done = action()
            if self._journal is not None:
                self._tell_conflicts(self._journal)
                self._warn_if_nearly_full(self._journal)
            return done
        except JournalReadOnlyError:
            assert self._journal is not None  # only an open journal is read-only
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
