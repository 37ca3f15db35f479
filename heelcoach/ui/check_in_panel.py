"""The morning check-in: pain at the first steps out of bed, the main measure of plantar
heel pain, asked once a day on the first screen, never in a dialog."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QVBoxLayout

from heelcoach.ui.pain_prompt import PainPrompt


class CheckInPanel(QGroupBox):
    answered = Signal(int, bool)  # first-steps pain, worse than usual after training
    dismissed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.prompt = PainPrompt(later=True)
        self.prompt.skipped.connect(self.dismissed.emit)
        self.worse_box = QCheckBox()
        self.worse_box.toggled.connect(self._worse_toggled)
        self.saved_label = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.worse_box)
        layout.addWidget(self.saved_label)
        self._retranslate()
        self.prompt.ask(self._question(), self._pain_chosen)

    def _pain_chosen(self, pain: int) -> None:
        self.answered.emit(pain, self.worse_box.isChecked())
        self.saved_label.setText(self.tr("Saved: %1/10. Thank you.").replace("%1", str(pain)))

    def _worse_toggled(self, worse: bool) -> None:
        if self.prompt.value is not None:
            self.answered.emit(self.prompt.value, worse)

    def _question(self) -> str:
        return self.tr("How much did your heel hurt at your first steps out of bed today? 0-10")

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setTitle(self.tr("Good morning: today's check-in"))
        self.prompt.question.setText(self._question())
        self.worse_box.setText(self.tr("Worse than usual after the last training"))
