"""A stretch session or a walk/run session as the window runs it: the exercise page, a
driver on the sound's clock (the same sound as the heel raises'), and the recorder. Built
at the first start of one."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from heelcoach.core.session import RunState
from heelcoach.session.driver import SetDriver, Snapshot
from heelcoach.settings import MUTED, Settings
from heelcoach.ui.guide.exercise_page import ExercisePage
from heelcoach.ui.guide.exercise_recorder import ExerciseRecorder
from heelcoach.words.exercises import exercise_name

if TYPE_CHECKING:
    from heelcoach.journal.journal import Journal
    from heelcoach.ui.journal.window_journal import WindowJournal
    from heelcoach.ui.today.sound_control import SoundControl


class GuidedExercise(QObject):
    def __init__(self, window, settings: Settings, clock: Callable[[], float],
                 sound_control: SoundControl, journal_access: WindowJournal,
                 now: Callable[[], datetime]) -> None:  # fmt: skip
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._journal_access = journal_access
        self.page = ExercisePage()
        self.page.pause_clicked.connect(self.toggle_pause)
        self.page.stop_clicked.connect(window.stop)
        self.page.done_clicked.connect(self.end_set)
        self.page.full_screen_clicked.connect(window.toggle_full_screen)
        window.pages.addWidget(self.page)
        self.driver = SetDriver(clock, sound_control.sound, sound_control.speak, self)
        self.recorder = ExerciseRecorder(self.page.pain_prompt, now, journal_access.save, self)
        self.driver.changed.connect(self._show_snapshot)
        self.driver.changed.connect(window.screen_awake.follow)
        self.driver.stopped.connect(window.screen_awake.release)
        self.driver.cues_due.connect(
            lambda cues: self.recorder.cues(cues, self.driver.timeline, self.driver.reps_ended)
        )
        self.driver.finished.connect(self._finished)

    def is_current(self) -> bool:
        return self._window.pages.currentWidget() is self.page

    def start(self, plan, journal: Journal | None) -> None:
        self._window.pages.setCurrentWidget(self.page)
        self.page.setFocus()
        self.recorder.begin(journal, plan)
        self.page.show_summary("")
        self.driver.start(plan)

    def toggle_pause(self) -> None:
        if self.page.confirming_stop:  # Space to "stop now?": keep going
            self.page.ask_to_confirm_stop(False)
            self.driver.resume()
        else:
            self.driver.toggle_pause()

    def end_set(self) -> None:
        """Enter: done with this foot's towel curls."""
        if self.is_current():
            self.driver.end_set()

    def would_cut_short(self) -> bool:
        """Leaving now would cut the session short, and the runner has not been asked yet."""
        snapshot = self.driver.snapshot()
        return snapshot is not None and snapshot.under_way and not self.page.confirming_stop

    def stop(self) -> bool:
        """Esc: the first asks (the session paused), the second stops; what was done is
        kept. True when the page may be left now; a walk/run stopped part-way stays for
        its two questions."""
        if self.would_cut_short():
            self.driver.pause()
            self.page.ask_to_confirm_stop(True)
            return False
        self.page.ask_to_confirm_stop(False)
        snapshot = self.driver.snapshot()
        timeline = self.driver.timeline
        finished = snapshot is None or snapshot.state is RunState.FINISHED
        asks = not finished and self.recorder.stopped(snapshot, timeline)
        self.driver.stop()
        if asks:
            self._summarise()
            self.page.show_snapshot(snapshot.ended_by_the_runner())
            return False
        return not self.page.pain_prompt.unanswered()

    def end_for_closing(self) -> None:
        if self.driver.is_active:
            self.recorder.stopped(self.driver.snapshot(), self.driver.timeline)
            self.driver.stop()

    def sound_changed(self) -> None:
        if self.driver.is_active:
            self._show_snapshot(self.driver.snapshot())

    def _finished(self) -> None:
        self.recorder.finished(self.driver.timeline)
        self._summarise()

    def _summarise(self) -> None:
        recorder = self.recorder
        if recorder.run_s is not None:
            summary = self.tr("%1 min run. Keep the heel raises going every other day.")
            self.page.show_summary(summary.replace("%1", f"{recorder.run_s / 60:.0f}"))
        else:
            names = dict.fromkeys(map(exercise_name, recorder.exercises))
            self.page.show_summary(" · ".join(names))

    def _show_snapshot(self, snapshot: Snapshot | None) -> None:
        if snapshot is not None:
            snapshot = replace(snapshot, muted=self._settings.get(MUTED),
                               not_recorded=self._journal_access.not_recorded())  # fmt: skip
        self.page.show_snapshot(snapshot)
