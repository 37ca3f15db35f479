"""A few questions about the heel, asked on the first screen (never in a dialog): at the first
start, how long it has hurt, which heel, and the red flags; and the red flags again
whenever a check-in says something else is wrong. Any yes makes the coach's verdict "see a
clinician first" (coach.red_flags); the answers go into the journal and the report."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from heelcoach.coach.red_flags import ASKED, RED_FLAGS, SYMPTOM_SPANS, ever_asked
from heelcoach.journal.entries import ANSWERS
from heelcoach.journal.journal import Journal
from heelcoach.settings import AFFECTED_SIDE, HEEL_QUESTIONS_PUT_OFF_ON, Settings
from heelcoach.ui.retranslating import Retranslating
from heelcoach.ui.today.today_page import TodayPage
from heelcoach.words.verdict import red_flag_name

SIDES = ("", "left", "right", "both")
FLAG_COLUMNS = 3


class HeelQuestionsPanel(Retranslating, QGroupBox):
    saved = Signal(list, str, str)  # red flags answered yes; how long (or ""); which heel (or "")
    put_off = Signal()

    def __init__(self, first_time: bool, parent=None) -> None:
        """`first_time`: also how long the heel has hurt and which heel it is."""
        super().__init__(parent)
        self._first_time = first_time
        self.flag_boxes = {flag: QCheckBox() for flag in RED_FLAGS}
        flags = QGridLayout()
        for index, box in enumerate(self.flag_boxes.values()):
            flags.addWidget(box, index // FLAG_COLUMNS, index % FLAG_COLUMNS)
        self.span_box = QComboBox()
        self.span_box.addItems([""] * (len(SYMPTOM_SPANS) + 1))
        self.side_box = QComboBox()
        self.side_box.addItems([""] * len(SIDES))
        self.form = QHBoxLayout()  # one row: the page has little height to spare
        self._form_labels = [QLabel(), QLabel()]
        for label, choice in zip(self._form_labels, (self.span_box, self.side_box), strict=True):
            label.setBuddy(choice)
            self.form.addWidget(label)
            self.form.addWidget(choice)
            self.form.addSpacing(16)
        self.form.addStretch(1)
        self.save_button = QPushButton()
        self.later_button = QPushButton()
        self.form.addWidget(self.save_button)  # the buttons end the form's row: little height
        self.form.addWidget(self.later_button)
        if not first_time:
            for widget in (*self._form_labels, self.span_box, self.side_box):
                widget.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(flags)
        layout.addLayout(self.form)
        self.save_button.clicked.connect(self._save)
        self.later_button.clicked.connect(self.put_off.emit)
        self._retranslate()

    def answers(self) -> tuple[list[str], str, str]:
        yes = [flag for flag, box in self.flag_boxes.items() if box.isChecked()]
        span = (
            SYMPTOM_SPANS[self.span_box.currentIndex() - 1] if self.span_box.currentIndex() else ""
        )
        return yes, span, SIDES[self.side_box.currentIndex()]

    def _save(self) -> None:
        self.saved.emit(*self.answers())

    def _retranslate(self) -> None:
        if self._first_time:
            self.setTitle(self.tr("Before you start: do you have any of these? Tick each one "
                                  "you have."))  # fmt: skip
        else:
            self.setTitle(self.tr("Something else is wrong? Tick each one you have."))
        for flag, box in self.flag_boxes.items():
            name = red_flag_name(flag)
            box.setText(name[:1].upper() + name[1:])
        self._form_labels[0].setText(self.tr("How &long has your heel hurt?"))
        self._form_labels[1].setText(self.tr("&Which heel?"))
        spans = (self.tr("Not given"), self.tr("Less than 6 weeks"), self.tr("6 weeks to 3 months"),
                 self.tr("3 to 12 months"), self.tr("More than a year"))  # fmt: skip
        for index, text in enumerate(spans):
            self.span_box.setItemText(index, text)
        sides = (self.tr("Not given"), self.tr("Left"), self.tr("Right"), self.tr("Both"))
        for index, text in enumerate(sides):
            self.side_box.setItemText(index, text)
        self.save_button.setText(self.tr("Save the answers"))
        self.later_button.setText(self.tr("Not now"))


class HeelQuestions(QObject):
    """Offers the questions on the first screen and writes the answers."""

    answered = Signal()
    closed = Signal()  # answered or put off: the morning check-in may come

    def __init__(self, journal: Journal, settings: Settings, now: Callable[[], datetime],
                 save: Callable[..., object], today: TodayPage, parent=None) -> None:  # fmt: skip
        super().__init__(parent)
        self._journal = journal
        self._settings = settings
        self._now = now
        self._save = save
        self._today = today
        self.panel: HeelQuestionsPanel | None = None

    def offer(self) -> bool:
        """At the first start: unless they were answered once, or put off today. True if
        they are on screen."""
        if self._settings.get(HEEL_QUESTIONS_PUT_OFF_ON) == self._now().date().isoformat():
            return False
        if self._journal.read_only is not None or ever_asked(self._journal.stored(ANSWERS)):
            return False  # answers that would go nowhere are not asked for
        self._show(first_time=True)  # Start keeps the focus: Space asks them first
        return True

    @property
    def is_open(self) -> bool:
        return self.panel is not None and not self.panel.isHidden()

    def ask_again(self) -> None:
        """Something else is wrong: the red flags once more."""
        panel = self._show(first_time=False)
        panel.flag_boxes[RED_FLAGS[0]].setFocus()

    def _show(self, first_time: bool) -> HeelQuestionsPanel:
        if self.panel is not None:
            self.panel.deleteLater()
        self.panel = HeelQuestionsPanel(first_time)
        self.panel.saved.connect(self._saved)
        self.panel.put_off.connect(self._put_off)
        self._today.add_top_panel(self.panel, first=True)
        self.panel.show()
        return self.panel

    def _saved(self, yes: list[str], span: str, side: str) -> None:
        at = self._now().isoformat(timespec="seconds")
        self._save(lambda: self._journal.add_answer(
            at=at, question=ASKED, yes=yes, symptoms_for=span or None), keep=True)  # fmt: skip
        if side:
            self._settings.set(AFFECTED_SIDE, side)
        self._close()  # said; if the disk refused it, it is kept and written later
        self.answered.emit()

    def _put_off(self) -> None:
        self._settings.set(HEEL_QUESTIONS_PUT_OFF_ON, self._now().date().isoformat())
        self._close()

    def _close(self) -> None:
        if self.panel is not None:
            self.panel.hide()
            self._today.start_button.setFocus()
        self.closed.emit()
