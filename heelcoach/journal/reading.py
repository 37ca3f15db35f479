"""The journal read and never written: for `heelcoach --today`, which may run while the
app is open. No lock, no backup, no migration on disk, no TinyDB, no Qt: what the app would
show, worked out in memory from journal.json as it is. Bytes that passed every check before
(the app notes them) are not checked again. Python's own parser reads it: it keeps every
number exactly, and the app's orjson would take longer to import than to read."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from heelcoach.journal import checked_mark
from heelcoach.journal.entries import TABLES
from heelcoach.journal.journal_file import (
    JOURNAL_FILE,
    JournalUnreadableError,
    collection_paused,
    read_journal_bytes,
)
from heelcoach.journal.migrations import SCHEMA_VERSION, migrate, version_of
from heelcoach.journal.screening import screen


def read_tables(folder: Path, trust_note: bool = True,
                ) -> tuple[dict[str, list[dict[str, Any]]], str | None]:  # fmt: skip
    """Each table's entries (those that pass their checks), and what stopped the reading,
    if anything did (then the tables are empty). `trust_note`: bytes noted as checked
    (see checked_mark) are not checked again."""
    try:
        raw = read_journal_bytes(folder / JOURNAL_FILE)
        if raw is None:
            return {table: [] for table in TABLES}, None
        mark = checked_mark.passed(folder, raw) if trust_note else None
        data = _parsed(raw)
    except JournalUnreadableError as error:
        return {table: [] for table in TABLES}, str(error)
    except OSError as error:
        from heelcoach.system.disk_problems import plain_words

        problem = f"The journal could not be read: {plain_words(error)}."
        return {table: [] for table in TABLES}, problem
    version = version_of(data)
    older = version is not None and version < SCHEMA_VERSION
    if older:
        migrate(data)
    if mark is None or older:
        screen(data)
    return {table: list(data.get(table, {}).values()) for table in TABLES}, None


def _parsed(raw: bytes) -> dict[str, Any]:
    try:
        with collection_paused():
            data = json.loads(raw)
    except (ValueError, RecursionError):
        data = _parsed_tolerantly(raw)
    if type(data) is not dict:
        raise JournalUnreadableError("not a journal: the tables are missing")
    return data


def _parsed_tolerantly(raw: bytes) -> Any:
    """A value JSON cannot carry costs its row (see tolerant), as in the app."""
    from heelcoach.journal.exact_json import NotJSONError
    from heelcoach.journal.tolerant import loads_tolerantly

    try:
        return loads_tolerantly(raw)[0]
    except NotJSONError as error:
        raise JournalUnreadableError(f"not JSON ({error})") from error
