"""The kinds of value a journal entry holds, and how each is checked.

Every kind checks a value two ways that accept exactly the same values:

* `one(value, now)` checks one value and says what is wrong in plain words. With `now`
  it checks a value about to be written and normalises it (a time to whole seconds, a
  weight to a float) and refuses a moment in the future; with `now=None` it checks a
  value as stored, which must already be in the stored form.
* `column(values)` is True only when `one(value, None)` accepts every value of a column:
  the same rule, in calls that run in C, so that years of entries are checked in a few
  milliseconds when the journal opens.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from itertools import chain
from typing import Any, TypeVar, cast

FUTURE_TOLERANCE = timedelta(minutes=5)  # clocks of two devices never agree exactly
EARLIEST = datetime(1969, 12, 31)
LATEST = datetime(2100, 1, 1)
"""Dates lie in this window. A date outside it (year 1, year 9999) is damage, not
training, and beyond what clock functions handle everywhere. It reaches back to 1970 in
every time zone for a computer whose clock has reset (a flat clock battery): its sets are
kept, with the date it gave them, rather than refused."""
NONE = type(None)
Parsed = TypeVar("Parsed", date, datetime)


class InvalidEntryError(ValueError):
    """The entry was not written; str(error) says why, in plain words."""


class Kind:
    def one(self, value: Any, now: datetime | None) -> Any:
        raise NotImplementedError

    def column(self, values: Sequence[Any]) -> bool:
        raise NotImplementedError


class Whole(Kind):
    def __init__(self, name: str, low: int, high: int, optional: bool = False) -> None:
        self.name, self.low, self.high, self.optional = name, low, high, optional

    def one(self, value: Any, now: datetime | None) -> int | None:
        if value is None and self.optional:
            return None
        if type(value) is not int:
            raise InvalidEntryError(
                f"{self.name} must be a whole number from {self.low} to {self.high}, not {value!r}"
            )
        if not self.low <= value <= self.high:
            raise InvalidEntryError(
                f"{self.name} must be from {self.low} to {self.high}, not {value}"
            )
        return value

    def column(self, values: Sequence[Any]) -> bool:
        types = set(map(type, values))
        if self.optional and NONE in types:
            types.discard(NONE)
            values = [value for value in values if value is not None]
        if not types <= {int}:
            return False
        return not values or (self.low <= min(values) and max(values) <= self.high)


class Weight(Kind):
    def __init__(self, high: float) -> None:
        self.high = high

    def one(self, value: Any, now: datetime | None) -> float:
        if type(value) not in (int, float) or not math.isfinite(value):
            raise InvalidEntryError(f"load must be a number of kilograms, not {value!r}")
        if not 0 <= value <= self.high:
            raise InvalidEntryError(f"load must be from 0 to {self.high:g} kg, not {value:g}")
        return float(value) if now is not None else value

    def column(self, values: Sequence[Any]) -> bool:
        if not set(map(type, values)) <= {int, float} or not all(map(math.isfinite, values)):
            return False
        return bool(min(values) >= 0 and max(values) <= self.high)


class Text(Kind):
    def __init__(self, high: int, when_empty: str = "") -> None:
        self.high = high
        self.when_empty = when_empty  # what an empty text is written as

    def one(self, value: Any, now: datetime | None) -> str:
        if type(value) is not str:
            raise InvalidEntryError(f"a note must be text, not {value!r}")
        if len(value) > self.high:
            raise InvalidEntryError(f"a note can be at most {self.high} characters")
        return (value or self.when_empty) if now is not None else value

    def column(self, values: Sequence[Any]) -> bool:
        try:
            distinct = set(values)  # notes and session stamps repeat: check each text once
        except TypeError:  # a list or a dict among them
            return False
        return set(map(type, distinct)) == {str} and max(map(len, distinct)) <= self.high


class Choice(Kind):
    """One of `choices`: a tuple, or a function that names them as they stand now (the
    registry's exercise kinds, to which a kind may be added)."""

    def __init__(self, name: str, choices: tuple[str, ...] | Callable[[], tuple[str, ...]],
                 said: str | None = None, optional: bool = False) -> None:  # fmt: skip
        self.name, self._choices, self._said, self.optional = name, choices, said, optional

    @property
    def choices(self) -> tuple[str, ...]:
        return self._choices() if callable(self._choices) else self._choices

    @property
    def said(self) -> str:
        """The choices in words: "a, b or c"."""
        if self._said is not None:
            return self._said
        *first, last = self.choices
        return f"{', '.join(first)} or {last}" if first else last

    def one(self, value: Any, now: datetime | None) -> str | None:
        if value is None and self.optional:
            return None
        if type(value) is not str or value not in self.choices:
            raise InvalidEntryError(f"{self.name} must be {self.said}, not {value!r}")
        return value

    def column(self, values: Sequence[Any]) -> bool:
        try:
            distinct = set(values)
        except TypeError:
            return False
        if self.optional:
            distinct.discard(None)
        return set(map(type, distinct)) <= {str} and distinct <= set(self.choices)


class Choices(Kind):
    """A list of distinct values, each one of `choices` (the red flags answered yes)."""

    def __init__(self, name: str, choices: tuple[str, ...]) -> None:
        self.name, self.choices = name, choices

    def one(self, value: Any, now: datetime | None) -> list[str]:
        fits = type(value) is list and all(type(item) is str for item in value)
        if not fits or not set(value) <= set(self.choices) or len(set(value)) != len(value):
            raise InvalidEntryError(
                f"{self.name} must be a list of {', '.join(self.choices)}, not {value!r}"
            )
        return list(value)

    def column(self, values: Sequence[Any]) -> bool:
        try:
            return all(self.one(value, None) is not None for value in values)
        except InvalidEntryError:
            return False


class Flag(Kind):
    def __init__(self, name: str) -> None:
        self.name = name

    def one(self, value: Any, now: datetime | None) -> bool | None:
        if value is None or type(value) is bool:
            return value
        raise InvalidEntryError(f"{self.name} must be yes or no, not {value!r}")

    def column(self, values: Sequence[Any]) -> bool:
        return set(map(type, values)) <= {bool, NONE}


class Durations(Kind):
    """A tempo: so many phases, each a whole number of milliseconds up to a limit."""

    def __init__(self, count: int, high_ms: int) -> None:
        self.count, self.high_ms = count, high_ms

    def one(self, value: Any, now: datetime | None) -> list[int]:
        fits = type(value) is list and len(value) == self.count
        if not fits or not all(type(ms) is int and 0 <= ms <= self.high_ms for ms in value):
            raise InvalidEntryError(
                f"the tempo must be {self.count} durations in ms, not {value!r}"
            )
        return list(value)

    def column(self, values: Sequence[Any]) -> bool:
        if set(map(type, values)) != {list} or set(map(len, values)) != {self.count}:
            return False
        if set(map(type, chain.from_iterable(values))) != {int}:
            return False
        # With every duration an int, the distinct tempos are few: check those.
        return all(
            min(tempo) >= 0 and max(tempo) <= self.high_ms for tempo in set(map(tuple, values))
        )


class Moment(Kind):
    """A local date and time, stored as "YYYY-MM-DDTHH:MM:SS"."""

    STORED = "2000-01-01T00:00:00"

    def one(self, value: Any, now: datetime | None) -> str:
        moment = _parsed(value, datetime.fromisoformat, self.STORED, any_iso_form=now is not None)
        if moment is None:
            raise InvalidEntryError(f"the time must be a date and time, not {value!r}")
        if moment.tzinfo is not None:  # from another program: HeelCoach keeps local time
            moment = moment.astimezone().replace(tzinfo=None)
        if not EARLIEST <= moment < LATEST:
            raise InvalidEntryError(f"{value!r} is not a time HeelCoach can have recorded")
        if now is None:
            return cast(str, value)  # text: _parsed takes nothing else
        if moment > now + FUTURE_TOLERANCE:
            raise InvalidEntryError(f"{moment:%Y-%m-%d %H:%M} is in the future")
        return moment.isoformat(timespec="seconds")

    def column(self, values: Sequence[Any]) -> bool:
        return _column_in_stored_form(values, self.STORED, datetime.fromisoformat)


class Day(Kind):
    """A date, stored as "YYYY-MM-DD"."""

    STORED = "2000-01-01"

    def one(self, value: Any, now: datetime | None) -> str:
        day = _parsed(value, date.fromisoformat, self.STORED)
        if day is None:
            raise InvalidEntryError(f"the date must be a date, not {value!r}")
        if not EARLIEST.date() <= day < LATEST.date():
            raise InvalidEntryError(f"{value!r} is not a date HeelCoach can have recorded")
        if now is not None and day > now.date():
            raise InvalidEntryError(f"{day.isoformat()} is in the future")
        return cast(str, value)  # text: _parsed takes nothing else

    def column(self, values: Sequence[Any]) -> bool:
        return _column_in_stored_form(values, self.STORED, date.fromisoformat)


def _parsed(value: Any, parse: Callable[[str], Parsed], form: str,
            any_iso_form: bool = False) -> Parsed | None:  # fmt: skip
    """`value` parsed, if it is text in the stored `form` (with `any_iso_form`, in any form
    ISO 8601 allows: what another program wrote, about to be written); else None."""
    if type(value) is not str or not (any_iso_form or _in_stored_form(value, form)):
        return None
    try:
        return parse(value)
    except ValueError:
        return None


def _separators(form: str) -> list[tuple[int, str]]:
    return [(place, char) for place, char in enumerate(form) if not char.isdigit()]


def _in_stored_form(value: str, form: str) -> bool:
    """`value` has the length of `form` and its separators ("-", "T", ":") in their places;
    date.fromisoformat then accepts only digits around them."""
    return len(value) == len(form) and all(value[at] == char for at, char in _separators(form))


def _column_in_stored_form(values: Sequence[Any], form: str,
                           parse: Callable[[str], date]) -> bool:  # fmt: skip
    """`_in_stored_form`, parsed, and in the window, for every value. With the values put
    end to end, the n-th character of every value is one slice of the text."""
    size = len(form)
    if set(map(type, values)) != {str} or set(map(len, values)) != {size}:
        return False
    joined = "".join(values)
    if any(joined[at::size] != char * len(values) for at, char in _separators(form)):
        return False
    try:
        deque(map(parse, values), maxlen=0)
    except ValueError:
        return False
    # In the stored form, text sorts as the dates do.
    return bool(
        min(values) >= EARLIEST.isoformat()[:size] and max(values) < LATEST.isoformat()[:size]
    )
