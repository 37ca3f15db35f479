"""Sound settings: volume, mute, ticks, spoken cues, and a button to hear the cues.

Built the first time the user opens it, like the plan's details: the first screen does
not pay for a slider it rarely needs.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QWidget,
)

from heelcoach.settings import MUTED, TICKS, VOICE, VOLUME, Option
from heelcoach.ui.retranslating import Retranslating
from heelcoach.words.plain import fill

VOLUME_STEP = 5


class SoundPanel(Retranslating, QWidget):
    """Shows the sound settings; each edit is reported as (Option, new value)."""

    edited = Signal(object, object)  # Option, value
    test_clicked = Signal()

    def __init__(self, values: dict[Option, Any], parent=None) -> None:
        super().__init__(parent)
        self.volume_slider = QSlider(Qt.Orientation.Horizontal)
        self.volume_slider.setRange(0, 100)
        self.volume_slider.setSingleStep(VOLUME_STEP)
        self.volume_slider.setPageStep(4 * VOLUME_STEP)
        self.volume_value = QLabel()
        self.volume_value.setMinimumWidth(self.fontMetrics().horizontalAdvance("100 %"))
        self.mute_box = QCheckBox()
        self.ticks_box = QCheckBox()
        self.voice_box = QCheckBox()
        self.voice_problem = QLabel()
        self.voice_problem.setWordWrap(True)
        self.voice_problem.hide()
        self.test_button = QPushButton()

        volume_row = QHBoxLayout()
        volume_row.addWidget(self.volume_slider, 1)
        volume_row.addWidget(self.volume_value)
        volume_row.addWidget(self.mute_box)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.volume_label = QLabel()
        self.volume_label.setBuddy(self.volume_slider)
        form.addRow(self.volume_label, volume_row)
        form.addRow(self.ticks_box)
        form.addRow(self.voice_box)
        form.addRow(self.voice_problem)
        form.addRow(self.test_button)
        self.show_values(values)
        self._connect()
        self._retranslate()

    def show_values(self, values: dict[Option, Any]) -> None:
        for widget in (self.volume_slider, self.mute_box, self.ticks_box, self.voice_box):
            widget.blockSignals(True)
        self.volume_slider.setValue(int(values[VOLUME]))
        self.mute_box.setChecked(bool(values[MUTED]))
        self.ticks_box.setChecked(bool(values[TICKS]))
        self.voice_box.setChecked(bool(values[VOICE]))
        for widget in (self.volume_slider, self.mute_box, self.ticks_box, self.voice_box):
            widget.blockSignals(False)
        self._show_volume(self.volume_slider.value())

    def show_voice_problem(self, problem: str | None) -> None:
        """Why spoken cues cannot be heard here; None hides the line."""
        if problem:
            text = self.tr("Spoken cues are not available: %1. The beeps still play.")
            self.voice_problem.setText(fill(text, problem))
        self.voice_problem.setVisible(bool(problem))

    def _connect(self) -> None:
        self.volume_slider.valueChanged.connect(self._volume_moved)
        self.mute_box.toggled.connect(lambda on: self.edited.emit(MUTED, on))
        self.ticks_box.toggled.connect(lambda on: self.edited.emit(TICKS, on))
        self.voice_box.toggled.connect(lambda on: self.edited.emit(VOICE, on))
        self.test_button.clicked.connect(self.test_clicked.emit)

    def _volume_moved(self, value: int) -> None:
        self._show_volume(value)
        self.edited.emit(VOLUME, value)

    def _show_volume(self, value: int) -> None:
        self.volume_value.setText(f"{value} %")

    def _retranslate(self) -> None:
        self.volume_label.setText(self.tr("&Volume"))
        self.mute_box.setText(self.tr("&Mute (M)"))
        self.ticks_box.setText(self.tr("&Tick every second inside a phase"))
        self.voice_box.setText(self.tr("Spea&k the cues (Up, Hold, Down, the rep)"))
        self.test_button.setText(self.tr("Test s&ound"))
