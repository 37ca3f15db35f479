"""journal.json as JSON writers in the wild may leave it, read far enough that one value
JSON cannot carry costs one row, not the journal.

Another program, or an editor, may write a NaN or Infinity (not JSON, but common), begin
the file with a byte-order mark, save a Latin-1 byte, or leave half of a character (a lone
surrogate). None of these can be written back as JSON. The file is read as well as it can
be (the mark dropped, a stray byte kept as a stand-in character); a row holding such a value
is set aside in the quarantine table, as text that keeps every value visible, with why.
"""

from __future__ import annotations

import json
import math
from typing import Any

from heelcoach.journal.exact_json import NotJSONError, _float, _integer
from heelcoach.journal.screening import QUARANTINE, SetAside, is_canonical_id

BYTE_ORDER_MARK = b"\xef\xbb\xbf"
UNWRITABLE = "it holds a value JSON cannot carry (NaN, Infinity or a broken character)"


def loads_tolerantly(raw: bytes) -> tuple[Any, list[SetAside]]:
    """The JSON value in `raw`, and the rows set aside from it. Raises NotJSONError if it
    is not JSON even so, or if what cannot be written is outside any row."""
    text = raw.removeprefix(BYTE_ORDER_MARK).decode("utf-8", errors="surrogateescape")
    try:
        data = json.loads(text, parse_int=_integer, parse_float=_float)  # NaN, Infinity too
    except (ValueError, RecursionError) as error:
        raise NotJSONError(str(error)) from error
    moved: list[SetAside] = []
    if type(data) is dict:
        moved = _set_aside_unwritable_rows(data)
    if not writable(data):
        raise NotJSONError("it holds a value JSON cannot carry outside any entry")
    return data, moved


def _set_aside_unwritable_rows(data: dict[str, Any]) -> list[SetAside]:
    moved = []
    for table, rows in list(data.items()):
        if type(rows) is not dict or table == QUARANTINE or not writable(table):
            continue
        for key in [key for key, row in rows.items() if not (writable(key) and writable(row))]:
            row = rows.pop(key)
            quarantine = data.setdefault(QUARANTINE, {})
            if type(quarantine) is not dict:
                raise NotJSONError("the quarantine table is damaged")
            shown = json.dumps(key, ensure_ascii=True)[1:-1]  # a broken character as \\udcxx
            number = max(map(int, filter(is_canonical_id, quarantine)), default=0) + 1
            quarantine[str(number)] = {"table": table, "id": shown, "reason": UNWRITABLE,
                                       "entry": json.dumps(row, ensure_ascii=True)}  # fmt: skip
            moved.append(SetAside(table, shown, UNWRITABLE))
    return moved


def writable(value: Any) -> bool:
    """Whether `value` can be written as JSON exactly as it is."""
    if type(value) is str:
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate: half a character
            return False
        return True
    if type(value) is float:
        return math.isfinite(value)
    if type(value) is dict:
        return all(writable(key) and writable(item) for key, item in value.items())
    if type(value) is list:
        return all(map(writable, value))
    return True
