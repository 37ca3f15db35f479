"""The heel raise's parts of the guided session: its page (the reps, the tempo's bar), its
recorder (each set written, its pain asked), the sets made lighter after one in the red,
and the done screen's summary."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from heelcoach.core.exercises.heel_raise import SetPlan
from heelcoach.ui.session.heel_raise_page import HeelRaisePage, heel_raise_plan
from heelcoach.ui.session.heel_raise_recorder import HeelRaiseRecorder

if TYPE_CHECKING:
    from heelcoach.core.kinds import SessionPlan
    from heelcoach.core.timeline import Cue, Timeline
    from heelcoach.journal.journal import Journal
    from heelcoach.session.driver import RepsEnded, SessionDriver, Snapshot


def starts_a_new_set(snapshot: Snapshot) -> bool:
    """The count-in of a set (not of its second leg, nor after a pause) is running."""
    from heelcoach.core.session import RunState
    from heelcoach.core.timeline import Phase

    position = snapshot.position
    if position is None or snapshot.state is not RunState.RUNNING:
        return False
    segment = position.segment
    return (segment.phase is Phase.COUNT_IN and not segment.resumes_a_rep
            and segment.leg == heel_raise_plan(snapshot).legs.legs[0])  # fmt: skip


class HeelRaiseParts(QObject):
    leaves_with_questions_open = True  # "pain after" is asked again on Today

    def __init__(self, driver: Callable[[], SessionDriver], now: Callable[[], datetime],
                 save: Callable[..., object], leave: Callable[[], None],
                 parent: QObject) -> None:  # fmt: skip
        """`driver`: the guided session's, which this kind's sessions run on."""
        super().__init__(parent)
        self._driver = driver
        self._now = now
        self.leave = leave
        self.page = HeelRaisePage()
        self.page.skip_rest_clicked.connect(lambda: driver().skip_rest())
        self.page.extend_rest_clicked.connect(lambda: driver().extend_rest())
        self.recorder = HeelRaiseRecorder(self.page.pain_prompt, self.page.session_note, now,
                                          save, self)  # fmt: skip
        self.recorder.tally_changed.connect(self._show_tally)
        self.recorder.red_set.connect(self._lighten_later_sets)
        self._before = None  # the coach's Today as the session started (the done screen)

    def begin(self, plan: SessionPlan, journal: Journal | None, extras: dict[str, Any]) -> None:
        """`extras`: `before`, the coach's Today as the session starts (None without a
        journal); `said`, what the session entry keeps of the coach (its verdict, the plan
        taken); `goes_on_with`, a session stopped today that this one goes on with."""
        assert isinstance(plan, SetPlan)
        self._before = extras.get("before")
        self.recorder.begin(journal, plan, extras.get("said") or {}, extras.get("goes_on_with"))
        self.page.show_summary(None)
        self.page.show_note("")

    def cues(self, cues: list[Cue], timeline: Timeline | None, reps_ended: RepsEnded) -> None:
        self.recorder.cues(cues, timeline, reps_ended)

    def is_a_try(self, snapshot: Snapshot) -> bool:
        return self.recorder.is_a_try(snapshot)

    def discard(self) -> None:
        self.recorder.discard()

    def stopped(self, snapshot: Snapshot | None, _timeline: Timeline | None) -> bool:
        return self.recorder.stopped(snapshot)

    def finished(self, _timeline: Timeline | None) -> None:
        self.recorder.finished()

    def showing(self, snapshot: Snapshot) -> None:
        prompt = self.page.pain_prompt
        if prompt.has_question and starts_a_new_set(snapshot):
            prompt.clear()  # the last set's questions had the rest

    def close(self) -> None:
        self.recorder.close()

    def _lighten_later_sets(self, pain: int) -> None:
        """A set in the red (guide: reduce the load): the sets still to come are lighter,
        and the rest screen says so."""
        from heelcoach.coach.todays_set import lighter_sets
        from heelcoach.words.done import lighter_sets_text

        driver = self._driver()
        plan, snapshot = driver.plan, driver.snapshot()
        if not isinstance(plan, SetPlan) or snapshot is None or snapshot.position is None:
            return
        lighter = lighter_sets(plan)
        if lighter is None:
            if plan.to_failure:
                self.page.show_note(lighter_sets_text(pain, plan, None))
            return
        first = driver.lay_out_later_sets(lighter)
        if first is not None:
            self.recorder.use_plan(lighter, first)
            self.page.show_note(lighter_sets_text(pain, plan, lighter))

    def _show_tally(self, tally) -> None:
        from heelcoach.coach.rules import went_red
        from heelcoach.words.done import done_summary

        self.page.show_summary(done_summary(tally, self._before, self._now().date()),
                               may_go_on=not went_red(tally.highest_pain))  # fmt: skip
