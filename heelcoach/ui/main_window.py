"""The main window: Today, the guided session, the journal's pages, and the keys.

Everything beyond the first screen is built the first time it is needed: the session and
its driver, the sound, the journal's pages. They pull in the tempo engine, QtMultimedia,
TinyDB and pyqtgraph, which the first frame does not need."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from heelcoach import APP_NAME
from heelcoach.core.exercises.heel_raise import SetPlan
from heelcoach.desktop.app_icon import app_icon
from heelcoach.desktop.screen_awake import ScreenAwake
from heelcoach.i18n import Translations
from heelcoach.settings import LANGUAGE, PLAN_DETAILS_OPEN, SOUND_PANEL_OPEN, Settings
from heelcoach.system.clock import monotonic_ms
from heelcoach.ui.journal.window_journal import WindowJournal
from heelcoach.ui.retranslating import Retranslating
from heelcoach.ui.session.guided_session import GuidedSession
from heelcoach.ui.today.today_page import TodayPage
from heelcoach.ui.window_closing import WindowClosing
from heelcoach.ui.window_exercises import WindowExercises
from heelcoach.ui.window_geometry import restore_geometry, save_geometry
from heelcoach.ui.window_notices import WindowNotices

if TYPE_CHECKING:
    from heelcoach.audio.cue_sound import CueSound
    from heelcoach.journal.journal import Journal
    from heelcoach.session.driver import SessionDriver
    from heelcoach.system.instance_lock import FolderLock
    from heelcoach.ui.coach.learn_page import LearnPage
    from heelcoach.ui.coach.today_coach import TodayCoach
    from heelcoach.ui.journal.journal_views import JournalViews
    from heelcoach.ui.session.heel_raise_page import HeelRaisePage
    from heelcoach.ui.today.check_in_panel import MorningCheckIn
    from heelcoach.ui.today.heel_questions import HeelQuestions
    from heelcoach.ui.today.sound_control import SoundControl

FIRST_FRAME_FALLBACK_MS = 500


class MainWindow(Retranslating, QMainWindow):
    _first_frame_shown = False  # a class default: Qt sends events before __init__ ends
    journal_tried = False  # the journal has been opened (or could not be), just after it
    ready = Signal()  # the first frame is on screen: keys and the journal are wired up now
    data_folder_lock: FolderLock | None = None  # app.py's: held while the window lives
    instance_server: QObject | None = None  # app.py's: later launches are answered here
    quit_signals: QObject | None = None  # app.py's: the process's signals close the window

    def __init__(
        self,
        settings: Settings,
        translations: Translations,
        clock: Callable[[], float] = monotonic_ms,
        make_sound: Callable[[], CueSound] | None = None,
        voice_engine: str | None = None,
        journal_folder: Path | None = None,
        now: Callable[[], datetime] = datetime.now,
        warm_up_graphs: bool = True,
        parent=None,
    ) -> None:
        """`make_sound` builds the set's sound on the first start; the set then runs on the
        sound's clock. Without it (tests on a fake clock), the set runs silent on `clock`.
        `voice_engine` names the speech engine for spoken cues; None is the platform's.
        `journal_folder` holds journal.json, opened just after the first frame; without it
        nothing is recorded. `now` is the wall clock the journal's entries are dated by.
        `warm_up_graphs`: import pyqtgraph in idle time once the journal has something
        to draw."""
        super().__init__(parent)
        self._settings = settings
        self._translations = translations
        self._clock = clock
        self._make_sound = make_sound
        self._voice_engine = voice_engine
        self._now = now
        self._warm_up_graphs = warm_up_graphs
        self._views: JournalViews | None = None
        self._sound_control: SoundControl | None = None
        self.morning: MorningCheckIn | None = None
        self.coach: TodayCoach | None = None
        self.heel_questions: HeelQuestions | None = None
        self._learn_page: LearnPage | None = None

        self.pages, layout = self._make_frame()
        self.notices = WindowNotices(layout, settings, self)
        self.journal_access = WindowJournal(journal_folder, now, self.notices, self)
        self.screen_awake = ScreenAwake(self)  # the sessions hold it while they run
        self.session = GuidedSession(self, settings, clock, lambda: self.sound_control,
                                     self.journal_access, now)  # fmt: skip
        self.exercises = WindowExercises(self, settings, now)
        self._save = self.journal_access.save
        self.closing = WindowClosing(self.session, self.exercises, self.journal_access,
                                     self.notices, self.stop, self.back_to_today, self)  # fmt: skip
        self.today = TodayPage(settings.plan(), translations.language, self.pages)
        self.pages.addWidget(self.today)
        self.notices.focus_home = self.today.focus_home
        if settings.get(PLAN_DETAILS_OPEN):
            self.today.show_details(True)

        self._connect()
        restore_geometry(self, settings)
        self.notices.offer_disclaimer()
        self.notices.tell_about_settings(settings.moved_aside)
        if settings.get(SOUND_PANEL_OPEN):
            self.show_sound_panel(True)
        self._retranslate()

    def _make_frame(self) -> tuple[QStackedWidget, QVBoxLayout]:
        """The pages, and the room above them for notices. Built from the window down: a
        page made with its parent is not re-laid out when it joins (~5 ms of the first frame)."""
        central = QWidget()
        self.setCentralWidget(central)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        pages = QStackedWidget(central)
        layout.addWidget(pages, 1)
        return pages, layout

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            from heelcoach.ui.keyboard import takes_the_key  # Qt.Key: not for the first frame

            on_today = self.pages.currentWidget() is self.today
            if takes_the_key(QApplication.focusWidget(), event.key(), on_today):
                event.accept()  # the focused control has it, not the window's Space or Return
                return True
        if not self._first_frame_shown and event.type() == QEvent.Type.Paint:
            # Keys and the icon come just after the first frame: QKeySequence and QIcon
            # bring large enums (and the icon an SVG renderer) that drawing it does not need.
            self._first_frame_shown = True
            QTimer.singleShot(0, self._after_first_frame)
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        from heelcoach.ui.keyboard import take_left_over_key

        if not take_left_over_key(event, self.check_in, self.session.prompt()):
            super().keyPressEvent(event)

    def showEvent(self, event) -> None:
        # In case no frame gets painted (a window opened minimised), wire up all the same.
        QTimer.singleShot(FIRST_FRAME_FALLBACK_MS, self._after_first_frame)
        super().showEvent(event)

    def _after_first_frame(self) -> None:
        if self.actions():
            return
        from heelcoach.ui.focus_style import FocusRing
        from heelcoach.ui.scroll_into_view import ScrollToFocus
        from heelcoach.ui.window_keys import make_actions

        make_actions(self)
        self.focus_ring = FocusRing(self)
        self.scroll_to_focus = ScrollToFocus(self)
        self.setWindowIcon(app_icon())
        QTimer.singleShot(0, self._open_journal)
        self.ready.emit()

    def _open_journal(self) -> None:
        self.journal_tried = True
        self.today.allow_scrolling()  # the coach's lines and the check-in join the page now
        self.give_alt_keys()  # given once they are on screen: the check-in's buttons too
        if self.journal is None:
            return
        from heelcoach.ui.coach.coach_on_today import bring_in_the_coach

        self.coach, self.heel_questions, self.morning = bring_in_the_coach(
            self.journal, self._settings, self._now, self._save, self.today, self.exercises,
            self.journal_access.changed_elsewhere, self.give_alt_keys, self,
        )  # fmt: skip
        views = self.views
        if views is not None:
            views.prepare(lambda: self.session.built and self.driver.is_active,
                          self._warm_up_graphs)  # fmt: skip

    def _connect(self) -> None:
        self.today.start_clicked.connect(self.start_from_today)
        self.today.learn_clicked.connect(self.show_learn)
        self.today.plan_changed.connect(self._settings.save_plan)
        self.today.language_chosen.connect(self.choose_language)
        self.pages.currentChanged.connect(self._page_changed)
        self.today.details_toggled.connect(
            lambda open_: self._settings.set(PLAN_DETAILS_OPEN, open_)
        )
        self.today.details_toggled.connect(lambda _open: self.give_alt_keys())
        self.today.sound_toggled.connect(self.show_sound_panel)
        self.today.history_clicked.connect(self.show_history)
        self.today.progress_clicked.connect(self.show_progress)
        self.today.exercises_clicked.connect(self.show_exercises)

    # parts built when first needed -------------------------------------------------------
    @property
    def journal(self) -> Journal | None:
        """The journal, opened on first use; None without a journal folder, or when it
        cannot be opened (the window then says why)."""
        return self.journal_access.journal

    @property
    def views(self) -> JournalViews | None:
        """The history and progress pages and their exports; None without a journal."""
        if self._views is None and self.journal is not None:
            from heelcoach.ui.journal.journal_views import JournalViews

            self._views = JournalViews(
                self.pages, self.journal, self._settings, self._now, self._save,
                self.back_to_today, self.notices.tell_about_journal, self,
            )  # fmt: skip
            self._views.restored.connect(lambda: self.notices.journal_restored(self.journal))
        return self._views

    @property
    def sound_control(self) -> SoundControl:
        if self._sound_control is None:
            from heelcoach.ui.today.sound_control import SoundControl

            self._sound_control = SoundControl(self._settings, self._translations.language,
                                               self._make_sound, self._voice_engine,
                                               self.today, self)  # fmt: skip
            self._sound_control.changed.connect(self.session.sound_changed)
        return self._sound_control

    @property
    def driver(self) -> SessionDriver:
        return self.session.driver

    @property
    def heel_raise_page(self) -> HeelRaisePage:
        return self.session.heel_raise.page

    @property
    def check_in(self):
        """The morning check-in panel, once the journal has opened and offered it."""
        return self.morning.panel if self.morning is not None else None

    @property
    def learn_page(self) -> LearnPage:
        if self._learn_page is None:
            from heelcoach.ui.coach.learn_page import LearnPage

            self._learn_page = LearnPage(lambda: self._translations.language, self.pages)
            self._learn_page.back_clicked.connect(self._leave_learn)
            self.pages.addWidget(self._learn_page)
        return self._learn_page

    # what the user does ------------------------------------------------------------------
    def start_from_today(self) -> None:
        """Start, as the runner presses it: on a rest day it asks first (once)."""
        if self.pages.currentWidget() is not self.today:
            return
        coach = self.coach
        resume = coach.resume() if coach is not None else None
        if coach is not None and resume is not None:  # stopped earlier today: the sets left
            plan = self.today.plan()._replace(sets=resume.sets_left)
            self.session.start(plan, self.journal, before=coach.today,
                               said=coach.session_fields(plan),
                               goes_on_with=(resume.session, resume.session_id))  # fmt: skip
            return
        questions = self.heel_questions is not None and self.heel_questions.is_open
        if self.coach is not None and not self.coach.may_start(questions):
            return
        self.start_session()

    def start_session(self, plan: SetPlan | None = None) -> None:
        if plan is not None:
            self.today.set_plan(plan)
        plan = self.today.plan()
        before = self.coach.today if self.coach is not None else None
        said = self.coach.session_fields(plan) if self.coach is not None else {}
        self.session.start(plan, self.journal, before=before, said=said)

    def start_or_toggle_pause(self) -> None:
        if self.pages.currentWidget() is self.today:
            self.start_from_today()
        elif self.session.is_current():
            self.session.toggle_pause()

    def stop(self) -> None:
        """Esc: leave the set (asking first when reps would stop) or a journal page; on
        Today, back to Start (Space starts again, wherever the focus had gone). A stretch or
        walk/run session goes back to the page it was started from."""
        if self.pages.currentWidget() is self.today:
            self.today.start_button.setFocus()
        elif self.session.is_current():
            if self.session.stop():
                self.session.leave()
        elif self._learn_page is not None and self.pages.currentWidget() is self._learn_page:
            self._leave_learn()
        else:
            self.back_to_today()

    def in_a_session(self) -> bool:
        """A session's page is on screen: the journal's pages wait until it is left."""
        return self.session.is_current()

    def show_exercises(self) -> None:
        """Stretches and running: from Today or a journal page, never during a session."""
        if not self.in_a_session():
            self.exercises.show()

    def toggle_full_plan(self) -> None:
        """L: the full session instead of the coach's lighter one, or back."""
        if self.coach is not None and self.pages.currentWidget() is self.today:
            self.coach.toggle_full_plan()

    def show_program_menu(self) -> None:
        if self.coach is not None and self.pages.currentWidget() is self.today:
            self.coach.show_menu()

    def show_learn(self) -> None:
        """From Today or a journal page (History, Progress); never during a set."""
        if not self.in_a_session() and self.pages.currentWidget() is not self.learn_page:
            self.learn_page.open_from(self.pages)

    def _leave_learn(self) -> None:
        self.learn_page.go_back(self.pages, self.today, self.back_to_today)

    def show_history(self) -> None:
        """From Today or another journal page (Progress, Learn); never during a set."""
        if not self.in_a_session() and self.views is not None:
            self.views.show_history()

    def show_progress(self) -> None:
        if not self.in_a_session() and self.views is not None:
            self.views.show_progress()

    def back_to_today(self) -> None:
        self.pages.setCurrentWidget(self.today)
        self.today.start_button.setFocus()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def choose_language(self, language: str) -> None:
        self._settings.set(LANGUAGE, language)
        self._translations.use(language)
        if self.coach is not None:
            self.today.show_running(self.exercises.today_line())  # worked out in words
        self.give_alt_keys()
        if self._sound_control is not None:
            self._sound_control.use_language(language)

    def show_sound_panel(self, visible: bool) -> None:
        self.sound_control.show_panel(visible)
        self.give_alt_keys()

    # plumbing ---------------------------------------------------------------------------
    def _page_changed(self, _index: int) -> None:
        on_today = self.pages.currentWidget() is self.today
        self.notices.follow_page(on_today, self.journal_access)
        if on_today and self.coach is not None:
            self.coach.refresh()
            self.today.show_running(self.exercises.today_line())
        self.give_alt_keys()

    def give_alt_keys(self) -> None:
        """Alt-letters for the buttons now on screen, once the layouts have shown them."""
        from heelcoach.ui.alt_keys import give_alt_keys

        QTimer.singleShot(
            0, lambda: give_alt_keys(self, leave_out=self.session.page_without_alt_keys)
        )

    def _retranslate(self) -> None:
        self.setWindowTitle(APP_NAME)
        self.notices.retranslate()

    def close_now(self) -> None:
        """Close whatever waits (a logout, a shutdown: the session is ending)."""
        self.close_without_asking()
        self.close()

    def close_without_asking(self) -> None:
        """The next close asks nothing: a session under way keeps what was done."""
        self.closing.without_asking()

    def closeEvent(self, event) -> None:
        if not self.closing.may_close():
            event.ignore()
            return
        save_geometry(self, self._settings)
        super().closeEvent(event)

    def start_when_shown(self) -> None:
        """--start: go straight into today's set; the count-in begins as the window shows."""
        QTimer.singleShot(0, self.start_session)
