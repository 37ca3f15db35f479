"""The detailed numbers of a plan: sets, reps, tempo, count-in and rest, as spin boxes.

Built the first time the user opens it: most days the plan does not change, and spin
boxes are the most expensive widgets on the first screen.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QDoubleSpinBox, QGridLayout, QLabel, QSpinBox, QWidget

from heelcoach.core.exercises.heel_raise import (
    LOAD_STEP_KG,
    MAX_LOAD_KG,
    MAX_REPS,
    MAX_SETS,
    SetPlan,
    Tempo,
    seconds_to_ms,
)
from heelcoach.ui.keyboard import SpaceTypesNothing
from heelcoach.ui.retranslating import Retranslating

PHASE_RANGE_S = (1.0, 10.0)
BOTTOM_PAUSE_RANGE_S = (0.0, 10.0)
COUNT_IN_RANGE_S = (0, 30)
REST_RANGE_S = (0, 600)
REST_STEP_S = 15
GRID_PLACES = (  # (row, column) of sets, reps, up, hold, down, pause, count-in, rest, weight
    (0, 0), (1, 0), (0, 1), (1, 1), (2, 1), (3, 1), (3, 0), (4, 0), (2, 0),
)  # fmt: skip


SPACE_TYPES_NOTHING = SpaceTypesNothing()


def _decimal_box(low: float, high: float, step: float = 0.5) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.installEventFilter(SPACE_TYPES_NOTHING)
    box.setRange(low, high)
    box.setSingleStep(step)
    box.setDecimals(1)
    return box


def _whole_box(low: int, high: int, step: int = 1) -> QSpinBox:
    box = QSpinBox()
    box.installEventFilter(SPACE_TYPES_NOTHING)
    box.setRange(low, high)
    box.setSingleStep(step)
    return box


class PlanDetails(Retranslating, QWidget):
    """Shows a plan's numbers; each edit is reported as the changed fields of SetPlan."""

    edited = Signal(dict)  # keyword arguments for plan._replace(...)

    def __init__(self, plan: SetPlan, parent=None) -> None:
        super().__init__(parent)
        self.sets_box = _whole_box(1, MAX_SETS)
        self.reps_box = _whole_box(1, MAX_REPS)
        self.up_box = _decimal_box(*PHASE_RANGE_S)
        self.hold_box = _decimal_box(*PHASE_RANGE_S)
        self.down_box = _decimal_box(*PHASE_RANGE_S)
        self.bottom_pause_box = _decimal_box(*BOTTOM_PAUSE_RANGE_S)
        self.count_in_box = _whole_box(*COUNT_IN_RANGE_S)
        self.rest_box = _whole_box(*REST_RANGE_S, step=REST_STEP_S)
        self.load_box = _decimal_box(0.0, MAX_LOAD_KG, step=LOAD_STEP_KG)
        self._boxes: tuple[QSpinBox | QDoubleSpinBox, ...] = (
            self.sets_box, self.reps_box, self.up_box, self.hold_box, self.down_box,
            self.bottom_pause_box, self.count_in_box, self.rest_box, self.load_box,
        )  # fmt: skip
        # Two columns of label and box: the numbers of a set beside those of a rep, so the
        # details fit beside the plan on a small laptop.
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        self._labels: list[QLabel] = []
        for index, box in enumerate(self._boxes):
            label = QLabel()
            label.setBuddy(box)
            self._labels.append(label)
            row, column = GRID_PLACES[index]
            grid.addWidget(label, row, 2 * column)
            grid.addWidget(box, row, 2 * column + 1)
        self.show_plan(plan)
        self._connect()
        self._retranslate()

    def tab_stops(self) -> list[QWidget]:
        """Down the first column (the set's numbers), then down the second (the rep's)."""
        places: dict[QWidget, tuple[int, int]] = {
            box: GRID_PLACES[index] for index, box in enumerate(self._boxes)
        }
        return sorted(self._boxes, key=lambda box: (places[box][1], places[box][0]))

    def show_plan(self, plan: SetPlan) -> None:
        values = (
            plan.sets, plan.reps, plan.tempo.up_ms / 1000, plan.tempo.hold_ms / 1000,
            plan.tempo.down_ms / 1000, plan.tempo.bottom_pause_ms / 1000,
            plan.count_in_ms // 1000, plan.rest_ms // 1000, plan.load_kg,
        )  # fmt: skip
        for box, value in zip(self._boxes, values, strict=True):
            box.blockSignals(True)
            if isinstance(box, QSpinBox):
                box.setValue(int(value))  # a whole number already: the plan's are ints
            else:
                box.setValue(value)
            box.blockSignals(False)

    def _connect(self) -> None:
        self.sets_box.valueChanged.connect(lambda value: self.edited.emit({"sets": value}))
        self.reps_box.valueChanged.connect(lambda value: self.edited.emit({"reps": value}))
        self.count_in_box.valueChanged.connect(
            lambda value: self.edited.emit({"count_in_ms": seconds_to_ms(value)})
        )
        self.rest_box.valueChanged.connect(
            lambda value: self.edited.emit({"rest_ms": seconds_to_ms(value)})
        )
        self.load_box.valueChanged.connect(lambda value: self.edited.emit({"load_kg": value}))
        for box in (self.up_box, self.hold_box, self.down_box, self.bottom_pause_box):
            box.valueChanged.connect(self._tempo_edited)

    def _tempo_edited(self) -> None:
        tempo = Tempo.from_seconds(
            self.up_box.value(), self.hold_box.value(),
            self.down_box.value(), self.bottom_pause_box.value(),
        )  # fmt: skip
        self.edited.emit({"tempo": tempo})

    def _retranslate(self) -> None:
        texts = (
            self.tr("S&ets"), self.tr("&Reps per set"), self.tr("&Up"),
            self.tr("&Hold at the top"), self.tr("&Down"), self.tr("Hold at the botto&m"),
            self.tr("Get-ready &count-in"), self.tr("Rest &between sets"),
            self.tr("Added &weight (backpack)"),
        )  # fmt: skip
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        for box in self._boxes:  # the decimal comma or point of the language now chosen
            box.setLocale(QLocale())
        seconds = self.tr(" s")
        for box in self._boxes[2:-1]:
            box.setSuffix(seconds)
        self.load_box.setSuffix(self.tr(" kg"))
