"""The heel raise's session page: the set, rep and leg above; the seconds, the tempo's bar
and the reps in the middle (or, in a rest, the question about the set just done, large)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from heelcoach.core.exercises.heel_raise import SetPlan
from heelcoach.core.legs import Leg
from heelcoach.core.session import RunState
from heelcoach.core.timeline import Phase, Position, Segment
from heelcoach.session.driver import Snapshot
from heelcoach.ui.session.fit_label import FitLabel
from heelcoach.ui.session.phase_text import PHASE_COLOUR, PHASE_MARK, phase_word
from heelcoach.ui.session.session_note import SessionNote
from heelcoach.ui.session.session_page import (
    DONE_COLOUR,
    PAUSED_COLOUR,
    TEXT_COLOUR,
    SessionPage,
)
from heelcoach.ui.session.session_screen import common_status, session_button
from heelcoach.words.plain import clock_text, duration_text, fill, leg_name
from heelcoach.words.plans import set_screen_dose

PROMPT_AREA_LINES = 6
"""The room below the done screen for the note typed at the end."""
FILLED_REP, OPEN_REP = "●", "○"


def heel_raise_plan(snapshot: Snapshot) -> SetPlan:
    """The plan of the heel-raise session `snapshot` is a moment of."""
    plan = snapshot.plan
    if not isinstance(plan, SetPlan):
        raise TypeError(f"the heel raise's page shows a SetPlan, not {type(plan).__name__}")
    return plan


def _leg(leg: Leg | None) -> str:
    return leg_name(leg) if leg is not None else ""


class HeelRaisePage(SessionPage):
    skip_rest_clicked = Signal()
    extend_rest_clicked = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._note = ""  # what the coach said during the session (the sets to come lighter)
        self._summary: tuple[str, str, str, str] | None = None  # the done screen's lines
        self._may_go_on = True  # stopped, the rest may follow today

        self.set_label = FitLabel(0.55)
        self.rep_label = FitLabel(0.55, bold=True)
        self.leg_label = FitLabel(0.55)
        self.rep_marks = FitLabel(0.8)
        self.session_note = SessionNote()
        self.skip_button = session_button(self.skip_rest_clicked)
        self.extend_button = session_button(self.extend_rest_clicked)

        header = QHBoxLayout()
        for label in (self.set_label, self.rep_label, self.leg_label):
            header.addWidget(label, 1)
        buttons = QHBoxLayout()
        for button in (self.pause_button, self.stop_button, self.skip_button,
                       self.extend_button, self.full_screen_button):  # fmt: skip
            buttons.addWidget(button)

        self.middle = self._make_middle()
        self.prompt_area = self._make_prompt_area()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.addLayout(header, 10)
        layout.addWidget(self.phase_label, 30)
        layout.addWidget(self.middle, 38)
        layout.addSpacing(8)
        layout.addWidget(self.next_label, 9)
        layout.addWidget(self.status_label, 7)
        layout.addWidget(self.prompt_area)
        layout.addLayout(buttons)
        self.pain_prompt.set_large(True)
        self.pain_prompt.came_or_went.connect(self._render)
        self.pain_prompt.answered.connect(lambda _value: self._render())
        self._retranslate()

    def _make_middle(self) -> QStackedWidget:
        """The movement (the seconds, the bar, the reps), or in a rest or a change of leg
        the question about the set just done, large."""
        movement = QWidget()
        movement_layout = QVBoxLayout(movement)
        movement_layout.setContentsMargins(0, 0, 0, 0)
        movement_layout.addWidget(self.seconds_label, 28)
        movement_layout.addWidget(self.phase_bar, 6)
        movement_layout.addWidget(self.rep_marks, 8)
        self.question_page = QWidget()
        question_layout = QVBoxLayout(self.question_page)
        question_layout.setContentsMargins(0, 0, 0, 0)
        question_layout.addWidget(self.pain_prompt)
        middle = QStackedWidget()
        middle.addWidget(movement)
        middle.addWidget(self.question_page)
        return middle

    def _make_prompt_area(self) -> QWidget:
        """The room for the note typed at the end."""
        area = QWidget()
        area.setFixedHeight(QFontMetrics(self.font()).lineSpacing() * PROMPT_AREA_LINES)
        prompt_layout = QVBoxLayout(area)
        prompt_layout.setContentsMargins(0, 0, 0, 0)
        prompt_layout.addWidget(self.session_note)
        prompt_layout.addStretch(1)
        return area

    def _place_prompt(self, large: bool) -> None:
        """The question large in the middle when the runner can answer it (a rest, a change
        of leg, the end); parked while a set is under way, kept for the next pause."""
        if large:
            self.pain_prompt.set_large(True)
        focus = QApplication.focusWidget()
        had_focus = focus is not None and (focus is self.pain_prompt
                                           or self.pain_prompt.isAncestorOf(focus))  # fmt: skip
        self.pain_prompt.park(not large)
        if had_focus and not large:
            self.setFocus()  # the digits and Space stay with the set page

    def show_note(self, note: str) -> None:
        """A word from the coach for the rest of the session ("" takes it away)."""
        self._note = note
        self._render()

    def show_summary(self, summary: tuple[str, str, str, str] | None,
                     may_go_on: bool = True) -> None:  # fmt: skip
        """What the done screen says of the session: reps and load; the highest pain; the
        next session; each set. `may_go_on`: stopped, the rest may be done today (not
        after pain in the red)."""
        self._summary = summary
        self._may_go_on = may_go_on
        self._render()

    def _retranslate(self) -> None:
        self.skip_button.setText(self.tr("Skip rest (N)"))
        self.extend_button.setText(self.tr("+30 s (+)"))
        super()._retranslate()

    def _render_moment(self, snapshot: Snapshot, position: Position, running: bool) -> None:
        self.prompt_area.setVisible(False)  # the note's room: in a set, the lines have it
        in_rest = snapshot.in_rest
        self.skip_button.setVisible(in_rest)
        self.extend_button.setVisible(in_rest)
        segment = position.segment
        plan = heel_raise_plan(snapshot)
        legs = plan.legs.legs
        changing_leg = (segment.phase is Phase.COUNT_IN and segment.leg in legs[1:]
                        and not segment.resumes_a_rep)  # fmt: skip
        large = self.pain_prompt.has_question and (in_rest or changing_leg
                                                   or self._asking_about_try)  # fmt: skip
        self._place_prompt(large)
        self.middle.setCurrentIndex(1 if large else 0)

        if plan.to_failure:
            self.set_label.setText(fill(self.tr("Set %1"), segment.set_number))
            self.rep_label.setText(fill(self.tr("Rep %1"), segment.rep) if segment.rep
                                   else self.tr("To failure"))  # fmt: skip
        else:
            self.set_label.setText(fill(self.tr("Set %1 of %2"), segment.set_number, plan.sets))
            if segment.rep:
                self.rep_label.setText(fill(self.tr("Rep %1 of %2"), segment.rep, plan.reps))
            else:
                self.rep_label.setText(self.tr("%n reps", "", plan.reps))
        self.leg_label.setText(_leg(segment.leg))

        colour = PHASE_COLOUR[segment.phase] if running else PAUSED_COLOUR
        self.phase_label.setText(self._phase_text(snapshot, position, changing_leg, large))
        self._colour(self.phase_label, colour)
        self.seconds_label.setText(
            clock_text(position.remaining_ms) if in_rest else str(position.seconds_left)
        )
        self._colour(self.seconds_label, TEXT_COLOUR if running else PAUSED_COLOUR)
        # The bar moves as the heel does: it fills going up and empties coming down.
        fraction = 1 - position.fraction if segment.phase is Phase.DOWN else position.fraction
        self.phase_bar.show_progress(fraction, colour, segment.duration_ms // 1000)
        self.rep_marks.setText(self._rep_marks(segment.rep, 0 if plan.to_failure else plan.reps))
        self.next_label.setText(self._next_text(segment, position.following, plan.sets))
        self.status_label.setText(self._status_text(snapshot, position))

    def _phase_text(self, snapshot: Snapshot, position: Position, changing_leg: bool,
                    large: bool) -> str:  # fmt: skip
        segment = position.segment
        if snapshot.state is not RunState.RUNNING:
            return self.paused_text()
        if changing_leg:
            next_leg = fill(self.tr("%1 next"), _leg(segment.leg))
            # The question has the middle: the count-in's number comes up beside the leg.
            return f"{next_leg} · {position.seconds_left}" if large else next_leg
        if large:  # the rest's clock moves up: the question has the middle
            return f"{PHASE_MARK[segment.phase]} {phase_word(segment.phase)} " + clock_text(
                position.remaining_ms
            )
        return f"{PHASE_MARK[segment.phase]} {phase_word(segment.phase)}"

    @staticmethod
    def _rep_marks(rep: int, reps: int) -> str:
        """One mark per rep of the set, filled up to the one under way."""
        marks = FILLED_REP * rep + OPEN_REP * max(0, reps - rep)
        return " ".join(marks)

    def _render_finished(self, snapshot: Snapshot) -> None:
        self.prompt_area.setVisible(True)
        self.skip_button.setVisible(False)
        self.extend_button.setVisible(False)
        asking = self.pain_prompt.still_asking()  # the question after has the middle till then
        self._place_prompt(large=asking)
        self.middle.setCurrentIndex(1 if asking else 0)
        for label in (self.set_label, self.rep_label, self.leg_label):
            label.setText("")  # the session is summed up below, set by set
        self.phase_label.setText(self.done_text(snapshot))
        self._colour(self.phase_label, PAUSED_COLOUR if snapshot.stopped else DONE_COLOUR)
        self.phase_bar.show_progress(1.0, PAUSED_COLOUR if snapshot.stopped else DONE_COLOUR, 0)
        if self._summary is None:
            self.seconds_label.setText(self.tr("%n reps", "", snapshot.completed_reps))
            self.rep_marks.setText("")
            self.next_label.setText(
                self.tr("Well done. Now a rest day: the heel recovers before the next session.")
            )
            self.status_label.setText(self.back_text())
        else:
            reps, pain, next_session, sets = self._summary
            self.seconds_label.setText(reps)
            self._colour(self.seconds_label, TEXT_COLOUR)
            self.rep_marks.setText(sets)
            self.next_label.setText(pain)
            if snapshot.stopped and self._may_go_on:  # not "next session on Friday"
                go_on = self.tr("You can do the rest today with Go on · Esc: back")
                self.status_label.setText(go_on)
            else:
                self.status_label.setText(fill(self.tr("%1 · Esc: back"), next_session))

    def _next_text(self, segment: Segment, following: Segment | None, sets: int) -> str:
        if following is None:
            return self.finished_text()
        if (
            following.phase is Phase.COUNT_IN
            and following.leg != segment.leg
            and following.set_number == segment.set_number
        ):
            return fill(self.tr("Next: %1"), _leg(following.leg))
        if following.phase is Phase.COUNT_IN and segment.phase is not Phase.REST:
            return fill(self.tr("Next: set %1 of %2"), following.set_number, sets)
        return fill(
            self.tr("Next: %1 %2"),
            phase_word(following.phase),
            duration_text(following.duration_ms),
        )

    def _status_text(self, snapshot: Snapshot, position: Position) -> str:
        if self._asking_about_try:
            return self.tr(
                "1: count it · Esc or 2: just trying it out, save nothing · Space: keep going"
            )
        if self._confirming_stop and (snapshot.not_recorded or not snapshot.completed_reps):
            return self.tr("Stop now? Esc: stop · Space: keep going")
        if self._confirming_stop:
            return self.tr(
                "Stop now? The %n reps done are saved. Esc: stop · Space: keep going",
                "",
                snapshot.completed_reps,
            )
        common = common_status(snapshot)
        if common is not None:
            return common
        if self._note:
            return self._note
        between_reps = position.segment.phase in (Phase.COUNT_IN, Phase.REST)
        plan = heel_raise_plan(snapshot)
        if plan.to_failure and not between_reps:
            return self.tr("Enter: that was my last rep · F: that was my last set")
        return set_screen_dose(plan)  # checked before the first rep
