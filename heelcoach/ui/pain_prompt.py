"""A quick 0-10 pain question: a row of numbers to click, or a number key to press.

It never waits for an answer: the set, the rest timer and the app go on around it, and
it can be skipped. Keys 0-9 answer at once; 1 then 0 within a second corrects 1 to 10.
Questions queue up: the next one comes a moment after the current one is answered. A
question may offer a few choices instead (keys 1, 2, 3 ...). A pain answer lights its zone,
green, yellow or red, with a line of what it means; the line stays under the questions
that follow, until the next pain question. While a set is under way the prompt is parked:
off the screen, its questions kept, and no key answers them.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from heelcoach.coach.rules import Zone, zone_of
from heelcoach.system.clock import monotonic_ms
from heelcoach.ui.coach.zone_colours import ZONE_BACKGROUND, ZONE_TEXT
from heelcoach.ui.retranslating import Retranslating
from heelcoach.words.plain import fill

PAIN_MAX = 10
TEN_WINDOW_MS = 1000  # how soon a 0 after a 1 makes it 10
NEXT_QUESTION_MS = TEN_WINDOW_MS + 1000  # after an answer: time to correct it
READ_ZONE_MS = 3500  # after a pain answer: time to read its zone from the step
TIMER_SLACK_MS = 100  # a Qt timer may fire up to 5 % early

MIN_BUTTON_WIDTH = 28
QUESTION_SCALE = 1.4
LARGE_QUESTION_PX = 34  # read from the step, two metres away
LARGE_BUTTON_PX = 30
LARGE_BUTTON_HEIGHT = 60
LARGE_CHOICE_PX = 20
LARGE_HINT_PX = 18
LARGE_ZONE_PX = 26  # the answer's zone and what it means, read from the step

Answer = Callable[[int], None]
ZONE_STYLE = {zone: f"background: {ZONE_BACKGROUND[zone]}; color: {ZONE_TEXT[zone]};"
              for zone in Zone}  # fmt: skip
ZONE_PADDING = "padding: 4px 8px; border-radius: 4px; font-weight: bold;"


class PainPrompt(Retranslating, QWidget):
    answered = Signal(int)
    skipped = Signal()
    came_or_went = Signal()  # a question shown, or the prompt put away

    def __init__(self, later: bool = False, parent=None) -> None:
        """`later`: the skip button says "Not now" (the question comes back) not "Skip"."""
        super().__init__(parent)
        self._later = later
        self.question = QLabel()
        self.question.setWordWrap(True)
        font = self.question.font()
        font.setPointSizeF(font.pointSizeF() * QUESTION_SCALE)
        font.setBold(True)
        self.question.setFont(font)
        self.hint = QLabel()
        self.buttons = []
        row = QHBoxLayout()
        row.setSpacing(4)
        for value in range(PAIN_MAX + 1):
            button = QPushButton(str(value))
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            button.setMinimumWidth(MIN_BUTTON_WIDTH)
            button.clicked.connect(lambda _checked, value=value: self.answer(value))
            self.buttons.append(button)
            row.addWidget(button)
        self.skip_button = QPushButton()
        self.skip_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.skip_button.clicked.connect(self.skip)
        row.addSpacing(12)
        row.addWidget(self.skip_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.question)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        self.zone_label = QLabel()
        self.zone_label.setWordWrap(True)
        self.zone_label.hide()
        layout.addWidget(self.zone_label)
        self._last_one_ms: float | None = None
        self._answered_ms: float | None = None  # the last question's answer, while it is read
        self.value: int | None = None
        self._on_answer: Answer | None = None
        self._choices: tuple[str, ...] = ()  # the question's choices; none: 0-10 pain
        self._waiting: deque[tuple[str, Answer, tuple[str, ...], bool]] = deque()
        self._skippable = True  # the question on screen has a Skip (and its hint says so)
        self._next = QTimer(self)
        self._next.setSingleShot(True)
        self._next.setInterval(NEXT_QUESTION_MS)
        self._next.timeout.connect(self._ask_next)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._question_font = self.question.font()
        self.large: bool | None = None  # neither: as first made (the check-in's)
        self._parked = False
        self._zone_pain: int | None = None  # the pain answer whose zone is shown
        self._retranslate()
        self.hide()

    def set_large(self, large: bool) -> None:
        """Large: the question is what the screen is for (a rest, a change of leg), read
        from the step. Small: it waits below the set, its key hint left out."""
        if large == self.large:
            return
        self.large = large
        question_font = QFont(self._question_font)
        if large:
            question_font.setPixelSize(LARGE_QUESTION_PX)
        self.question.setFont(question_font)
        # A style sheet, as the set page gives its buttons their size in one.
        self._style_buttons()
        self.hint.setStyleSheet(f"font-size: {LARGE_HINT_PX}px;" if large else "")
        self.hint.setVisible(large and self._skippable)
        if not large:
            self.zone_label.hide()  # its room below the set holds the question and the row

    @property
    def has_question(self) -> bool:
        """A question is on screen, or parked (answered or not)."""
        return self._on_answer is not None

    def park(self, parked: bool) -> None:
        """Parked, the question waits off the screen and no key answers it (a set is under
        way); unparked, it comes back as it was."""
        self._parked = parked
        self.setVisible(self.has_question and not parked)

    def ask(self, question: str, on_answer: Answer, before_choices: bool = False) -> None:
        """Ask now, or after the questions already waiting (`before_choices`: ahead of those
        that offer choices: pain first when time is short); `on_answer` gets every answer
        (a correction too)."""
        asked = (question, on_answer, (), True)
        choices = [index for index, waiting in enumerate(self._waiting) if waiting[2]]
        if before_choices and choices:
            self._waiting.insert(choices[0], asked)
        else:
            self._waiting.append(asked)
        if self._on_answer is None or (self.value is not None and not self._next.isActive()):
            self._ask_next()

    def ask_choice(self, question: str, choices: tuple[str, ...], on_answer: Answer,
                   skippable: bool = True) -> None:  # fmt: skip
        """Ask with `choices`, answered by keys 1 to len(choices); `on_answer` gets the
        number of the choice (1 for the first). Not `skippable`: the page around says what
        else the runner can do, and there is no Skip."""
        self._waiting.append((question, on_answer, choices, skippable))
        if self._on_answer is None or (self.value is not None and not self._next.isActive()):
            self._ask_next()

    def clear(self) -> None:
        """Put the prompt away and forget the questions not yet asked."""
        self._waiting.clear()
        self._next.stop()
        self._on_answer = None
        self._zone_pain = None
        self.zone_label.hide()
        self.hide()
        self.came_or_went.emit()

    def _ask_next(self) -> None:
        if not self._waiting:
            return
        question, self._on_answer, self._choices, self._skippable = self._waiting.popleft()
        self.question.setText(question)
        self.skip_button.setVisible(self._skippable)
        self.hint.setVisible(self._skippable and self.large is not False)
        self.value = None
        self._last_one_ms = None
        self._answered_ms = None
        # Digits share the row evenly; the words of choices each take what they need.
        width_policy = QSizePolicy.Policy.Preferred if self._choices else QSizePolicy.Policy.Ignored
        for value, button in enumerate(self.buttons):
            button.setChecked(False)
            button.setSizePolicy(width_policy, QSizePolicy.Policy.Fixed)
            if self._choices:
                offered = 1 <= value <= len(self._choices)
                button.setVisible(offered)  # isVisible() is False while the prompt is hidden
                if offered:
                    button.setText(f"{value}: {self._choices[value - 1]}")
            else:
                button.setVisible(True)
                button.setText(str(value))
        if not self._choices:  # a new pain question: its answer will show its own zone
            self._zone_pain = None
            self.zone_label.hide()
        self._style_buttons()
        self._retranslate()
        self.setVisible(not self._parked)
        self.came_or_went.emit()

    def _style_buttons(self) -> None:
        """Large: digits big enough for the step; the words of choices a little smaller, so
        that "3: Could not finish" fits a small laptop's row."""
        size = LARGE_CHOICE_PX if self._choices else LARGE_BUTTON_PX
        style = (f"font-size: {size}px; min-height: {LARGE_BUTTON_HEIGHT}px;"
                 if self.large else "")  # fmt: skip
        for button in (*self.buttons, self.skip_button):
            if button.styleSheet() != style:
                button.setStyleSheet(style)

    def keyPressEvent(self, event) -> None:
        if not self.take_key(event):
            super().keyPressEvent(event)

    def take_key(self, event) -> bool:
        """A key pressed here or on the page around: True if it was a number it took."""
        text = event.text()
        return len(text) == 1 and text.isdigit() and self.press_digit(int(text))

    def press_digit(self, digit: int) -> bool:
        """A number key; True if the prompt took it."""
        if not self.isVisible():
            return False
        if self._choices:
            if 1 <= digit <= len(self._choices):
                self.answer(digit)
            return True
        now = monotonic_ms()
        if digit == 0 and self._last_one_ms is not None and now - self._last_one_ms < TEN_WINDOW_MS:
            digit = PAIN_MAX
        self._last_one_ms = now if digit == 1 else None
        self.answer(digit)
        return True

    def unanswered(self) -> bool:
        """A question is open, or answered with another to come."""
        return self.has_question and (self.value is None or bool(self._waiting))

    def _reading_ms(self) -> int:
        return NEXT_QUESTION_MS if self._choices else READ_ZONE_MS

    def still_asking(self) -> bool:
        """Unanswered, or the last answer just given: it is read (its zone), and a 1 may
        yet become 10. The screen keeps the question's place until then."""
        if self.unanswered():
            return True
        answered = self._answered_ms
        return (self.has_question and answered is not None
                and monotonic_ms() - answered < self._reading_ms())  # fmt: skip

    def answer(self, value: int) -> None:
        if self._on_answer is None:
            return
        self.value = value
        for index, button in enumerate(self.buttons):
            button.setChecked(index == value)
        self._on_answer(value)
        if not self._choices:
            self._show_zone(value)
        if self._waiting:
            self._next.start(self._reading_ms())
        else:  # looked at again once the answer has been read
            self._answered_ms = monotonic_ms()
            QTimer.singleShot(self._reading_ms() + TIMER_SLACK_MS, self, self._read)
        self.answered.emit(value)

    def _read(self) -> None:
        """The answer has had its time to be read: the screen looks again. A coarse timer
        may fire up to 5 % early; then it waits for the rest."""
        answered = self._answered_ms
        left = self._reading_ms() - (monotonic_ms() - answered) if answered is not None else 0
        if left > 0:
            QTimer.singleShot(round(left) + TIMER_SLACK_MS, self, self._read)
        else:
            self.came_or_went.emit()

    def skip(self) -> None:
        self.skipped.emit()
        if self._waiting:
            self._ask_next()
        else:
            self.clear()

    def _show_zone(self, pain: int) -> None:
        self._zone_pain = pain
        zone = zone_of(pain)
        meaning = {
            Zone.GREEN: self.tr("%1/10 is green: fine."),
            Zone.YELLOW: self.tr("%1/10 is yellow: acceptable, keep an eye on it."),
            Zone.RED: self.tr("%1/10 is red: too much."),
        }
        self.zone_label.setText(fill(meaning[zone], pain))
        size = f"font-size: {LARGE_ZONE_PX}px;" if self.large else ""
        self.zone_label.setStyleSheet(ZONE_STYLE[zone] + ZONE_PADDING + size)
        self.zone_label.setVisible(self.large is not False)  # small: its room holds no more

    def _retranslate(self) -> None:
        self.skip_button.setText(self.tr("Not now") if self._later else self.tr("Skip"))
        if self._choices:
            self.hint.setText(fill(self.tr("Keys 1-%1, or skip."), len(self._choices)))
        else:
            self.hint.setText(
                self.tr("0 = no pain, 10 = worst imaginable. Keys 0-9; 1 then 0 for 10.")
            )
        if self._zone_pain is not None and self.zone_label.isVisible():
            self._show_zone(self._zone_pain)
