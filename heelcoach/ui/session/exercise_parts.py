"""The parts of the guided session for the exercises beside the heel raise (a stretch
session, a walk/run): their page (the drawing to copy, the time left) and their recorder,
and the done screen's summary."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from heelcoach.core.session import RunState
from heelcoach.ui.session.exercise_page import ExercisePage, as_exercise_plan
from heelcoach.ui.session.exercise_recorder import ExerciseRecorder
from heelcoach.words.exercises import exercise_name
from heelcoach.words.plain import fill

if TYPE_CHECKING:
    from heelcoach.core.kinds import SessionPlan
    from heelcoach.core.timeline import Cue, Timeline
    from heelcoach.journal.journal import Journal
    from heelcoach.session.driver import RepsEnded, SessionDriver, Snapshot


class ExerciseParts(QObject):
    leaves_with_questions_open = False  # a run's two questions are answered first

    def __init__(self, driver: Callable[[], SessionDriver], now: Callable[[], datetime],
                 save: Callable[..., object], leave: Callable[[], None],
                 parent: QObject) -> None:  # fmt: skip
        """`driver`: the guided session's, which this kind's sessions run on."""
        super().__init__(parent)
        self.leave = leave
        self.page = ExercisePage()
        self.page.done_clicked.connect(lambda: driver().end_set())  # shown only while it runs
        self.recorder = ExerciseRecorder(self.page.pain_prompt, now, save, self)

    def begin(self, plan: SessionPlan, journal: Journal | None, extras: dict[str, Any]) -> None:
        self.recorder.begin(journal, as_exercise_plan(plan))
        self.page.show_summary("")

    def cues(self, cues: list[Cue], timeline: Timeline | None, reps_ended: RepsEnded) -> None:
        self.recorder.cues(cues, timeline, reps_ended)

    def is_a_try(self, _snapshot: Snapshot) -> bool:
        return False  # a stretch or a run stopped early is kept as far as it went

    def discard(self) -> None:
        """Never asked: see is_a_try."""

    def stopped(self, snapshot: Snapshot | None, timeline: Timeline | None) -> bool:
        if snapshot is None or snapshot.state is RunState.FINISHED:
            return False
        asks = self.recorder.stopped(snapshot, timeline)
        if asks:
            self._summarise()
        return asks

    def finished(self, timeline: Timeline | None) -> None:
        self.recorder.finished(timeline)
        self._summarise()

    def showing(self, _snapshot: Snapshot) -> None:
        """Its questions come at the end: nothing to put away as it goes."""

    def close(self) -> None:
        """Nothing is typed on its page."""

    def _summarise(self) -> None:
        recorder = self.recorder
        if recorder.run_s is not None:
            summary = self.tr("%1 min run. Keep the heel raises going every other day.")
            self.page.show_summary(fill(summary, f"{recorder.run_s / 60:.0f}"))
        else:
            names = dict.fromkeys(map(exercise_name, recorder.exercises))
            self.page.show_summary(" · ".join(names))
