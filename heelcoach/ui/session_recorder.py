"""Writes a guided session into the journal as it happens, and asks how it hurt.

Each set is written the moment it ends; the pain questions come on the set page and
never hold up the rest timer. Built with the set driver, at the first start.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from heelcoach.core.plan import Leg, SetPlan
from heelcoach.core.timeline import Cue, CueKind, Phase, Timeline
from heelcoach.journal.journal import Journal
from heelcoach.journal.session_log import PendingEntry, SessionLog

from PySide6.QtCore import QObject

from heelcoach.set_driver import Snapshot
from heelcoach.ui.pain_prompt import PainPrompt
from heelcoach.ui.plan_text import leg_name
from heelcoach.ui.session_note import SessionNote

log = logging.getLogger(__name__)


class SessionRecorder(QObject):
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

    def begin(self, journal: Journal | None, plan: SetPlan) -> None:
        self._prompt.clear()
        self._note.clear()
        self._log = SessionLog(journal, plan, self._now) if journal is not None else None

    def cues(self, cues: list[Cue], timeline: Timeline | None) -> None:
        for cue in cues:
            if cue.kind is CueKind.PHASE_START and cue.phase is Phase.UP:
                log.info("rep %d begins", cue.value)
                if cue.value == 1:
                    self._prompt.clear()  # a new set: the last one's question is stale
            if cue.kind is CueKind.SET_COMPLETE and timeline is not None:
                self._set_done(timeline.position_at(cue.offset_ms - 1).segment.leg)

    def stopped(self, snapshot: Snapshot | None) -> None:
        """The user stopped the session: keep the reps done, and the session."""
        session_log, self._log = self._log, None
        self._prompt.clear()
        if session_log is None or snapshot is None or not snapshot.has_reps_to_lose:
            return
        reps = snapshot.completed_reps - session_log.reps_ended
        log.info("session stopped with %d reps of the set under way done", max(reps, 0))
        at = self._now()
        if reps > 0 and snapshot.position is not None:
            self._save(session_log.set_done(snapshot.position.segment.leg, reps, at).write,
                       keep=True)  # fmt: skip
        self._save(session_log.session_done(at).write, keep=True)

    def finished(self) -> None:
        session_log = self._log
        if session_log is None:
            return
        session = session_log.session_done(self._now())
        self._save(session.write, keep=True)
        if not session_log.recording:
            return  # the window says why; no questions whose answers go nowhere
        self._prompt.ask(
            self.tr("And how does the heel feel now, after the session? 0-10"),
            lambda pain: self._add(session, pain_after=pain),
        )
        self._note.offer(lambda note: self._add(session, note=note))

    def close(self) -> None:
        """The app is closing: keep a note being typed."""
        self._note.clear()

    def _set_done(self, leg: Leg) -> None:
        session_log = self._log
        if session_log is None:
            return
        done = session_log.set_done(leg, at=self._now())
        self._save(done.write, keep=True)
        if not session_log.recording:
            return
        question = self.tr("How much did it hurt during that set (%1)? 0-10")
        self._prompt.ask(question.replace("%1", leg_name(leg).lower()),
                         lambda pain: self._add(done, pain=pain))  # fmt: skip

    def _add(self, entry: PendingEntry, **fields) -> object:
        """Put `fields` on `entry`: now, or with it when the disk takes it (None then:
        not saved yet)."""
        write = entry.then(**fields)
        return self._save(write) if write is not None else None
