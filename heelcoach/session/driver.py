"""The Qt side of a guided session of any kind: reads one clock, feeds the pure run, tells
the screen, and sends each cue on its one route: the sound has it at its sample from the
start, the voice (if any) says it as it falls due.

Every cue is due at start + offset on the same monotonic clock; the frame timer only
decides how often we look, never when something is due. The timer runs only while a
session runs, so an idle app wakes for nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from heelcoach.core.plans_by_set import PlansBySet
from heelcoach.core.session import PauseReason, RunState, SessionRun
from heelcoach.core.timeline import Cue, Phase, Position, Timeline
from heelcoach.system.clock import monotonic_ms

if TYPE_CHECKING:
    from heelcoach.audio.cue_sound import CueSound
    from heelcoach.core.kinds import SessionPlan
    from heelcoach.core.legs import Leg

RepsEnded = Callable[[int, "Leg | None"], "int | None"]
"""The reps of a set (on a leg) the runner ended, once it has ended; None for one run out."""

FRAME_INTERVAL_MS = 16
"""One look per 60 Hz display refresh keeps the phase bar smooth. The timer's own jitter
(a coarse timer may fire up to 5 % late) moves no cue: cues are due by the clock."""


@dataclass(frozen=True, slots=True)
class Snapshot:
    """What the screen needs to show one moment of a session."""

    plan: SessionPlan  # the kind's plan: a SetPlan, a StretchSession, an IntervalPlan
    state: RunState
    position: Position | None
    completed_reps: int
    pause_reason: PauseReason | None
    behind_by_ms: float
    sound_off: str = ""  # why the set is silent, if it is
    muted: bool = False  # filled in by the window, which knows the setting
    not_recorded: str = ""  # why the set is not being saved, if it is not (the window's)
    stopped: bool = False  # the runner stopped the session (the done screen says so)
    stopped_after_ms: float = 0.0  # how far into the session, when stopped

    def ended_by_the_runner(self) -> Snapshot:
        """This moment as the done screen shows it: the session stopped here."""
        from dataclasses import replace

        elapsed = 0.0
        if self.position is not None:
            elapsed = self.position.segment.start_ms + self.position.elapsed_in_phase_ms
        return replace(self, state=RunState.FINISHED, position=None, stopped=True,
                       stopped_after_ms=elapsed)  # fmt: skip

    @property
    def has_reps_to_lose(self) -> bool:
        return self.state is not RunState.FINISHED and self.completed_reps > 0

    @property
    def under_way(self) -> bool:
        """Past the session's first count-in and not at its end: leaving now cuts it short."""
        if self.state is RunState.FINISHED or self.position is None:
            return False
        segment = self.position.segment
        return (
            self.completed_reps > 0 or segment.phase is not Phase.COUNT_IN or segment.start_ms > 0
        )

    @property
    def in_rest(self) -> bool:
        return self.position is not None and self.position.segment.phase is Phase.REST


class SessionDriver(QObject):
    """Drives a SessionRun from a clock and re-emits what happens as signals."""

    changed = Signal(object)  # Snapshot, at most once per frame while running
    cues_due = Signal(list)  # list[Cue], in order, each exactly once
    finished = Signal()
    stopped = Signal()

    def __init__(self, clock: Callable[[], float] = monotonic_ms, sound: CueSound | None = None,
                 say: Callable[[list[Cue]], None] | None = None, parent=None) -> None:  # fmt: skip
        """`say` speaks cues as they fall due (the voice); None: no voice."""
        super().__init__(parent)
        self._sound = sound
        self._say = say
        self._clock = sound.clock if sound is not None else clock
        self._plan = None  # the kind's plan of the session under way, as it stands
        self._plans: PlansBySet | None = None  # each set's: a set under way keeps its own
        self._run: SessionRun | None = None
        self._frame = QTimer(self)
        self._frame.setInterval(FRAME_INTERVAL_MS)
        self._frame.timeout.connect(self._on_frame)

    @property
    def is_active(self) -> bool:
        return self._run is not None and self._run.state in (RunState.RUNNING, RunState.PAUSED)

    @property
    def timeline(self) -> Timeline | None:
        return self._run.timeline if self._run is not None else None

    @property
    def plan(self):
        """The plan of the session under way (as it stands: a set in the red lightens it)."""
        return self._plan

    @property
    def is_ticking(self) -> bool:
        return self._frame.isActive()

    def snapshot(self) -> Snapshot | None:
        if self._run is None or self._plan is None:
            return None
        now = self._clock()
        position = self._run.position(now)
        plan = self._plan
        if position is not None and self._plans is not None:
            plan = self._plans.for_set(max(1, position.segment.set_number))
        return Snapshot(
            plan=plan,
            state=self._run.state,
            position=position,
            completed_reps=self._run.completed_reps(now),
            pause_reason=self._run.pause_reason,
            behind_by_ms=self._run.behind_by_ms,
            sound_off=self._sound.reason if self._sound is not None else "",
        )

    def start(self, plan) -> None:
        """`plan`: any kind's plan (it lays itself out with `timeline()`)."""
        self._plan = plan
        self._plans = PlansBySet.of(plan)
        self._run = SessionRun(plan.timeline())
        if self._sound is not None:
            self._sound.begin(self._run.timeline)  # the sound's clock starts with its first sample
        self._run.start(self._clock())
        self._frame.start()
        self._on_frame()

    def toggle_pause(self) -> None:
        if self._run is None:
            return
        if self._run.state is RunState.RUNNING:
            self.pause()
        elif self._run.state is RunState.PAUSED:
            self.resume()

    def pause(self) -> None:
        if self._run is not None and self._run.state is RunState.RUNNING:
            if self._sound is not None:
                self._sound.pause()  # first, so the clock stops on the sample last heard
            self._run.pause(self._clock())
            self._after_change()

    def resume(self) -> None:
        """After a count-in (its sound too): the run lays one out where the pause was."""
        if self._run is not None and self._run.state is RunState.PAUSED:
            self._run.resume(self._clock())
            if self._sound is not None:
                self._sound.resume(self._run.timeline, self._run.elapsed_ms(self._clock()))
            self._after_change()

    def skip_rest(self) -> bool:
        return self._edit(SessionRun.skip_rest)

    def extend_rest(self) -> bool:
        return self._edit(SessionRun.extend_rest)

    def end_set(self) -> bool:
        """A set to failure: that was the last rep; towel curls: done on this foot."""
        return (
            self._plan is not None and self._plan.ends_on_request and self._edit(SessionRun.end_set)
        )

    def finish_early(self) -> bool:
        """A session to failure: that was the last set."""
        return (
            self._plan is not None and self._plan.to_failure and self._edit(SessionRun.finish_early)
        )

    def lay_out_later_sets(self, plan) -> int | None:
        """The sets still to begin as `plan` has them (lighter): the first of them, or None
        if none is left. The set under way runs on as it began."""
        snapshot = self.snapshot()
        if snapshot is None or snapshot.position is None or self._plans is None:
            return None
        segment = snapshot.position.segment
        first = segment.set_number + (segment.phase is not Phase.REST)
        if not self._edit(lambda run, now: run.lay_out_later_sets(now, plan.timeline())):
            return None
        self._plan = plan
        self._plans = self._plans.from_set(first, plan)
        return first

    def reps_ended(self, set_number: int, leg) -> int | None:
        """The reps of a set the runner ended, once it has ended; None for one that ran out."""
        return self._run.reps_ended.get((set_number, leg)) if self._run is not None else None

    def stop(self) -> None:
        self._frame.stop()
        if self._sound is not None and self._run is not None:
            self._sound.end()
        self._run = None
        self._plan = None
        self._plans = None
        self.stopped.emit()

    def _edit(self, change: Callable[[SessionRun, float], bool]) -> bool:
        now = self._clock()
        if self._run is None or not change(self._run, now):
            return False
        if self._sound is not None:
            self._sound.reshape(self._run.timeline, self._run.elapsed_ms(now))
        self._after_change()
        return True

    def _after_change(self) -> None:
        if self._run is None:
            return
        if self._run.state is RunState.RUNNING:
            if not self._frame.isActive():
                self._frame.start()
            self._on_frame()
        else:
            self._frame.stop()
            self.changed.emit(self.snapshot())

    def _on_frame(self) -> None:
        run = self._run
        if run is None:
            self._frame.stop()
            return
        cues: list[Cue] = run.advance(self._clock())
        if cues:
            if self._say is not None:
                self._say(cues)
            self.cues_due.emit(cues)
        if run.state is not RunState.RUNNING:
            self._frame.stop()
        self.changed.emit(self.snapshot())
        if run.state is RunState.FINISHED:
            if self._sound is not None:
                self._sound.finish()
            self.finished.emit()
