"""The guided session as the window runs it, one for every kind: one driver on the sound's
clock, and the parts of the kind under way (its page, its recorder). The window talks to
this alone: start, pause, stop, and the keys of a session.

Built at the first start: the driver pulls in the tempo engine and QtMultimedia, which
the first frame does not need. Each kind's parts are built at its first session.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from heelcoach.settings import MUTED, Settings

if TYPE_CHECKING:
    from heelcoach.core.kinds import SessionPlan
    from heelcoach.core.timeline import Cue
    from heelcoach.journal.journal import Journal
    from heelcoach.session.driver import SessionDriver, Snapshot
    from heelcoach.ui.journal.window_journal import WindowJournal
    from heelcoach.ui.pain_prompt import PainPrompt
    from heelcoach.ui.session.heel_raise_page import HeelRaisePage
    from heelcoach.ui.session.heel_raise_parts import HeelRaiseParts
    from heelcoach.ui.session.session_page import SessionPage
    from heelcoach.ui.session.session_parts import SessionParts
    from heelcoach.ui.today.sound_control import SoundControl


class GuidedSession(QObject):
    def __init__(self, window, settings: Settings, clock: Callable[[], float],
                 sound_control: Callable[[], SoundControl], journal_access: WindowJournal,
                 now: Callable[[], datetime]) -> None:  # fmt: skip
        """`window` is the main window: its pages hold the session's pages, and their
        buttons call back (stop, full screen)."""
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._clock = clock
        self._sound_control = sound_control
        self._journal_access = journal_access
        self._now = now
        self._driver: SessionDriver | None = None
        self._heel_raise: HeelRaiseParts | None = None
        self._exercise: SessionParts | None = None
        self._parts: SessionParts | None = None  # the kind of the session under way
        self._try: Snapshot | None = None  # stopped early in the first set: count it or not?

    # what exists so far ----------------------------------------------------------------
    @property
    def built(self) -> bool:
        return self._driver is not None

    @property
    def page(self) -> SessionPage | None:
        """The page of the session last started (None before the first)."""
        return self._parts.page if self._parts is not None else None

    @property
    def page_without_alt_keys(self) -> HeelRaisePage | None:
        """The heel raise's page, once built: its keys are named on its buttons."""
        return self._heel_raise.page if self._heel_raise is not None else None

    def is_current(self) -> bool:
        page = self.page
        return page is not None and self._window.pages.currentWidget() is page

    def prompt(self) -> PainPrompt | None:
        """The questions of the session on screen, if one is."""
        page = self.page
        return page.pain_prompt if page is not None and self.is_current() else None

    # built when first needed -------------------------------------------------------------
    @property
    def driver(self) -> SessionDriver:
        if self._driver is None:
            from heelcoach.session.driver import SessionDriver

            control = self._sound_control()
            driver = SessionDriver(self._clock, control.sound, control.speak, self)
            driver.changed.connect(self._show_snapshot)
            driver.changed.connect(self._keep_the_screen_awake)
            driver.stopped.connect(self._window.screen_awake.release)
            driver.cues_due.connect(self._cues_due)
            driver.finished.connect(lambda: self._kind().finished(driver.timeline))
            self._driver = driver
        return self._driver

    @property
    def heel_raise(self) -> HeelRaiseParts:
        if self._heel_raise is None:
            from heelcoach.ui.session.heel_raise_parts import HeelRaiseParts

            self._heel_raise = HeelRaiseParts(lambda: self.driver, self._now,
                                              self._journal_access.save,
                                              self._window.back_to_today, self)  # fmt: skip
            self._add_page(self._heel_raise.page)
        return self._heel_raise

    @property
    def exercise(self) -> SessionParts:
        """The stretches' and the walk/run's parts."""
        if self._exercise is None:
            from heelcoach.ui.session.exercise_parts import ExerciseParts

            self._exercise = ExerciseParts(lambda: self.driver, self._now,
                                           self._journal_access.save,
                                           self._window.exercises.show, self)  # fmt: skip
            self._add_page(self._exercise.page)
        return self._exercise

    def _add_page(self, page) -> None:
        page.pause_clicked.connect(self.toggle_pause)
        page.stop_clicked.connect(self._window.stop)
        page.full_screen_clicked.connect(self._window.toggle_full_screen)
        self._window.pages.addWidget(page)

    def _parts_for(self, plan: SessionPlan) -> SessionParts:
        from heelcoach.core.exercises.heel_raise import SetPlan

        return self.heel_raise if isinstance(plan, SetPlan) else self.exercise

    # what the runner does --------------------------------------------------------------
    def start(self, plan: SessionPlan, journal: Journal | None, **extras: Any) -> None:
        """Start `plan`, of any kind; `extras` are its kind's (the heel raise's: the
        coach's Today as it starts, what the entry keeps of the coach, a session gone on
        with)."""
        parts = self._parts_for(plan)
        driver = self.driver
        self._parts, self._try = parts, None
        page = parts.page
        page.ask_to_confirm_stop(False)
        self._window.pages.setCurrentWidget(page)
        page.setFocus()
        parts.begin(plan, journal, extras)
        driver.start(plan)

    def toggle_pause(self) -> None:
        page = self._kind().page
        if page.confirming_stop:  # Space to "stop now?": keep going
            page.ask_to_confirm_stop(False)
            if self._try is not None:
                self._try = None
                page.pain_prompt.clear()
            self.driver.resume()
        else:
            self.driver.toggle_pause()

    def stop(self) -> bool:
        """Esc: past the count-in, the first asks (the session paused) and a second stops,
        keeping what was done. Stopped so early that it may be a try, it asks whether it
        counts; no, the default, keeps nothing of it. True when the page may be left."""
        parts = self._kind()
        if self._try is not None:  # Esc to "count this as today's session?": no
            self._discard_try()
            return True
        snapshot = self.driver.snapshot()
        if snapshot is not None and snapshot.under_way and not parts.page.confirming_stop:
            self.driver.pause()
            if snapshot.completed_reps and parts.is_a_try(snapshot):
                self._ask_about_try(snapshot)
            else:
                parts.page.ask_to_confirm_stop(True)
            return False
        return self._stop_keeping(snapshot)

    def leave(self) -> None:
        """Back to the page the kind's sessions start from."""
        self._kind().leave()

    def would_cut_short(self) -> bool:
        """Leaving now would stop a session under way, and the runner has not been asked."""
        if self._driver is None or self._parts is None or self._parts.page.confirming_stop:
            return False
        snapshot = self._driver.snapshot()
        return snapshot is not None and snapshot.under_way

    def end_set(self) -> None:
        """Enter: that was my last rep (to failure); done with this foot (towel curls)."""
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
            self._show_snapshot(self._driver.snapshot())  # a paused one shows "Muted" too

    def end_for_closing(self) -> None:
        """The window closes: a session under way ends as with Esc, what was done kept (a
        try too: with nobody to ask, nothing done is thrown away)."""
        if self._driver is None or self._parts is None:
            return
        self._parts.stopped(self._try or self._driver.snapshot(), self._driver.timeline)
        self._try = None
        self._driver.stop()
        self._parts.close()

    # the stop rule's turns -----------------------------------------------------------------
    def _ask_about_try(self, snapshot: Snapshot) -> None:
        self._try = snapshot
        page = self._kind().page
        page.ask_to_confirm_stop(True, a_try=True)
        prompt = page.pain_prompt
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
            self.leave()
        else:
            self._stop_keeping(snapshot)

    def _discard_try(self) -> None:
        """Not counted: nothing of it is written, and Today is as it was."""
        parts = self._kind()
        self._try = None
        parts.page.ask_to_confirm_stop(False)
        parts.discard()
        self.driver.stop()

    def _stop_keeping(self, snapshot: Snapshot | None) -> bool:
        parts = self._kind()
        parts.page.ask_to_confirm_stop(False)
        asks = parts.stopped(snapshot, self.driver.timeline)
        self.driver.stop()
        if asks and snapshot is not None:  # its questions are still to come: the page stays
            parts.page.show_snapshot(snapshot.ended_by_the_runner())
            return False
        return parts.leaves_with_questions_open or not parts.page.pain_prompt.unanswered()

    # what the driver says ----------------------------------------------------------------
    def _kind(self) -> SessionParts:
        if self._parts is None:
            raise RuntimeError("no session has been started")
        return self._parts

    def _keep_the_screen_awake(self, snapshot: Snapshot | None) -> None:
        from heelcoach.core.session import RunState

        running = snapshot is not None and snapshot.state is RunState.RUNNING
        self._window.screen_awake.follow(running)

    def _cues_due(self, cues: list[Cue]) -> None:
        driver = self.driver
        self._kind().cues(cues, driver.timeline, driver.reps_ended)

    def _show_snapshot(self, snapshot: Snapshot | None) -> None:
        parts = self._kind()
        if snapshot is not None:
            from dataclasses import replace  # the session's modules bring it: not the first frame's

            parts.showing(snapshot)
            snapshot = replace(snapshot, muted=self._settings.get(MUTED),
                               not_recorded=self._journal_access.not_recorded())  # fmt: skip
        parts.page.show_snapshot(snapshot)
