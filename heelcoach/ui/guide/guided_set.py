"""The guided set as the window runs it: the set page, its driver on the sound's clock, and
the recorder that writes each set and asks how it went. Built at the first start: they
pull in the tempo engine and QtMultimedia, which the first frame does not need."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from heelcoach.core.exercises.heel_raise import SetPlan
from heelcoach.settings import MUTED, Settings

if TYPE_CHECKING:
    from heelcoach.core.timeline import Cue
    from heelcoach.journal.journal import Journal
    from heelcoach.session.driver import SetDriver, Snapshot
    from heelcoach.ui.guide.session_recorder import SessionRecorder
    from heelcoach.ui.guide.set_page import SetPage
    from heelcoach.ui.journal.window_journal import WindowJournal
    from heelcoach.ui.today.sound_control import SoundControl


def starts_a_new_set(snapshot: Snapshot) -> bool:
    """The count-in of a set (not of its second leg, nor after a pause) is running."""
    from heelcoach.core.session import RunState
    from heelcoach.core.timeline import Phase

    position = snapshot.position
    if position is None or snapshot.state is not RunState.RUNNING:
        return False
    segment = position.segment
    return (segment.phase is Phase.COUNT_IN and not segment.resumes_a_rep
            and segment.leg == snapshot.plan.legs.legs[0])  # fmt: skip


class GuidedSet(QObject):
    def __init__(self, window, settings: Settings, clock: Callable[[], float],
                 sound_control: Callable[[], SoundControl], journal_access: WindowJournal,
                 now: Callable[[], datetime]) -> None:  # fmt: skip
        """`window` is the main window: its pages hold the set page, and its buttons call
        back (pause, stop, full screen)."""
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._clock = clock
        self._sound_control = sound_control
        self._journal_access = journal_access
        self._now = now
        self._driver: SetDriver | None = None
        self._page: SetPage | None = None
        self._recorder: SessionRecorder | None = None
        self._before = None  # the coach's Today as the session started (the done screen)
        self._try: Snapshot | None = None  # stopped early in the first set: count it or not?

    @property
    def built(self) -> bool:
        return self._driver is not None

    @property
    def existing_page(self) -> SetPage | None:
        """The set page if a set has been started, else None (it is not built for less)."""
        return self._page

    @property
    def page(self) -> SetPage:
        if self._page is None:
            from heelcoach.ui.guide.set_page import SetPage

            window = self._window
            page = SetPage()
            page.pause_clicked.connect(window.start_or_toggle_pause)
            page.stop_clicked.connect(window.stop)
            page.skip_rest_clicked.connect(self.skip_rest)
            page.extend_rest_clicked.connect(self.extend_rest)
            page.full_screen_clicked.connect(window.toggle_full_screen)
            window.pages.addWidget(page)
            self._page = page
        return self._page

    @property
    def driver(self) -> SetDriver:
        if self._driver is None:
            from heelcoach.session.driver import SetDriver
            from heelcoach.ui.guide.session_recorder import SessionRecorder

            control = self._sound_control()
            self._driver = SetDriver(self._clock, control.sound, control.speak, self)
            self._recorder = SessionRecorder(self.page.pain_prompt, self.page.session_note,
                                             self._now, self._journal_access.save,
                                             self)  # fmt: skip
            self._driver.changed.connect(self._show_snapshot)
            self._driver.changed.connect(self._window.screen_awake.follow)
            self._driver.stopped.connect(self._window.screen_awake.release)
            self._driver.cues_due.connect(self._cues_due)
            self._driver.finished.connect(self._recorder.finished)
            self._recorder.tally_changed.connect(self._show_tally)
            self._recorder.red_set.connect(self._lighten_later_sets)
        return self._driver

    def is_current(self) -> bool:
        return self._page is not None and self._window.pages.currentWidget() is self._page

    def start(self, plan: SetPlan, journal: Journal | None, before,
              said: dict | None = None,
              goes_on_with: tuple[str, int] | None = None) -> None:  # fmt: skip
        """`before`: the coach's Today as the session starts (None without a journal);
        `said`: what the session entry keeps of the coach (its verdict, the plan taken);
        `goes_on_with`: a session stopped today that this one goes on with."""
        page = self.page
        page.ask_to_confirm_stop(False)
        self._window.pages.setCurrentWidget(page)
        page.setFocus()
        driver = self.driver
        self._before = before
        self._try = None
        self._recorder.begin(journal, plan, said or {}, goes_on_with)
        page.show_summary(None)
        page.show_note("")
        driver.start(plan)

    def toggle_pause(self) -> None:
        if self.page.confirming_stop:
            self.page.ask_to_confirm_stop(False)
            if self._try is not None:
                self._try = None
                self.page.pain_prompt.clear()
            self.driver.resume()
        else:
            self.driver.toggle_pause()

    def stop(self) -> bool:
        """Esc on the set page: past the count-in, the first Esc asks and a second confirms
        (the reps done are kept). Stopped in the first set before half its reps, it asks
        whether that counts as today's session; no, the default, keeps nothing of it. True
        when the set page may be left now."""
        if self._try is not None:  # Esc to "count this as today's session?": no
            self._discard_try()
            return True
        snapshot = self.driver.snapshot()
        if snapshot is not None and snapshot.under_way and not self.page.confirming_stop:
            self.driver.pause()
            if snapshot.completed_reps and self._recorder.is_a_try(snapshot):
                self._ask_about_try(snapshot)
            else:
                self.page.ask_to_confirm_stop(True)
            return False
        return self._stop_keeping(snapshot)

    def _ask_about_try(self, snapshot: Snapshot) -> None:
        self._try = snapshot
        self.page.ask_to_confirm_stop(True, a_try=True)
        prompt = self.page.pain_prompt
        prompt.clear()
        choices = (self.tr("Yes, count it"), self.tr("No, I was just trying it out"))
        prompt.ask_choice(self.tr("Count this as today's session?"), choices,
                          self._answer_about_try, skippable=False)  # fmt: skip

    def _answer_about_try(self, choice: int) -> None:
        snapshot, self._try = self._try, None
        if snapshot is None:
            return
        if choice == 2:
            self._try = snapshot
            self._discard_try()
            self._window.back_to_today()
        else:
            self._stop_keeping(snapshot)

    def _discard_try(self) -> None:
        """Not counted: nothing of it is written, and Today is as it was."""
        self._try = None
        self.page.ask_to_confirm_stop(False)
        self._recorder.discard()
        self.driver.stop()

    def _stop_keeping(self, snapshot: Snapshot | None) -> bool:
        self.page.ask_to_confirm_stop(False)
        asks = self._recorder.stopped(snapshot)
        self.driver.stop()
        if asks and snapshot is not None:  # its pain is still to come: the done screen stays
            self.page.show_snapshot(snapshot.ended_by_the_runner())
            return False
        return True

    def would_cut_short(self) -> bool:
        """Leaving now would stop reps under way, and the runner has not been asked yet."""
        if self._driver is None or self.page.confirming_stop:
            return False
        snapshot = self._driver.snapshot()
        return snapshot is not None and snapshot.under_way

    def end_set(self) -> None:
        """Enter, in a set to failure: that was the last rep."""
        if self._driver is not None and self.is_current():
            self._driver.end_set()

    def finish_early(self) -> None:
        """F, in a session to failure: that was the last set."""
        if self._driver is not None and self.is_current():
            self._driver.finish_early()

    def skip_rest(self) -> None:
        if self._driver is not None:
            self._driver.skip_rest()

    def extend_rest(self) -> None:
        if self._driver is not None:
            self._driver.extend_rest()

    def sound_changed(self) -> None:
        if self._driver is not None and self._driver.is_active:
            self._show_snapshot(self._driver.snapshot())  # a paused set shows "Muted" too

    def end_for_closing(self) -> None:
        """The window closes: a running set ends as with Esc, its reps kept (a try too:
        with nobody to ask, nothing done is thrown away)."""
        if self._driver is not None:
            self._recorder.stopped(self._try or self._driver.snapshot())
            self._try = None
            self._driver.stop()
            self._recorder.close()

    def _lighten_later_sets(self, pain: int) -> None:
        """A set in the red (guide: reduce the load): the sets still to come are lighter,
        and the rest screen says so."""
        from heelcoach.coach.todays_set import lighter_sets
        from heelcoach.words.done import lighter_sets_text

        driver = self.driver
        plan, snapshot = driver.plan, driver.snapshot()
        if plan is None or snapshot is None or snapshot.position is None:
            return
        lighter = lighter_sets(plan) if isinstance(plan, SetPlan) else None
        if lighter is None:
            if getattr(plan, "to_failure", False):
                self.page.show_note(lighter_sets_text(pain, plan, None))
            return
        first = driver.lay_out_later_sets(lighter)
        if first is not None:
            self._recorder.use_plan(lighter, first)
            self.page.show_note(lighter_sets_text(pain, plan, lighter))

    def _cues_due(self, cues: list[Cue]) -> None:
        self._recorder.cues(cues, self.driver.timeline, self.driver.reps_ended)

    def _show_tally(self, tally) -> None:
        from heelcoach.words.done import done_summary

        self.page.show_summary(done_summary(tally, self._before, self._now().date()))

    def _show_snapshot(self, snapshot: Snapshot | None) -> None:
        prompt = self.page.pain_prompt
        if prompt.has_question and snapshot is not None and starts_a_new_set(snapshot):
            prompt.clear()  # the last set's questions had the rest
        if snapshot is not None:
            from dataclasses import replace  # the set's modules bring it: not the first frame's

            snapshot = replace(snapshot, muted=self._settings.get(MUTED),
                               not_recorded=self._journal_access.not_recorded())  # fmt: skip
        self.page.show_snapshot(snapshot)
