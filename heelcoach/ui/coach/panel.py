"""Today's coach on the first screen: the week, what today is, the plan, and why.

It only shows what the rules said (coach.today); the keys and the menu that act on it
belong to the window.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from heelcoach.coach.advice import AdviceKind
from heelcoach.coach.today import Today
from heelcoach.core.plan import SetPlan
from heelcoach.ui.coach.words import advice_text, heading, plan_line, seek_help_text
from heelcoach.ui.retranslating import Retranslating

WEEK_PIXELS = 22
PLAN_PIXELS = 20
ADVICE_STYLE = {
    AdviceKind.REDUCE: "QFrame#advice { background: #fff3e0; border-left: 6px solid #ef6c00; }",
    AdviceKind.PROGRESS: "QFrame#advice { background: #e8f5e9; border-left: 6px solid #2e7d32; }",
}
NEUTRAL_STYLE = "QFrame#advice { background: #eceff1; border-left: 6px solid #546e7a; }"
HELP_STYLE = "QFrame#help { background: #e3f2fd; border-left: 6px solid #1565c0; }"


def _bold(label: QLabel, pixels: int) -> None:
    font = label.font()
    font.setPixelSize(pixels)
    font.setBold(True)
    label.setFont(font)


class CoachPanel(Retranslating, QFrame):
    take_advice_clicked = Signal()
    program_clicked = Signal()
    put_off_help_clicked = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.today: Today | None = None
        self._own_plan: SetPlan | None = None
        self.week_label = QLabel()
        self.week_label.setWordWrap(True)
        _bold(self.week_label, WEEK_PIXELS)
        self.plan_label = QLabel()
        self.plan_label.setWordWrap(True)
        _bold(self.plan_label, PLAN_PIXELS)
        self.advice = QFrame()
        self.advice.setObjectName("advice")
        self.advice_label = QLabel()
        self.advice_label.setWordWrap(True)
        self.advice_label.setTextFormat(Qt.TextFormat.PlainText)
        self.take_button = QPushButton()
        self.program_button = QPushButton()
        advice_layout = QVBoxLayout(self.advice)
        advice_layout.setContentsMargins(12, 8, 12, 8)
        advice_layout.addWidget(self.advice_label)
        self.help = QFrame()
        self.help.setObjectName("help")
        self.help.setStyleSheet(HELP_STYLE)
        self.help_label = QLabel()
        self.help_label.setWordWrap(True)
        self.put_off_button = QPushButton()
        help_layout = QHBoxLayout(self.help)
        help_layout.setContentsMargins(12, 8, 12, 8)
        help_layout.addWidget(self.help_label, 1)
        help_layout.addWidget(self.put_off_button)
        self.help.hide()

        top = QHBoxLayout()
        top.addWidget(self.week_label, 1)
        top.addWidget(self.program_button)
        plan_row = QHBoxLayout()
        plan_row.addWidget(self.plan_label, 1)
        plan_row.addWidget(self.take_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addLayout(plan_row)
        layout.addWidget(self.advice)
        layout.addWidget(self.help)
        self.take_button.clicked.connect(self.take_advice_clicked.emit)
        self.program_button.clicked.connect(self.program_clicked.emit)
        self.put_off_button.clicked.connect(self.put_off_help_clicked.emit)
        self.take_button.hide()
        self._retranslate()

    def show_today(self, today: Today) -> None:
        self.today = today
        self._render()

    def show_own_plan(self, plan: SetPlan) -> None:
        """The set as it will run: the plan line says so when a hand edit changed it."""
        self._own_plan = plan
        self._render()

    def _render(self) -> None:
        today = self.today
        if today is None:
            return
        advice = today.advice
        self.week_label.setText(heading(today))
        self.plan_label.setText(plan_line(today, self._own_plan))
        self.advice_label.setText(advice_text(today))
        self.advice.setStyleSheet(ADVICE_STYLE.get(advice.kind, NEUTRAL_STYLE))
        self.take_button.setVisible(advice.lighter is not None)
        self.help.setVisible(today.seek_help is not None)
        if today.seek_help is not None:
            self.help_label.setText(seek_help_text(today.seek_help))

    def _retranslate(self) -> None:
        self.take_button.setText(self.tr("Use the lighter plan (L)"))
        self.program_button.setText(self.tr("Program… (Ctrl+G)"))
        self.put_off_button.setText(self.tr("Remind me in a week"))
        self._render()
