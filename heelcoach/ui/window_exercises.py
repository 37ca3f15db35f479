"""The window's side of the exercises beside the heel raise: the Stretches and running page,
the stretch and walk/run sessions it starts, and saving a session as audio. All of it is
built the first time the page opens, never for the first frame."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from heelcoach.settings import WALKING_CONFIRMED_ON, Settings

if TYPE_CHECKING:
    from heelcoach.coach.running import Running
    from heelcoach.ui.audio_export import AudioExport
    from heelcoach.ui.today.exercises_page import ExercisesPage


class WindowExercises(QObject):
    def __init__(self, window, settings: Settings, now: Callable[[], datetime]) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._now = now
        self._page: ExercisesPage | None = None
        self._audio: AudioExport | None = None

    # what exists so far (nothing is built to answer) ---------------------------------------
    @property
    def existing_page(self) -> ExercisesPage | None:
        return self._page

    def on_page(self) -> bool:
        return self._page is not None and self._window.pages.currentWidget() is self._page

    # built when first needed ---------------------------------------------------------------
    @property
    def page(self) -> ExercisesPage:
        if self._page is None:
            from heelcoach.ui.today.exercises_page import ExercisesPage

            page = ExercisesPage()
            page.back_clicked.connect(self._window.back_to_today)
            page.stretches_clicked.connect(self.start_stretches)
            page.morning_stretch_clicked.connect(lambda: self.start_stretches(morning=True))
            page.walk_run_clicked.connect(self.start_walk_run)
            page.save_audio_clicked.connect(lambda: self.audio.choose(page.save_button))
            page.walking_confirmed.connect(self._confirm_walking)
            self._window.pages.addWidget(page)
            self._page = page
        return self._page

    @property
    def audio(self) -> AudioExport:
        if self._audio is None:
            from heelcoach.ui.audio_export import AudioExport

            self._audio = AudioExport(self._window, self._settings, self._sessions, self)
            self._audio.done.connect(lambda text: self.page.show_saved(text))
        return self._audio

    # what the runner does ------------------------------------------------------------------
    def show(self) -> None:
        page = self.page
        page.show_running(self.running())
        self._window.pages.setCurrentWidget(page)
        page.setFocus()

    def start_stretches(self, morning: bool = False) -> None:
        from heelcoach.core.exercises.stretches import StretchSession

        legs = self._window.today.plan().legs
        plan = StretchSession.morning(legs) if morning else StretchSession.of_the_registry()
        self._window.session.start(plan, self._window.journal)

    def start_walk_run(self) -> None:
        self._window.session.start(self.running().plan, self._window.journal)

    def _confirm_walking(self, confirmed: bool) -> None:
        self._settings.set(WALKING_CONFIRMED_ON,
                           self._now().date().isoformat() if confirmed else "")  # fmt: skip
        self.page.show_running(self.running())

    # what the coach says -------------------------------------------------------------------
    def running(self) -> Running:
        """The walk/run as today's verdict has it: the same Today as the Today page's."""
        coach = self._window.coach
        if coach is not None:
            return coach.refresh().running
        from heelcoach.ui.coach.today_coach import today_from

        return today_from(None, self._now().date(), self._settings.program()).running

    def _sessions(self) -> dict[str, tuple[str, object]]:
        """The sessions to save as audio: today's heel raises, the stretches, the walk/run."""
        from heelcoach.core.exercises.stretches import StretchSession
        from heelcoach.words.exercises import exercise_name
        from heelcoach.words.plain import fill

        walk_run = self.running().plan
        heel = exercise_name("heel_raise")
        week = fill(self.tr("%1, week %2"), exercise_name("walk_run"), walk_run.week)
        return {
            "heelcoach-heel-raises": (fill(self.tr("Today's %1"), heel.lower()),
                                      self._window.today.plan()),
            "heelcoach-stretches": (self.tr("The stretches"), StretchSession.of_the_registry()),
            f"heelcoach-walk-run-week-{walk_run.week}": (
                week, walk_run),
        }  # fmt: skip

    def today_line(self) -> str:
        """What Today says of running beside the heel raises: this week's walk/run once the
        runner has begun (or why not today), or that they may begin; "" until then."""
        from heelcoach.words.running import today_line

        if self._window.coach is None:
            return ""
        line = today_line(self.running())
        return f"{line} (Ctrl+R)" if line else ""

    # the window's closing ---------------------------------------------------------------
    def end_for_closing(self) -> None:
        if self._audio is not None:
            self._audio.wait()  # a file half written would be lost: it takes a second
