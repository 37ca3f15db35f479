"""Entry ids that no two computers writing to one journal can both hand out.

A journal kept in a synced folder is written by more than one HeelCoach: one on the
desktop, one on the laptop, each adding entries before it has seen the other's. If both
counted 1, 2, 3, each would hand out the same ids for different entries. So each opening
of the journal draws a writer number of its own, at random, among a billion, and one no
id in the journal has: its ids are `writer * WRITER_SPAN + 1`, `+ 2`, and so on. Ids from
before this scheme (journals of version 4 and older) are below WRITER_SPAN and stay as
they are.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from typing import Any

from heelcoach.journal.screening import ID_TABLES, MAX_ID, QUARANTINE, TRASH, is_canonical_id

WRITER_SPAN = 10**9  # ids each writer can hand out
WRITERS = (MAX_ID + 1) // WRITER_SPAN  # writer numbers are 1 to WRITERS - 2, and:
NO_VERSION_WRITER = WRITERS - 1  # ids made of an entry's content (see merge), drawn by none


class JournalFullError(ValueError):
    """Nothing was written: no id is left for a new entry."""


def ids_in(data: dict[str, Any]) -> Iterable[int]:
    """Every id the journal holds: its entries', and those of entries deleted or set aside."""
    for table in ID_TABLES:
        rows = data.get(table)
        if type(rows) is dict:
            yield from map(int, filter(is_canonical_id, rows))
    for table in (TRASH, QUARANTINE):
        rows = data.get(table)
        for row in rows.values() if type(rows) is dict else ():
            doc_id = row.get("id") if type(row) is dict else None
            doc_id = str(doc_id) if type(doc_id) is int else doc_id
            if is_canonical_id(doc_id):
                yield int(doc_id)


class IdMaker:
    """Hands out this opening's ids, table by table."""

    def __init__(self, random_bytes: Callable[[int], bytes] = os.urandom) -> None:
        self._random_bytes = random_bytes
        self._writer: int | None = None
        self.counts: dict[str, int] = {}  # ids handed out, by table

    def new_id(self, table: str, data: dict[str, Any]) -> int:
        """An id for a new entry of `table`, none of which `data` holds."""
        if self._writer is None:
            self._writer = self._new_writer(data)
        count = self.counts.get(table, 0) + 1
        if count >= WRITER_SPAN:  # a billion entries from one opening: never in use
            raise JournalFullError(f"the journal's {table} have used every id")
        self.counts[table] = count
        return self._writer * WRITER_SPAN + count

    def _new_writer(self, data: dict[str, Any]) -> int:
        taken = {doc_id // WRITER_SPAN for doc_id in ids_in(data)}
        while True:
            writer = int.from_bytes(self._random_bytes(8), "big") % (WRITERS - 2) + 1
            if writer not in taken:
                return writer
