"""JSON in and out of the journal, quickly, and without changing a number.

orjson reads and writes years of entries in milliseconds, but it reads an integer beyond
64 bits as a float: written back, 123456789012345678901234567890 would become
1.2345678901234568e+29. Where the text holds a run of 20 digits or more (the only place
such an integer can be), it is read again, slowly, with each such integer kept as its own
text (an orjson.Fragment), which orjson writes back exactly as it was.
"""

from __future__ import annotations

import json
from typing import Any

import orjson

INT64_MIN, UINT64_MAX = -(2**63), 2**64 - 1  # what orjson reads as an int
LONG_RUN = b"0" * 20  # a digit run that long may be an integer orjson cannot hold
_DIGITS_AS_ZERO = bytes(
    ord("0") if ord("0") <= byte <= ord("9") else ord(" ") for byte in range(256)
)


class NotJSONError(ValueError):
    """The bytes are not JSON."""


def loads(raw: bytes) -> Any:
    """The JSON value in `raw`, numbers as written. Raises NotJSONError."""
    return loads_exactly(raw) if may_hold_long_integers(raw) else loads_fast(raw)


def loads_fast(raw: bytes) -> Any:
    """The JSON value in `raw`, an integer beyond 64 bits read as a float."""
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError as error:
        raise NotJSONError(str(error)) from error


def may_hold_long_integers(raw: bytes) -> bool:
    return LONG_RUN in raw.translate(_DIGITS_AS_ZERO)


def loads_exactly(raw: bytes) -> Any:
    """What orjson reads, but an integer beyond 64 bits kept as its text."""
    loads_fast(raw)  # the same errors as orjson: UTF-8 only, no NaN, no lone surrogates
    try:
        return json.loads(raw, parse_int=_integer)
    except RecursionError as error:  # nested deeper than Python's parser goes
        raise NotJSONError("nested too deeply") from error


def _integer(text: str) -> int | orjson.Fragment:
    value = int(text)
    return value if INT64_MIN <= value <= UINT64_MAX else orjson.Fragment(text.encode("ascii"))


def dumps(value: Any, indent: bool = False) -> bytes:
    return orjson.dumps(value, option=orjson.OPT_INDENT_2 if indent else None)
