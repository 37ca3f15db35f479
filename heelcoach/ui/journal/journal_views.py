"""The pages that read the journal, history and progress, and what they export.

Built the first time one of them opens (the progress page imports pyqtgraph then); the
main window only asks for them by name.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QStackedWidget, QWidget

from heelcoach.journal.entries import CHECK_INS, RUNS, SESSIONS, SETS, STRETCHES
from heelcoach.journal.journal import WRITE_ERRORS, Journal
from heelcoach.progress.series import Progress, progress_of
from heelcoach.settings import AFFECTED_SIDE, FILES_FOLDER, PROGRESS_RANGE, Settings
from heelcoach.system.disk_problems import plain_words
from heelcoach.ui.journal.history_page import HistoryPage, Save
from heelcoach.words.plain import fill, long_date

if TYPE_CHECKING:
    from heelcoach.ui.journal.progress_page import ProgressPage
    from heelcoach.ui.journal.restore_question import RestoreQuestion


GRAPHS_WARM_UP_MS = 1500  # after start-up has settled


class JournalViews(QObject):
    restored = Signal()  # a backup replaced the journal

    def __init__(
        self,
        pages: QStackedWidget,
        journal: Journal,
        settings: Settings,
        now: Callable[[], datetime],
        save: Save,
        back: Callable[[], None],
        tell: Callable[[str], None],
        parent: QWidget,
    ) -> None:
        """`save` runs a journal write and reports a failure; `back` returns to the first
        screen; `tell` shows a notice in the window. `settings` remembers the period the
        graphs show and the folder files were last saved to."""
        super().__init__(parent)
        self._pages = pages
        self._journal = journal
        self._settings = settings
        self._now = now
        self._save = save
        self._back = back
        self._tell = tell
        self._window = parent
        self.history_page: HistoryPage | None = None
        self.progress_page: ProgressPage | None = None
        self._progress: tuple[tuple[int, int], Progress] | None = None

    # history ------------------------------------------------------------------------------
    def show_history(self) -> None:
        if self.history_page is None:
            page = HistoryPage(self._journal, self._save)
            page.back_clicked.connect(self._back)
            page.export_clicked.connect(lambda: self._choose_file_then(self.export_csv_to, ".csv"))
            page.backup_clicked.connect(lambda: self._choose_file_then(self.back_up_to, ".json"))
            page.restore_clicked.connect(self.choose_backup)
            self._pages.addWidget(page)
            self.history_page = page
        self.history_page.reload()
        self._pages.setCurrentWidget(self.history_page)
        self.history_page.tree.setFocus()

    def _history_shown(self) -> HistoryPage | None:
        """The history page, when it is the page shown."""
        page = self.history_page
        return page if page is not None and self._pages.currentWidget() is page else None

    def _built_history(self) -> HistoryPage:
        """The history page, built before anything on it can be asked for."""
        assert self.history_page is not None
        return self.history_page

    def delete_in_history(self) -> None:
        page = self._history_shown()
        if page is not None:
            page.delete_selected()

    def undo_in_history(self) -> None:
        page = self._history_shown()
        if page is not None:
            page.undo()

    def export_csv_to(self, path: Path) -> None:
        from heelcoach.journal.exchange import export_csv

        if self._save(lambda: export_csv(self._journal, path)) is not None:
            self._built_history().saved_to(path)

    def back_up_to(self, path: Path) -> None:
        from heelcoach.journal.exchange import write_backup

        def back_up() -> bool:  # True: saved (None is a failure already told)
            write_backup(self._journal, path)
            return True

        if self._save(back_up) is not None:
            self._built_history().saved_to(path)

    def choose_backup(self) -> None:
        """Restore a backup…: the daily backups to choose from, or another file."""
        from heelcoach.ui.journal.backup_choice import BackupChoice

        dialog = BackupChoice(self._daily_backups(), self._window)
        dialog.accepted.connect(lambda: self._backup_chosen(dialog.chosen()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _daily_backups(self) -> dict[date, Path]:
        from heelcoach.journal.backups import BACKUP_FOLDER, daily_backups

        try:
            return daily_backups(self._journal.folder / BACKUP_FOLDER)
        except OSError:  # none kept yet, or the folder cannot be read: another file, then
            return {}

    def _backup_chosen(self, path: Path | None) -> None:
        if path is None:
            self._choose_file_then(self.restore_from, None)
        else:
            self.restore_from(path, long_date(self._day_of(path)))

    @staticmethod
    def _day_of(daily: Path) -> date:
        from heelcoach.journal.backups import DAILY_NAME

        match = DAILY_NAME.fullmatch(daily.name)
        assert match is not None  # daily_backups() lists only the names it matches
        return date.fromisoformat(match.group(1))

    def restore_from(self, path: Path, day: str | None = None) -> None:
        """Ask first: what the backup at `path` (the daily one of `day`) holds against the
        journal now; replaced only on a yes. One that cannot be read changes nothing."""
        from heelcoach.journal.contents import contents_of
        from heelcoach.journal.exchange import check_may_restore, read_backup
        from heelcoach.ui.journal.restore_question import restore_question

        try:
            check_may_restore(self._journal)
            data = read_backup(path)
        except WRITE_ERRORS as error:
            message = self.tr("That backup was not restored, and nothing changed: %1")
            self._built_history().show_message(fill(message, plain_words(error)))
            return
        if day is None:
            name = fill(self.tr("the file %1"), path.name)
        else:
            name = fill(self.tr("the backup of %1"), day)
        question = restore_question(self._window, name, contents_of(data),
                                    contents_of(self._journal.data()))  # fmt: skip
        question.finished.connect(lambda: self._restore_if_yes(question, data, name))
        question.finished.connect(question.deleteLater)
        question.open()

    def _restore_if_yes(self, question: RestoreQuestion, data: dict, name: str) -> None:
        if question.clickedButton() is question.replace_button:
            self._restore(data, name)

    def _restore(self, data: dict, name: str) -> None:
        from heelcoach.journal.exchange import restore_checked

        page = self._built_history()
        try:
            kept = restore_checked(self._journal, data, self._now())
        except WRITE_ERRORS as error:
            message = self.tr("That backup was not restored, and nothing changed: %1")
            page.show_message(fill(message, plain_words(error)))
            return
        page.undo_list.forget()
        page.reload()
        said = self.tr("Restored %1. Your journal as it was is kept in %2.")
        page.show_message(fill(said, name, kept))
        self.restored.emit()

    # progress -----------------------------------------------------------------------------
    def prepare(self, busy: Callable[[], bool], warm_up_graphs: bool) -> None:
        """In idle time after start-up: work out the series and, if the journal has
        something to draw, import pyqtgraph, so the graphs open at once. Never while
        `busy` (a set runs: no cue would move, its sound is queued, but the screen
        would stop for a moment)."""
        QTimer.singleShot(0, self.progress)
        if warm_up_graphs and any(self._journal.counts().values()):
            QTimer.singleShot(GRAPHS_WARM_UP_MS, lambda: self._warm_up(busy))

    def _warm_up(self, busy: Callable[[], bool]) -> None:
        if busy():
            QTimer.singleShot(GRAPHS_WARM_UP_MS, lambda: self._warm_up(busy))
            return
        import heelcoach.ui.journal.progress_page  # noqa: F401

    def progress(self) -> Progress:
        """The journal's progress series, worked out again only when the journal changed."""
        journal = self._journal
        if self._progress is None or self._progress[0] != journal.version:
            progress = journal.worked_out(lambda: progress_of(
                journal.stored(SETS), journal.stored(SESSIONS), journal.stored(CHECK_INS),
                journal.stored(RUNS), journal.stored(STRETCHES)))  # fmt: skip
            self._progress = (journal.version, progress)
        return self._progress[1]

    def show_progress(self) -> None:
        """The progress graphs; pyqtgraph is imported now, the first time, not at start-up."""
        progress = self.progress()
        if self.progress_page is None:
            from heelcoach.ui.journal.progress_page import ProgressPage

            page = ProgressPage(progress, self._settings.get(PROGRESS_RANGE))
            page.range_chosen.connect(lambda key: self._settings.set(PROGRESS_RANGE, key))
            page.back_clicked.connect(self._back)
            page.export_clicked.connect(
                lambda: self._choose_file_then(self.export_chart_to, ".png")
            )
            page.report_clicked.connect(lambda: self._choose_file_then(self.report_to, ".pdf"))
            self._pages.addWidget(page)
            self.progress_page = page
        else:
            self.progress_page.show_progress(progress)
        self._pages.setCurrentWidget(self.progress_page)
        page = self.progress_page  # the keyboard starts on the period shown: Tab, Space
        page.range_buttons[page.current_range].setFocus()

    def _built_progress(self) -> ProgressPage:
        """The progress page, built before anything on it can be asked for."""
        assert self.progress_page is not None
        return self.progress_page

    def export_chart_to(self, path: Path) -> None:
        try:
            self._built_progress().export_png(path)
        except OSError:  # a folder gone, a full disk: the file is left as it was
            self._tell(fill(self.tr("Could not save %1"), path))

    def report_to(self, path: Path) -> None:
        page = self._built_progress()

        def export() -> bool:  # True: saved (None is a failure already told)
            page.export_report(path, program=self._program())
            return True

        self._save(export)

    def _program(self):
        """The coach's part of the report: the prescription, the answers, the tables."""
        from heelcoach.journal.entries import TABLES
        from heelcoach.ui.coach.today_coach import today_from
        from heelcoach.words.report import program_section

        journal = self._journal
        today = today_from(journal, self._now().date(), self._settings.program())
        tables = {table: journal.stored(table) for table in TABLES}
        plan = self._settings.plan()
        return program_section(today, tables, self._settings.get(AFFECTED_SIDE),
                               plan.legs.value, plan.tempo)  # fmt: skip

    def _choose_file_then(self, action: Callable[[Path], None], suffix: str | None) -> None:
        """Ask where to save (a file ending in `suffix`), or, without one, what to open;
        the dialog starts in the folder used last time."""
        folder = Path(self._settings.get(FILES_FOLDER) or Path.home())
        if not folder.is_dir():
            folder = Path.home()
        if suffix is not None:
            name = f"heelcoach-{self._now():%Y-%m-%d}{suffix}"
            chosen, _ = QFileDialog.getSaveFileName(self._window, "", str(folder / name))
        else:
            chosen, _ = QFileDialog.getOpenFileName(self._window, "", str(folder),
                                                    "JSON (*.json)")  # fmt: skip
        if chosen:
            self._settings.set(FILES_FOLDER, str(Path(chosen).parent))
            action(Path(chosen))
