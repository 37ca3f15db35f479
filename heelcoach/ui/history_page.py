"""The history: every set, session and check-in, newest first; correct, delete, undo,
and take the journal out (CSV, backup) or bring a backup back."""

from __future__ import annotations

from pathlib import Path

from heelcoach.journal.journal import Journal

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from heelcoach.ui.journal_model import NOTE, WHAT, JournalModel
from heelcoach.ui.page_title import page_title


class HistoryPage(QWidget):
    back_clicked = Signal()
    export_clicked = Signal()
    backup_clicked = Signal()
    restore_clicked = Signal()

    def __init__(self, journal: Journal, parent=None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.model = JournalModel(journal, self)
        self.model.refused.connect(self.show_message)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)  # fmt: skip
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(WHAT, 260)
        self.title = page_title()
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
        self.undo_button.clicked.connect(self.undo_delete)
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
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._retranslate()
        self._update_buttons()

    def reload(self) -> None:
        self.model.reload()
        self._update_buttons()

    def show_message(self, text: str) -> None:
        self.message.setText(text)

    def delete_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.show_message(self.tr("Choose an entry to delete first."))
            return
        table, entry = self.model.entry_at(rows[0].row())
        try:
            self.journal.delete(table, entry.doc_id)
        except OSError as error:
            self.show_message(self.tr("Could not delete: %1").replace("%1", str(error)))
            return
        self.reload()
        self.show_message(self.tr("Deleted. Undo (Ctrl+Z) brings it back."))

    def undo_delete(self) -> None:
        try:
            restored = self.journal.undo_delete()
        except OSError as error:
            self.show_message(self.tr("Could not undo: %1").replace("%1", str(error)))
            return
        if restored is not None:
            self.reload()
            self.show_message(self.tr("The entry is back."))

    def saved_to(self, path: Path) -> None:
        self.show_message(self.tr("Saved to %1").replace("%1", str(path)))

    def _update_buttons(self) -> None:
        self.undo_button.setEnabled(self.journal.can_undo_delete)
        self.delete_button.setEnabled(self.model.rowCount() > 0)
        if self.model.rowCount() == 0:
            self.show_message(self.tr("Nothing here yet: your sets and check-ins will be listed "
                                      "here as you train."))  # fmt: skip

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.title.setText(self.tr("History"))
        self.back_button.setText(self.tr("Back (Esc)"))
        self.delete_button.setText(self.tr("Delete (Del)"))
        self.undo_button.setText(self.tr("Undo (Ctrl+Z)"))
        self.export_button.setText(self.tr("Export CSV…"))
        self.backup_button.setText(self.tr("Back up…"))
        self.restore_button.setText(self.tr("Restore a backup…"))
        self.table.horizontalHeader().resizeSection(NOTE, 200)
