"""The journal read and never written: for `heelcoach --today`, which may run while the
app is open. No lock, no backup, no migration on disk: what the app would show, worked out
in memory from journal.json as it is."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from heelcoach.journal import exact_json
from heelcoach.journal.entries import TABLES
from heelcoach.journal.migrations import SCHEMA_VERSION, migrate, version_of
from heelcoach.journal.screening import screen
from heelcoach.journal.storage import JournalUnreadableError, parse_journal, read_journal_bytes

JOURNAL_FILE = "journal.json"


def read_tables(folder: Path) -> tuple[dict[str, list[dict[str, Any]]], str | None]:
    """Each table's entries (those that pass their checks), and what stopped the reading,
    if anything did (then the tables are empty)."""
    try:
        raw = read_journal_bytes(folder / JOURNAL_FILE)
        if raw is None:
            return {table: [] for table in TABLES}, None
        data = parse_journal(raw, exact_json.may_hold_long_integers(raw))
    except JournalUnreadableError as error:
        return {table: [] for table in TABLES}, str(error)
    except OSError as error:
        from heelcoach.disk_problems import plain_words

        problem = f"The journal could not be read: {plain_words(error)}."
        return {table: [] for table in TABLES}, problem
    version = version_of(data)
    if version is not None and version < SCHEMA_VERSION:
        migrate(data)
    screen(data)
    return {table: list(data.get(table, {}).values()) for table in TABLES}, None
