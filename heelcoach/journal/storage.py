"""A TinyDB storage that never leaves a half-written journal.json behind.

TinyDB's own JSONStorage rewrites the file in place: a crash in the middle of a write
leaves it truncated. Here each write goes to a temporary file that is synced and then
renamed over the journal (see atomic_file), so a crash leaves the old or the new journal,
never a mix. The parsed data stays in memory between writes: TinyDB reads the whole
database before every change, and parsing years of sets each time would be slow.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from heelcoach.atomic_file import write_atomically

import orjson
from tinydb.storages import Storage
from tinydb.table import Table


class JournalUnreadableError(Exception):
    """journal.json exists but is not a journal; nothing has been changed."""


class JournalTable(Table):
    """TinyDB's Table, with an insert that touches only the new entry.

    TinyDB's own insert converts every key of the table to int and back to str around
    each change; with years of sets that is most of the cost of adding one.
    """

    def insert(self, document) -> int:
        if isinstance(document, self.document_class):
            doc_id = document.doc_id  # an entry coming back (undo): its old id
            self._next_id = None
        else:
            doc_id = self._get_next_id()
        tables = self._storage.read() or {}
        table = tables.setdefault(self.name, {})
        if str(doc_id) in table:
            raise ValueError(f"document with ID {doc_id} already exists")
        table[str(doc_id)] = dict(document)
        self._storage.write(tables)
        self.clear_cache()
        return doc_id


class AtomicJSONStorage(Storage):
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._data: dict[str, Any] | None = None
        self.writes = 0  # how many changes this storage has written

    def read(self) -> dict[str, Any] | None:
        if self._data is None:
            self._data = self._load()
        return self._data

    def write(self, data: dict[str, Any]) -> None:
        try:
            write_atomically(self.path, orjson.dumps(data))
        except BaseException:
            self._data = None  # what is on disk is the truth: read it again next time
            raise
        self._data = data
        self.writes += 1

    def close(self) -> None:
        self._data = None

    def _load(self) -> dict[str, Any] | None:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return None
        try:
            data = orjson.loads(raw)
        except orjson.JSONDecodeError as error:
            raise JournalUnreadableError(f"not JSON ({error})") from error
        if not isinstance(data, dict) or not all(isinstance(t, dict) for t in data.values()):
            raise JournalUnreadableError("not a journal: the tables are missing")
        return data
