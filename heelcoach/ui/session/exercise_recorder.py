"""Writes a stretch session or a walk/run session into the journal as it happens.

Each exercise on each side is written the moment it ends (stretches). A walk/run session
is written when it ends or is stopped, with the minutes run; then come its two questions:
how much it hurt during the run, and how it feels now. A stretch session is not a
heel-raise session: it goes to its own table, and no heel-raise rule sees it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject

from heelcoach.core.exercises.intervals import IntervalPlan
from heelcoach.core.exercises.stretches import StretchSession
from heelcoach.core.timeline import Cue, CueKind, Phase, Segment, Timeline, block_of
from heelcoach.journal.entries import RUNS
from heelcoach.journal.journal import Journal
from heelcoach.journal.session_log import PendingEntry
from heelcoach.session.driver import RepsEnded, Snapshot
from heelcoach.ui.pain_prompt import PainPrompt


def run_ms_until(timeline: Timeline, elapsed_ms: float) -> int:
    """The running done in the first `elapsed_ms` of a walk/run session."""
    return round(sum(max(0.0, min(elapsed_ms, s.end_ms) - s.start_ms)
                     for s in timeline.segments if s.phase is Phase.RUN))  # fmt: skip


class ExerciseRecorder(QObject):
    def __init__(self, prompt: PainPrompt, now: Callable[[], datetime],
                 save: Callable[..., object], parent=None) -> None:  # fmt: skip
        super().__init__(parent)
        self._prompt = prompt
        self._now = now
        self._save = save
        self._journal: Journal | None = None
        self._plan: StretchSession | IntervalPlan | None = None
        self._started = ""
        self.exercises: list[str] = []  # the exercises written, for the done screen
        self.run_s: int | None = None  # the running written, for the done screen

    @property
    def recording(self) -> bool:
        return self._journal is not None and self._journal.read_only is None

    def begin(self, journal: Journal | None, plan: StretchSession | IntervalPlan) -> None:
        self._prompt.clear()
        self._journal = journal
        self._plan = plan
        self._started = self._stamp()
        self.exercises, self.run_s = [], None

    def _stamp(self) -> str:
        return self._now().isoformat(timespec="seconds")

    def cues(self, cues: list[Cue], timeline: Timeline | None, reps_ended: RepsEnded) -> None:
        for cue in cues:
            if cue.kind is not CueKind.SET_COMPLETE or timeline is None:
                continue
            position = timeline.position_at(cue.offset_ms - 1)
            if position is not None:
                segment = position.segment
                ended = reps_ended(segment.set_number, segment.leg)
                self._stretch_done(segment, ended if ended is not None else segment.rep)

    def _stretch_done(self, segment: Segment, done: int, stopped: bool = False) -> None:
        if not isinstance(self._plan, StretchSession):
            return
        part = self._plan.parts[segment.set_number - 1]
        holds = getattr(part, "holds", 1)
        fields = {
            "at": self._stamp(),
            "exercise": part.exercise,
            "leg": segment.leg.value if segment.leg is not None else "both",
            "target": holds,
            "done": min(done, holds),
            "hold_s": getattr(part, "hold_ms", getattr(part, "window_ms", 0)) // 1000,
            "session": self._started,
            "stopped": stopped,
        }
        self.exercises.append(part.exercise)
        if self._journal is not None:
            self._save(lambda: self._journal.add_stretch(**fields), keep=True)

    def finished(self, timeline: Timeline | None) -> None:
        """The session ran to its end."""
        if timeline is not None and isinstance(self._plan, IntervalPlan):
            self._run_done(
                self._plan, timeline, float(timeline.total_ms), self._plan.cycles, stopped=False
            )

    def stopped(self, snapshot: Snapshot | None, timeline: Timeline | None) -> bool:
        """The runner stopped the session: keep what was done. True when there is something
        to ask about (the page stays for it)."""
        if snapshot is None or snapshot.position is None or timeline is None:
            return False
        segment = snapshot.position.segment
        elapsed = segment.start_ms + snapshot.position.elapsed_in_phase_ms
        if isinstance(self._plan, IntervalPlan):
            return self._run_done(
                self._plan, timeline, elapsed, snapshot.completed_reps, stopped=True
            )
        if segment.phase in (Phase.STRETCH, Phase.RELEASE):
            held = sum(1 for s in timeline.segments if s.phase is Phase.STRETCH and s.rep > 0
                       and block_of(s) == block_of(segment) and s.end_ms <= elapsed)  # fmt: skip
            if held:  # the whole holds of this side so far (one a pause cut short is none)
                self._stretch_done(segment, held, stopped=True)
        return False

    def _run_done(self, plan: IntervalPlan, timeline: Timeline, elapsed_ms: float, cycles: int,
                  stopped: bool) -> bool:  # fmt: skip
        run_s = run_ms_until(timeline, elapsed_ms) // 1000
        if run_s == 0 and stopped:
            return False  # stopped in the warm-up: no run to keep
        fields = {
            "at": self._stamp(),
            "week": plan.week,
            "run_s": run_s,
            "planned_run_s": plan.run_ms // 1000,
            "cycles": min(cycles, plan.cycles),
            "planned_cycles": plan.cycles,
            "stopped": stopped,
        }
        self.run_s = run_s
        journal = self._journal
        if journal is None:
            return False
        entry = PendingEntry(journal, RUNS,
                             lambda **later: journal.add_run(**fields, **later))  # fmt: skip
        self._save(entry.write, keep=True)
        if not self.recording:
            return False
        self._prompt.ask(self.tr("How much did the heel hurt during the run? 0-10"),
                         lambda pain: self._add(entry, pain_during=pain))  # fmt: skip
        self._prompt.ask(self.tr("And how does it feel now, after the run? 0-10"),
                         lambda pain: self._add(entry, pain_after=pain))  # fmt: skip
        return True

    def _add(self, entry: PendingEntry, **fields) -> None:
        write = entry.then(**fields)
        if write is not None:
            self._save(write)
