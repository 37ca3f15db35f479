"""The journal: every set, session and morning check-in, in journal.json in the data folder.

Opening never destroys anything: a journal.json that cannot be read is moved aside byte
for byte under a timestamped name, and a fresh journal starts (`moved_aside` says where
the old one went). Every change is checked first (entries.checked), then written whole
and atomically (storage); a change that returned is on disk.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any

from heelcoach.journal.backups import keep_daily_backup
from heelcoach.journal.entries import CHECK_INS, SESSIONS, SETS, InvalidEntryError, checked
from heelcoach.journal.migrations import migrate
from heelcoach.journal.storage import AtomicJSONStorage, JournalTable, JournalUnreadableError

import orjson
from tinydb import TinyDB

log = logging.getLogger(__name__)

JOURNAL_FILE = "journal.json"
TABLES = (SETS, SESSIONS, CHECK_INS)


class JournalDB(TinyDB):
    table_class = JournalTable


def _tinydb(path: Path) -> TinyDB:
    return JournalDB(path, storage=AtomicJSONStorage)


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


class Journal:
    def __init__(self, folder: Path, now: Callable[[], datetime] = _now) -> None:
        """Open (or start) the journal in `folder`. Never raises for a damaged file."""
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        self.folder = folder
        self.path = folder / JOURNAL_FILE
        self._now = now
        self.moved_aside: Path | None = None
        self._last_deleted: tuple[str, int, dict] | None = None
        self._storage: AtomicJSONStorage | None = None
        for leftover in folder.glob(f".{JOURNAL_FILE}.*.tmp"):  # from a writer that was killed
            leftover.unlink(missing_ok=True)
        try:
            self._db = self._open()
        except JournalUnreadableError as error:
            self.moved_aside = self._move_aside(str(error))
            self._db = self._open()

    def back_up_today(self) -> Path | None:
        """Keep a copy of the journal as today's backup, if there is none yet (the last 7
        days are kept); the app does it just after opening, once the window is up."""
        return keep_daily_backup(self.path, self.folder, self._now().date())

    def _open(self) -> TinyDB:
        db = _tinydb(self.path)
        self._storage = db.storage
        data = self._storage.read() or {}
        if migrate(data):  # a new journal (version 0), or one from an older version
            self._storage.write(data)
        return db

    def _move_aside(self, reason: str) -> Path:
        stamp = self._now().strftime("%Y%m%d-%H%M%S")
        aside = self.path.with_name(f"journal.unreadable-{stamp}.json")
        counter = 1
        while aside.exists():
            counter += 1
            aside = self.path.with_name(f"journal.unreadable-{stamp}-{counter}.json")
        shutil.move(self.path, aside)
        log.error("journal.json could not be read (%s); moved to %s", reason, aside)
        return aside

    # adding ---------------------------------------------------------------------------
    def add_set(self, **fields: Any) -> int:
        return self._insert(SETS, fields)

    def add_session(self, **fields: Any) -> int:
        return self._insert(SESSIONS, fields)

    def add_check_in(self, **fields: Any) -> int:
        """One check-in a day: a second one for the same day replaces the first."""
        entry = checked(CHECK_INS, fields, self._now())
        existing = self.check_in_for(date.fromisoformat(entry["date"]))
        if existing is not None:
            self._db.table(CHECK_INS).update(entry, doc_ids=[existing.doc_id])
            return existing.doc_id
        return self._db.table(CHECK_INS).insert(entry)

    def _insert(self, table: str, fields: Mapping[str, Any]) -> int:
        entry = checked(table, fields, self._now())
        return self._db.table(table).insert(entry)

    # reading --------------------------------------------------------------------------
    def entries(self, table: str) -> list[dict]:
        """Entries of `table` oldest first; each carries its id as `.doc_id`."""
        key = "date" if table == CHECK_INS else "at"
        return sorted(self._db.table(table).all(), key=lambda entry: entry.get(key, ""))

    def stored(self, table: str) -> list[dict]:
        """The entries of `table` as stored, in no order, without copying: for reading only.
        Quicker than entries() for years of sets (the progress view reads them all)."""
        return list((self._storage.read() or {}).get(table, {}).values())

    def stored_with_ids(self, table: str) -> list[tuple[int, dict]]:
        """(id, entry) pairs of `table` as stored, in no order, without copying: for
        reading only (the history lists years of entries)."""
        stored = (self._storage.read() or {}).get(table, {})
        return [(int(doc_id), entry) for doc_id, entry in stored.items()]

    def entry(self, table: str, doc_id: int) -> dict | None:
        return self._db.table(table).get(doc_id=doc_id)

    def check_in_for(self, day: date):
        found = self._db.table(CHECK_INS).search(lambda entry: entry.get("date") == day.isoformat())
        return found[0] if found else None

    @property
    def version(self) -> tuple[int, int]:
        """Changes whenever the journal does: what is worked out from it can be kept until."""
        return id(self._storage), self._storage.writes

    def counts(self) -> dict[str, int]:
        return {table: len(self._db.table(table)) for table in TABLES}

    # correcting -----------------------------------------------------------------------
    def update(self, table: str, doc_id: int, **changes: Any) -> None:
        if self.entry(table, doc_id) is None:
            raise InvalidEntryError("that entry is no longer in the journal")
        self._db.table(table).update(checked(table, changes, self._now(), whole=False),
                                     doc_ids=[doc_id])  # fmt: skip

    def delete(self, table: str, doc_id: int) -> None:
        entry = self.entry(table, doc_id)
        if entry is None:
            return
        self._db.table(table).remove(doc_ids=[doc_id])
        self._last_deleted = (table, doc_id, dict(entry))

    @property
    def can_undo_delete(self) -> bool:
        return self._last_deleted is not None

    def undo_delete(self) -> tuple[str, int] | None:
        """Put the last deleted entry back, under its old id; (table, id), or None."""
        if self._last_deleted is None:
            return None
        table, doc_id, entry = self._last_deleted
        from tinydb.table import Document

        self._db.table(table).insert(Document(entry, doc_id=doc_id))
        self._last_deleted = None
        return table, doc_id

    # the whole journal ----------------------------------------------------------------
    def data(self) -> dict[str, Any]:
        """A copy of everything in the journal, as stored: what a backup holds."""
        return orjson.loads(orjson.dumps(self._storage.read() or {}))

    def replace_all(self, data: dict[str, Any]) -> None:
        """Make the journal exactly `data` (a backup being restored); already checked."""
        self._storage.write(data)
        self._db.clear_cache()
        for table in TABLES:
            self._db.table(table).clear_cache()
        self._db = _tinydb(self.path)
        self._storage = self._db.storage
        self._last_deleted = None

    def close(self) -> None:
        self._db.close()
