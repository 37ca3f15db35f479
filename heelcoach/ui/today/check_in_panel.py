"""The morning check-in: pain at the first steps out of bed, the main measure of plantar
heel pain, asked once a day on the first screen, never in a dialog."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from heelcoach.journal.entries import SETS
from heelcoach.journal.journal import Journal
from heelcoach.settings import CHECK_IN_PUT_OFF_ON, Settings
from heelcoach.ui.keyboard import DigitsToTheCheckIn
from heelcoach.ui.pain_prompt import PainPrompt
from heelcoach.ui.retranslating import Retranslating
from heelcoach.ui.today.today_page import TodayPage
from heelcoach.words.plain import fill

NOON = 12  # "Good morning" only before it


class CheckInPanel(Retranslating, QGroupBox):
    answered = Signal(int, bool)  # first-steps pain, worse than usual after training
    dismissed = Signal()
    stretch_clicked = Signal()  # the plantar fascia stretch, offered with the check-in
    something_wrong_clicked = Signal()  # the red flags, asked again

    def __init__(self, morning: bool = True, parent=None) -> None:
        """`morning`: it is before noon, and the panel may say good morning."""
        super().__init__(parent)
        self._morning = morning
        self.prompt = PainPrompt(later=True)
        self.prompt.skipped.connect(self.dismissed.emit)
        self.worse_box = QCheckBox()
        self.worse_box.toggled.connect(self._worse_toggled)
        self.saved_label = QLabel()
        self.saved_label.hide()  # until there is an answer to confirm
        self.stretch_button = QPushButton()
        self.stretch_button.clicked.connect(self.stretch_clicked.emit)
        self.stretch_label = QLabel()
        self.stretch_label.setWordWrap(True)
        self.something_wrong_button = QPushButton()
        self.something_wrong_button.clicked.connect(self.something_wrong_clicked.emit)
        stretch = QHBoxLayout()
        stretch.addWidget(self.stretch_label, 1)
        stretch.addWidget(self.stretch_button)
        stretch.addWidget(self.something_wrong_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.worse_box)
        layout.addWidget(self.saved_label)
        layout.addLayout(stretch)
        self._retranslate()
        self.prompt.ask(self._question(), self._pain_chosen)

    def _pain_chosen(self, pain: int) -> None:
        self.answered.emit(pain, self.worse_box.isChecked())
        self._say_saved()
        self.saved_label.show()

    def _say_saved(self) -> None:
        if self.prompt.value is not None:
            saved = self.tr("Saved: %1/10. Thank you.")
            self.saved_label.setText(fill(saved, self.prompt.value))

    def _worse_toggled(self, worse: bool) -> None:
        if self.prompt.value is not None:
            self.answered.emit(self.prompt.value, worse)

    def _question(self) -> str:
        return self.tr("How much did your heel hurt during your first steps out of bed today? 0-10")

    def _retranslate(self) -> None:
        self.setTitle(self.tr("Good morning: today's check-in") if self._morning
                      else self.tr("Today's check-in"))  # fmt: skip
        self.prompt.question.setText(self._question())
        self.worse_box.setText(self.tr("Worse than usual after the last session"))
        self.stretch_label.setText(
            self.tr("Ideally before you get up: stretch the sole of the foot, 30 s, 3 times.")
        )
        self.stretch_button.setText(self.tr("Fascia stretch now"))
        self.something_wrong_button.setText(self.tr("Something else is wrong…"))
        self._say_saved()  # in the language switched to


class MorningCheckIn(QObject):
    """Offers the check-in on the first screen once a day, and saves the answers."""

    def __init__(self, journal: Journal, settings: Settings, now: Callable[[], datetime],
                 save: Callable[..., object], today: TodayPage,
                 parent=None) -> None:  # fmt: skip
        super().__init__(parent)
        self._journal = journal
        self._settings = settings
        self._now = now
        self._save = save
        self._today = today
        self.panel: CheckInPanel | None = None

    def offer(self) -> bool:
        """Show the panel unless today's check-in is done or was put off; True if shown."""
        today = self._now().date()
        if self._settings.get(CHECK_IN_PUT_OFF_ON) == today.isoformat():
            return False
        if self._journal.check_in_for(today) is not None or self.panel is not None:
            return False
        self.panel = CheckInPanel(morning=self._now().hour < NOON)
        trained = self._journal.counts().get(SETS, 0) > 0
        self.panel.worse_box.setVisible(trained)  # no "after the last session" before one
        self.panel.answered.connect(self._answered)
        self.panel.dismissed.connect(self._put_off)
        self._today.add_top_panel(self.panel)
        DigitsToTheCheckIn(self._today, self.panel, self.panel.prompt.take_key)
        self.panel.show()
        self.panel.prompt.setFocus()  # the number keys answer it
        return True

    def _answered(self, pain: int, worse: bool) -> None:
        day = self._now().date().isoformat()
        self._save(lambda: self._journal.add_check_in(date=day, first_steps_pain=pain,
                                                      worse_after_training=worse),
                   keep=True)  # fmt: skip

    def _put_off(self) -> None:
        self._settings.set(CHECK_IN_PUT_OFF_ON, self._now().date().isoformat())
        if self.panel is not None:
            self.panel.hide()
