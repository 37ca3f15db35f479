"""What a guided session writes to the journal: each set as it ends, and the session.

A set is written the moment its last rep ends (or, stopped early, with the reps done),
so a crash or a closed laptop later loses none of it. The pain ratings come afterwards
and correct the entries already written.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from heelcoach.core.plan import Leg, SetPlan
from heelcoach.journal.entries import SESSIONS, SETS
from heelcoach.journal.journal import Journal


class SessionLog:
    def __init__(self, journal: Journal, plan: SetPlan, now: Callable[[], datetime]) -> None:
        self._journal = journal
        self._plan = plan
        self._now = now
        self.started = now().isoformat(timespec="seconds")
        self.reps_ended = 0  # reps of the sets ended so far, written or not (yet)
        self.session_id: int | None = None

    def set_done(self, leg: Leg, reps: int | None = None, at: datetime | None = None) -> int:
        """Write a set of `leg` that ended `at` (now): all its reps, or `reps` when it
        was stopped early."""
        tempo = self._plan.tempo
        done = self._plan.reps if reps is None else reps
        doc_id = self._journal.add_set(
            at=(at or self._now()).isoformat(timespec="seconds"),
            leg=leg.value,
            target_reps=self._plan.reps,
            reps=done,
            load_kg=self._plan.load_kg,
            tempo_ms=[tempo.up_ms, tempo.hold_ms, tempo.down_ms, tempo.bottom_pause_ms],
            session=self.started,
        )
        return doc_id

    def set_ended(self, reps: int | None = None) -> None:
        """Count a set's reps as done with, whether or not its write goes through (one the
        disk refused is kept and written later: it must not be written again on a stop)."""
        self.reps_ended += self._plan.reps if reps is None else reps

    def set_pain(self, doc_id: int, pain: int) -> None:
        self._journal.update(SETS, doc_id, pain=pain)

    def session_done(self, at: datetime | None = None) -> int:
        self.session_id = self._journal.add_session(
            at=(at or self._now()).isoformat(timespec="seconds"), note=""
        )
        return self.session_id

    def session_note(self, note: str) -> int | None:
        """Keep `note` with the session; its id, or None if there is no session yet."""
        if self.session_id is not None:
            self._journal.update(SESSIONS, self.session_id, note=note)
        return self.session_id

    def session_pain(self, pain: int) -> None:
        if self.session_id is not None:
            self._journal.update(SESSIONS, self.session_id, pain_after=pain)
