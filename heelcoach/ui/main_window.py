"""The main window: today's plan, the guided set, and the keys that drive them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from heelcoach import APP_NAME
from heelcoach.core.plan import SetPlan
from heelcoach.core.session import RunState
from heelcoach.core.timeline import Phase
from heelcoach.set_driver import SetDriver, Snapshot
from heelcoach.settings import DISCLAIMER_SEEN, LANGUAGE, WINDOW_GEOMETRY, Settings
from heelcoach.ui.notice_bar import NoticeBar
from heelcoach.ui.set_page import SetPage
from heelcoach.ui.today_page import TodayPage

DEFAULT_SIZE = (960, 720)


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings, driver: SetDriver, translations, parent=None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._driver = driver
        self._translations = translations

        self.today = TodayPage(settings.plan(), translations.language)
        self.set_page = SetPage()
        self.notice = NoticeBar()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.today)
        self.pages.addWidget(self.set_page)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notice)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self._make_actions()
        self._connect()
        self._restore_geometry()
        if not settings.get(DISCLAIMER_SEEN):
            self._show_disclaimer()
        self._retranslate()

    # actions ---------------------------------------------------------------------------
    def _action(self, keys: list[QKeySequence], slot) -> QAction:
        action = QAction(self)
        action.setShortcuts(keys)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        key = QKeySequence
        self.space_action = self._action([key("Space")], self.start_or_toggle_pause)
        self.stop_action = self._action([key("Esc")], self.stop)
        self.skip_rest_action = self._action([key("N")], self._driver.skip_rest)
        self.extend_rest_action = self._action([key("+"), key("=")], self._driver.extend_rest)
        self.full_screen_action = self._action([key("F11")], self.toggle_full_screen)
        self.quit_action = self._action([key(key.StandardKey.Quit)], self.close)

    def _connect(self) -> None:
        self.today.start_clicked.connect(self.start_session)
        self.today.plan_changed.connect(self._settings.save_plan)
        self.today.language_chosen.connect(self.choose_language)
        self.set_page.pause_clicked.connect(self.start_or_toggle_pause)
        self.set_page.stop_clicked.connect(self.stop)
        self.set_page.skip_rest_clicked.connect(self._driver.skip_rest)
        self.set_page.extend_rest_clicked.connect(self._driver.extend_rest)
        self.set_page.full_screen_clicked.connect(self.toggle_full_screen)
        self._driver.changed.connect(self._show_snapshot)
        self.notice.dismissed.connect(lambda: self._settings.set(DISCLAIMER_SEEN, True))

    # what the user does ------------------------------------------------------------------
    def start_session(self, plan: SetPlan | None = None) -> None:
        if plan is not None:
            self.today.set_plan(plan)
        self.set_page.ask_to_confirm_stop(False)
        self.pages.setCurrentWidget(self.set_page)
        self.set_page.setFocus()
        self._driver.start(self.today.plan())

    def start_or_toggle_pause(self) -> None:
        if self.pages.currentWidget() is self.today:
            self.start_session()
        elif self.set_page.confirming_stop:
            self.set_page.ask_to_confirm_stop(False)
            self._driver.resume()
        else:
            self._driver.toggle_pause()

    def stop(self) -> None:
        """Esc: leave the set. With reps done, the first Esc asks; a second one confirms."""
        if self.pages.currentWidget() is not self.set_page:
            return
        snapshot = self._driver.snapshot()
        finished = snapshot is None or snapshot.state is RunState.FINISHED
        if not finished and snapshot.completed_reps > 0 and not self.set_page.confirming_stop:
            self._driver.pause()
            self.set_page.ask_to_confirm_stop(True)
            return
        self.set_page.ask_to_confirm_stop(False)
        self._driver.stop()
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

    # plumbing ---------------------------------------------------------------------------
    def _show_snapshot(self, snapshot: Snapshot | None) -> None:
        self.set_page.show_snapshot(snapshot)
        position = snapshot.position if snapshot else None
        in_rest = position is not None and position.segment.phase is Phase.REST
        self.skip_rest_action.setEnabled(in_rest)
        self.extend_rest_action.setEnabled(in_rest)

    def _show_disclaimer(self) -> None:
        self.notice.show_notice(
            self.tr(
                "HeelCoach guides your training; it does not diagnose. If your heel pain "
                "has not eased after 4-6 weeks of training, if you are unsure what it is, "
                "or if it limits your daily life, see a physiotherapist or doctor."
            ),
            self.tr("Got it"),
        )

    def _restore_geometry(self) -> None:
        geometry = self._settings.get(WINDOW_GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(*DEFAULT_SIZE)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(APP_NAME)
        if self.notice.isVisibleTo(self):
            self._show_disclaimer()

    def closeEvent(self, event) -> None:
        self._driver.stop()
        self._settings.set(WINDOW_GEOMETRY, self.saveGeometry())
        self._settings.sync()
        super().closeEvent(event)

    def begin_after_first_frame(self) -> None:
        """--start: open into today's set and begin the count-in as soon as the window shows."""
        QTimer.singleShot(0, self.start_session)
