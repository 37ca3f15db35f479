"""The main window: today's plan, the guided set, and the keys that drive them.

The set screen and its driver are built the first time a set starts, not at start-up:
they pull in the tempo engine and most of Qt's enums, which the first frame does not need.
"""

from __future__ import annotations

import binascii
import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from heelcoach.clock import monotonic_ms
from heelcoach.core.plan import SetPlan
from heelcoach.settings import (
    CHECK_IN_PUT_OFF_ON,
    DISCLAIMER_SEEN,
    LANGUAGE,
    MUTED,
    PLAN_DETAILS_OPEN,
    SOUND_PANEL_OPEN,
    TICKS,
    VOICE,
    VOLUME,
    WINDOW_GEOMETRY,
    Option,
    Settings,
)

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from heelcoach import APP_NAME
from heelcoach.i18n import Translations
from heelcoach.ui.icon import app_icon
from heelcoach.ui.today_page import TodayPage

if TYPE_CHECKING:
    from heelcoach.core.plan import Leg
    from heelcoach.core.timeline import Cue
    from heelcoach.journal.journal import Journal
    from heelcoach.journal.session_log import SessionLog
    from heelcoach.progress.series import Progress

    from heelcoach.audio.cue_sound import CueSound
    from heelcoach.audio.spoken_cues import SpokenCues
    from heelcoach.set_driver import SetDriver, Snapshot
    from heelcoach.ui.check_in_panel import CheckInPanel
    from heelcoach.ui.history_page import HistoryPage
    from heelcoach.ui.notice_bar import NoticeBar
    from heelcoach.ui.progress_page import ProgressPage
    from heelcoach.ui.set_page import SetPage
    from heelcoach.ui.sound_panel import SoundPanel

log = logging.getLogger(__name__)

DEFAULT_SIZE = (960, 720)
FIRST_FRAME_FALLBACK_MS = 500


class MainWindow(QMainWindow):
    _first_frame_shown = False  # a class default: Qt sends events before __init__ ends

    def __init__(
        self,
        settings: Settings,
        translations: Translations,
        clock: Callable[[], float] = monotonic_ms,
        make_sound: Callable[[], CueSound] | None = None,
        voice_engine: str | None = None,
        journal_folder: Path | None = None,
        now: Callable[[], datetime] = datetime.now,
        parent=None,
    ) -> None:
        """`make_sound` builds the set's sound on the first start; the set then runs on the
        sound's clock. Without it (tests on a fake clock), the set runs silent on `clock`.
        `voice_engine` names the speech engine for spoken cues; None is the platform's.
        `journal_folder` holds journal.json, opened just after the first frame; without it
        nothing is recorded."""
        super().__init__(parent)
        self._settings = settings
        self._translations = translations
        self._clock = clock
        self._make_sound = make_sound
        self._voice_engine = voice_engine
        self._journal_folder = journal_folder
        self._now = now
        self._journal: Journal | None = None
        self._log: SessionLog | None = None
        self.journal_notice: NoticeBar | None = None
        self.check_in: CheckInPanel | None = None
        self._history_page: HistoryPage | None = None
        self._progress: tuple[tuple[int, int], Progress] | None = None  # (journal version, ...)
        self.progress_page: ProgressPage | None = None
        self._sound: CueSound | None = None
        self._voice: SpokenCues | None = None
        self.sound_panel: SoundPanel | None = None
        self._driver: SetDriver | None = None
        self._set_page: SetPage | None = None

        self.today = TodayPage(settings.plan(), translations.language)
        if settings.get(PLAN_DETAILS_OPEN):
            self.today.show_details(True)
        if settings.get(SOUND_PANEL_OPEN):
            self.show_sound_panel(True)
        self.notice: NoticeBar | None = None  # built when there is something to say
        self.pages = QStackedWidget()
        self.pages.addWidget(self.today)
        central = QWidget()
        self._layout = QVBoxLayout(central)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self._connect()
        self._restore_geometry()
        if not settings.get(DISCLAIMER_SEEN):
            self._show_disclaimer()
        self._retranslate()

    # actions ---------------------------------------------------------------------------
    def _action(self, keys: list[str], slot):
        from PySide6.QtGui import QAction, QKeySequence

        action = QAction(self)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def event(self, event) -> bool:
        if not self._first_frame_shown and event.type() == QEvent.Type.Paint:
            # Keys and the icon come just after the first frame: QKeySequence and QIcon
            # bring large enums (and the icon an SVG renderer) that drawing it does not need.
            self._first_frame_shown = True
            QTimer.singleShot(0, self._after_first_frame)
        return super().event(event)

    def showEvent(self, event) -> None:
        # In case no frame gets painted (a window opened minimised), wire up all the same.
        QTimer.singleShot(FIRST_FRAME_FALLBACK_MS, self._after_first_frame)
        super().showEvent(event)

    def _after_first_frame(self) -> None:
        if self.actions():
            return
        self._make_actions()
        self.setWindowIcon(app_icon())
        QTimer.singleShot(0, self._open_journal)

    def _open_journal(self) -> None:
        if self.journal is None:
            return
        QTimer.singleShot(0, self.journal_progress)  # in idle time: the graphs open sooner
        today = self._now().date()
        if self._settings.get(CHECK_IN_PUT_OFF_ON) == today.isoformat():
            return
        if self.journal.check_in_for(today) is None and self.check_in is None:
            from heelcoach.ui.check_in_panel import CheckInPanel

            self.check_in = CheckInPanel()
            self.check_in.answered.connect(self._save_check_in)
            self.check_in.dismissed.connect(self._put_off_check_in)
            self.today.add_top_panel(self.check_in)
            self.check_in.prompt.setFocus()  # the number keys answer it

    def _save_check_in(self, pain: int, worse: bool) -> None:
        day = self._now().date().isoformat()
        journal = self.journal
        self._save(lambda: journal.add_check_in(date=day, first_steps_pain=pain,
                                                worse_after_training=worse))  # fmt: skip

    def _put_off_check_in(self) -> None:
        self._settings.set(CHECK_IN_PUT_OFF_ON, self._now().date().isoformat())
        if self.check_in is not None:
            self.check_in.hide()

    def _make_actions(self) -> None:
        self.space_action = self._action(["Space"], self.start_or_toggle_pause)
        self.stop_action = self._action(["Esc"], self.stop)
        self.skip_rest_action = self._action(["N"], self.skip_rest)
        self.extend_rest_action = self._action(["+", "="], self.extend_rest)
        self.full_screen_action = self._action(["F11"], self.toggle_full_screen)
        self.mute_action = self._action(["M"], self.toggle_mute)
        self.history_action = self._action(["Ctrl+H"], self.show_history)
        self.progress_action = self._action(["Ctrl+P"], self.show_progress)
        self.delete_action = self._action(["Del"], self.delete_in_history)
        self.undo_action = self._action(["Ctrl+Z"], self.undo_in_history)
        self.quit_action = self._action(["Ctrl+Q"], self.close)  # Cmd+Q on macOS

    def _connect(self) -> None:
        self.today.start_clicked.connect(self.start_session)
        self.today.plan_changed.connect(self._settings.save_plan)
        self.today.language_chosen.connect(self.choose_language)
        self.pages.currentChanged.connect(self._page_changed)
        self.today.details_toggled.connect(
            lambda open_: self._settings.set(PLAN_DETAILS_OPEN, open_)
        )
        self.today.sound_toggled.connect(self.show_sound_panel)
        self.today.history_clicked.connect(self.show_history)
        self.today.progress_clicked.connect(self.show_progress)

    @property
    def sound(self) -> CueSound | None:
        """The cues' sound, opened the first time it is needed; None in silent tests."""
        if self._sound is None and self._make_sound is not None:
            self._sound = self._make_sound()
            self._sound.set_volume(self._settings.get(VOLUME), self._settings.get(MUTED))
            self._sound.set_ticks(self._settings.get(TICKS))
        return self._sound

    @property
    def voice(self) -> SpokenCues:
        if self._voice is None:
            from heelcoach.audio.spoken_cues import SpokenCues

            self._voice = SpokenCues(self._voice_engine, self)
            self._voice.use_language(self._translations.language)
        return self._voice

    @property
    def journal(self) -> Journal | None:
        """The journal, opened on first use; None without a journal folder."""
        if self._journal is None and self._journal_folder is not None:
            from heelcoach.journal.journal import Journal

            self._journal = Journal(self._journal_folder, now=self._now)
            if self._journal.moved_aside is not None:
                self._tell_about_journal(
                    self.tr(
                        "Your journal could not be read, so a new one was started. Nothing "
                        "was deleted: the old file is kept as %1."
                    ).replace("%1", str(self._journal.moved_aside))
                )
        return self._journal

    def _tell_about_journal(self, text: str) -> None:
        if self.journal_notice is None:
            from heelcoach.ui.notice_bar import NoticeBar

            self.journal_notice = NoticeBar()
            self._layout.insertWidget(0, self.journal_notice)
        self.journal_notice.show_notice(text, self.tr("OK"))

    def _save(self, action: Callable[[], object]):
        """Run a journal write; if it fails, say so and carry on (the set never stops)."""
        from heelcoach.journal.entries import InvalidEntryError

        try:
            return action()
        except (OSError, InvalidEntryError) as error:
            log.error("journal write failed: %s", error)
            self._tell_about_journal(
                self.tr("Could not save to the journal: %1").replace("%1", str(error))
            )
            return None

    @property
    def driver(self) -> SetDriver:
        if self._driver is None:
            from heelcoach.set_driver import SetDriver

            self._driver = SetDriver(self._clock, self.sound, self)
            self._driver.changed.connect(self._show_snapshot)
            self._driver.cues_due.connect(self._speak)
            self._driver.cues_due.connect(self._record)
            self._driver.finished.connect(self._session_done)
        return self._driver

    @property
    def set_page(self) -> SetPage:
        if self._set_page is None:
            from heelcoach.ui.set_page import SetPage

            page = SetPage()
            page.pause_clicked.connect(self.start_or_toggle_pause)
            page.stop_clicked.connect(self.stop)
            page.skip_rest_clicked.connect(self.skip_rest)
            page.extend_rest_clicked.connect(self.extend_rest)
            page.full_screen_clicked.connect(self.toggle_full_screen)
            self.pages.addWidget(page)
            self._set_page = page
        return self._set_page

    # what the user does ------------------------------------------------------------------
    def start_session(self, plan: SetPlan | None = None) -> None:
        if plan is not None:
            self.today.set_plan(plan)
        self.set_page.ask_to_confirm_stop(False)
        self.set_page.pain_prompt.clear()
        self.pages.setCurrentWidget(self.set_page)
        self.set_page.setFocus()
        plan = self.today.plan()
        self._log = None
        if self.journal is not None:
            from heelcoach.journal.session_log import SessionLog

            self._log = SessionLog(self.journal, plan, self._now)
        self.driver.start(plan)

    def start_or_toggle_pause(self) -> None:
        if self.pages.currentWidget() is self.today:
            self.start_session()
        elif self.set_page.confirming_stop:
            self.set_page.ask_to_confirm_stop(False)
            self.driver.resume()
        else:
            self.driver.toggle_pause()

    def stop(self) -> None:
        """Esc: leave the set. With reps done, the first Esc asks; a second one confirms."""
        if self.pages.currentWidget() in (self._history_page, self.progress_page):
            self.back_to_today()
            return
        if self._set_page is None or self.pages.currentWidget() is not self._set_page:
            return
        snapshot = self.driver.snapshot()
        if snapshot is not None and snapshot.has_reps_to_lose and not self.set_page.confirming_stop:
            self.driver.pause()
            self.set_page.ask_to_confirm_stop(True)
            return
        self.set_page.ask_to_confirm_stop(False)
        if snapshot is not None and snapshot.has_reps_to_lose:
            self._record_stopped_set(snapshot)
        self.driver.stop()
        self._log = None
        self.set_page.pain_prompt.clear()
        self.pages.setCurrentWidget(self.today)
        self.today.start_button.setFocus()

    # history ------------------------------------------------------------------------------
    @property
    def history_page(self) -> HistoryPage | None:
        if self._history_page is None and self.journal is not None:
            from heelcoach.ui.history_page import HistoryPage

            page = HistoryPage(self.journal)
            page.back_clicked.connect(self.back_to_today)
            page.export_clicked.connect(lambda: self._choose_file_then(self.export_csv_to, ".csv"))
            page.backup_clicked.connect(lambda: self._choose_file_then(self.back_up_to, ".json"))
            page.restore_clicked.connect(lambda: self._choose_file_then(self.restore_from, None))
            self.pages.addWidget(page)
            self._history_page = page
        return self._history_page

    def show_history(self) -> None:
        if self.pages.currentWidget() is not self.today or self.history_page is None:
            return
        self.history_page.reload()
        self.pages.setCurrentWidget(self.history_page)
        self.history_page.table.setFocus()

    def show_progress(self) -> None:
        """The progress graphs; pyqtgraph is imported now, the first time, not at start-up."""
        if self.pages.currentWidget() is not self.today or self.journal is None:
            return
        progress = self.journal_progress()
        if self.progress_page is None:
            from heelcoach.ui.progress_page import ProgressPage

            self.progress_page = ProgressPage(progress)
            self.progress_page.back_clicked.connect(self.back_to_today)
            self.progress_page.export_clicked.connect(
                lambda: self._choose_file_then(self.export_chart_to, ".png")
            )
            self.progress_page.report_clicked.connect(
                lambda: self._choose_file_then(self.report_to, ".pdf")
            )
            self.pages.addWidget(self.progress_page)
        else:
            self.progress_page.show_progress(progress)
        self.pages.setCurrentWidget(self.progress_page)

    def journal_progress(self) -> Progress | None:
        """The journal's progress series, worked out again only when the journal changed."""
        journal = self.journal
        if journal is None:
            return None
        if self._progress is None or self._progress[0] != journal.version:
            from heelcoach.journal.entries import CHECK_INS, SESSIONS, SETS
            from heelcoach.progress.series import progress_of

            progress = progress_of(journal.stored(SETS), journal.stored(SESSIONS),
                                   journal.stored(CHECK_INS))  # fmt: skip
            self._progress = (journal.version, progress)
        return self._progress[1]

    def export_chart_to(self, path: Path) -> None:
        if not self.progress_page.export_png(path):
            self._tell_about_journal(self.tr("Could not save %1").replace("%1", str(path)))

    def report_to(self, path: Path) -> None:
        self._save(lambda: self.progress_page.export_report(path) or True)

    def back_to_today(self) -> None:
        self.pages.setCurrentWidget(self.today)
        self.today.start_button.setFocus()

    def delete_in_history(self) -> None:
        if self._history_page is not None and self.pages.currentWidget() is self._history_page:
            self._history_page.delete_selected()

    def undo_in_history(self) -> None:
        if self._history_page is not None and self.pages.currentWidget() is self._history_page:
            self._history_page.undo_delete()

    def export_csv_to(self, path: Path) -> None:
        from heelcoach.journal.exchange import export_csv

        if self._save(lambda: export_csv(self.journal, path)) is not None:
            self.history_page.saved_to(path)

    def back_up_to(self, path: Path) -> None:
        from heelcoach.journal.exchange import write_backup

        if self._save(lambda: write_backup(self.journal, path) or True) is not None:
            self.history_page.saved_to(path)

    def restore_from(self, path: Path) -> None:
        from heelcoach.journal.entries import InvalidEntryError
        from heelcoach.journal.exchange import restore_backup

        try:
            restore_backup(self.journal, path, self._now())
        except (InvalidEntryError, OSError) as error:
            message = self.tr("That backup was not restored, and nothing changed: %1")
            self.history_page.show_message(message.replace("%1", str(error)))
            return
        self.history_page.reload()
        self.history_page.show_message(self.tr("Restored from %1").replace("%1", str(path)))

    def _choose_file_then(self, action: Callable[[Path], None], suffix: str | None) -> None:
        """Ask where to save (a file ending in `suffix`), or, without one, what to open."""
        from PySide6.QtWidgets import QFileDialog

        if suffix is not None:
            name = f"heelcoach-{self._now():%Y-%m-%d}{suffix}"
            chosen, _ = QFileDialog.getSaveFileName(self, "", str(Path.home() / name))
        else:
            chosen, _ = QFileDialog.getOpenFileName(self, "", str(Path.home()), "JSON (*.json)")
        if chosen:
            action(Path(chosen))

    def skip_rest(self) -> None:
        if self._driver is not None:
            self._driver.skip_rest()

    def extend_rest(self) -> None:
        if self._driver is not None:
            self._driver.extend_rest()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def choose_language(self, language: str) -> None:
        self._settings.set(LANGUAGE, language)
        self._translations.use(language)
        if self._voice is not None:
            self._voice.use_language(language)

    def toggle_mute(self) -> None:
        self.change_sound_setting(MUTED, not self._settings.get(MUTED))

    def show_sound_panel(self, visible: bool) -> None:
        if visible and self.sound_panel is None:
            from heelcoach.ui.sound_panel import SoundPanel

            self.sound_panel = SoundPanel(self._sound_settings())
            self.sound_panel.edited.connect(self.change_sound_setting)
            self.sound_panel.test_clicked.connect(self.test_sound)
            if self._settings.get(VOICE):
                self.sound_panel.show_voice_problem(self.voice.problem())
        if self.sound_panel is not None:
            self.today.show_sound_panel(self.sound_panel, visible)
        if visible != self._settings.get(SOUND_PANEL_OPEN):
            self._settings.set(SOUND_PANEL_OPEN, visible)

    def change_sound_setting(self, option: Option, value) -> None:
        self._settings.set(option, value)
        if self.sound_panel is not None:
            self.sound_panel.show_values(self._sound_settings())
        if option is VOICE and self.sound_panel is not None:
            self.sound_panel.show_voice_problem(self.voice.problem() if value else None)
        if self._sound is not None:
            self._sound.set_volume(self._settings.get(VOLUME), self._settings.get(MUTED))
            self._sound.set_ticks(self._settings.get(TICKS))
        if self._driver is not None and self._driver.is_active:
            self._show_snapshot(self._driver.snapshot())  # a paused set shows it too

    def test_sound(self) -> None:
        """Up, hold and down at the chosen volume, and the voice if it is on."""
        if self.sound is not None:
            self.sound.test()
        if self._settings.get(VOICE) and not self._settings.get(MUTED):
            from heelcoach.audio.cue_sound import TEST_CUES

            self.voice.say(list(TEST_CUES[:1]))

    def _sound_settings(self) -> dict[Option, object]:
        return {option: self._settings.get(option) for option in (VOLUME, MUTED, TICKS, VOICE)}

    # the journal ------------------------------------------------------------------------
    def _record(self, cues: list[Cue]) -> None:
        from heelcoach.core.timeline import CueKind, Phase

        timeline = self.driver.timeline
        for cue in cues:
            if cue.kind is CueKind.PHASE_START and cue.phase is Phase.UP and cue.value == 1:
                self.set_page.pain_prompt.clear()  # a new set: the last one's question is stale
            if cue.kind is CueKind.SET_COMPLETE and timeline is not None:
                self._record_set(timeline.position_at(cue.offset_ms - 1).segment.leg)

    def _record_set(self, leg: Leg) -> None:
        session_log = self._log
        if session_log is None:
            return
        doc_id = self._save(lambda: session_log.set_done(leg))
        if doc_id is None:
            return
        from heelcoach.ui.plan_text import leg_name

        question = self.tr("How much did it hurt during that set (%1)? 0-10")
        self.set_page.pain_prompt.ask(
            question.replace("%1", leg_name(leg).lower()),
            lambda pain: self._save(lambda: session_log.set_pain(doc_id, pain)),
        )

    def _record_stopped_set(self, snapshot: Snapshot) -> None:
        session_log = self._log
        if session_log is None or snapshot.position is None:
            return
        reps = snapshot.completed_reps - session_log.reps_written
        leg = snapshot.position.segment.leg
        if reps > 0:
            self._save(lambda: session_log.set_done(leg, reps))
        self._save(session_log.session_done)

    def _session_done(self) -> None:
        session_log = self._log
        if session_log is None or self._save(session_log.session_done) is None:
            return
        self.set_page.pain_prompt.ask(
            self.tr("And how does the heel feel now, after the session? 0-10"),
            lambda pain: self._save(lambda: session_log.session_pain(pain)),
        )

    def _speak(self, cues: list[Cue]) -> None:
        if self._settings.get(VOICE) and not self._settings.get(MUTED):
            self.voice.say(cues)

    # plumbing ---------------------------------------------------------------------------
    def _show_snapshot(self, snapshot: Snapshot | None) -> None:
        if snapshot is not None and self._settings.get(MUTED):
            snapshot = replace(snapshot, muted=True)
        self.set_page.show_snapshot(snapshot)

    def _page_changed(self, _index: int) -> None:
        # A notice not yet dismissed waits on the first screen; the set screen is for the set.
        if self.notice is not None and not self._settings.get(DISCLAIMER_SEEN):
            self.notice.setVisible(self.pages.currentWidget() is self.today)

    def _show_disclaimer(self) -> None:
        if self.notice is None:
            from heelcoach.ui.notice_bar import NoticeBar

            self.notice = NoticeBar()
            self.notice.dismissed.connect(lambda: self._settings.set(DISCLAIMER_SEEN, True))
            self._layout.insertWidget(0, self.notice)
        self.notice.show_notice(
            self.tr(
                "HeelCoach guides your training; it does not diagnose. If your heel pain "
                "has not eased after 4-6 weeks of training, if you are unsure what it is, "
                "or if it limits your daily life, see a physiotherapist or doctor."
            ),
            self.tr("Got it"),
        )

    def _restore_geometry(self) -> None:
        saved = self._settings.get(WINDOW_GEOMETRY)
        try:
            restored = bool(saved) and self.restoreGeometry(binascii.a2b_base64(saved))
        except binascii.Error:
            restored = False
        if not restored:
            self.resize(*DEFAULT_SIZE)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(APP_NAME)
        if self.notice is not None and self.notice.isVisibleTo(self):
            self._show_disclaimer()

    def closeEvent(self, event) -> None:
        if self._driver is not None:
            self._driver.stop()
        geometry = binascii.b2a_base64(self.saveGeometry().data(), newline=False).decode("ascii")
        self._settings.set(WINDOW_GEOMETRY, geometry)
        super().closeEvent(event)

    def start_when_shown(self) -> None:
        """--start: go straight into today's set; the count-in begins as the window shows."""
        QTimer.singleShot(0, self.start_session)
