"""The history: a row per day, newest first, with its check-in, sets and session under it;
correct, delete, undo, and take the journal out (CSV, backup) or bring a backup back."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol, TypeVar

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from heelcoach.journal.entries import InvalidEntryError
from heelcoach.journal.journal import Journal
from heelcoach.system.disk_problems import plain_words
from heelcoach.ui.journal.history_tree import HistoryTree
from heelcoach.ui.journal.history_undo import Correction, Deletion, HistoryUndo
from heelcoach.ui.journal.journal_model import DATE, LOAD, PAIN, REPS, TIME, WHAT, JournalModel
from heelcoach.ui.page_title import page_title
from heelcoach.ui.retranslating import Retranslating
from heelcoach.words.plain import fill, number

T = TypeVar("T")


class Save(Protocol):
    """Runs a journal write: what it returned, or None when it failed."""

    def __call__(self, action: Callable[[], T], /) -> T | None: ...


COLUMN_WIDTHS = {DATE: 150, TIME: 95, WHAT: 300, REPS: 80, LOAD: 95, PAIN: 90}


class HistoryPage(Retranslating, QWidget):
    back_clicked = Signal()
    export_clicked = Signal()
    backup_clicked = Signal()
    restore_clicked = Signal()

    def __init__(self, journal: Journal, save: Save, parent=None) -> None:
        """`save` runs a journal write and says in the window why one failed (see
        WindowJournal.save)."""
        super().__init__(parent)
        self.journal = journal
        self._save = save
        self._loaded = False
        self.undo_list = HistoryUndo()
        self.model = JournalModel(journal, self._write, self)  # empty until reload()
        self.model.corrected.connect(self._corrected)
        self.tree = HistoryTree()
        self.tree.setModel(self.model)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # Narrow enough that the note (the last, stretching column) is on a 1024 px screen.
        for column, width in COLUMN_WIDTHS.items():
            header.resizeSection(column, width)
        self.title = page_title()
        self.hint = QLabel()  # what the keyboard does here
        self.hint.setWordWrap(True)
        self.details = QLabel()  # the chosen entry whole: a long note wraps here
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setMinimumHeight(2 * self.details.fontMetrics().lineSpacing())
        self.tree.selectionModel().currentChanged.connect(self._show_details)
        self.model.modelReset.connect(lambda: self._show_details(self.tree.currentIndex()))
        self.model.dataChanged.connect(lambda *_: self._show_details(self.tree.currentIndex()))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.back_button = QPushButton()
        self.delete_button = QPushButton()
        self.undo_button = QPushButton()
        self.export_button = QPushButton()
        self.backup_button = QPushButton()
        self.restore_button = QPushButton()
        self.back_button.clicked.connect(self.back_clicked.emit)
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button.clicked.connect(self.undo)
        self.export_button.clicked.connect(self.export_clicked.emit)
        self.backup_button.clicked.connect(self.backup_clicked.emit)
        self.restore_button.clicked.connect(self.restore_clicked.emit)

        buttons = QHBoxLayout()
        for button in (self.back_button, self.delete_button, self.undo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.export_button, self.backup_button, self.restore_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._retranslate()

    def reload(self) -> None:
        """Read the journal again, keeping the days that were open and the place in them;
        the first time, the newest day is opened and its first entry chosen."""
        current = self.tree.currentIndex()
        place = (self.model.day_of(current), current.row() if current.parent().isValid() else -1)
        opened = {self.model.day_of(self.model.index(row, 0))
                  for row in range(self.model.rowCount()) if self.tree.isExpanded(
                      self.model.index(row, 0))}  # fmt: skip
        first_time = not self._loaded
        self._loaded = True
        self.model.reload()
        for day in opened:
            if day is not None:  # a top-level row is always a day
                self.tree.expand(self.model.day_index(day))
        if first_time and self.model.rowCount() > 0:
            self.tree.expand(self.model.index(0, 0))
            place = (self.model.day_of(self.model.index(0, 0)), 0)
        self._choose(*place)
        self._update_buttons()

    def _choose(self, day: str | None, row: int) -> None:
        """Make the entry `row` of `day` current (the nearest one left, else the day)."""
        day_index = self.model.day_index(day) if day is not None else QModelIndex()
        if not day_index.isValid():
            day_index = self.model.index(0, 0)
        entries = self.model.rowCount(day_index)
        if row >= 0 and entries > 0 and self.tree.isExpanded(day_index):
            target = self.model.index(min(row, entries - 1), 0, day_index)
        else:
            target = day_index
        if target.isValid():
            self.tree.setCurrentIndex(target)
            self.tree.scrollTo(target)

    def _show_details(self, current: QModelIndex) -> None:
        """Every column of the chosen row, named, in full (the note unclipped)."""
        if not current.isValid():
            self.details.setText("")
            return
        horizontal = Qt.Orientation.Horizontal
        day = current.parent().siblingAtColumn(0).data() if current.parent().isValid() else None
        parts = [day] if day else []
        for column in range(self.model.columnCount()):
            cell = current.siblingAtColumn(column)
            text = cell.data(Qt.ItemDataRole.ToolTipRole) or cell.data()
            if text not in (None, ""):
                parts.append(f"{self.model.headerData(column, horizontal)}: {text}")
        self.details.setText("   ·   ".join(parts))

    def show_message(self, text: str) -> None:
        self.message.setText(text)

    def _write(self, change: Callable[[], T]) -> tuple[T] | None:
        """Run a change to the journal through `save`: (what it returned,), or None if it
        failed. A value the journal refuses is said here, a disk that fails in the window."""
        refused: list[str] = []

        def checked() -> tuple[T] | None:
            try:
                return (change(),)
            except InvalidEntryError as error:
                refused.append(plain_words(error))
                return None

        done = self._save(checked)
        if refused:
            self.show_message(refused[0])
        return done

    def delete_selected(self) -> None:
        found = self.model.entry_at(self.tree.currentIndex())
        if found is None:
            self.show_message(self.tr("Choose one entry of a day to delete: open the day "
                                      "(→) and pick the set, session or check-in."))  # fmt: skip
            return
        table, doc_id, _entry = found
        if self._write(lambda: self.journal.delete(table, doc_id)) is None:
            return
        self.undo_list.did(Deletion(table, doc_id))
        self.reload()
        self.show_message(self.tr("Deleted. Undo (Ctrl+Z) brings it back."))

    def _corrected(self, correction: Correction) -> None:
        self.undo_list.did(correction)
        self._update_buttons()
        self.show_message(self.tr("Corrected. Undo (Ctrl+Z) puts the old value back."))

    def undo(self) -> None:
        """Undo the newest correction or deletion."""
        change = self.undo_list.take()
        if isinstance(change, Correction):
            self._undo_correction(change)
            return
        restored = self._write(self.journal.undo_delete)
        if restored is None:
            self.undo_list.put_back(change)
            return
        if restored[0] is None:
            return
        if change is not None:
            self.undo_list.moved(change.table, change.doc_id, restored[0][1])
        self.reload()
        self.show_message(self.tr("The entry is back."))

    def _undo_correction(self, change: Correction) -> None:
        put_back = {change.field: change.before}
        undone = self._write(lambda: self.journal.update(change.table, change.doc_id, **put_back))
        if undone is None:
            if self.journal.entry(change.table, change.doc_id) is not None:
                self.undo_list.put_back(change)  # the disk failed: Ctrl+Z tries again
            return
        self.reload()
        before = change.before
        if before in (None, ""):
            before = self.tr("empty")
        elif type(before) is float:
            before = number(before)
        name = self.model.headerData(change.column, Qt.Orientation.Horizontal)
        self.show_message(fill(self.tr("Undone: %1 is %2 again."), name, before))

    def saved_to(self, path: Path) -> None:
        self.show_message(fill(self.tr("Saved to %1"), path))

    def _update_buttons(self) -> None:
        self.undo_button.setEnabled(self.undo_list.can_undo(self.journal.can_undo_delete))
        self.delete_button.setEnabled(self.model.rowCount() > 0)
        if self.model.rowCount() == 0:
            self.show_message(self.tr("Nothing here yet: your sets and check-ins will be listed "
                                      "here as you train."))  # fmt: skip
        elif self.journal.quarantined and not self.message.text():
            self.show_message(fill(self.tr(
                "%n entries could not be read and are not listed; they are kept as they were, "
                "in the quarantine part of %1.", "", self.journal.quarantined,
            ), self.journal.path))  # fmt: skip

    def _retranslate(self) -> None:
        self.title.setText(self.tr("History"))
        self.hint.setText(self.tr("Type a date, year first (2026-03 or 2026-03-14), to go to "
                                  "that day. Enter corrects the chosen entry, Del deletes it, "
                                  "Ctrl+Z undoes."))  # fmt: skip
        self.back_button.setText(self.tr("Back (Esc)"))
        self.delete_button.setText(self.tr("Delete (Del)"))
        self.undo_button.setText(self.tr("Undo (Ctrl+Z)"))
        self.export_button.setText(self.tr("Export CSV…"))
        self.backup_button.setText(self.tr("Back up…"))
        self.restore_button.setText(self.tr("Restore a backup…"))
