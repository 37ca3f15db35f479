"""What a journal holds, in a few numbers: the days it spans and how many entries of each
kind. Asked before a backup replaces the journal, of both."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from heelcoach.journal.entries import CHECK_INS, RUNS, SESSIONS, SETS, STRETCHES

KINDS = (SETS, SESSIONS, CHECK_INS, RUNS, STRETCHES)
"""What a runner recorded; the answers to the coach's questions are not counted."""


@dataclass(frozen=True)
class Contents:
    first_day: date | None  # of the oldest entry; None when there is none
    last_day: date | None
    counts: Mapping[str, int]  # by table; stretches by session, as they were done


def contents_of(data: Mapping[str, Any]) -> Contents:
    """`data`, a journal as stored (table: {id: entry}), in numbers."""
    days: list[str] = []
    counts = {}
    for table in KINDS:
        entries = list((data.get(table) or {}).values())
        days += [entry.get("date") or entry.get("at", "")[:10] for entry in entries]
        if table == STRETCHES:  # a session of stretches is one row per exercise and side
            counts[table] = len({entry.get("session") or entry.get("at") for entry in entries})
        else:
            counts[table] = len(entries)
    found = sorted(date.fromisoformat(day) for day in days if day)
    return Contents(found[0] if found else None, found[-1] if found else None, counts)
