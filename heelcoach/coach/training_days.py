"""The journal read the way the coach reads it: one record per day with heel raises, and
first-step pain by day. Many sessions on one day are one training day.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any, NamedTuple

HEEL_RAISE = "heel_raise"
EASY, JUST_RIGHT, TOO_HEAVY = "easy", "just_right", "too_heavy"
EFFORTS = (EASY, JUST_RIGHT, TOO_HEAVY)  # "could you have done more?": yes, no, could not finish
Entries = Iterable[Mapping[str, Any]]  # a table's entries, as the journal holds them


class TrainingDay(NamedTuple):
    day: date
    sets: int  # per leg: a set of both legs in turn counts once
    reps: int  # every leg's reps
    target_reps: int  # reps a set aimed at (0: to failure)
    load_kg: float  # the heaviest load of the sets that were not stopped
    highest_pain: int | None  # the highest pain of any set
    pain_after: int | None  # the highest pain asked at the session's end
    effort: str | None  # the runner's verdict: too heavy if any set was, easy if all were
    stopped_sets: int
    to_failure: bool
    target_total: int  # the reps all sets aimed at
    best_set_reps: int  # the most reps of any one set
    cut_short: bool  # the runner stopped a session of the day before its last set


class TrainingLog:
    """The days with heel-raise sets, oldest first; each day is summed up when first asked
    for (the coach looks at the last few of years of sessions)."""

    def __init__(self, sets: Entries, sessions: Entries, until: date) -> None:
        by_day: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
        for entry in sets:
            if entry.get("exercise", HEEL_RAISE) == HEEL_RAISE:
                by_day[entry["at"][:10]].append(entry)
        last = until.isoformat()
        self._keys = sorted(day for day in by_day if day <= last)
        self._sets = by_day
        self._sessions = sessions
        self._pain_after: dict[str, int] | None = None
        self._cut_short: set[str] = set()  # the days of a session stopped early
        self._summed: dict[int, TrainingDay] = {}
        self.days = [date.fromisoformat(day) for day in self._keys]

    @classmethod
    def of_days(cls, days: Sequence[TrainingDay], until: date) -> TrainingLog:
        """A log of days summed up before (coach.digest), up to `until`."""
        log = cls((), (), until)
        kept = [day for day in days if day.day <= until]
        log.days = [day.day for day in kept]
        log._keys = [day.isoformat() for day in log.days]
        log._summed = dict(enumerate(kept))
        return log

    def __len__(self) -> int:
        return len(self._keys)

    def __getitem__(self, index: int) -> TrainingDay:
        index = range(len(self._keys))[index]
        if index not in self._summed:
            key = self._keys[index]
            pain_after = self._pains_after().get(key)
            self._summed[index] = _day(key, self._sets[key], pain_after, key in self._cut_short)
        return self._summed[index]

    def recent(self, count: int) -> list[TrainingDay]:
        return [self[i] for i in range(max(0, len(self) - count), len(self))]

    def since(self, day: date) -> list[TrainingDay]:
        """The days trained after `day`, oldest first."""
        first = bisect.bisect_right(self.days, day)
        return [self[i] for i in range(first, len(self))]

    def last_loaded(self) -> TrainingDay | None:
        """The last day trained with added weight."""
        for index in range(len(self) - 1, -1, -1):
            if self[index].load_kg > 0:
                return self[index]
        return None

    def _pains_after(self) -> dict[str, int]:
        """Each day's highest pain after a session; the days of a session stopped early
        are gathered on the way."""
        if self._pain_after is None:
            after: dict[str, int] = {}
            for session in self._sessions:
                if session.get("stopped"):
                    self._cut_short.add(session["at"][:10])
                pain = session.get("pain_after")
                if pain is not None:
                    day = session["at"][:10]
                    after[day] = max(pain, after.get(day, pain))
            self._pain_after = after
        return self._pain_after


def training_days(sets: Entries, sessions: Entries,
                  until: date = date.max) -> list[TrainingDay]:  # fmt: skip
    """Every day with heel-raise sets up to `until`, summed up, oldest first."""
    log = TrainingLog(sets, sessions, until)
    return [log[i] for i in range(len(log))]


def _day(day: str, group: list[Mapping[str, Any]], pain_after: int | None,
         cut_short: bool) -> TrainingDay:  # fmt: skip
    per_leg: dict[str, int] = defaultdict(int)
    for entry in group:
        per_leg[entry.get("leg", "both")] += 1
    finished = [entry for entry in group if not entry.get("stopped")]
    loads = [entry.get("load_kg", 0.0) for entry in finished or group]
    pains = [entry["pain"] for entry in group if entry.get("pain") is not None]
    efforts = {entry.get("effort") for entry in group} - {None}
    effort: str | None
    if TOO_HEAVY in efforts:
        effort = TOO_HEAVY
    elif efforts == {EASY}:
        effort = EASY
    else:
        effort = JUST_RIGHT if efforts else None
    return TrainingDay(
        day=date.fromisoformat(day),
        sets=max(per_leg.values()),
        reps=sum(entry["reps"] for entry in group),
        target_reps=max(entry["target_reps"] for entry in group),
        load_kg=max(loads),
        highest_pain=max(pains) if pains else None,
        pain_after=pain_after,
        effort=effort,
        stopped_sets=len(group) - len(finished),
        to_failure=any(entry.get("to_failure") for entry in group),
        target_total=sum(entry["target_reps"] for entry in group),
        best_set_reps=max(entry["reps"] for entry in group),
        cut_short=cut_short,
    )


def first_steps_by_day(check_ins: Entries) -> dict[date, tuple[int, bool | None]]:
    """Each day's first-step pain and whether it was "worse than usual after training"."""
    return {date.fromisoformat(c["date"]): (c["first_steps_pain"], c.get("worse_after_training"))
            for c in check_ins}  # fmt: skip
