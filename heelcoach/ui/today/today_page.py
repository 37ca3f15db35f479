"""Today's session: the coach's lines, the plan at a glance, quick choices, the guide, and
the Start button."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from heelcoach.core.exercises.heel_raise import LegMode, SetPlan
from heelcoach.ui.focus_home import FocusHome
from heelcoach.ui.retranslating import Retranslating
from heelcoach.words.plain import clock_text, fill, leg_mode_name

if TYPE_CHECKING:
    from PySide6.QtWidgets import QScrollArea

    from heelcoach.ui.today.plan_details import PlanDetails

TITLE_PIXELS = 30
START_PIXELS = 26
GUIDE_MARGIN = 14
COLUMN_GAP = 32
MIN_CHOICE_CHARS = 16
START_NOTE_PIXELS = 20  # "a rest day: press Start again" is read from the step too


class TodayPage(Retranslating, QWidget):
    """Edits a SetPlan. The plan is kept whole; each edit replaces one part of it."""

    plan_changed = Signal(object)  # SetPlan
    start_clicked = Signal()
    language_chosen = Signal(str)  # "en" or "da"
    learn_clicked = Signal()
    details_toggled = Signal(bool)
    sound_toggled = Signal(bool)  # the owner builds the sound panel and passes it in
    history_clicked = Signal()
    progress_clicked = Signal()
    exercises_clicked = Signal()

    def __init__(self, plan: SetPlan, language: str, parent=None) -> None:
        super().__init__(parent)
        self._plan = plan
        self.details: PlanDetails | None = None  # built when first opened
        self._build_choices(language)
        self._build_buttons()
        self._build_plan_column()
        self._lay_out()
        self._set_looks()
        self._show_plan()
        self._connect()
        self._retranslate()
        self.start_button.setFocus()

    def _build_choices(self, language: str) -> None:
        """The title, the legs and the language to choose from, and the plan in words."""
        self.title = QLabel()
        self.legs_box = QComboBox()
        self.legs_box.addItems([""] * len(LegMode))
        narrow = QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        self.legs_box.setSizeAdjustPolicy(narrow)  # long names must not widen the window
        self.legs_box.setMinimumContentsLength(MIN_CHOICE_CHARS)
        self.language_box = QComboBox()
        self.language_box.addItem("English", "en")
        self.language_box.addItem("Dansk", "da")
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(language)))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.running_label: QLabel | None = None  # the walk/run beside, once there is one

    def _build_buttons(self) -> None:
        """The buttons that open the plan's details and the sound, the ways to the other
        pages, and Start (with its note, and the focus's way home to it)."""
        self.details_button = QPushButton()
        self.details_button.setCheckable(True)
        self.sound_button = QPushButton()
        self.sound_button.setCheckable(True)
        self.sound_panel: QWidget | None = None
        self.history_button = QPushButton()
        self.progress_button = QPushButton()
        self.learn_button = QPushButton()
        self.exercises_button = QPushButton()
        self.start_note = QLabel()  # asks before a session on a rest day
        self.start_note.setWordWrap(True)
        note_font = self.start_note.font()
        note_font.setPixelSize(START_NOTE_PIXELS)
        note_font.setBold(True)
        self.start_note.setFont(note_font)
        self.start_note.hide()
        self.start_button = QPushButton()
        self.start_button.setDefault(True)
        self._sets_left = 0  # of a session stopped today: Start goes on with them
        self.focus_home = FocusHome(self.start_button, self)
        self.focus_home.panel_closed.connect(self._show_the_top)

    def _build_plan_column(self) -> None:
        """The choices as a form, the plan in words, and the buttons that open more of it."""
        self.form = QFormLayout()
        self._row_labels: list[QLabel] = []
        for field in (self.legs_box, self.language_box):
            label = QLabel()
            label.setBuddy(field)
            self._row_labels.append(label)
            self.form.addRow(label, field)
        self.plan_column = QVBoxLayout()
        self.plan_column.addLayout(self.form)
        self.plan_column.addSpacing(8)
        self.plan_column.addWidget(self.summary)
        self.plan_column.addWidget(self.details_button)
        self.plan_column.addWidget(self.sound_button)
        self.plan_column.addStretch(1)

    def _lay_out(self) -> None:
        """The title; the coach's lines, the check-in and the two columns between it and
        Start; the bottom row of buttons."""
        # Between the title and Start: what is open there scrolls once scrolling is allowed
        # (when more than the plan joins the page: a scroll area costs the first frame
        # ~25 ms), so Start and the ways to the other pages never leave the screen.
        self.body = QWidget(self)
        # Hides QWidget.scroll(dx, dy), never called on a page; the tests read it by name.
        self.scroll: QScrollArea | None = None  # type: ignore[assignment]
        inner = self.body
        columns = QHBoxLayout()
        columns.addLayout(self.plan_column, 1)
        columns.addSpacing(COLUMN_GAP)
        self.guide_column = self._guide_column()
        columns.addLayout(self.guide_column, 1)
        body = QVBoxLayout(inner)
        body.setContentsMargins(0, 0, 0, 0)
        self._coach_slot = QVBoxLayout()  # the coach's lines, once the journal has opened
        self._top_slot = QVBoxLayout()  # the morning check-in
        body.addLayout(self._coach_slot)
        body.addLayout(self._top_slot)
        body.addSpacing(8)
        body.addLayout(columns, 1)
        bottom = QHBoxLayout()
        for button in (self.progress_button, self.history_button, self.exercises_button,
                       self.learn_button):  # fmt: skip
            button.setMinimumHeight(START_PIXELS * 2 + 8)
            bottom.addWidget(button)
        bottom.addWidget(self.start_button, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.addWidget(self.title)
        layout.addWidget(self.body, 1)
        self._layout = layout
        layout.addWidget(self.start_note)
        layout.addLayout(bottom)

    def _guide_column(self) -> QVBoxLayout:
        # Plain text: a rich-text label costs a QTextDocument at start-up.
        self.guide = QLabel()
        self.guide.setWordWrap(True)
        self.guide_box = QGroupBox()
        inner = QVBoxLayout(self.guide_box)
        inner.setContentsMargins(GUIDE_MARGIN, GUIDE_MARGIN, GUIDE_MARGIN, GUIDE_MARGIN)
        inner.addWidget(self.guide)
        column = QVBoxLayout()
        column.addWidget(self.guide_box)
        column.addStretch(1)
        return column

    def _set_looks(self) -> None:
        # The body keeps the desktop's own font; only the title and Start stand out.
        # Fonts and palette roles, not a style sheet: style sheets cost start-up time.
        for widget, pixels in ((self.title, TITLE_PIXELS), (self.start_button, START_PIXELS)):
            font = widget.font()
            font.setPixelSize(pixels)
            font.setBold(True)
            widget.setFont(font)
        self.start_button.setMinimumHeight(START_PIXELS * 2 + 8)

    def plan(self) -> SetPlan:
        return self._plan

    def show_running(self, text: str) -> None:
        """The walk/run plan beside the heel raises' ("" hides it); the line is made when
        first there is something to say."""
        if not text and self.running_label is None:
            return
        if self.running_label is None:
            self.running_label = QLabel()
            self.running_label.setWordWrap(True)
            self.plan_column.insertWidget(self.plan_column.indexOf(self.summary) + 1,
                                          self.running_label)  # fmt: skip
        self.running_label.setText(text)
        self.running_label.setVisible(bool(text))

    def set_plan(self, plan: SetPlan) -> None:
        self._plan = plan
        self._show_plan()
        self.plan_changed.emit(plan)

    def show_details(self, visible: bool) -> None:
        """Open or close the sets, reps and tempo; they are built the first time they open."""
        if visible:
            self.allow_scrolling()
        if visible and self.details is None:
            from heelcoach.ui.today.plan_details import PlanDetails

            self.details = PlanDetails(self._plan)
            self.details.edited.connect(
                lambda changes: self.set_plan(self._plan._replace(**changes))
            )
            self.guide_column.insertWidget(0, self.details)  # where the guide is, while open
            self.focus_home.watch(self.details)
            self.order_tabs()
        if self.details is not None:
            self.details.setVisible(visible)
        if not visible and self.scroll is not None:
            from heelcoach.ui.scroll_into_view import give_back_room

            give_back_room(self.scroll)
        self.guide_box.setVisible(not visible)
        self.details_button.setChecked(visible)

    def _show_the_top(self) -> None:
        """A panel closed: the page goes back to its top, the coach's verdict, unless the
        focus is somewhere further down the page."""
        from PySide6.QtWidgets import QApplication

        focus = QApplication.focusWidget()
        if self.scroll is not None and not (focus is not None and self.body.isAncestorOf(focus)):
            self.scroll.verticalScrollBar().setValue(0)

    def allow_scrolling(self) -> QScrollArea:
        """Put what is between the title and Start into a scroll area (once); returns it."""
        if self.scroll is None:
            from heelcoach.ui.scroll_into_view import scroll_in_place  # not for the first frame

            self.scroll = scroll_in_place(self._layout, self.body)
        return self.scroll

    def order_tabs(self) -> None:
        """Tab goes down the page: the coach's lines and the check-in, the choices, what
        Change sets opens, what Sound opens, then the bottom row to Start."""
        from heelcoach.ui.tab_order import chain_tabs

        top = [item.widget() for slot in (self._coach_slot, self._top_slot)
               for i in range(slot.count()) if (item := slot.itemAt(i)) is not None]  # fmt: skip
        chain_tabs([*top, self.legs_box, self.language_box,
                    self.details_button, self.details, self.sound_button, self.sound_panel,
                    self.progress_button, self.history_button, self.exercises_button,
                    self.learn_button, self.start_button])  # fmt: skip

    def add_coach_panel(self, panel: QWidget) -> None:
        """The coach's lines, under the title (shown at once: a layout would show it later)."""
        self._coach_slot.addWidget(panel)
        self.focus_home.watch(panel)
        panel.show()
        self.order_tabs()

    def add_top_panel(self, panel: QWidget, first: bool = False) -> None:
        """A panel under the coach's lines (the morning check-in; `first`, above it: the
        questions about the heel)."""
        self._top_slot.insertWidget(0 if first else self._top_slot.count(), panel)
        self.focus_home.watch(panel)
        self.order_tabs()

    def show_sets_left(self, sets: int) -> None:
        """A session stopped today with `sets` left: Start goes on with them (0: it starts
        a session)."""
        if sets != self._sets_left:
            self._sets_left = sets
            self._retranslate()

    def ask_before_start(self, question: str) -> None:
        """A line above Start (a rest day: train anyway?); empty puts it away."""
        self.start_note.setText(question)
        self.start_note.setVisible(bool(question))

    def show_sound_panel(self, panel: QWidget, visible: bool) -> None:
        """Place `panel` under the Sound button (the first time) and show or hide it."""
        scroll = self.allow_scrolling()  # the first time: after, it is there
        if self.sound_panel is None:
            self.sound_panel = panel
            self.plan_column.insertWidget(self.plan_column.indexOf(self.sound_button) + 1, panel)
            self.focus_home.watch(panel)
            self.order_tabs()
        panel.setVisible(visible)
        from heelcoach.ui.scroll_into_view import bring_into_view, give_back_room

        if visible:  # below the fold on a small screen: brought up, once it is laid out
            QTimer.singleShot(0, self, lambda: bring_into_view(scroll, panel))
        else:
            give_back_room(scroll)
        self.sound_button.blockSignals(True)
        self.sound_button.setChecked(visible)
        self.sound_button.blockSignals(False)

    def _connect(self) -> None:
        self.start_button.clicked.connect(self.start_clicked.emit)
        self.legs_box.activated.connect(lambda index: self._edit(legs=list(LegMode)[index]))
        self.language_box.activated.connect(
            lambda index: self.language_chosen.emit(self.language_box.itemData(index))
        )
        self.details_button.toggled.connect(self._details_button_toggled)
        self.sound_button.toggled.connect(self._sound_button_toggled)
        self.history_button.clicked.connect(self.history_clicked.emit)
        self.progress_button.clicked.connect(self.progress_clicked.emit)
        self.learn_button.clicked.connect(self.learn_clicked.emit)
        self.exercises_button.clicked.connect(self.exercises_clicked.emit)

    def _details_button_toggled(self, checked: bool) -> None:
        self.show_details(checked)
        self.details_toggled.emit(checked)
        if not checked:
            self.focus_home.take_from(self.details_button)

    def _sound_button_toggled(self, checked: bool) -> None:
        self.sound_toggled.emit(checked)
        if not checked:
            self.focus_home.take_from(self.sound_button)

    def _edit(self, **changes) -> None:
        self.set_plan(self._plan._replace(**changes))

    def _show_plan(self) -> None:
        self.legs_box.setCurrentIndex(list(LegMode).index(self._plan.legs))
        if self.details is not None:
            self.details.show_plan(self._plan)
        self._show_summary()

    def _seconds(self, ms: float) -> str:
        text = f"{ms / 1000:g}"
        return text.replace(".", self.tr(".", "decimal separator"))

    def _show_summary(self) -> None:
        plan = self._plan
        tempo = plan.tempo
        phases = [tempo.up_ms, tempo.hold_ms, tempo.down_ms]
        if tempo.bottom_pause_ms:
            phases.append(tempo.bottom_pause_ms)
        tempo_text = "-".join(self._seconds(ms) for ms in phases)
        if plan.to_failure:
            text = self.tr(
                "Sets to failure, tempo %1 s (up-hold-down), %2 rest between sets. Press Enter "
                "after your last rep to end a set, and F after your last set to end the "
                "session."
            )
            summary = fill(text, tempo_text, clock_text(plan.rest_ms))
        elif plan.sets == 1:  # no rest to speak of, and one set is singular
            text = self.tr("1 set × %1 reps, tempo %2 s (up-hold-down). The session takes %3.")
            summary = fill(text, plan.reps, tempo_text, clock_text(plan.total_ms))
        else:
            text = self.tr(
                "%1 sets × %2 reps, tempo %3 s (up-hold-down), %4 rest between sets. "
                "The session takes %5."
            )
            summary = fill(text, plan.sets, plan.reps, tempo_text, clock_text(plan.rest_ms),
                           clock_text(plan.total_ms))  # fmt: skip
        if plan.load_kg:
            load = fill(self.tr("Added weight: %1 kg."), self._seconds(plan.load_kg * 1000))
            summary = f"{summary} {load}"
        else:
            body_weight = self.tr("Body weight.")
            summary = f"{summary} {body_weight}"
        self.summary.setText(summary)

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Today's heel raises"))
        labels = (self.tr("&Legs"), self.tr("Lan&guage"))
        for label, text in zip(self._row_labels, labels, strict=True):
            label.setText(text)
        for index, mode in enumerate(LegMode):
            self.legs_box.setItemText(index, leg_mode_name(mode))
        self.details_button.setText(self.tr("Change sets, reps and tempo"))
        self.sound_button.setText(self.tr("Sound: volume, ticks, voice"))
        self.history_button.setText(self.tr("History (Ctrl+H)"))
        self.progress_button.setText(self.tr("Progress (Ctrl+P)"))
        self.learn_button.setText(self.tr("Learn (F1)"))
        self.exercises_button.setText(self.tr("Stretches && running (Ctrl+R)"))
        if self._sets_left:
            self.start_button.setText(self.tr("Go on: %n set(s) left (Space)", "", self._sets_left))
        else:
            self.start_button.setText(self.tr("Start (Space)"))
        self.guide_box.setTitle(self.tr("How to do a heavy slow heel raise"))
        self.guide.setText(
            self.tr(
                "• Forefoot on a step, heel free, a rolled towel under the toes.\n"
                "• Up in 3 s, hold 2 s, down in 3 s to below the step. No rest between reps.\n"
                "• Every other day, for at least 12 weeks.\n"
                "• Pain up to 5/10 is fine if the next morning is no worse.\n"
                "• Listen for the cues; keep your eyes on your feet."
            )
        )
        self._show_summary()
