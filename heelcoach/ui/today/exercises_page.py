"""Stretches and the road back to running: the three supplementary exercises with their
drawings, the guide's four criteria for running again (filled from the journal where it
can tell), this week's walk/run session, and saving any session as audio to carry."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from heelcoach.coach.back_to_running import Criterion
from heelcoach.coach.running import Running
from heelcoach.core.kinds import stretch_session
from heelcoach.ui.page_title import page_title
from heelcoach.ui.retranslating import Retranslating
from heelcoach.ui.session.illustration import Illustration
from heelcoach.words.exercises import exercise_name, how_to, walk_run_line
from heelcoach.words.plain import fill
from heelcoach.words.running import criterion_line, held_back_text, running_lead

TEXT_PIXELS = 16


def _text_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    font = label.font()
    font.setPixelSize(TEXT_PIXELS)
    label.setFont(font)
    return label


class ExercisesPage(Retranslating, QWidget):
    back_clicked = Signal()
    stretches_clicked = Signal()
    morning_stretch_clicked = Signal()
    walk_run_clicked = Signal()
    save_audio_clicked = Signal()
    walking_confirmed = Signal(bool)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._running: Running | None = None
        self._warned = False  # Start once more, after a "not yet", starts
        self.title = page_title()
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.back_clicked.emit)
        self.stretch_title = page_title()
        self.cards: list[tuple[str, QLabel, QLabel]] = []  # exercise, name, how-to
        grid = self._make_cards()
        self.stretches_button = QPushButton()
        self.stretches_button.clicked.connect(self.stretches_clicked.emit)
        self.morning_button = QPushButton()
        self.morning_button.clicked.connect(self.morning_stretch_clicked.emit)
        self.running_title = page_title()
        self.check_labels = [_text_label() for _criterion in Criterion]
        self.walking_box = QCheckBox()
        self.walking_box.toggled.connect(self.walking_confirmed.emit)
        self.plan_label = _text_label()
        self.rule_label = _text_label()
        self.walk_run_button = QPushButton()
        self.walk_run_button.clicked.connect(self._walk_run)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save_audio_clicked.emit)
        self.saved_label = _text_label()  # what the last export did
        self.warning_label = _text_label()  # Start with the criteria not all met: first, this
        self.warning_label.setStyleSheet("font-weight: bold;")
        self.warning_label.hide()

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.back_button)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        outer.addLayout(header)
        self._lay_out(grid, self._make_body(outer))
        self._retranslate()

    def _make_cards(self) -> QGridLayout:
        """A card for each exercise of the stretch session: its drawing, name and how-to."""
        grid = QGridLayout()
        for column, exercise in enumerate(kind.key for kind in stretch_session()):
            drawing = Illustration(self)  # with its parent: shown, it is no window of its own
            drawing.setMinimumSize(200, 150)
            drawing.show_exercise(exercise)
            name, text = _text_label(), _text_label()
            name.setStyleSheet("font-weight: bold;")
            top = Qt.AlignmentFlag.AlignTop
            grid.addWidget(drawing, 0, column)
            grid.addWidget(name, 1, column, top)
            grid.addWidget(text, 2, column, top)
            self.cards.append((exercise, name, text))
        return grid

    def _make_body(self, outer: QVBoxLayout) -> QWidget:
        """The page below its header: a small screen scrolls; the header and Back stay."""
        body = QWidget()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        # Hides QWidget.scroll(dx, dy), never called on a page; the tests read it by name.
        self.scroll: QScrollArea = scroll  # type: ignore[assignment]
        return body

    def _lay_out(self, grid: QGridLayout, body: QWidget) -> None:
        stretch_buttons = QHBoxLayout()
        stretch_buttons.addWidget(self.stretches_button)
        stretch_buttons.addWidget(self.morning_button)
        stretch_buttons.addStretch(1)
        run_buttons = QHBoxLayout()
        run_buttons.addWidget(self.walk_run_button)
        run_buttons.addWidget(self.save_button)
        run_buttons.addStretch(1)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stretch_title)
        layout.addLayout(grid, 1)
        layout.addLayout(stretch_buttons)
        layout.addSpacing(12)
        layout.addWidget(self.running_title)
        for label in self.check_labels:
            layout.addWidget(label)
        layout.addWidget(self.walking_box)
        layout.addWidget(self.plan_label)
        layout.addWidget(self.rule_label)
        layout.addWidget(self.warning_label)
        layout.addLayout(run_buttons)
        layout.addWidget(self.saved_label)
        self.setFocusProxy(self.stretches_button)

    def showEvent(self, event) -> None:
        # Tab from the last control reaches the page, which hands it on to its proxy: Back,
        # at the top, would never have the focus. Set once the page is in the window (the
        # window's focus chain takes the page's in again as it joins).
        QWidget.setTabOrder(self.save_button, self.back_button)
        super().showEvent(event)

    def show_running(self, running: Running) -> None:
        """The four criteria as the journal and the runner tell them, what holds running
        back, and this week's walk/run: as today's verdict has them."""
        self._running = running
        walking = next(c.met for c in running.checks if c.criterion is Criterion.WALKING)
        if self.walking_box.isChecked() != bool(walking):
            self.walking_box.blockSignals(True)
            self.walking_box.setChecked(bool(walking))
            self.walking_box.blockSignals(False)
        self._warned = False
        self.warning_label.hide()
        self._show_running()

    def show_saved(self, text: str) -> None:
        """What saving a session as audio did; brought into view."""
        self.saved_label.setText(text)
        self._bring_into_view(self.saved_label)

    def _bring_into_view(self, widget: QWidget) -> None:
        """Scroll to `widget` once the page is laid out anew with what just changed (the
        scroll area resizes its page in the next turn of the event loop)."""
        QTimer.singleShot(0, self, lambda: self.scroll.ensureWidgetVisible(widget))

    def _walk_run(self) -> None:
        """Start; when today is no run day (not yet, or a rest day), the first press says so."""
        running = self._running
        if running is None or running.run_today or self._warned:
            self.walk_run_clicked.emit()
            return
        self._warned = True
        if running.held_back is not None:
            why = fill(
                self.tr("Not yet: %1. Press Start walk/run again to go anyway."),
                held_back_text(running.held_back),
            )
        elif running.week is not None:
            why = self.tr("You ran yesterday or today: a rest day comes between runs. Press "
                          "Start walk/run again to go anyway.")  # fmt: skip
        else:
            why = self.tr("Not all four are met yet: the guide would keep to the heel raises a "
                          "little longer. Press Start walk/run again to go anyway.")  # fmt: skip
        self.warning_label.setText(why)
        self.warning_label.show()
        self._bring_into_view(self.walk_run_button)  # the button stays in view

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Stretches and running"))
        self.back_button.setText(self.tr("Back (Esc)"))
        self.stretch_title.setText(self.tr("Stretches, alongside the heel raises"))
        for exercise, name, text in self.cards:
            name.setText(exercise_name(exercise))
            text.setText(how_to(exercise))
        self.stretches_button.setText(self.tr("Start the stretches (about 10 min)"))
        self.morning_button.setText(self.tr("Only the morning's fascia stretch"))
        self.running_title.setText(self.tr("Back to running"))
        self.walking_box.setText(self.tr("I walk every day without significant pain"))
        self.warning_label.hide()  # said in the language it was said in: said again on a press
        self._warned = False
        self.saved_label.clear()
        self._show_running()
        self.rule_label.setText(self.tr(
            "Weeks 1-3 follow the guide. From week 4 the runs get longer: at most 10% more "
            "running each week (the careful end of the guide's 10-15%; this limit is a rule "
            "of thumb, not a proven threshold), and no run more than a third longer than the "
            "longest run the week before. Run three times a week with a rest day between "
            "runs; a week of the plan lasts at least seven days. After a bad day (red pain, "
            "or a worse morning after a run) you go back a week and carry on from there. "
            "After more than two weeks without a run you go back a week; after more than "
            "four, back to week 1. Keep doing the heel raises every other day alongside."
        ))  # fmt: skip
        self.walk_run_button.setText(self.tr("Start walk/run"))
        self.save_button.setText(self.tr("Save a session as audio…"))

    def _show_running(self) -> None:
        running = self._running
        if running is None:
            return
        for label, check in zip(self.check_labels, running.checks, strict=True):
            label.setText(criterion_line(check))
        self.plan_label.setText(f"{running_lead(running)}\n{walk_run_line(running.plan)}")
