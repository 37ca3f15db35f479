"""Taking the journal out and bringing it back: CSV for a spreadsheet, JSON for a backup.

A backup is the journal exactly as stored; restoring it gives back exactly that. A backup
to restore is read and checked whole before anything in the journal changes.
"""

from __future__ import annotations

import csv
import io
from datetime import datetime
from pathlib import Path
from typing import Any

from heelcoach.atomic_file import write_atomically
from heelcoach.journal.entries import CHECK_INS, SESSIONS, SETS, InvalidEntryError, checked
from heelcoach.journal.journal import TABLES, Journal
from heelcoach.journal.migrations import META, migrate

import orjson

CSV_COLUMNS = (
    "kind", "date", "time", "leg", "target_reps", "reps", "load_kg", "tempo_s", "pain",
    "first_steps_pain", "worse_after_training", "note",
)  # fmt: skip
MAX_BACKUP_BYTES = 200 * 1024 * 1024


def _csv_rows(journal: Journal):
    for entry in journal.entries(SETS):
        day, _, clock = entry["at"].partition("T")
        tempo = "-".join(f"{ms / 1000:g}" for ms in entry.get("tempo_ms", []))
        yield {"kind": "set", "date": day, "time": clock, "leg": entry.get("leg", ""),
               "target_reps": entry.get("target_reps"), "reps": entry.get("reps"),
               "load_kg": entry.get("load_kg"), "tempo_s": tempo, "pain": entry.get("pain"),
               "note": entry.get("note", "")}  # fmt: skip
    for entry in journal.entries(SESSIONS):
        day, _, clock = entry["at"].partition("T")
        yield {"kind": "session", "date": day, "time": clock, "pain": entry.get("pain_after"),
               "note": entry.get("note", "")}  # fmt: skip
    for entry in journal.entries(CHECK_INS):
        worse = entry.get("worse_after_training")
        yield {"kind": "check-in", "date": entry["date"],
               "first_steps_pain": entry.get("first_steps_pain"),
               "worse_after_training": "" if worse is None else ("yes" if worse else "no"),
               "note": entry.get("note", "")}  # fmt: skip


def export_csv(journal: Journal, path: Path) -> int:
    """A row per set, per session and per check-in; returns how many rows."""
    text = io.StringIO()
    writer = csv.DictWriter(text, CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    rows = 0
    for row in _csv_rows(journal):
        writer.writerow({key: ("" if value is None else value) for key, value in row.items()})
        rows += 1
    write_atomically(path, text.getvalue().encode("utf-8"))
    return rows


def write_backup(journal: Journal, path: Path) -> None:
    write_atomically(path, orjson.dumps(journal.data(), option=orjson.OPT_INDENT_2))


def read_backup(path: Path, now: datetime) -> dict[str, Any]:
    """A backup's data, checked entry by entry; raises InvalidEntryError saying what is wrong."""
    try:
        if path.stat().st_size > MAX_BACKUP_BYTES:
            raise InvalidEntryError("the file is too large to be a HeelCoach backup")
        data = orjson.loads(path.read_bytes())
    except OSError as error:
        raise InvalidEntryError(f"the file could not be read ({error.strerror})") from error
    except orjson.JSONDecodeError as error:
        raise InvalidEntryError("the file is not a HeelCoach backup (not JSON)") from error
    return checked_backup(data, now)


def checked_backup(data: Any, now: datetime) -> dict[str, Any]:
    if not isinstance(data, dict) or META not in data:
        raise InvalidEntryError("the file is not a HeelCoach backup")
    for name, table in data.items():
        if not isinstance(table, dict):
            raise InvalidEntryError(f"the backup's {name} are damaged")
        if name not in TABLES:
            continue
        for doc_id, entry in table.items():
            if not doc_id.isdigit():
                raise InvalidEntryError(f"the backup's {name} are damaged")
            try:
                checked(name, entry, now)
            except InvalidEntryError as error:
                raise InvalidEntryError(f"{name} entry {doc_id}: {error}") from error
    migrate(data)
    return data


def restore_backup(journal: Journal, path: Path, now: datetime) -> None:
    """Replace the journal with the backup at `path`; the journal as it was is kept too."""
    data = read_backup(path, now)
    keep = journal.folder / "backups" / f"before-restore-{now:%Y%m%d-%H%M%S}.json"
    keep.parent.mkdir(mode=0o700, exist_ok=True)
    write_backup(journal, keep)
    journal.replace_all(data)
