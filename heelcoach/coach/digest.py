"""The coach's inputs summed up beside the journal, so that `heelcoach --today` answers
without reading years of sets: each training day in a line, with the check-ins, the
answers and the runs as they are.

The app writes it when it closes a journal whose every entry is on disk. It is read only
when it was written from the very bytes journal.json holds now (their length and CRC-32,
as the checked mark notes them) and every line is of the kind written: anything else (a
sync tool's copy, the app still open and writing, damage), and --today reads the journal
itself. It is a cache: lost or stale, it only costs time.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple

from heelcoach.coach.training_days import TrainingDay, TrainingLog
from heelcoach.journal.checked_mark import digest
from heelcoach.journal.entries import (
    ANSWERS,
    CHECK_INS,
    RUNS,
    SESSIONS,
    SETS,
    all_stored_valid,
)
from heelcoach.system.safe_read import read_regular_file

DIGEST_FILE = ".coach-digest.json"
FORM = 2  # raise when a line's fields change: an older digest is then read as none
MAX_DIGEST_BYTES = 8 * 1024 * 1024
DAY_KINDS: tuple[type | tuple[type, ...], ...] = (
    str, int, int, int, (int, float), (int, type(None)), (int, type(None)), (str, type(None)),
    int, bool, int, int, bool)  # fmt: skip
"""The type of each field of a training day's line, in TrainingDay's order."""


class Digest(NamedTuple):
    days: list[TrainingDay]
    check_ins: list[dict[str, Any]]
    answers: list[dict[str, Any]]
    runs: list[dict[str, Any]]


def keep(folder: Path, raw: bytes, tables: Mapping[str, Sequence[Mapping[str, Any]]]) -> None:
    """Sum up `tables`, which are what `raw` (journal.json's bytes) holds, beside it."""
    from heelcoach.system.atomic_file import write_atomically  # the app's: --today only reads

    log = TrainingLog(tables[SETS], tables[SESSIONS], date.max)
    days = [[day.day.isoformat(), *day[1:]] for day in (log[i] for i in range(len(log)))]
    summed = {"form": FORM, "journal": digest(raw), "days": days,
              "check_ins": list(tables[CHECK_INS]), "answers": list(tables[ANSWERS]),
              "runs": list(tables[RUNS])}  # fmt: skip
    with contextlib.suppress(OSError):  # a cache: not written, nothing is lost
        write_atomically(folder / DIGEST_FILE, json.dumps(summed).encode("utf-8"),
                         durable=False)  # fmt: skip


def read(folder: Path, raw: bytes) -> Digest | None:
    """The digest written from `raw`, if there is one and it is whole; else None."""
    try:
        summed = json.loads(read_regular_file(folder / DIGEST_FILE, MAX_DIGEST_BYTES))
    except (OSError, ValueError, RecursionError):
        return None
    if type(summed) is not dict or summed.get("form") != FORM:
        return None
    if summed.get("journal") != digest(raw):
        return None
    try:
        days = [_day(line) for line in summed["days"]]
        tables = [summed[table] for table in (CHECK_INS, ANSWERS, RUNS)]
    except (KeyError, TypeError, ValueError):
        return None
    checked = (all_stored_valid(table, rows) for table, rows in
               zip((CHECK_INS, ANSWERS, RUNS), tables, strict=True))  # fmt: skip
    if not all(type(rows) is list for rows in tables) or not all(checked):
        return None  # the journal's own checks, a column at a time
    return Digest(days, *tables)


def _day(line: Any) -> TrainingDay:
    if type(line) is not list or len(line) != len(DAY_KINDS):
        raise ValueError("not a training day")
    for value, kind in zip(line, DAY_KINDS, strict=True):
        if not isinstance(value, kind) or (kind is int and type(value) is bool):
            raise TypeError("not a training day")
    return TrainingDay(date.fromisoformat(line[0]), *line[1:])
