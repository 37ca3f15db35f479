"""The runner's own moves in the program: repeat a week, a phase back or on, the start
date, and which heel hurts (for the physiotherapist's report)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QVBoxLayout,
)

from heelcoach.ui.retranslating import Retranslating

SIDES = ("left", "right", "both", "")


class ProgramMenu(Retranslating, QMenu):
    repeat_week = Signal()
    phase_back = Signal()
    phase_on = Signal()
    start_date_chosen = Signal(object)  # a date, or None for "the first session"
    side_chosen = Signal(str)  # one of SIDES
    reminders_asked = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.repeat_action = self.addAction("")
        self.back_action = self.addAction("")
        self.on_action = self.addAction("")
        self.addSeparator()
        self.start_action = self.addAction("")
        self.first_session_action = self.addAction("")
        self.addSeparator()
        self.side_menu = self.addMenu("")
        self._sides = QActionGroup(self)
        self.side_actions: dict[str, QAction] = {}
        for side in SIDES:
            action = self.side_menu.addAction("")
            action.setCheckable(True)
            self._sides.addAction(action)
            action.triggered.connect(lambda _checked=False, side=side: self.side_chosen.emit(side))
            self.side_actions[side] = action
        self.addSeparator()
        self.reminders_action = self.addAction("")
        self.reminders_action.triggered.connect(self.reminders_asked.emit)
        self.repeat_action.triggered.connect(self.repeat_week.emit)
        self.back_action.triggered.connect(self.phase_back.emit)
        self.on_action.triggered.connect(self.phase_on.emit)
        self.start_action.triggered.connect(self._ask_start_date)
        self.first_session_action.triggered.connect(lambda: self.start_date_chosen.emit(None))
        self.start: date | None = None
        self._retranslate()

    def show_choices(self, start: date | None, side: str, can_go_back: bool,
                     can_go_on: bool) -> None:  # fmt: skip
        self.start = start
        self.side_actions.get(side, self.side_actions[""]).setChecked(True)
        self.back_action.setEnabled(can_go_back)
        self.on_action.setEnabled(can_go_on)

    def _ask_start_date(self) -> None:
        chosen = StartDateDialog.ask(self.start or date.today(), self.parentWidget())
        if chosen is not None:
            self.start_date_chosen.emit(chosen)

    def _retranslate(self) -> None:
        self.repeat_action.setText(self.tr("&Repeat this week"))
        self.back_action.setText(self.tr("Go &back a phase"))
        self.on_action.setText(self.tr("M&ove on a phase"))
        self.start_action.setText(self.tr("&Start date…"))
        self.first_session_action.setText(self.tr("Start from the &first session"))
        self.side_menu.setTitle(self.tr("&Painful heel"))
        self.reminders_action.setText(self.tr("Re&minders…"))
        names = (self.tr("&Left"), self.tr("&Right"), self.tr("&Both"), self.tr("&Not given"))
        for side, name in zip(SIDES, names, strict=True):
            self.side_actions[side].setText(name)


class StartDateDialog(QDialog):
    """A date, picked with the keyboard (arrows, or typing) or the calendar."""

    def __init__(self, start: date, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Programme start"))
        self.edit = QDateEdit(QDate(start.year, start.month, start.day))
        self.edit.setCalendarPopup(True)
        self.edit.setMaximumDate(QDate.currentDate())
        self.edit.setDisplayFormat("yyyy-MM-dd")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)  # fmt: skip
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The programme counts its weeks from this day:")))
        layout.addWidget(self.edit)
        layout.addWidget(buttons)
        self.edit.setFocus()

    def chosen(self) -> date:
        picked = self.edit.date()
        return date(picked.year(), picked.month(), picked.day())

    @classmethod
    def ask(cls, start: date, parent=None) -> date | None:
        dialog = cls(start, parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
