"""Writes a guided session into the journal as it happens, and asks how it went.

Each set is written the moment it ends; then come its pain and, with one optional key,
whether more was possible. The questions come on the set page and never hold up the rest
timer. A set stopped early is written as stopped, and still asked about: stopping because
it hurts is the most telling moment. Built with the set driver, at the first start.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtCore import QObject, Signal

from heelcoach.coach.rules import SELF_DOSED_REPS_AT_MOST, TRY_SHARE_OF_A_SET, Zone, zone_of
from heelcoach.coach.training_days import EFFORTS
from heelcoach.core.exercises.heel_raise import Leg, SetPlan
from heelcoach.core.plans_by_set import PlansBySet
from heelcoach.core.timeline import Cue, CueKind, Phase, Timeline
from heelcoach.journal.journal import Journal
from heelcoach.journal.session_log import PendingEntry, SessionLog
from heelcoach.session.driver import RepsEnded, Snapshot
from heelcoach.ui.pain_prompt import PainPrompt
from heelcoach.ui.session.session_note import SessionNote
from heelcoach.words.plain import fill, leg_name

log = logging.getLogger(__name__)


@dataclass
class SessionTally:
    """What the done screen sums up: reps against target, the load, the highest pain."""

    plans: PlansBySet
    reps: int = 0
    pains: dict[int, int] = field(default_factory=dict)  # per set written, its pain
    sets: list[tuple[Leg, int, bool]] = field(default_factory=list)  # leg, reps, stopped

    @property
    def plan(self) -> SetPlan:
        """The session's plan as it began."""
        return self.plans.first

    @property
    def target(self) -> int:
        """The whole session's reps (none for sets to failure)."""
        return self.plans.target_reps()

    @property
    def highest_pain(self) -> int | None:
        return max(self.pains.values()) if self.pains else None


class HeelRaiseRecorder(QObject):
    tally_changed = Signal(object)  # SessionTally
    red_set = Signal(int)  # a set just rated in the red: its pain

    def __init__(self, prompt: PainPrompt, note: SessionNote, now: Callable[[], datetime],
                 save: Callable[..., object], parent=None) -> None:  # fmt: skip
        """`save` runs a journal write, says so if it fails, and returns None then
        (WindowNotices.save: `keep=True` for what the runner did, kept if the disk
        refuses it)."""
        super().__init__(parent)
        self._prompt = prompt
        self._note = note
        self._now = now
        self._save = save
        self._log: SessionLog | None = None
        self.tally: SessionTally | None = None
        self._asking_about: int | None = None  # the set whose questions are open

    def begin(self, journal: Journal | None, plan: SetPlan, said: dict | None = None,
              goes_on_with: tuple[str, int] | None = None) -> None:  # fmt: skip
        """`said`: what the session entry keeps of the coach (its verdict, the plan taken);
        `goes_on_with`: a session stopped today, which this one goes on with."""
        self._prompt.clear()
        self._note.clear()
        self._asking_about = None
        self._log = (SessionLog(journal, plan, self._now, said, goes_on_with)
                     if journal is not None else None)  # fmt: skip
        self.tally = SessionTally(PlansBySet.of(plan))
        self._red: set[int] = set()  # the sets rated in the red (each lightens once)

    def cues(self, cues: list[Cue], timeline: Timeline | None,
             reps_ended: RepsEnded = lambda _set, _leg: None) -> None:  # fmt: skip
        for cue in cues:
            if cue.kind is CueKind.PHASE_START and cue.phase is Phase.UP:
                log.info("rep %d begins", cue.value)  # a question still open stays open
            if cue.kind is CueKind.SET_COMPLETE and timeline is not None:
                position = timeline.position_at(cue.offset_ms - 1)
                leg = position.segment.leg if position is not None else None
                if leg is not None:  # a heel raise's set is always on a leg
                    self._set_done(cue.value, leg, reps_ended(cue.value, leg))

    def stopped(self, snapshot: Snapshot | None) -> bool:
        """The runner stopped the session: keep the reps done, and the session. True when
        there is something to ask about (the set page stays for it)."""
        session_log = self._log
        if session_log is None or snapshot is None or not snapshot.has_reps_to_lose:
            self._log = None
            self._prompt.clear()
            return False
        reps = snapshot.completed_reps - session_log.reps_ended
        log.info("session stopped with %d reps of the set under way done", max(reps, 0))
        segment = snapshot.position.segment if snapshot.position is not None else None
        if reps > 0 and segment is not None and segment.leg is not None:
            self._set_done(segment.set_number, segment.leg, reps, stopped=True)
        self.finished(stopped=True)
        return True

    def is_a_try(self, snapshot: Snapshot | None) -> bool:
        """Stopped within the first set, before half its reps: a try, not yet a session."""
        session_log = self._log
        if session_log is None or snapshot is None or session_log.sets_ended:
            return False
        if not session_log.recording or session_log.goes_on:
            return False  # nothing would be kept either way; today's session is under way
        plan = session_log.plan
        one_set = SELF_DOSED_REPS_AT_MOST if plan.to_failure else plan.reps
        return snapshot.completed_reps < one_set * TRY_SHARE_OF_A_SET

    def discard(self) -> None:
        """A try the runner does not count: nothing of it is written."""
        self._log = None
        self._prompt.clear()

    def use_plan(self, plan: SetPlan, first_set: int) -> None:
        """The sets from `first_set` on run as `plan` (lighter): written and summed so."""
        if self._log is not None:
            self._log.use_plan(plan, first_set)
        if self.tally is not None:
            self.tally.plans = self.tally.plans.from_set(first_set, plan)
            self.tally_changed.emit(self.tally)

    def finished(self, stopped: bool = False) -> None:
        session_log, self._log = self._log, None
        if session_log is None:
            return
        session = session_log.session_done(self._now(), stopped)
        self._save(session.write, keep=True)
        if not session_log.recording:
            return  # the window says why; no questions whose answers go nowhere

        def pain_after(pain: int) -> None:
            self._add(session, pain_after=pain)

        self._prompt.ask(
            self.tr("And how does the heel feel now, after the session? 0-10"), pain_after
        )
        self._note.offer(lambda note: self._add(session, note=note))

    def close(self) -> None:
        """The app is closing: keep a note being typed."""
        self._note.clear()

    def _set_done(self, set_number: int, leg: Leg, reps: int | None,
                  stopped: bool = False) -> None:  # fmt: skip
        session_log = self._log
        if session_log is None:
            return
        before = session_log.reps_ended
        done = session_log.set_done(set_number, leg, reps, at=self._now(), stopped=stopped)
        self._save(done.write, keep=True)
        number = session_log.sets_ended
        if self.tally is not None:
            done_reps = session_log.reps_ended - before
            self.tally.reps += done_reps
            self.tally.sets.append((leg, done_reps, stopped))
            self.tally_changed.emit(self.tally)
        if not session_log.recording:
            return
        if set_number != self._asking_about:
            # Questions left open on an earlier set give way; the other leg's of this set
            # (asked at the change of leg) stay, and this leg's come after them.
            self._prompt.clear()
            self._asking_about = set_number
        which = leg_name(leg).lower()
        question = self.tr("How much did it hurt during that set (%1)? 0-10")
        # Pain before "could you have done more?": in a short rest, both legs' pain first.
        self._prompt.ask(fill(question, which),
                         lambda pain: self._pain(done, number, pain),
                         before_choices=True)  # fmt: skip
        if not stopped and not session_log.to_failure:  # a set to failure says it already
            more = fill(self.tr("Could you have done more (%1)?"), which)
            self._prompt.ask_choice(more, self._efforts(),
                                    lambda choice: self._effort(done, choice))  # fmt: skip

    def _efforts(self) -> tuple[str, ...]:
        return (self.tr("Yes, easily"), self.tr("Just right"), self.tr("Could not finish"))

    def _effort(self, entry: PendingEntry, choice: int) -> None:
        self._add(entry, effort=EFFORTS[choice - 1])

    def _pain(self, entry: PendingEntry, number: int, pain: int) -> None:
        if self.tally is not None:
            self.tally.pains[number] = pain
            self.tally_changed.emit(self.tally)
        self._add(entry, pain=pain)
        if zone_of(pain) is Zone.RED and number not in self._red:
            self._red.add(number)
            self.red_set.emit(pain)

    def _add(self, entry: PendingEntry, **fields: object) -> object:
        """Put `fields` on `entry`: now, or with it when the disk takes it (None then:
        not saved yet)."""
        write = entry.then(**fields)
        return self._save(write) if write is not None else None
