"""The runner's own moves in the program: which program, repeat a week, a phase back or
on, start again, and which heel hurts (for the physiotherapist's report)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QMessageBox,
    QVBoxLayout,
)

from heelcoach.ui.retranslating import Retranslating

SIDES = ("left", "right", "both", "")


class ProgramMenu(Retranslating, QMenu):
    self_dosed_chosen = Signal(bool)  # False: step by step; True: as heavy as you can
    repeat_week = Signal()
    phase_back = Signal()
    phase_on = Signal()
    start_date_chosen = Signal(object)  # a date
    start_again = Signal()  # week 1 from today, confirmed
    side_chosen = Signal(str)  # one of SIDES
    reminders_asked = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._programs = QActionGroup(self)
        self.step_action = self.addAction("")
        self.heavy_action = self.addAction("")
        for action, self_dosed in ((self.step_action, False), (self.heavy_action, True)):
            action.setCheckable(True)
            self._programs.addAction(action)
            action.triggered.connect(
                lambda _checked=False, chosen=self_dosed: self.self_dosed_chosen.emit(chosen)
            )
        self.why_action = self.addAction("")
        self.why_action.triggered.connect(self._explain_programs)
        self.addSeparator()
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
        self.first_session_action.triggered.connect(self._ask_to_start_again)
        self.start: date | None = None
        self._retranslate()

    def show_choices(self, start: date | None, side: str, can_go_back: bool,
                     can_go_on: bool, self_dosed: bool = False) -> None:  # fmt: skip
        self.start = start
        (self.heavy_action if self_dosed else self.step_action).setChecked(True)
        self.side_actions.get(side, self.side_actions[""]).setChecked(True)
        self.back_action.setEnabled(can_go_back)
        self.on_action.setEnabled(can_go_on)

    def _ask_start_date(self) -> None:
        chosen = StartDateDialog.ask(self.start or date.today(), self.parentWidget())
        if chosen is not None:
            self.start_date_chosen.emit(chosen)

    def _ask_to_start_again(self) -> None:
        if ask_to_start_again(self.parentWidget()):
            self.start_again.emit()

    def _explain_programs(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Two ways to train"),
                          programs_explained(), parent=self.parentWidget())  # fmt: skip
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.open()

    def _retranslate(self) -> None:
        self.step_action.setText(self.tr("Programme: s&tep by step (recommended)"))
        self.heavy_action.setText(self.tr("Programme: as &heavy as you can each time"))
        self.why_action.setText(self.tr("&Why these two programmes?"))
        self.repeat_action.setText(self.tr("&Repeat this week"))
        self.back_action.setText(self.tr("Go &back to the previous phase"))
        self.on_action.setText(self.tr("M&ove on to the next phase"))
        self.start_action.setText(self.tr("Choose the &start date…"))
        self.first_session_action.setText(self.tr("Start the programme &again from week 1…"))
        self.side_menu.setTitle(self.tr("&Painful heel"))
        self.reminders_action.setText(self.tr("Re&minders…"))
        names = (self.tr("&Left"), self.tr("&Right"), self.tr("&Both"), self.tr("&Not given"))
        for side, name in zip(SIDES, names, strict=True):
            self.side_actions[side].setText(name)


def programs_explained() -> str:
    return QCoreApplication.translate(
        "ProgramMenu",
        "Step by step: the sets, reps and backpack weight rise on a fixed plan, week by "
        "week. This is the programme tested in the trial behind the guide (Rathleff and "
        "colleagues, 2015), and HeelCoach's choice unless you pick the other.\n\n"
        "As heavy as you can each time: as many sets as you can, each one until you cannot "
        "do one more good rep, with a weight you choose that still allows 8. A later trial "
        "(Riel and colleagues, 2019) found it worked as well. Press Enter after your last "
        "rep.",
    )


def ask_to_start_again(parent) -> bool:
    """Week 1 from today: asked first, the default No."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("ProgramMenu", "Start again from week 1?"),
        QCoreApplication.translate(
            "ProgramMenu",
            "The programme's weeks will count from today, and Today will show week 1's "
            "sets. Your journal keeps everything you have recorded.",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


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
