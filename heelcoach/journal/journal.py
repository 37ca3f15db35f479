"""The journal: every set, session and morning check-in, in journal.json in the data folder.

Opening never destroys anything and never ends in a traceback:

* a journal.json that is not a journal (not JSON, a folder, a FIFO, far too large) is
  moved aside untouched under a timestamped name, and a fresh journal starts
  (`moved_aside` says where the old one went);
* entries that fail their checks are set aside in the journal's quarantine table, as they
  were (`set_aside` counts them; see screening);
* a journal written by a newer HeelCoach, or whose version mark is damaged, or whose file
  is read-only, or an older one that could not first be copied to backups/, opens
  read-only: shown and exported, never written (`read_only`);
* one that cannot be read at all (no permission, a disk error) raises
  JournalUnavailableError, having changed nothing.

Every change is checked first (entries.checked), then written whole and atomically
(storage); a change that returned is on disk, one that raised changed nothing.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterator, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

import orjson
from tinydb import TinyDB

from heelcoach.journal import checked_mark
from heelcoach.journal.backups import keep_copy, keep_daily_backup, stamp
from heelcoach.journal.entries import (
    ANSWERS,
    CHECK_INS,
    RUNS,
    SESSIONS,
    SETS,
    STRETCHES,
    TABLES,
    InvalidEntryError,
    checked,
)
from heelcoach.journal.journal_file import (
    JOURNAL_FILE,
    JournalUnreadableError,
    collection_paused,
    read_journal_bytes,
)
from heelcoach.journal.merge import Conflict, with_new_version
from heelcoach.journal.migrations import SCHEMA_VERSION
from heelcoach.journal.opening import clear_leftovers, kept_as_found, move_aside, open_storage
from heelcoach.journal.other_copy import NewerJournalError, read_other_copy
from heelcoach.journal.screening import QUARANTINE, TRASH, SetAside, screen
from heelcoach.journal.storage import (
    Change,
    JournalFullError,
    JournalReadOnlyError,
    ReadOnlyReason,
    TheirJournal,
)

if TYPE_CHECKING:
    from tinydb.table import Document

log = logging.getLogger(__name__)

TRASH_KEEP = 200  # deleted entries kept for undo, newest first (and for a merge: see merge)
WRITE_ERRORS = (InvalidEntryError, JournalFullError, JournalReadOnlyError, OSError)
"""What a change to the journal may raise; each leaves the journal as it was."""
__all__ = ["JOURNAL_FILE", "TABLES", "WRITE_ERRORS", "Journal", "JournalUnavailableError",
           "ReadOnlyReason"]  # fmt: skip


class JournalUnavailableError(Exception):
    """journal.json is there but cannot be read or set aside; nothing was changed."""

    def __init__(self, path: Path, cause: OSError) -> None:
        super().__init__(f"{path} cannot be opened: {cause.strerror or cause}")
        self.path = path
        self.cause = cause


T = TypeVar("T")


class CopyMerged(NamedTuple):
    added: int  # entries the copy held that the journal did not
    conflicts: list[Conflict]  # entries held in two forms: both kept


def _deleted_order(key: str, deleted: dict[str, Any]) -> tuple[str, int]:
    """Deleted entries, oldest first: by when (ids of different writers are in no order)."""
    return deleted.get("deleted_at", ""), int(key)


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


class Journal:
    def __init__(self, folder: Path, now: Callable[[], datetime] = _now) -> None:
        """Open (or start) the journal in `folder`."""
        self.folder = folder
        self.path = folder / JOURNAL_FILE
        self._now = now
        self._seen_now: datetime | None = None
        self.moved_aside: Path | None = None
        self.set_aside: list[SetAside] = []  # the entries set aside on opening, and why
        self.found_version: int | None = SCHEMA_VERSION  # as the file says; None: damaged
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            clear_leftovers(folder, self.path)
            try:
                with collection_paused():
                    opened = open_storage(self.path, now, self._theirs)
            except JournalUnreadableError as error:
                self.moved_aside = move_aside(self.path, str(error), now)
                opened = open_storage(self.path, now, self._theirs)
        except OSError as error:
            raise JournalUnavailableError(self.path, error) from error
        storage, self.set_aside, self.found_version = opened
        self._storage = storage
        self._db = TinyDB(storage=lambda: storage)

    @property
    def read_only(self) -> ReadOnlyReason | None:
        """Why nothing can be written to this journal, or None when it can."""
        return self._storage.read_only

    def _theirs(self, as_read: bytes | None) -> TheirJournal | None:
        """journal.json as another program left it, if it is not `as_read` (see storage):
        read as on opening. One that is no journal is moved aside, as on opening."""
        try:
            raw = read_journal_bytes(self.path)
        except JournalUnreadableError as error:
            self.moved_aside = move_aside(self.path, str(error), self._now)
            return None
        if raw is None or raw == as_read:
            return None
        try:
            other = read_other_copy(raw)
        except JournalUnreadableError as error:
            self.moved_aside = move_aside(self.path, str(error), self._now)
            return None
        except NewerJournalError as error:
            kept_as_found(self.folder, raw, "newer", self._now)
            raise JournalReadOnlyError(ReadOnlyReason.NEWER_VERSION if error.version else
                                       ReadOnlyReason.UNKNOWN_VERSION) from error  # fmt: skip
        if other.older:
            kept_as_found(self.folder, raw, f"version-{other.version}", self._now)
        log.info("journal.json was changed by another program: merged")
        return TheirJournal(raw, other.data, other.older)

    def _latest_now(self) -> datetime:
        """Now, or the latest "now" this journal has seen, whichever is later: the clock
        going back (summer time ending, a fast clock put right) does not make what was
        recorded a moment ago "in the future" (a set the disk refused, written later)."""
        now = self._now()
        if self._seen_now is None or now > self._seen_now:
            self._seen_now = now
        return self._seen_now

    def back_up_today(self) -> Path | None:
        """Keep a copy of the journal as today's backup, if there is none yet (the last 7
        days are kept); the app does it just after opening, once the window is up."""
        return keep_daily_backup(self.path, self.folder, self._now().date())

    # adding ---------------------------------------------------------------------------
    def add_set(self, **fields: Any) -> int:
        return self._insert(SETS, fields)

    def add_session(self, **fields: Any) -> int:
        return self._insert(SESSIONS, fields)

    def add_stretch(self, **fields: Any) -> int:
        """One stretch (or round of towel curls) on one side: not a heel-raise session."""
        return self._insert(STRETCHES, fields)

    def add_run(self, **fields: Any) -> int:
        """One walk/run session."""
        return self._insert(RUNS, fields)

    def add_answer(self, **fields: Any) -> int:
        """What the runner told the coach: red flags, a clinician's visit, help put off."""
        return self._insert(ANSWERS, fields)

    def add_check_in(self, **fields: Any) -> int:
        """One check-in a day: a second one for the same day replaces the first."""
        entry = checked(CHECK_INS, fields, self._latest_now())
        existing = self.check_in_for(date.fromisoformat(entry["date"]))
        if existing is None:
            return self._insert(CHECK_INS, entry)
        with self._change() as change:
            replaced = with_new_version({**existing, **entry}, change.new_id(CHECK_INS))
            change.put(CHECK_INS, str(existing.doc_id), replaced)
        return existing.doc_id

    def _insert(self, table: str, fields: Mapping[str, Any]) -> int:
        entry = checked(table, fields, self._latest_now())
        with self._change() as change:
            doc_id = change.new_id(table)
            change.put(table, str(doc_id), with_new_version(entry, change.new_id(table)))
        return doc_id

    @contextlib.contextmanager
    def _change(self) -> Iterator[Change]:
        try:
            self._storage.take_in_theirs()
            with self._storage.change() as change:
                yield change
        finally:
            self._forget_queries()

    def _forget_queries(self) -> None:
        """TinyDB keeps the answers to recent queries: they may be out of date now."""
        for table in TABLES:
            self._db.table(table).clear_cache()

    # reading --------------------------------------------------------------------------
    def entries(self, table: str) -> list[Document]:
        """Entries of `table` oldest first; each carries its id as `.doc_id`."""
        key = "date" if table == CHECK_INS else "at"
        return sorted(self._db.table(table).all(), key=lambda entry: entry[key])

    def stored(self, table: str) -> list[dict[str, Any]]:
        """The entries of `table` as stored, in no order, without copying: for reading only.
        Quicker than entries() for years of sets (the progress view reads them all)."""
        return list(self._storage.read().get(table, {}).values())

    def stored_with_ids(self, table: str) -> list[tuple[int, dict[str, Any]]]:
        """(id, entry) pairs of `table` as stored, in no order, without copying: for
        reading only (the history lists years of entries)."""
        stored = self._storage.read().get(table, {})
        return [(int(doc_id), entry) for doc_id, entry in stored.items()]

    def entry(self, table: str, doc_id: int) -> Document | None:
        return self._db.table(table).get(doc_id=doc_id)

    def check_in_for(self, day: date) -> Document | None:
        found = self._db.table(CHECK_INS).search(lambda entry: entry["date"] == day.isoformat())
        return found[0] if found else None

    @property
    def version(self) -> tuple[int, int]:
        """Changes whenever the journal does: what is worked out from it can be kept until."""
        return id(self._storage), self._storage.generation

    def worked_out(self, compute: Callable[[], T]) -> T:
        """compute(), which reads the entries; if it meets an entry that is not sound (one
        the note of checked content vouched for, a forged note), every entry is checked
        again, what fails is set aside, and compute() runs again."""
        try:
            return compute()
        except (TypeError, ValueError, KeyError, AttributeError) as error:
            log.warning("an entry was not sound (%s): checking every entry", error)
            self.recheck()
            return compute()

    def recheck(self) -> list[SetAside]:
        """Check every entry again, now: for when an entry the note of checked content
        (see checked_mark) vouched for turns out not to be sound (the note was forged).
        What fails is set aside, as on opening; what was set aside is returned."""
        checked_mark.forget(self.folder)
        raw = self._storage.as_read
        moved = screen(self._storage.read())
        for entry in moved:
            log.warning("journal entry set aside on checking again: %s", entry)
        if moved and self.read_only is None and raw is not None and kept_as_found(
                self.folder, raw, "as-found", self._now):  # fmt: skip
            self._storage.replace(self._storage.read())
        self.set_aside += moved
        self._forget_queries()
        return moved

    def holds_exactly(self, raw: bytes) -> bool:
        """Whether what the journal holds in memory is exactly `raw` (journal.json's bytes
        as read now): not so once another program changed the file."""
        return self._storage.in_step and raw == self._storage.as_read

    @property
    def nearly_full(self) -> bool:
        """Whether the journal is past most of the size HeelCoach reads and writes."""
        return self._storage.nearly_full

    def refresh(self) -> bool:
        """Take in what another program wrote to journal.json (a sync tool); True if
        anything was. Raises what a change may (WRITE_ERRORS)."""
        try:
            return self._storage.take_in_theirs()
        finally:
            self._forget_queries()

    def merge_copy(self, path: Path) -> CopyMerged:
        """Merge a sync tool's copy of the journal (see sync_copies) into it, every entry of
        both kept, then keep the copy in backups/ and take it away. Raises
        JournalUnreadableError (the copy is no journal it can read: left as it is), and what
        a change may (WRITE_ERRORS)."""
        raw = read_journal_bytes(path)
        if raw is None:
            raise JournalUnreadableError(f"{path} is gone")
        try:
            other = read_other_copy(raw)
        except NewerJournalError as error:
            raise JournalUnreadableError(f"{path.name} was {error}") from error
        before = {table: set(self._storage.read().get(table, {})) for table in TABLES}
        try:
            merged = self._storage.merge_in(other.data, other.older)
        finally:
            self._forget_queries()
        keep_copy(self.folder, f"merged-{stamp(self._now())}-{path.name}", raw)
        path.unlink()
        added = sum(len(set(merged.data.get(table, {})) - before[table]) for table in TABLES)
        return CopyMerged(added, [c for c in merged.conflicts if c.table in TABLES])

    def take_conflicts(self) -> list[Conflict]:
        """Entries changed both here and by another program since last asked: both
        versions are kept (see merge)."""
        conflicts, self._storage.conflicts = self._storage.conflicts, []
        return [conflict for conflict in conflicts if conflict.table in TABLES]

    @property
    def quarantined(self) -> int:
        """How many entries that could not be read are kept aside in the journal."""
        return len(self._storage.read().get(QUARANTINE, {}))  # a table, once screened

    def counts(self) -> dict[str, int]:
        return {table: len(self._storage.read().get(table, {})) for table in TABLES}

    # correcting -----------------------------------------------------------------------
    def update(self, table: str, doc_id: int, **changes: Any) -> None:
        entry = self.entry(table, doc_id)
        if entry is None:
            raise InvalidEntryError("that entry is no longer in the journal")
        changed = {**entry, **checked(table, changes, self._latest_now(), whole=False)}
        with self._change() as change:
            change.put(table, str(doc_id), with_new_version(changed, change.new_id(table)))

    def delete(self, table: str, doc_id: int) -> None:
        """Remove an entry; it goes to the journal's trash (the newest TRASH_KEEP are
        kept), from which undo_delete brings it back, after a restart too."""
        if self.entry(table, doc_id) is None:
            return
        with self._change() as change:
            entry = change.pop(table, str(doc_id))
            trash = change.rows(TRASH)
            deleted = {"table": table, "id": doc_id, "entry": entry,
                       "deleted_at": self._now().isoformat(timespec="seconds")}  # fmt: skip
            change.put(TRASH, str(change.new_id(TRASH)), deleted)
            by_age = sorted(trash, key=lambda key: _deleted_order(key, trash[key]))
            for oldest in by_age[:-TRASH_KEEP]:
                change.pop(TRASH, oldest)

    @property
    def can_undo_delete(self) -> bool:
        return bool(self._storage.read().get(TRASH))

    def undo_delete(self) -> tuple[str, int] | None:
        """Put the last deleted entry back, under its old id; (table, id), or None."""
        trash = self._storage.read().get(TRASH)
        if not trash:
            return None
        newest = max(trash, key=lambda key: _deleted_order(key, trash[key]))
        with self._change() as change:
            deleted = change.pop(TRASH, newest)
            table, doc_id = deleted["table"], deleted["id"]
            day = deleted["entry"].get("date", "")
            if table == CHECK_INS and self.check_in_for(date.fromisoformat(day)) is not None:
                raise InvalidEntryError(f"there is a check-in for {day} already: delete it "
                                        "first to bring this one back")  # fmt: skip
            if str(doc_id) in change.rows(table):  # taken by an older HeelCoach since
                doc_id = change.new_id(table)
            # A version of its own: a copy of the journal that deleted it does not again.
            back = with_new_version(deleted["entry"], change.new_id(table))
            change.put(table, str(doc_id), back)
        return table, doc_id

    # the whole journal ----------------------------------------------------------------
    def dump(self, indent: bool = False) -> bytes:
        """Everything in the journal as stored, as JSON: what a backup holds."""
        return self._storage.dump(indent)

    def data(self) -> dict[str, Any]:
        """A copy of everything in the journal, as stored."""
        data: dict[str, Any] = orjson.loads(self.dump())
        return data

    def replace_all(self, data: dict[str, Any]) -> None:
        """Make the journal exactly `data` (a backup being restored); already checked."""
        try:
            self._storage.replace(data)
        finally:
            self._forget_queries()

    def close(self) -> None:
        """Done with the journal (every change is on disk already)."""
        self._db.close()
