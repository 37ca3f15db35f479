"""JSON in and out of the journal, quickly, and without changing a number.

orjson reads and writes years of entries in milliseconds, but it reads an integer beyond
64 bits as a float: written back, 123456789012345678901234567890 would become
1.2345678901234568e+29; and it refuses a number too large for a float (1e400) outright.
Where the text may hold such a number (a run of 20 digits, or 19 after a minus sign), or
orjson refuses it, it is read again, slowly, by Python's parser, with each such number kept
as its own text (an orjson.Fragment), which orjson writes back exactly as it was.
"""

from __future__ import annotations

import json
import math
from typing import Any, NoReturn

import orjson

INT64_MIN, UINT64_MAX = -(2**63), 2**64 - 1  # what orjson reads as an int
LONG_RUNS = (b"0" * 20, b"-" + b"0" * 19)  # digits enough for an integer orjson cannot hold
_DIGITS_AS_ZERO = bytes(
    ord("0") if ord("0") <= byte <= ord("9") else byte if byte == ord("-") else ord(" ")
    for byte in range(256)
)


class NotJSONError(ValueError):
    """The bytes are not JSON."""


def loads(raw: bytes) -> Any:
    """The JSON value in `raw`, numbers as written. Raises NotJSONError."""
    return loads_exactly(raw) if may_hold_long_integers(raw) else loads_fast(raw)


def loads_fast(raw: bytes) -> Any:
    """The JSON value in `raw`, quickly if orjson can read it as it is, else exactly."""
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError:
        return loads_exactly(raw)


def may_hold_long_integers(raw: bytes) -> bool:
    digits = raw.translate(_DIGITS_AS_ZERO)
    return any(run in digits for run in LONG_RUNS)


def loads_exactly(raw: bytes) -> Any:
    """The JSON value in `raw`, every number kept as written. Only what can be written
    back is read: UTF-8 text, no NaN or Infinity (not JSON), no lone surrogate."""
    try:
        value = json.loads(raw.decode("utf-8"), parse_int=_integer, parse_float=_float,
                           parse_constant=_not_json)  # fmt: skip
        orjson.dumps(value)  # a lone surrogate ("\\ud800") reads but cannot be written
    except (UnicodeDecodeError, ValueError, orjson.JSONEncodeError) as error:
        raise NotJSONError(str(error)) from error
    except RecursionError as error:  # nested deeper than Python's parser goes
        raise NotJSONError("nested too deeply") from error
    return value


def _integer(text: str) -> int | orjson.Fragment:
    value = int(text)
    return value if INT64_MIN <= value <= UINT64_MAX else orjson.Fragment(text.encode("ascii"))


def _float(text: str) -> float | orjson.Fragment:
    value = float(text)
    return value if math.isfinite(value) else orjson.Fragment(text.encode("ascii"))


def _not_json(text: str) -> NoReturn:
    raise ValueError(f"{text} is not JSON")


def dumps(value: Any, indent: bool = False) -> bytes:
    return orjson.dumps(value, option=orjson.OPT_INDENT_2 if indent else None)
