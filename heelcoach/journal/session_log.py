"""What a guided session writes to the journal: each set as it ends, and the session.

A set is written the moment its last rep ends (or, stopped early, with the reps done),
so a crash or a closed laptop later loses none of it. The pain ratings and the note come
afterwards: onto the entry already written, or, if the disk has not taken it yet (it is
kept and written later), with it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from heelcoach.core.exercises.heel_raise import Leg, SetPlan
from heelcoach.core.plans_by_set import PlansBySet
from heelcoach.journal.entries import SESSIONS, SETS
from heelcoach.journal.journal import Journal


class PendingEntry:
    """An entry as it is recorded: `write` adds it to the journal (at once, or later if
    the disk refused it); what the runner adds meanwhile goes with it, or onto it."""

    def __init__(self, journal: Journal, table: str, add: Callable[..., int]) -> None:
        self._journal = journal
        self._table = table
        self._add = add
        self._later: dict[str, Any] = {}
        self.doc_id: int | None = None  # once it is in the journal

    def write(self) -> int:
        self.doc_id = self._add(**self._later)
        return self.doc_id

    def then(self, **fields: Any) -> Callable[[], object] | None:
        """The write that puts `fields` on the entry, or None when they are to go with
        it, as it is not in the journal yet."""
        self._later.update(fields)
        if self.doc_id is None:
            return None
        doc_id = self.doc_id

        def write() -> int:
            self._journal.update(self._table, doc_id, **fields)
            return doc_id

        return write


class SessionLog:
    def __init__(self, journal: Journal, plan: SetPlan, now: Callable[[], datetime],
                 said: dict[str, Any] | None = None,
                 goes_on_with: tuple[str, int] | None = None) -> None:  # fmt: skip
        """`said`: what the session entry keeps of the coach (its verdict, the plan taken).
        `goes_on_with`: a session stopped earlier today, as (its sets' stamp, its entry's
        id): these sets join it, and its entry is brought up to date at the end."""
        self._journal = journal
        self._plans = PlansBySet.of(plan)
        self._now = now
        self._said = said or {}
        self.started = now().isoformat(timespec="seconds")
        self._goes_on_with = goes_on_with
        if goes_on_with is not None:
            self.started = goes_on_with[0]
        self.reps_ended = 0  # reps of the sets ended so far, written or not (yet)
        self.sets_ended = 0

    @property
    def goes_on(self) -> bool:
        """It goes on with a session stopped earlier today."""
        return self._goes_on_with is not None

    @property
    def to_failure(self) -> bool:
        return self._plans.first.to_failure

    @property
    def plan(self) -> SetPlan:
        """The session's plan as it began."""
        return self._plans.first

    def use_plan(self, plan: SetPlan, first_set: int) -> None:
        """Sets `first_set` on are written as `plan` doses them (lighter)."""
        self._plans = self._plans.from_set(first_set, plan)

    @property
    def recording(self) -> bool:
        """Whether the journal takes what the session writes (not a read-only one)."""
        return self._journal.read_only is None

    def set_done(self, number: int, leg: Leg, reps: int | None = None,
                 at: datetime | None = None, stopped: bool = False) -> PendingEntry:  # fmt: skip
        """Set `number` of `leg`, ended `at` (now): all its reps, or `reps` (to failure, or
        `stopped` early). Its reps count as done with from now, written or not (a set the
        disk refused is written later, not again on a stop)."""
        plan = self._plans.for_set(number)
        tempo = plan.tempo
        to_failure = plan.to_failure
        done = plan.reps_laid_out if reps is None else reps
        self.reps_ended += done
        self.sets_ended += 1
        fields = {
            "at": (at or self._now()).isoformat(timespec="seconds"),
            "leg": leg.value,
            "target_reps": 0 if to_failure else plan.reps,
            "reps": done,
            "stopped": stopped and not to_failure,
            "to_failure": to_failure,
            "load_kg": plan.load_kg,
            "tempo_ms": [tempo.up_ms, tempo.hold_ms, tempo.down_ms, tempo.bottom_pause_ms],
            "session": self.started,
        }
        return PendingEntry(
            self._journal, SETS, lambda **later: self._journal.add_set(**fields, **later)
        )

    def session_done(self, at: datetime | None = None, stopped: bool = False) -> PendingEntry:
        """The session's own entry; `stopped`: the runner ended it before its last set."""
        fields = {"at": (at or self._now()).isoformat(timespec="seconds"), "note": "",
                  "stopped": stopped, **self._said}  # fmt: skip
        if self._goes_on_with is not None:
            return self._session_gone_on(fields, self._goes_on_with[1])
        add = self._journal.add_session
        return PendingEntry(self._journal, SESSIONS, lambda **later: add(**{**fields, **later}))

    def _session_gone_on(self, fields: dict[str, Any], doc_id: int) -> PendingEntry:
        """The stopped session's entry, `doc_id`, ended again now (its note and answers
        kept, but those given again)."""
        journal = self._journal
        ended = {"at": fields["at"], "stopped": fields["stopped"]}

        def update(**later: Any) -> int:
            journal.update(SESSIONS, doc_id, **ended, **later)
            return doc_id

        return PendingEntry(journal, SESSIONS, update)
