"""What another program changed in journal.json, and what this HeelCoach changed, made one.

A sync tool (Syncthing, Nextcloud, Dropbox) brings in the laptop's check-in while the
desktop's HeelCoach is open; the desktop then adds a set. Neither may erase the other.
Entry by entry, each table is merged from three versions: `base`, as this HeelCoach last
read or wrote the file; `theirs`, on disk now; `ours`, in memory. What only one side
changed (added, corrected, deleted) is taken from that side. An entry both sides changed,
each its own way, is a conflict: both versions are kept (theirs under a new id) and the
conflict is reported. An entry one side deleted and the other changed is kept, changed.

An entry missing from theirs counts as deleted there only if their trash holds it (every
deletion in HeelCoach goes through the trash): a file written on a computer that had not
yet seen our newest entries lacks them too, and they must not be lost with it.

With no `base` (a sync tool's conflict copy, or a journal an older HeelCoach rewrote),
nothing can be told apart as deleted: every entry of both sides is kept.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

import orjson

from heelcoach.journal.migrations import META, META_ROW
from heelcoach.journal.screening import ID_TABLES, QUARANTINE, TRASH

ENTRY_TABLES = frozenset(ID_TABLES) - {TRASH, QUARANTINE}
LAST_IDS = "last_ids"  # in the meta row of journals of version 4 and older
_GONE = object()


class Conflict(NamedTuple):
    """An entry changed on both sides (`key` keeps ours, `their_key` theirs), or, with
    `their_key` None, one side deleted and the other changed (kept, changed)."""

    table: str
    key: str
    their_key: str | None


class Merged(NamedTuple):
    data: dict[str, Any]
    conflicts: list[Conflict]


def merge(base: dict[str, Any] | None, theirs: dict[str, Any], ours: dict[str, Any],
          new_id: Callable[[str, dict[str, Any]], int]) -> Merged:  # fmt: skip
    """The three versions made one (new dicts; the tables' entries are shared, not copied).
    `new_id(table, data)` gives an id none of `data`'s entries has, for theirs in a
    conflict."""
    merged: dict[str, Any] = {}
    conflicts: list[Conflict] = []
    theirs_to_move: list[tuple[str, str]] = []  # (table, key): both changed it
    deleted_there = _deleted_in(theirs)
    for table in {**theirs, **ours}:
        was = base.get(table, _GONE) if base is not None else _GONE
        mine, other = ours.get(table, _GONE), theirs.get(table, _GONE)
        if table in ID_TABLES and _both_tables(mine, other):
            rows_before = None if base is None else was if type(was) is dict else {}
            merged[table] = _merged_rows(table, rows_before, other, mine, conflicts,
                                         deleted_there)  # fmt: skip
            theirs_to_move += [(table, key) for key in _changed_on_both_sides(
                rows_before, other, mine)]  # fmt: skip
        elif table == META and _both_tables(mine, other):
            merged[table] = {**other, **mine, META_ROW: _merged_meta_row(mine, other)}
        else:
            merged[table] = _pick(was, other, mine)
            if merged[table] is _GONE:
                del merged[table]
    for table, key in theirs_to_move:
        their_key = str(new_id(table, merged))
        merged[table][their_key] = theirs[table][key]
        conflicts.append(Conflict(table, key, their_key))
    return Merged(merged, conflicts)


def _both_tables(mine: Any, other: Any) -> bool:
    return type(mine) is dict and type(other) is dict


def _pick(was: Any, other: Any, mine: Any) -> Any:
    """One value three ways: the side that changed it; ours when both did."""
    if _same(other, was):
        return mine
    if _same(mine, was):
        return other
    return mine


def _same(one: Any, other: Any) -> bool:
    if one is other:
        return True
    if one is _GONE or other is _GONE:
        return False
    if one == other:
        return True
    try:  # a number kept as its own text (see exact_json) is equal only as written
        return orjson.dumps(one) == orjson.dumps(other)
    except TypeError:
        return False


def _deleted_in(data: dict[str, Any]) -> set[tuple[str, str]]:
    """(table, key) of every entry in the trash of `data`."""
    trash = data.get(TRASH)
    rows = trash.values() if type(trash) is dict else ()
    return {(row.get("table"), str(row.get("id"))) for row in rows if type(row) is dict}


def _merged_rows(table: str, base: dict | None, theirs: dict, ours: dict,
                 conflicts: list[Conflict], deleted_there: set[tuple[str, str]],
                 ) -> dict:  # fmt: skip
    """Ours, with what only they changed; an entry both changed keeps ours here (theirs is
    moved by the caller), and one deleted on one side and changed on the other stays."""
    merged = dict(ours)
    for key, their_entry in theirs.items():
        was = base.get(key, _GONE) if base is not None else _GONE
        mine = ours.get(key, _GONE)
        if _same(their_entry, was) or _same(mine, their_entry):
            continue  # only we changed it, or both sides alike
        if mine is _GONE:  # only they have it: added (or, with no base, either)
            merged[key] = their_entry
            if was is not _GONE:  # we deleted it, they changed it: kept, changed
                conflicts.append(Conflict(table, key, None))
        elif _same(mine, was):
            merged[key] = their_entry  # only they changed it
    for key in base.keys() - theirs.keys() if base is not None else ():
        mine = ours.get(key, _GONE)
        if table in ENTRY_TABLES and (table, key) not in deleted_there:
            continue  # never seen there, not deleted: kept
        if _same(mine, base[key]):
            del merged[key]  # they deleted it, we did not touch it
        elif mine is not _GONE:
            conflicts.append(Conflict(table, key, None))  # they deleted it, we changed it
    return merged


def _changed_on_both_sides(base: dict | None, theirs: dict, ours: dict) -> list[str]:
    """Keys whose entry each side holds in a different form, changed from the base on
    both (with no base: any such key)."""
    keys = []
    for key, their_entry in theirs.items():
        mine = ours.get(key, _GONE)
        if mine is _GONE or _same(mine, their_entry):
            continue
        was = base.get(key, _GONE) if base is not None else _GONE
        if not _same(mine, was) and not _same(their_entry, was):
            keys.append(key)
    return keys


def _merged_meta_row(ours: dict, theirs: dict) -> Any:
    """The journal's facts about itself: each side's, and the highest id either used."""
    mine, other = ours.get(META_ROW), theirs.get(META_ROW)
    if type(mine) is not dict or type(other) is not dict:
        return mine if mine is not None else other
    row = {**other, **mine}
    marks = [side.get(LAST_IDS) for side in (mine, other)]
    if all(type(mark) is dict for mark in marks):
        tables = {**marks[0], **marks[1]}
        row[LAST_IDS] = {table: max(_mark(marks[0], table), _mark(marks[1], table))
                         for table in tables}  # fmt: skip
    return row


def _mark(marks: dict, table: str) -> int:
    mark = marks.get(table, 0)
    return mark if type(mark) is int else 0
