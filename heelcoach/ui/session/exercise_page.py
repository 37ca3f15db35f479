"""The session page of a stretch session or a walk/run session: which exercise and side,
the drawing to copy beside the time left, how to do it, and what comes next."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from heelcoach.core.exercises.intervals import IntervalPlan
from heelcoach.core.exercises.stretches import StretchSession
from heelcoach.core.timeline import Phase, Position, Segment
from heelcoach.session.driver import Snapshot

if TYPE_CHECKING:
    from heelcoach.core.kinds import SessionPlan
from heelcoach.ui.session.fit_label import FitLabel
from heelcoach.ui.session.illustration import Illustration
from heelcoach.ui.session.phase_text import PHASE_COLOUR, PHASE_MARK, phase_word
from heelcoach.ui.session.session_page import DONE_COLOUR, PAUSED_COLOUR, SessionPage
from heelcoach.ui.session.session_screen import common_status, session_button
from heelcoach.words.exercises import exercise_name, how_to
from heelcoach.words.plain import clock_text, duration_text, fill, leg_name

ExercisePlan = StretchSession | IntervalPlan


def exercise_plan(snapshot: Snapshot) -> ExercisePlan:
    """The plan of the stretch or walk/run session `snapshot` is a moment of."""
    return as_exercise_plan(snapshot.plan)


def as_exercise_plan(plan: SessionPlan) -> ExercisePlan:
    if not isinstance(plan, StretchSession | IntervalPlan):
        raise TypeError(f"the exercise page shows stretches or a walk/run, not {plan!r}")
    return plan


LONG_PHASE_MS = 60_000  # from a minute up, the time left is shown as minutes and seconds


class ExercisePage(SessionPage):
    done_clicked = Signal()
    PHASE_SCALE = 0.75

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._summary = ""
        self.title_label = FitLabel(0.6, bold=True)
        self.detail_label = FitLabel(0.6)
        self.illustration = Illustration()
        self.how_label = QLabel()
        self.how_label.setWordWrap(True)
        self.how_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.how_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        font = self.how_label.font()
        font.setPixelSize(20)
        self.how_label.setFont(font)
        self.pain_prompt.hide()
        self.done_button = session_button(self.done_clicked)

        header = QHBoxLayout()
        header.addWidget(self.title_label, 3)
        header.addWidget(self.detail_label, 2)
        clock = QVBoxLayout()
        clock.addWidget(self.phase_label, 30)
        clock.addWidget(self.seconds_label, 40)
        clock.addWidget(self.phase_bar, 6)
        self.movement = QWidget()  # the drawing and the clock; after a run, the question
        middle = QHBoxLayout(self.movement)
        middle.setContentsMargins(0, 0, 0, 0)
        middle.addWidget(self.illustration, 5)
        middle.addLayout(clock, 5)
        buttons = QHBoxLayout()
        for button in (self.pause_button, self.done_button, self.stop_button,
                       self.full_screen_button):  # fmt: skip
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.addLayout(header, 8)
        layout.addWidget(self.movement, 50)
        layout.addWidget(self.how_label)
        layout.addWidget(self.next_label, 7)
        layout.addWidget(self.status_label, 6)
        layout.addWidget(self.pain_prompt, 1)
        layout.addLayout(buttons)
        self.pain_prompt.came_or_went.connect(self._render)
        self._retranslate()

    def show_summary(self, summary: str) -> None:
        """What the done screen says of the session."""
        self._summary = summary
        self._render()

    def _retranslate(self) -> None:
        self.done_button.setText(self.tr("Done (Enter)"))
        super()._retranslate()

    def _render_moment(self, snapshot: Snapshot, position: Position, running: bool) -> None:
        plan = exercise_plan(snapshot)
        self.movement.show()
        self.pain_prompt.set_large(False)
        segment = position.segment
        exercise = plan.exercise_of(segment)
        self.done_button.setVisible(segment.phase is Phase.CURLS)
        self.title_label.setText(self._title(plan, exercise))
        self.detail_label.setText(self._detail(plan, segment))
        self.illustration.show_exercise(exercise)
        self.how_label.setText(how_to(exercise))
        colour = PHASE_COLOUR[segment.phase] if running else PAUSED_COLOUR
        word = f"{PHASE_MARK[segment.phase]} {phase_word(segment.phase)}"
        self.phase_label.setText(word if running else self.paused_text())
        self._colour(self.phase_label, colour)
        long_phase = segment.duration_ms >= LONG_PHASE_MS
        self.seconds_label.setText(clock_text(position.remaining_ms) if long_phase
                                   else str(position.seconds_left))  # fmt: skip
        self.phase_bar.show_progress(position.fraction, colour, segment.duration_ms // 1000)
        self.next_label.setText(self._next(plan, segment, position.following))
        self.status_label.setText(self._status(snapshot, segment))

    def _title(self, plan: ExercisePlan, exercise: str) -> str:
        name = exercise_name(exercise)
        if isinstance(plan, IntervalPlan):
            return fill(self.tr("%1 · week %2"), name, plan.week)
        return name

    def _session_title(self, plan: ExercisePlan, stopped: bool) -> str:
        """The done screen's: the session's, not its last exercise's."""
        if isinstance(plan, StretchSession) and len(plan.parts) > 1:
            return self.tr("Stretches stopped") if stopped else self.tr("Stretches done")
        return self._title(plan, plan.exercise_of(plan.segments()[0]))  # a walk/run, or one

    def _detail(self, plan: ExercisePlan, segment: Segment) -> str:
        count = plan.count_of(segment)
        side = leg_name(segment.leg) if segment.leg is not None else ""
        if segment.phase in (Phase.RUN, Phase.WALK):
            if segment.rep == 0:
                return self.tr("Warm-up walk")
            if segment.phase is Phase.WALK:
                return fill(self.tr("Walk %1 of %2"), segment.rep, count)
            return fill(self.tr("Run %1 of %2"), segment.rep, count)
        if segment.phase is Phase.CURLS:
            return fill(self.tr("%1 · 10-15 times"), side)
        if segment.phase is Phase.STRETCH and count:
            return fill(self.tr("%1 · hold %2 of %3"), side, segment.rep, count)
        return side

    def _next(self, plan: ExercisePlan, segment: Segment, following: Segment | None) -> str:
        if following is None:
            return self.finished_text()
        if plan.exercise_of(following) != plan.exercise_of(segment):
            return fill(self.tr("Next: %1"), exercise_name(plan.exercise_of(following)))
        if following.leg is not None and following.leg != segment.leg:
            return fill(self.tr("Next: %1"), leg_name(following.leg))
        return fill(self.tr("Next: %1 %2"), phase_word(following.phase),
                    duration_text(following.duration_ms))  # fmt: skip

    def _status(self, snapshot: Snapshot, segment: Segment) -> str:
        if self.confirming_stop:
            return self.tr("Stop now? What you have done is saved. Esc: stop · Space: keep going")
        common = common_status(snapshot)
        if common is not None:
            return common
        if segment.phase is Phase.CURLS:
            return self.tr("Enter: done with this foot")
        return ""

    def _render_finished(self, snapshot: Snapshot) -> None:
        self.done_button.hide()
        asking = self.pain_prompt.still_asking()
        self.movement.setVisible(not asking)  # the run's questions have the middle
        self.pain_prompt.set_large(asking)
        stopped = snapshot.stopped
        self.phase_label.setText(self.done_text(snapshot))
        colour = PAUSED_COLOUR if stopped else DONE_COLOUR
        self._colour(self.phase_label, colour)
        self.phase_bar.show_progress(1.0, colour, 0)
        self.seconds_label.setText("")
        self.title_label.setText(self._session_title(exercise_plan(snapshot), stopped))
        self.detail_label.setText("")
        self.how_label.setText(self._summary)
        self.next_label.setText("")
        self.status_label.setText("" if self.pain_prompt.still_asking()
                                  else self.back_text())  # fmt: skip
