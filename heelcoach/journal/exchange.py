"""Taking the journal out and bringing it back: CSV for a spreadsheet, JSON for a backup.

A backup is the journal exactly as stored; restoring it gives back exactly that. A backup
to restore is read and checked whole, with the journal's own checks, before anything in
the journal changes: one entry that fails, one id that is not a plain whole number, a
version this HeelCoach does not know, and nothing is restored.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from heelcoach.journal import exact_json
from heelcoach.journal.backups import keep_copy, stamp
from heelcoach.journal.entries import (
    ANSWERS,
    CHECK_INS,
    RUNS,
    SESSIONS,
    SETS,
    STRETCHES,
    InvalidEntryError,
)
from heelcoach.journal.journal import Journal
from heelcoach.journal.journal_file import MAX_JOURNAL_BYTES
from heelcoach.journal.migrations import META, SCHEMA_VERSION, migrate, version_of
from heelcoach.journal.screening import QUARANTINE, all_canonical, screen
from heelcoach.journal.storage import JournalFullError, JournalReadOnlyError
from heelcoach.journal.tolerant import loads_tolerantly
from heelcoach.system.atomic_file import write_atomically
from heelcoach.system.safe_read import NotAFileError, TooLargeError, read_regular_file

CSV_COLUMNS = (
    "kind", "date", "time", "leg", "target_reps", "reps", "load_kg", "tempo_s", "pain",
    "first_steps_pain", "worse_after_training", "note", "minutes_run", "pain_after",
    # Since 0.2: every other field the journal keeps.
    "exercise", "effort", "stopped", "to_failure", "session", "verdict", "took", "week",
    "minutes_planned", "question", "answered_yes", "symptoms_for",
)  # fmt: skip
MAX_BACKUP_BYTES = 2 * MAX_JOURNAL_BYTES  # indented: the largest journal's backup fits
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""A cell starting with one of these is run as a formula by spreadsheets (OWASP: CSV
injection); a leading apostrophe makes it text, which is how spreadsheets show it."""


def _yes_no(flag: bool | None) -> str:
    return "" if flag is None else ("yes" if flag else "no")


def _minutes(seconds: int | None) -> str:
    return f"{(seconds or 0) / 60:g}"


def _csv_rows(journal: Journal) -> Iterator[dict[str, Any]]:
    for entry in journal.entries(SETS):
        day, _, clock = entry["at"].partition("T")
        tempo = "-".join(f"{ms / 1000:g}" for ms in entry.get("tempo_ms", []))
        yield {"kind": "set", "date": day, "time": clock, "leg": entry.get("leg", ""),
               "target_reps": entry.get("target_reps"), "reps": entry.get("reps"),
               "load_kg": entry.get("load_kg"), "tempo_s": tempo, "pain": entry.get("pain"),
               "note": entry.get("note", ""), "exercise": entry.get("exercise"),
               "effort": entry.get("effort"), "stopped": _yes_no(entry.get("stopped")),
               "to_failure": _yes_no(entry.get("to_failure")),
               "session": entry.get("session")}  # fmt: skip
    for entry in journal.entries(SESSIONS):
        day, _, clock = entry["at"].partition("T")
        yield {"kind": "session", "date": day, "time": clock, "pain": entry.get("pain_after"),
               "note": entry.get("note", ""), "stopped": _yes_no(entry.get("stopped")),
               "verdict": entry.get("verdict"), "took": entry.get("took")}  # fmt: skip
    for entry in journal.entries(STRETCHES):  # reps: holds done (towel curls: rounds)
        day, _, clock = entry["at"].partition("T")
        yield {"kind": entry.get("exercise"), "date": day, "time": clock,
               "leg": entry.get("leg", ""), "target_reps": entry.get("target"),
               "reps": entry.get("done"), "tempo_s": entry.get("hold_s"),
               "exercise": entry.get("exercise"), "stopped": _yes_no(entry.get("stopped")),
               "session": entry.get("session")}  # fmt: skip
    for entry in journal.entries(RUNS):  # reps: walk/run cycles; pain: during the run
        day, _, clock = entry["at"].partition("T")
        yield {"kind": "walk_run", "date": day, "time": clock,
               "target_reps": entry.get("planned_cycles"), "reps": entry.get("cycles"),
               "pain": entry.get("pain_during"), "pain_after": entry.get("pain_after"),
               "minutes_run": _minutes(entry.get("run_s")), "note": entry.get("note", ""),
               "stopped": _yes_no(entry.get("stopped")), "week": entry.get("week"),
               "minutes_planned": _minutes(entry.get("planned_run_s"))}  # fmt: skip
    for entry in journal.entries(CHECK_INS):
        yield {"kind": "check-in", "date": entry["date"],
               "first_steps_pain": entry.get("first_steps_pain"),
               "worse_after_training": _yes_no(entry.get("worse_after_training")),
               "note": entry.get("note", "")}  # fmt: skip
    for entry in journal.entries(ANSWERS):  # what the runner told the coach
        day, _, clock = entry["at"].partition("T")
        yield {"kind": "answer", "date": day, "time": clock, "note": entry.get("note", ""),
               "question": entry.get("question"),
               "answered_yes": ", ".join(entry.get("yes") or []),
               "symptoms_for": entry.get("symptoms_for")}  # fmt: skip


def spreadsheet_safe(value: Any) -> str:
    """A cell's text that a spreadsheet shows as text, never runs."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def export_csv(journal: Journal, path: Path) -> int:
    """A row per set, session, stretch, walk/run, check-in and answer to the coach's
    questions; returns how many rows. Every cell is quoted (a note may hold commas, quotes
    and line breaks) and none starts a formula."""
    text = io.StringIO()
    writer = csv.DictWriter(text, CSV_COLUMNS, lineterminator="\r\n", quoting=csv.QUOTE_ALL)
    writer.writeheader()
    rows = 0
    for row in _csv_rows(journal):
        writer.writerow({key: spreadsheet_safe(value) for key, value in row.items()})
        rows += 1
    write_atomically(path, text.getvalue().encode("utf-8"))
    return rows


def write_backup(journal: Journal, path: Path) -> None:
    write_atomically(path, journal.dump(indent=True))


def read_backup(path: Path) -> dict[str, Any]:
    """A backup's data, checked whole; raises InvalidEntryError saying what is wrong."""
    try:
        raw = read_regular_file(path, MAX_BACKUP_BYTES)
    except NotAFileError as error:
        raise InvalidEntryError("that is not a file") from error
    except TooLargeError as error:
        raise InvalidEntryError(
            f"the file is larger than any HeelCoach backup ({MAX_BACKUP_BYTES // 2**20} MiB)"
        ) from error
    except OSError as error:
        raise InvalidEntryError(f"the file could not be read ({error.strerror})") from error
    try:
        data = exact_json.loads(raw)
    except exact_json.NotJSONError:
        try:  # a value JSON cannot carry costs its row, as when the journal is opened
            data, _set_aside = loads_tolerantly(raw)
        except exact_json.NotJSONError as error:
            raise InvalidEntryError("the file is not a HeelCoach backup (not JSON)") from error
    return checked_backup(data)


def checked_backup(data: Any) -> dict[str, Any]:
    """`data` as the journal stores it, if it is a whole and sound backup; raises
    InvalidEntryError otherwise. No date is "in the future" here: a backup keeps what
    was recorded, whatever the clock has done since."""
    if type(data) is not dict or META not in data:
        raise InvalidEntryError("the file is not a HeelCoach backup")
    version = version_of(data)
    if version is None:
        raise InvalidEntryError("the backup's version mark is damaged")
    if version > SCHEMA_VERSION:
        raise InvalidEntryError(
            f"the backup was made by a newer HeelCoach (journal version {version}; "
            f"this one reads up to {SCHEMA_VERSION}): update HeelCoach to restore it"
        )
    for name, table in data.items():
        if type(table) is not dict:
            raise InvalidEntryError(f"the backup's {name} are damaged")
        if name != QUARANTINE and not all_canonical(list(table)):
            raise InvalidEntryError(f"the backup's {name} have ids that are not whole numbers")
        if name not in (META, QUARANTINE) and not all(type(row) is dict for row in table.values()):
            raise InvalidEntryError(f"the backup's {name} are damaged")
    migrate(data)
    problems = screen(data)  # the journal's own checks, as when it opens
    if problems:
        raise InvalidEntryError(str(problems[0]))
    return data


def check_may_restore(journal: Journal) -> None:
    """Raises JournalReadOnlyError if no backup may replace this journal (one written by
    a newer HeelCoach, say)."""
    if journal.read_only is not None and not journal.read_only.restore_may_replace:
        raise JournalReadOnlyError(journal.read_only)


def restore_backup(journal: Journal, path: Path, now: datetime) -> Path:
    """Replace the journal with the backup at `path`. journal.json as it was is kept in
    backups/ first, byte for byte; its path is returned."""
    check_may_restore(journal)
    return restore_checked(journal, read_backup(path), now)


def restore_checked(journal: Journal, data: dict[str, Any], now: datetime) -> Path:
    """Replace the journal with `data`, a backup read and checked by read_backup (the one
    the runner was shown). journal.json as it was is kept in backups/ first, byte for
    byte; its path is returned."""
    check_may_restore(journal)
    as_it_was = journal.path.read_bytes()
    kept = keep_copy(journal.folder, f"before-restore-{stamp(now)}.json", as_it_was)
    try:
        journal.replace_all(data)
    except JournalFullError as error:  # more than a journal may hold: it is not restored
        raise InvalidEntryError(str(error)) from error
    return kept
