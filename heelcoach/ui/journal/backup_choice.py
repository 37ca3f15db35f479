"""Restore a backup…: which one. The app's own daily backups, newest first, by the day they
were kept, and another file of the runner's. Arrows move, Enter chooses, Esc cancels."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from heelcoach.words.plain import long_date

PATH_ROLE = Qt.ItemDataRole.UserRole


class BackupChoice(QDialog):
    def __init__(self, daily: dict[date, Path], parent: QWidget | None = None) -> None:
        """`daily`: the daily backups by their day."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore a backup"))
        if daily:
            about = self.tr("Which backup should replace your journal? HeelCoach keeps a copy "
                            "of it each day, for the last seven days.")  # fmt: skip
        else:
            about = self.tr("HeelCoach has kept no daily backup yet: choose a backup file.")
        self.about = QLabel(about)
        self.about.setWordWrap(True)
        self.about.setMinimumWidth(420)
        self.list = QListWidget()
        for day in sorted(daily, reverse=True):
            said = long_date(day)  # a heading: "Mandag den 7. december 2026" in Danish
            item = QListWidgetItem(said[:1].upper() + said[1:])
            item.setData(PATH_ROLE, str(daily[day]))
            self.list.addItem(item)
        self.list.addItem(QListWidgetItem(self.tr("Another file…")))
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.about.setBuddy(self.list)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        choose = self.buttons.addButton(self.tr("&Choose…"),
                                        QDialogButtonBox.ButtonRole.AcceptRole)  # fmt: skip
        self._choose = choose
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addWidget(self.list)
        layout.addWidget(self.buttons)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.list.setFocus()
        self._choose.setDefault(True)  # Enter in the list chooses the day it is on

    def chosen(self) -> Path | None:
        """The backup chosen; None for another file (or none)."""
        item = self.list.currentItem()
        path = item.data(PATH_ROLE) if item is not None else None
        return Path(path) if path else None
