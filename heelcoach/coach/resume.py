"""A heel-raise session stopped today, and what is left of it: the runner may go on with
the sets not done, the same day, as part of that session.

A set counts as done when every leg trained in it ended it whole; a set stopped part-way
is done again. A session whose pain reached the red zone (a set's, or the heel's after it)
is not gone on with: the guide's answer to pain in the red is less, not more, and the coach
does not offer more the same day. Pure: the day's entries in, a `Resume` or None out.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, NamedTuple

from heelcoach.coach.rules import went_red

if TYPE_CHECKING:
    from heelcoach.coach.training_days import Entries


class Resume(NamedTuple):
    session: str  # the sets' `session` stamp: the sets to come join it
    session_id: int  # the session entry, brought up to date when the rest is done
    sets_done: int
    sets_left: int


def resume_of(sets: Entries, sessions: Iterable[tuple[int, Mapping[str, Any]]], day: date,
              planned_sets: int, legs: Sequence[str]) -> Resume | None:  # fmt: skip
    """Today's last heel-raise session if it was stopped with sets of `planned_sets` left
    (for `legs`, e.g. ("left", "right")); None otherwise."""
    today = day.isoformat()
    ended = sorted((entry.get("at", ""), doc_id, entry) for doc_id, entry in sessions
                   if str(entry.get("at", "")).startswith(today))  # fmt: skip
    if not ended:
        return None
    at, session_id, last = ended[-1]
    if not last.get("stopped"):
        return None
    its_sets = [entry for entry in sets
                if str(entry.get("session", "")).startswith(today)
                and str(entry.get("at", "")) <= at]  # fmt: skip
    if not its_sets:
        return None
    stamp = max(str(entry["session"]) for entry in its_sets)
    pains = [entry.get("pain") for entry in its_sets if entry["session"] == stamp]
    if any(went_red(pain) for pain in (*pains, last.get("pain_after"))):
        return None
    whole: dict[str, int] = {}
    for entry in its_sets:
        if entry["session"] == stamp and not entry.get("stopped"):
            whole[entry.get("leg", "")] = whole.get(entry.get("leg", ""), 0) + 1
    done = min(whole.get(leg, 0) for leg in legs)
    if done >= planned_sets:
        return None
    return Resume(stamp, session_id, done, planned_sets - done)
