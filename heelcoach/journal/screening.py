"""Whatever journal.json holds, only checked entries reach the app.

Every entry of the journal's tables is checked as stored when the journal is read (see
entries). One that fails, or whose id is not a whole number written the usual way ("7",
not "007", "²" or "abc"), is moved into the quarantine table exactly as it was, with its
table, its id and why: never shown, never lost, written back with the journal. Tables
this version does not know are left as they are.
"""

from __future__ import annotations

from operator import itemgetter
from typing import Any, NamedTuple, TypeGuard

from heelcoach.journal.entries import TABLES, all_stored_valid, stored_problem

QUARANTINE = "quarantine"
TRASH = "trash"  # deleted entries, kept for undo (see Journal.delete)
ID_TABLES = (*TABLES, QUARANTINE, TRASH)  # the tables whose ids the journal hands out
MAX_ID_DIGITS = 18  # a writer's number and its count (see ids); under 2**63
MAX_ID: int = 10**MAX_ID_DIGITS - 1  # the highest id the journal reads: it hands out none higher


class SetAside(NamedTuple):
    """An entry moved into quarantine: from which table, under which id, and why."""

    table: str
    key: str | None  # None: the whole table was not a table
    reason: str

    def __str__(self) -> str:
        where = self.table if self.key is None else f"{self.table} entry {self.key}"
        return f"{where}: {self.reason}"


def is_canonical_id(key: Any) -> TypeGuard[str]:
    return (type(key) is str and 0 < len(key) <= MAX_ID_DIGITS and key.isascii()
            and key.isdigit() and key[0] != "0")  # fmt: skip


def all_canonical(keys: list[str]) -> bool:
    if not keys:
        return True
    joined = "".join(keys)
    return (joined.isascii() and joined.isdigit() and "" not in keys
            and max(map(len, keys)) <= MAX_ID_DIGITS
            and "0" not in set(map(itemgetter(0), keys)))  # fmt: skip


def screen(data: dict[str, Any]) -> list[SetAside]:
    """Move every entry of `data` that fails its checks into the quarantine table, in
    place; each one moved, in the order found."""
    moved: list[SetAside] = []
    found = QUARANTINE in data
    quarantine = data.get(QUARANTINE)
    data[QUARANTINE] = {} if type(quarantine) is not dict else quarantine
    next_key = max(map(int, filter(is_canonical_id, data[QUARANTINE])), default=0) + 1

    def set_aside(table: str, key: str | None, value: Any, reason: str) -> None:
        nonlocal next_key
        data[QUARANTINE][str(next_key)] = {"table": table, "id": key, "entry": value,
                                           "reason": reason}  # fmt: skip
        next_key += 1
        moved.append(SetAside(table, key, reason))

    if found and type(quarantine) is not dict:
        set_aside(QUARANTINE, None, quarantine, "not a table")
    for table in (*TABLES, TRASH):
        if table not in data:
            continue
        rows = data[table]
        if type(rows) is not dict:
            data[table] = {}
            set_aside(table, None, rows, "not a table")
            continue
        if (
            table != TRASH
            and all_canonical(list(rows))
            and all_stored_valid(table, list(rows.values()))
        ):
            continue  # the usual case: years of entries checked a column at a time
        for key in list(rows):
            problem = _problem(table, key, rows[key])
            if problem is not None:
                set_aside(table, key, rows.pop(key), problem)
    if not data[QUARANTINE] and not found:
        del data[QUARANTINE]
    return moved


def _problem(table: str, key: str, entry: Any) -> str | None:
    if not is_canonical_id(key):
        return f"the id {key!r} is not a whole number"
    if table == TRASH:
        return _trash_problem(entry)
    return stored_problem(table, entry)


def _trash_problem(row: Any) -> str | None:
    if type(row) is not dict or row.get("table") not in TABLES:
        return "not a deleted entry"
    doc_id = row.get("id")
    if type(doc_id) is not int or not 1 <= doc_id <= MAX_ID:
        return f"the id {doc_id!r} is not a whole number"
    return stored_problem(row["table"], row.get("entry"))
