"""What each kind of journal entry holds, and the checks every entry passes before it is
written. An entry that fails a check is refused whole, with a message a user can act on.

Entries are plain dicts, as TinyDB stores them. Fields this version does not know (written
by a newer HeelCoach) are kept as they are.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime, timedelta
from typing import Any

PAIN_MIN, PAIN_MAX = 0, 10
FUTURE_TOLERANCE = timedelta(minutes=5)  # clocks of two devices never agree exactly
MAX_NOTE_CHARS = 2000
MAX_LOAD_KG = 200.0
MAX_REPS = 100

SETS, SESSIONS, CHECK_INS = "sets", "sessions", "check_ins"
LEGS = ("left", "right", "both")


class InvalidEntryError(ValueError):
    """The entry was not written; str(error) says why, in plain words."""


def _pain(value: Any, name: str, optional: bool = True) -> int | None:
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidEntryError(f"{name} must be a whole number from 0 to 10, not {value!r}")
    if not PAIN_MIN <= value <= PAIN_MAX:
        raise InvalidEntryError(f"{name} must be from 0 to 10, not {value}")
    return value


def _whole(value: Any, name: str, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidEntryError(f"{name} must be a whole number, not {value!r}")
    if not 0 <= value <= high:
        raise InvalidEntryError(f"{name} must be from 0 to {high}, not {value}")
    return value


def _load(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
        raise InvalidEntryError(f"load must be a number of kilograms, not {value!r}")
    if not 0 <= value <= MAX_LOAD_KG:
        raise InvalidEntryError(f"load must be from 0 to {MAX_LOAD_KG:g} kg, not {value:g}")
    return float(value)


def _note(value: Any) -> str:
    if not isinstance(value, str):
        raise InvalidEntryError(f"a note must be text, not {value!r}")
    if len(value) > MAX_NOTE_CHARS:
        raise InvalidEntryError(f"a note can be at most {MAX_NOTE_CHARS} characters")
    return value


def _moment(value: Any, now: datetime) -> str:
    try:
        moment = datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        moment = None
    if moment is None:
        raise InvalidEntryError(f"the time must be a date and time, not {value!r}")
    if moment.replace(tzinfo=None) > now + FUTURE_TOLERANCE:
        raise InvalidEntryError(f"{moment:%Y-%m-%d %H:%M} is in the future")
    return moment.isoformat(timespec="seconds")


def _day(value: Any, now: datetime) -> str:
    try:
        day = date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        day = None
    if day is None:
        raise InvalidEntryError(f"the date must be a date, not {value!r}")
    if day > now.date():
        raise InvalidEntryError(f"{day.isoformat()} is in the future")
    return day.isoformat()


def _tempo(value: Any) -> list[int]:
    ok = isinstance(value, list) and len(value) == 4
    if not ok or not all(isinstance(ms, int) and 0 <= ms <= 60_000 for ms in value):
        raise InvalidEntryError(f"the tempo must be four durations in ms, not {value!r}")
    return list(value)


def _leg(value: Any) -> str:
    if value not in LEGS:
        raise InvalidEntryError(f"the leg must be left, right or both, not {value!r}")
    return value


def _flag(value: Any, name: str) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    raise InvalidEntryError(f"{name} must be yes or no, not {value!r}")


FieldCheck = Callable[[Any, datetime], Any]

_CHECKS: dict[str, dict[str, FieldCheck]] = {
    SETS: {
        "at": _moment,
        "exercise": lambda v, _: _note(v) or "heel_raise",
        "leg": lambda v, _: _leg(v),
        "target_reps": lambda v, _: _whole(v, "target reps", MAX_REPS),
        "reps": lambda v, _: _whole(v, "reps", MAX_REPS),
        "load_kg": lambda v, _: _load(v),
        "tempo_ms": lambda v, _: _tempo(v),
        "pain": lambda v, _: _pain(v, "pain during the set"),
        "note": lambda v, _: _note(v),
        "session": lambda v, _: _note(v),
    },
    SESSIONS: {
        "at": _moment,
        "pain_after": lambda v, _: _pain(v, "pain after the session"),
        "note": lambda v, _: _note(v),
    },
    CHECK_INS: {
        "date": _day,
        "first_steps_pain": lambda v, _: _pain(v, "pain at the first steps", optional=False),
        "worse_after_training": lambda v, _: _flag(v, "worse after training"),
        "note": lambda v, _: _note(v),
    },
}

REQUIRED = {
    SETS: ("at", "leg", "target_reps", "reps"),
    SESSIONS: ("at",),
    CHECK_INS: ("date", "first_steps_pain"),
}

DEFAULTS: dict[str, dict[str, Any]] = {
    SETS: {
        "exercise": "heel_raise",
        "load_kg": 0.0,
        "tempo_ms": [3000, 2000, 3000, 0],
        "pain": None,
        "note": "",
        "session": "",
    },
    SESSIONS: {"pain_after": None, "note": ""},
    CHECK_INS: {"worse_after_training": None, "note": ""},
}


def checked(table: str, fields: Mapping[str, Any], now: datetime, whole: bool = True) -> dict:
    """`fields` checked and normalised; unknown fields pass through untouched.

    `whole` is for a new entry: required fields must be there and defaults fill the rest.
    Otherwise `fields` are changes to an existing entry.
    """
    if not isinstance(fields, Mapping):
        raise InvalidEntryError(f"an entry must be a set of fields, not {fields!r}")
    checks = _CHECKS[table]
    if whole:
        missing = [name for name in REQUIRED[table] if name not in fields]
        if missing:
            raise InvalidEntryError(f"missing: {', '.join(missing)}")
    result = {**DEFAULTS[table], **fields} if whole else dict(fields)
    for name, value in result.items():
        if name in checks:
            result[name] = checks[name](value, now)
    return result
