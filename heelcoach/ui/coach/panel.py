"""Today's coach on the first screen: the one verdict first (its title, why, and the one
thing to do about it), then the week and the plan Start runs.

It only shows what the rules said (coach.today); the keys and the menu that act on it
belong to the window.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from heelcoach.coach.today import Today
from heelcoach.coach.verdict import Verdict
from heelcoach.core.exercises.heel_raise import SetPlan
from heelcoach.ui.retranslating import Retranslating
from heelcoach.words.verdict import heading, plan_line, verdict_text, verdict_title

TITLE_PIXELS = 20
WEEK_PIXELS = 18
PLAN_PIXELS = 20
BOX = "QFrame#verdict {{ background: {}; border-left: 6px solid {}; }}"
VERDICT_STYLE = {
    Verdict.SEE_CLINICIAN: BOX.format("#ffebee", "#c62828"),
    Verdict.SEEK_HELP: BOX.format("#e3f2fd", "#1565c0"),
    Verdict.REDUCE: BOX.format("#fff3e0", "#ef6c00"),
    Verdict.HOLD: BOX.format("#eceff1", "#546e7a"),
    Verdict.PROGRESS: BOX.format("#e8f5e9", "#2e7d32"),
    Verdict.START: BOX.format("#e8f5e9", "#2e7d32"),
}


def _bold(label: QLabel, pixels: int) -> None:
    font = label.font()
    font.setPixelSize(pixels)
    font.setBold(True)
    label.setFont(font)


def _wrapping(pixels: int | None = None) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if pixels is not None:
        _bold(label, pixels)
    return label


class CoachPanel(Retranslating, QFrame):
    full_plan_clicked = Signal()  # the full session, or back to the lighter one
    program_clicked = Signal()
    put_off_help_clicked = Signal()
    clinician_seen_clicked = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.today: Today | None = None
        self._sets_left = 0  # of a session stopped today
        self._own_plan: SetPlan | None = None
        self.verdict = QFrame()
        self.verdict.setObjectName("verdict")
        self.title_label = _wrapping(TITLE_PIXELS)
        self.advice_label = _wrapping()
        self.full_button = QPushButton()
        self.put_off_button = QPushButton()
        self.seen_button = QPushButton()
        buttons = QHBoxLayout()
        for button in (self.full_button, self.put_off_button, self.seen_button):
            buttons.addWidget(button)
            button.hide()
        buttons.addStretch(1)
        inside = QVBoxLayout(self.verdict)
        inside.setContentsMargins(12, 6, 12, 6)
        inside.setSpacing(4)
        inside.addWidget(self.title_label)
        inside.addWidget(self.advice_label)
        inside.addLayout(buttons)
        self.week_label = _wrapping(WEEK_PIXELS)
        self.plan_label = _wrapping(PLAN_PIXELS)
        self.program_button = QPushButton()

        top = QHBoxLayout()
        top.addWidget(self.week_label, 1)
        top.addWidget(self.program_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.verdict)
        layout.addLayout(top)
        layout.addWidget(self.plan_label)
        self.full_button.clicked.connect(self.full_plan_clicked.emit)
        self.program_button.clicked.connect(self.program_clicked.emit)
        self.put_off_button.clicked.connect(self.put_off_help_clicked.emit)
        self.seen_button.clicked.connect(self.clinician_seen_clicked.emit)
        self._retranslate()

    def show_today(self, today: Today, sets_left: int = 0) -> None:
        """`sets_left`: today's session was stopped with that many sets to go."""
        self.today = today
        self._sets_left = sets_left
        self._render()

    def show_own_plan(self, plan: SetPlan) -> None:
        """The set as it will run: the plan line says so when a hand edit changed it."""
        self._own_plan = plan
        self._render()

    def _render(self) -> None:
        today = self.today
        if today is None:
            return
        verdict = today.verdict
        self.title_label.setText(verdict_title(today))
        self.advice_label.setText(verdict_text(today))
        self.advice_label.setVisible(bool(self.advice_label.text()))
        self.verdict.setStyleSheet(VERDICT_STYLE[verdict])
        self.week_label.setText(heading(today, self._sets_left))
        self.plan_label.setText(plan_line(today, self._own_plan))
        self.full_button.setVisible(today.full_plan_offered)
        self.full_button.setText(
            self.tr("Back to the lighter plan (L)")
            if today.full_plan_chosen
            else self.tr("I feel fine: the full session (L)")
        )
        self.put_off_button.setVisible(verdict is Verdict.SEEK_HELP)
        self.seen_button.setVisible(verdict is Verdict.SEE_CLINICIAN)

    def _retranslate(self) -> None:
        self.program_button.setText(self.tr("Programme… (Ctrl+G)"))
        self.put_off_button.setText(self.tr("Remind me in a week"))
        self.seen_button.setText(self.tr("A clinician has seen it"))
        self._render()
