"""journal.json on disk, for TinyDB: read without risk, changed all at once or not at all.

TinyDB's own JSONStorage rewrites the file in place: a crash in the middle of a write
leaves it truncated. Here each change is written whole to a temporary file that is synced
and then renamed over the journal (see atomic_file), so a crash leaves the old or the new
journal, never a mix. A change that fails to be written (a full disk, a folder gone
read-only) is undone in memory too: what the app shows is always what is on disk.

The parsed data stays in memory between writes: TinyDB reads the whole database before
every change, and parsing years of sets each time would be slow.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from heelcoach.atomic_file import write_atomically
from heelcoach.journal import checked_mark, exact_json
from heelcoach.journal.migrations import META, META_ROW
from heelcoach.journal.screening import LAST_IDS, MAX_ID, last_ids


class JournalFullError(ValueError):
    """Nothing was written: no id is left for a new entry."""


class ReadOnlyReason(Enum):
    NEWER_VERSION = "newer_version"  # a newer HeelCoach wrote it: its rules are not ours
    UNKNOWN_VERSION = "unknown_version"  # its version mark is damaged
    FILE_READ_ONLY = "file_read_only"  # journal.json's own permissions say so
    NOT_BACKED_UP = "not_backed_up"  # an older version's, not brought up: no copy first

    @property
    def restore_may_replace(self) -> bool:
        """Whether restoring a backup may replace such a journal (the way out offered to a
        damaged mark); never one a newer HeelCoach wrote, nor one its user made read-only."""
        return self in (ReadOnlyReason.UNKNOWN_VERSION, ReadOnlyReason.NOT_BACKED_UP)


class JournalReadOnlyError(Exception):
    """Nothing was written: the journal is read-only, for `reason`."""

    def __init__(self, reason: ReadOnlyReason) -> None:
        super().__init__(f"the journal is read-only ({reason.value.replace('_', ' ')})")
        self.reason = reason


_MISSING = object()


class Change:
    """Changes to the tables that are written together, or undone together."""

    def __init__(self, data: dict[str, Any], marks: dict[str, int]) -> None:
        self._data = data
        self._marks = marks
        self._undo: list[tuple[dict, str, Any]] = []

    def rows(self, table: str) -> dict[str, Any]:
        if table not in self._data:
            self._data[table] = {}
            self._undo.append((self._data, table, _MISSING))
        return self._data[table]

    def put(self, table: str, key: str, value: Any) -> None:
        rows = self.rows(table)
        self._undo.append((rows, key, rows.get(key, _MISSING)))
        rows[key] = value

    def pop(self, table: str, key: str) -> Any:
        rows = self.rows(table)
        value = rows.pop(key)
        self._undo.append((rows, key, value))
        return value

    def new_id(self, table: str) -> int:
        """The next id of `table`, never handed out before; the mark is written with it.
        Raises JournalFullError when the ids the journal can read are all used."""
        if self._marks[table] >= MAX_ID:  # only a journal made by hand gets here
            raise JournalFullError(f"the journal's {table} have used every id")
        self._undo.append((self._marks, table, self._marks[table]))
        self._marks[table] += 1
        row = self.rows(META).get(META_ROW, {})
        self.put(META, META_ROW, {**row, LAST_IDS: dict(self._marks)})
        return self._marks[table]

    def undo(self) -> None:
        for place, key, old in reversed(self._undo):
            if old is _MISSING:
                place.pop(key, None)
            else:
                place[key] = old


class JournalStorage(Storage):
    def __init__(self, path: Path, data: dict[str, Any], read_only: ReadOnlyReason | None,
                 long_integers: bool = False) -> None:  # fmt: skip
        """`long_integers`: `data` holds integers beyond 64 bits (kept exactly)."""
        self.path = path
        self.read_only = read_only
        self.long_integers = long_integers
        self._data = data
        self.passed_not_noted: bytes | None = None  # passed every check; noted at close
        self._marks: dict[str, int] | None = None  # worked out at the first change
        self.writes = 0  # how many changes this storage has written

    def read(self) -> dict[str, Any]:
        return self._data

    def write(self, data: dict[str, Any]) -> None:
        """TinyDB's own writes (the journal makes its changes with `change`)."""
        self.replace(data)

    @contextmanager
    def change(self) -> Iterator[Change]:
        """Make changes to the tables; on leaving, they are on disk, or, if writing them
        failed (or the block raised), undone, and the error raised."""
        if self.read_only is not None:
            raise JournalReadOnlyError(self.read_only)
        if self._marks is None:
            self._marks = last_ids(self._data)
        change = Change(self._data, self._marks)
        try:
            yield change
            self._write(self._data)
        except BaseException:
            change.undo()
            raise

    def replace(self, data: dict[str, Any]) -> None:
        """Make the journal exactly `data` (a backup being restored, already checked)."""
        if self.read_only is not None and not self.read_only.restore_may_replace:
            raise JournalReadOnlyError(self.read_only)
        self._write(data, whole=True)
        self._data = data
        self._marks = None
        self.read_only = None  # the journal is ours again, whoever wrote the one before

    def _write(self, data: dict[str, Any], whole: bool = False) -> None:
        raw = exact_json.dumps(data)
        write_atomically(self.path, raw)
        self.writes += 1
        if whole:  # new content: does it hold integers beyond 64 bits?
            self.long_integers = exact_json.may_hold_long_integers(raw)
        self.passed_not_noted = raw  # all it holds is checked

    def note_checked(self) -> None:
        """Note the content last known to pass every check (see checked_mark): once, when
        the journal closes, not at every change (hashing and writing cost a few ms)."""
        if self.passed_not_noted is not None:
            checked_mark.note(self.path.parent, self.passed_not_noted, self.long_integers)
            self.passed_not_noted = None

    def dump(self, indent: bool = False) -> bytes:
        return exact_json.dumps(self._data, indent=indent)

    def close(self) -> None:
        self.note_checked()
