"""Today's session: the plan to follow, laid out as a form, and the Start button."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from heelcoach.core.plan import (
    MAX_REPS,
    MAX_SETS,
    PROGRESSION,
    LegMode,
    SetPlan,
    Stage,
    Tempo,
    seconds_to_ms,
)
from heelcoach.core.timeline import Timeline
from heelcoach.ui.phase_text import clock_text, leg_mode_name

PHASE_RANGE_S = (1.0, 10.0)
BOTTOM_PAUSE_RANGE_S = (0.0, 10.0)
COUNT_IN_RANGE_S = (0, 30)
REST_RANGE_S = (0, 600)
REST_STEP_S = 15

PAGE_STYLE = """
QLabel, QSpinBox, QDoubleSpinBox, QComboBox { font-size: 16px; }
QLabel#title { font-size: 30px; font-weight: bold; }
QLabel#guide { background: palette(base); border: 1px solid palette(mid); border-radius: 8px;
               padding: 14px; }
QLabel#summary { color: palette(placeholder-text); }
QPushButton#start { font-size: 26px; font-weight: bold; padding: 16px; }
"""


def _seconds_box(low: float, high: float, step: float = 0.5) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(low, high)
    box.setSingleStep(step)
    box.setDecimals(1)
    return box


def _whole_box(low: int, high: int, step: int = 1) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setSingleStep(step)
    return box


class TodayPage(QWidget):
    """Edits a SetPlan. The plan is kept whole; each field edit replaces one part of it."""

    plan_changed = Signal(object)  # SetPlan
    start_clicked = Signal()
    language_chosen = Signal(str)  # "en" or "da"

    def __init__(self, plan: SetPlan, language: str, parent=None) -> None:
        super().__init__(parent)
        self._plan = plan
        self.title = QLabel()
        self.title.setObjectName("title")
        self.stage_box = QComboBox()
        self.sets_box = _whole_box(1, MAX_SETS)
        self.reps_box = _whole_box(1, MAX_REPS)
        self.legs_box = QComboBox()
        self.up_box = _seconds_box(*PHASE_RANGE_S)
        self.hold_box = _seconds_box(*PHASE_RANGE_S)
        self.down_box = _seconds_box(*PHASE_RANGE_S)
        self.bottom_pause_box = _seconds_box(*BOTTOM_PAUSE_RANGE_S)
        self.count_in_box = _whole_box(*COUNT_IN_RANGE_S)
        self.rest_box = _whole_box(*REST_RANGE_S, step=REST_STEP_S)
        self.language_box = QComboBox()
        self.language_box.addItem("English", "en")
        self.language_box.addItem("Dansk", "da")
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(language)))
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.start_button = QPushButton()
        self.start_button.setObjectName("start")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start_clicked.emit)
        self.stage_box.addItems([""] * (len(PROGRESSION) + 1))  # the last one is "Custom"
        self.legs_box.addItems([""] * len(LegMode))

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        fields = (
            self.stage_box,
            self.sets_box,
            self.reps_box,
            self.legs_box,
            self.up_box,
            self.hold_box,
            self.down_box,
            self.bottom_pause_box,
            self.count_in_box,
            self.rest_box,
            self.language_box,
        )
        self._row_labels: list[QLabel] = []
        for field in fields:
            label = QLabel()
            label.setBuddy(field)
            self._row_labels.append(label)
            self.form.addRow(label, field)

        self.guide = QLabel()
        self.guide.setObjectName("guide")
        self.guide.setWordWrap(True)
        self.guide.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        columns = QHBoxLayout()
        columns.addLayout(self.form, 0)
        columns.addSpacing(32)
        columns.addWidget(self.guide, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(self.title)
        layout.addSpacing(12)
        layout.addLayout(columns)
        layout.addStretch(1)
        layout.addWidget(self.summary)
        layout.addWidget(self.start_button)
        self.setStyleSheet(PAGE_STYLE)
        self._show_plan()
        self._connect_fields()
        self._retranslate()
        self.start_button.setFocus()

    def plan(self) -> SetPlan:
        return self._plan

    def set_plan(self, plan: SetPlan) -> None:
        self._plan = plan
        self._show_plan()
        self.plan_changed.emit(plan)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _connect_fields(self) -> None:
        self.stage_box.activated.connect(self._stage_chosen)
        self.legs_box.activated.connect(lambda index: self._edit(legs=list(LegMode)[index]))
        self.sets_box.valueChanged.connect(lambda value: self._edit(sets=value))
        self.reps_box.valueChanged.connect(lambda value: self._edit(reps=value))
        self.count_in_box.valueChanged.connect(
            lambda value: self._edit(count_in_ms=seconds_to_ms(value))
        )
        self.rest_box.valueChanged.connect(lambda value: self._edit(rest_ms=seconds_to_ms(value)))
        for box in (self.up_box, self.hold_box, self.down_box, self.bottom_pause_box):
            box.valueChanged.connect(self._tempo_edited)
        self.language_box.activated.connect(
            lambda index: self.language_chosen.emit(self.language_box.itemData(index))
        )

    def _tempo_edited(self) -> None:
        tempo = Tempo.from_seconds(
            self.up_box.value(),
            self.hold_box.value(),
            self.down_box.value(),
            self.bottom_pause_box.value(),
        )
        self._edit(tempo=tempo)

    def _stage_chosen(self, index: int) -> None:
        if index < len(PROGRESSION):
            stage = PROGRESSION[index]
            self._edit(sets=stage.sets, reps=stage.reps)

    def _edit(self, **changes) -> None:
        self.set_plan(replace(self._plan, **changes))

    def _show_plan(self) -> None:
        plan = self._plan
        values = (
            (self.sets_box, plan.sets),
            (self.reps_box, plan.reps),
            (self.up_box, plan.tempo.up_ms / 1000),
            (self.hold_box, plan.tempo.hold_ms / 1000),
            (self.down_box, plan.tempo.down_ms / 1000),
            (self.bottom_pause_box, plan.tempo.bottom_pause_ms / 1000),
            (self.count_in_box, plan.count_in_ms // 1000),
            (self.rest_box, plan.rest_ms // 1000),
        )
        for box, value in values:
            box.blockSignals(True)
            box.setValue(value)
            box.blockSignals(False)
        self.legs_box.setCurrentIndex(list(LegMode).index(plan.legs))
        self.stage_box.setCurrentIndex(self._stage_index(plan))
        self._show_summary()

    @staticmethod
    def _stage_index(plan: SetPlan) -> int:
        for index, stage in enumerate(PROGRESSION):
            if (stage.sets, stage.reps) == (plan.sets, plan.reps):
                return index
        return len(PROGRESSION)

    def _show_summary(self) -> None:
        total = Timeline.from_plan(self._plan).total_ms
        self.summary.setText(
            self.tr("The session takes %1 (min:s).").replace("%1", clock_text(total))
        )

    def _stage_name(self, stage: Stage) -> str:
        names = {
            "weeks-1-2": self.tr("Weeks 1-2: 3 × 12, body weight"),
            "weeks-3-4": self.tr("Weeks 3-4: 4 × 10, with a loaded backpack"),
            "week-5-on": self.tr("Week 5 on: 5 × 8, heavier backpack"),
        }
        return names[stage.key]

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Today's heel raises"))
        labels = (
            self.tr("Program &stage"),
            self.tr("S&ets"),
            self.tr("&Reps per set"),
            self.tr("&Legs"),
            self.tr("&Up"),
            self.tr("&Hold at the top"),
            self.tr("&Down"),
            self.tr("&Pause at the bottom"),
            self.tr("&Get-ready count-in"),
            self.tr("Rest &between sets"),
            self.tr("Lan&guage"),
        )
        for label, text in zip(self._row_labels, labels, strict=True):
            label.setText(text)
        for index, stage in enumerate(PROGRESSION):
            self.stage_box.setItemText(index, self._stage_name(stage))
        self.stage_box.setItemText(len(PROGRESSION), self.tr("Custom"))
        for index, mode in enumerate(LegMode):
            self.legs_box.setItemText(index, leg_mode_name(mode))
        seconds = self.tr(" s")
        for box in (
            self.up_box,
            self.hold_box,
            self.down_box,
            self.bottom_pause_box,
            self.count_in_box,
            self.rest_box,
        ):
            box.setSuffix(seconds)
        self.start_button.setText(self.tr("Start (Space)"))
        self.guide.setText(
            self.tr(
                "<h3>How to do a heavy slow heel raise</h3>"
                "<ul>"
                "<li>Stand with the front of your foot on a step, heel free, and a rolled towel "
                "under your toes so they bend upwards.</li>"
                "<li>Rise for 3 seconds, hold for 2 at the top, lower for 3 until the heel is "
                "below the step. Go straight into the next rep.</li>"
                "<li>Train every other day and keep it up for at least three months.</li>"
                "<li>Pain up to 5 out of 10 during the exercise is fine, as long as your first "
                "steps the next morning are no worse.</li>"
                "</ul>"
                "<p>Listen for the cues and keep your eyes on your feet.</p>"
            )
        )
        self._show_summary()
