"""What another program wrote to journal.json, and what this HeelCoach holds, made one.

A sync tool (Syncthing, Nextcloud, Dropbox) brings in the laptop's check-in while the
desktop's HeelCoach is open; the desktop then adds a set. Neither may erase the other, and
a file from a computer that had not yet seen the desktop's latest changes must not undo
them. So every change to an entry gives it a new version (`revs`, its versions, oldest
first; each an id no other change has, see ids), and entries are merged by them, with no
need to know which file the other side started from:

* an entry on both sides: the side whose version the other has already had wins; versions
  neither side has seen are a conflict: both are kept, the one with the higher version
  under its id, the other under an id made from its version (the same on every computer);
* an entry on one side only: deleted on the other if the other's trash holds it at this
  version or later; otherwise it was added here, or changed after the other deleted it,
  and it is kept;
* a form of an entry whose version another form has had since is an old form: dropped
  (in the trash too: one deleted entry is undone once).

A file an older HeelCoach wrote has no versions: an entry of it that differs from ours
was changed there, and if ours was changed here too, both are kept. Two check-ins for one
day, one from each side, are both kept, and reported like a conflict.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from typing import Any, NamedTuple

import orjson

from heelcoach.journal.ids import NO_VERSION_WRITER, WRITER_SPAN
from heelcoach.journal.migrations import META, META_ROW
from heelcoach.journal.screening import ID_TABLES, QUARANTINE, TRASH

CHECK_INS = "check_ins"  # one a day: two for one day from two sides are a conflict

REVS = "revs"  # an entry's versions, oldest first (none: as an older HeelCoach left it)
KEPT_REVS = 32  # the versions an entry remembers
ENTRY_TABLES = tuple(table for table in ID_TABLES if table not in (TRASH, QUARANTINE))
LAST_IDS = "last_ids"  # in the meta row of journals of version 4 and older
Rows = dict[str, Any]  # a table: {key: row}


class Conflict(NamedTuple):
    """An entry changed on both sides: ours kept as `key`, theirs as `their_key` (None:
    one side deleted it and the other changed it after; kept, changed)."""

    table: str
    key: str
    their_key: str | None


class Merged(NamedTuple):
    data: dict[str, Any]
    conflicts: list[Conflict]


def with_new_version(entry: dict[str, Any], version: int) -> dict[str, Any]:
    """`entry`, changed: its versions with `version` added (the last KEPT_REVS kept)."""
    return {**entry, REVS: [*versions(entry), version][-KEPT_REVS:]}


def versions(entry: Any) -> list[Any]:
    found = entry.get(REVS) if type(entry) is dict else None
    return found if type(found) is list else []


def merge(theirs: dict[str, Any], ours: dict[str, Any],
          new_id: Callable[[str, dict[str, Any]], int],
          theirs_older: bool = False) -> Merged:  # fmt: skip
    """The two made one (new tables; the entries are shared, not copied). `new_id(table,
    data)` gives an id none of `data` has, for a row set aside on both sides under one id;
    `theirs_older`: theirs was written by an older HeelCoach (no versions)."""
    merged: dict[str, Any] = {}
    conflicts: list[Conflict] = []
    for table in {**theirs, **ours}:
        mine, other = ours.get(table), theirs.get(table)
        if type(mine) is not dict or type(other) is not dict:
            merged[table] = mine if table in ours else other
        elif table in ENTRY_TABLES:
            deleted = _deleted(ours, table), _deleted(theirs, table)
            merged[table] = _merged_entries(table, mine, other, *deleted, theirs_older,
                                            conflicts)  # fmt: skip
        elif table == META:
            merged[table] = {**other, **mine, META_ROW: _merged_meta_row(mine, other)}
        else:  # the trash and the quarantine: rows never change, only come and go
            merged[table] = _union(table, mine, other, merged, new_id)
    _forget_undone_deletions(merged)
    _say_two_check_ins_a_day(merged, ours, conflicts)
    return Merged(merged, conflicts)


def _merged_entries(table: str, mine: Rows, other: Rows, we_deleted: Rows, they_deleted: Rows,
                    theirs_older: bool, conflicts: list[Conflict]) -> Rows:  # fmt: skip
    merged = dict(mine)
    for key, their_entry in other.items():
        my_entry = mine.get(key)
        if my_entry is None:
            deleted = we_deleted.get(key)
            if deleted is None or _newer(their_entry, deleted) or (
                    theirs_older and not _same(their_entry, deleted)):  # fmt: skip
                merged[key] = their_entry  # added there, or changed there after we deleted
                if deleted is not None:
                    conflicts.append(Conflict(table, key, None))
            continue
        if _same(my_entry, their_entry):
            continue
        if _same(_content(my_entry), _content(their_entry)):  # one change made on both sides
            merged[key] = max(my_entry, their_entry, key=_order)  # the same on both
            continue
        if theirs_older:  # no versions there: a form that differs was changed there
            mine_newer, theirs_newer = bool(versions(my_entry)), True
        else:
            mine_newer = _newer(my_entry, their_entry)
            theirs_newer = _newer(their_entry, my_entry)
        if theirs_newer and not mine_newer:
            merged[key] = their_entry
        elif theirs_newer or not mine_newer:  # changed on both sides: both kept, and said
            first, second = sorted((my_entry, their_entry), key=_order, reverse=True)
            merged[key] = first
            moved = str(_id_of_form(second))  # the same on every computer that merges it
            merged[moved] = second
            conflicts.append(Conflict(table, key, moved))
    for key, my_entry in mine.items():
        deleted = they_deleted.get(key)
        if key not in other and deleted is not None:
            if _newer(my_entry, deleted):
                conflicts.append(Conflict(table, key, None))  # we changed it after: kept
            else:
                del merged[key]  # they deleted it, having seen this very version
    return _without_old_forms(merged)


def _content(entry: Any) -> Any:
    """What an entry says, without its versions."""
    return {name: value for name, value in entry.items() if name != REVS} if (
        type(entry) is dict) else entry  # fmt: skip


def _id_of_form(entry: Any) -> int:
    """An id for a form of an entry kept beside another: its own last version, which no
    other entry has; for a form without versions, one made of its content."""
    last = _last(entry)
    if type(last) is int:
        return last
    return NO_VERSION_WRITER * WRITER_SPAN + zlib.crc32(orjson.dumps(entry)) % WRITER_SPAN


def _without_old_forms(rows: Rows) -> Rows:
    """`rows` without the entries whose last version another entry has had since."""
    superseded = {version for row in rows.values() for version in versions(row)[:-1]}
    if not superseded:
        return rows
    return {key: row for key, row in rows.items() if _last(row) not in superseded}


def _newer(entry: Any, than: Any) -> bool:
    """Whether `entry` holds a version `than` has not had."""
    last = _last(entry)
    return last is not None and last not in versions(than)


def _last(entry: Any) -> Any:
    found = versions(entry)
    return found[-1] if found else None


def _order(entry: Any) -> tuple[bool, int, bytes]:
    last = _last(entry)
    return (type(last) is int, last if type(last) is int else 0, orjson.dumps(entry))


def _same(one: Any, other: Any) -> bool:
    if one is other or one == other:
        return True
    try:  # a number kept as its own text (see exact_json) is equal only as written
        return orjson.dumps(one) == orjson.dumps(other)
    except TypeError:
        return False


def _deleted(data: dict[str, Any], table: str) -> dict[str, Any]:
    """{key: the entry as deleted} of `table`, from the trash of `data`."""
    trash = data.get(TRASH)
    found = {}
    for row in trash.values() if type(trash) is dict else ():
        if type(row) is dict and row.get("table") == table:
            found[str(row.get("id"))] = row.get("entry")
    return found


def _union(table: str, mine: Rows, other: Rows, merged: dict[str, Any],
           new_id: Callable[[str, dict[str, Any]], int]) -> Rows:  # fmt: skip
    rows = dict(mine)
    held = {orjson.dumps(row) for row in mine.values()}
    for key, row in other.items():
        if key in rows and _same(rows[key], row):
            continue
        if orjson.dumps(row) in held:
            continue  # the same row, under another id
        rows[key if key not in rows else str(new_id(table, {**merged, table: rows}))] = row
    return rows


def _forget_undone_deletions(merged: dict[str, Any]) -> None:
    """A deleted entry that is back (undone, or changed after) is no longer in the trash,
    and of one entry deleted twice (deleted, undone, deleted), only the last deletion is."""
    trash = merged.get(TRASH)
    if type(trash) is not dict:
        return
    kept = {key: row for key, row in trash.items() if not _back(row, merged)}
    superseded = {version for row in kept.values() if type(row) is dict
                  for version in versions(row.get("entry"))[:-1]}  # fmt: skip
    merged[TRASH] = {key: row for key, row in kept.items() if type(row) is not dict
                     or _last(row.get("entry")) not in superseded}  # fmt: skip


def _say_two_check_ins_a_day(merged: dict[str, Any], ours: dict[str, Any],
                             conflicts: list[Conflict]) -> None:  # fmt: skip
    """Two check-ins for one day, one of them new here: both kept, and said."""
    rows, before = merged.get(CHECK_INS), ours.get(CHECK_INS)
    if type(rows) is not dict or type(before) is not dict:
        return
    by_day: dict[Any, list[str]] = {}
    for key, row in rows.items():
        if type(row) is dict:
            by_day.setdefault(row.get("date"), []).append(key)
    for keys in by_day.values():
        new = [key for key in keys if key not in before]
        if len(keys) > 1 and new:
            kept = next(key for key in keys if key not in new) if len(new) < len(keys) else keys[0]
            conflicts += [Conflict(CHECK_INS, kept, key) for key in new if key != kept]


def _back(row: Any, merged: dict[str, Any]) -> bool:
    if type(row) is not dict:
        return False
    table: Any = row.get("table")  # any JSON value: a key of merged only if it is text
    if type(merged.get(table)) is not dict:
        return False
    return str(row.get("id")) in merged[row["table"]]


def _merged_meta_row(ours: Rows, theirs: Rows) -> Any:
    """The journal's facts about itself: each side's, and the highest id either used."""
    mine, other = ours.get(META_ROW), theirs.get(META_ROW)
    if type(mine) is not dict or type(other) is not dict:
        return mine if mine is not None else other
    row = {**other, **mine}
    marks: list[Any] = [side.get(LAST_IDS) for side in (mine, other)]
    if all(type(mark) is dict for mark in marks):
        tables = {**marks[0], **marks[1]}
        row[LAST_IDS] = {table: max(_mark(marks[0], table), _mark(marks[1], table))
                         for table in tables}  # fmt: skip
    return row


def _mark(marks: dict[str, Any], table: str) -> int:
    mark = marks.get(table, 0)
    return mark if type(mark) is int else 0
