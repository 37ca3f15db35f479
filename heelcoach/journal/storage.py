"""journal.json on disk, for TinyDB: read without risk, changed all at once or not at all.

TinyDB's own JSONStorage rewrites the file in place: a crash in the middle of a write
leaves it truncated. Here each change is written whole to a temporary file that is synced
and then renamed over the journal (see atomic_file), so a crash leaves the old or the new
journal, never a mix. A change that fails to be written (a full disk, a folder gone
read-only) is undone in memory too: what the app shows is always what is on disk.

The parsed data stays in memory between writes: TinyDB reads the whole database before
every change, and parsing years of sets each time would be slow. Another program may
replace the file meanwhile (a sync tool bringing in another computer's entries): before
each change, and again just before writing it, the file's bytes are compared with those
last read or written, and what the other side did is taken in (see merge).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Any, NamedTuple

from tinydb.storages import Storage

from heelcoach.journal import checked_mark, exact_json, journal_file
from heelcoach.journal.ids import IdMaker, JournalFullError
from heelcoach.journal.merge import Conflict, Merged, merge
from heelcoach.system.atomic_file import write_atomically
from heelcoach.system.disk_problems import ReadOnlyByChoiceError

__all__ = ["Change", "JournalFullError", "JournalReadOnlyError", "JournalStorage",
           "ReadOnlyReason", "TheirJournal", "Theirs"]  # fmt: skip


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


class JournalReadOnlyError(ReadOnlyByChoiceError):
    """Nothing was written: the journal is read-only, for `reason`."""

    def __init__(self, reason: ReadOnlyReason) -> None:
        super().__init__(f"the journal is read-only ({reason.value.replace('_', ' ')})")
        self.reason = reason


_MISSING = object()


class TheirJournal(NamedTuple):
    """journal.json as another program left it, read as the app reads it on opening
    (brought up to this version, entries checked)."""

    raw: bytes
    data: dict[str, Any]
    older: bool  # an older HeelCoach wrote it: its entries have no versions


Theirs = Callable[[bytes | None], TheirJournal | None]
"""Given the bytes last read or written, journal.json as another program left it if they
differ; None if they do not, or if the file is gone, or holds nothing to merge (then it
was set aside first). Raises JournalReadOnlyError for a newer version's, OSError."""


class Change:
    """Changes to the tables that are written together, or undone together."""

    def __init__(self, data: dict[str, Any], ids: IdMaker) -> None:
        self._data = data
        self._ids = ids
        self._undo: list[tuple[dict[str, Any], str, Any]] = []

    def rows(self, table: str) -> dict[str, Any]:
        if table not in self._data:
            self._data[table] = {}
            self._undo.append((self._data, table, _MISSING))
        rows: dict[str, Any] = self._data[table]
        return rows

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
        """An id for a new entry of `table` that no entry in the journal has had, and no
        other computer will hand out (see ids); undone with the change, it is handed out
        again. Raises JournalFullError."""
        counts = self._ids.counts
        self._undo.append((counts, table, counts.get(table, _MISSING)))
        return self._ids.new_id(table, self._data)

    def undo(self) -> None:
        for place, key, old in reversed(self._undo):
            if old is _MISSING:
                place.pop(key, None)
            else:
                place[key] = old


class JournalStorage(Storage):
    def __init__(self, path: Path, data: dict[str, Any], read_only: ReadOnlyReason | None,
                 long_integers: bool = False, as_read: bytes | None = None,
                 theirs: Theirs | None = None) -> None:  # fmt: skip
        """`long_integers`: `data` holds integers beyond 64 bits (kept exactly); `as_read`:
        the file's bytes that `data` was read from; `theirs` reads the file as another
        program left it (without it, nothing another program wrote is merged)."""
        self.path = path
        self.read_only = read_only
        self.long_integers = long_integers
        self._data = data
        self._as_read = as_read  # the file's bytes as last read or written
        self._theirs = theirs
        self._ids = IdMaker()
        self.passed_not_noted: bytes | None = None  # passed every check; noted at close
        self.generation = 0  # changes whenever the data does: a write, or theirs taken in
        self.conflicts: list[Conflict] = []  # both sides changed these: both kept
        self.in_step = True  # what is in memory is what `as_read` holds

    def read(self) -> dict[str, Any]:
        return self._data

    def write(self, data: dict[str, Any]) -> None:
        """TinyDB's own writes (the journal makes its changes with `change`)."""
        self.replace(data)

    @property
    def as_read(self) -> bytes | None:
        """The file's bytes as this storage last read or wrote them."""
        return self._as_read

    def take_in_theirs(self) -> bool:
        """If another program changed the file since it was last read or written, take in
        what it did; True if it had. What only this side holds is written at once (the
        file then holds all this side shows). Raises OSError."""
        theirs = self._changed_on_disk()
        if theirs is None:
            return False
        merged = self._with(theirs)
        self.generation += 1
        if merged == theirs.data:
            self._data, self._as_read, self.in_step = theirs.data, theirs.raw, True
        else:  # refused by the disk, theirs is merged again at the next change
            self._write(merged)
        return True

    def _with(self, theirs: TheirJournal) -> dict[str, Any]:
        """Ours merged with theirs; the conflicts are noted (see take_conflicts)."""
        merged = merge(theirs.data, self._data, self._ids.new_id, theirs.older)
        self.conflicts += merged.conflicts
        return merged.data

    def _changed_on_disk(self) -> TheirJournal | None:
        if self._theirs is None or self.read_only is not None:
            return None
        try:
            return self._theirs(self._as_read)
        except JournalReadOnlyError as error:  # a newer HeelCoach wrote it meanwhile
            self.read_only = error.reason
            raise

    @contextmanager
    def change(self) -> Iterator[Change]:
        """Make changes to the tables; on leaving, they are on disk (merged with what
        another program wrote meanwhile), or, if writing them failed (or the block
        raised), undone, and the error raised."""
        if self.read_only is not None:
            raise JournalReadOnlyError(self.read_only)
        change = Change(self._data, self._ids)
        try:
            yield change
            self._write(self._merged_with_theirs())
        except BaseException:
            change.undo()
            raise

    def _merged_with_theirs(self) -> dict[str, Any]:
        """The data to write: ours, with what another program wrote since the change began
        (the file is read again just before writing)."""
        theirs = self._changed_on_disk()
        return self._data if theirs is None else self._with(theirs)

    def merge_in(self, theirs: dict[str, Any], older: bool = False) -> Merged:
        """Merge `theirs` (a copy of the journal from elsewhere, checked; `older`: written
        by an older HeelCoach) into this journal, and write the result."""
        if self.read_only is not None:
            raise JournalReadOnlyError(self.read_only)
        self.take_in_theirs()
        before = self._data
        merged = merge(theirs, before, self._ids.new_id, older)
        self._data = merged.data
        try:
            self._write(self._merged_with_theirs())
        except BaseException:
            self._data = before
            raise
        return merged

    def replace(self, data: dict[str, Any]) -> None:
        """Make the journal exactly `data` (a backup being restored, already checked)."""
        if self.read_only is not None and not self.read_only.restore_may_replace:
            raise JournalReadOnlyError(self.read_only)
        self._write(data, whole=True)
        self.read_only = None  # the journal is ours again, whoever wrote the one before

    def _write(self, data: dict[str, Any], whole: bool = False) -> None:
        raw = exact_json.dumps(data)
        if len(raw) > journal_file.MAX_JOURNAL_BYTES:  # it could not be read back
            limit = journal_file.MAX_JOURNAL_BYTES // 2**20
            raise JournalFullError(
                f"the journal would be larger than {limit} MiB, the most HeelCoach reads: "
                "delete entries you no longer need"
            )
        write_atomically(self.path, raw)
        if whole or data is not self._data:  # new content: integers beyond 64 bits?
            self.long_integers = exact_json.may_hold_long_integers(raw)
        self._data = data
        self._as_read = raw
        self.in_step = True
        self.generation += 1
        self.passed_not_noted = raw  # all it holds is checked

    def note_checked(self) -> None:
        """Note the content last known to pass every check (see checked_mark): once, when
        the journal closes, not at every change (hashing and writing cost a few ms)."""
        if self.passed_not_noted is not None:
            checked_mark.note(self.path.parent, self.passed_not_noted, self.long_integers)
            self.passed_not_noted = None

    @property
    def nearly_full(self) -> bool:
        """Whether the journal is past most of what HeelCoach reads (see journal_file)."""
        return self._as_read is not None and len(self._as_read) > journal_file.NEARLY_FULL_BYTES

    def dump(self, indent: bool = False) -> bytes:
        return exact_json.dumps(self._data, indent=indent)

    def close(self) -> None:
        self.note_checked()
