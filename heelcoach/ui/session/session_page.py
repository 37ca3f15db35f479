"""The page every kind of session runs on, read from a step two or three metres away: the
phase in large words, its seconds and bar, what comes next, a status line, the questions,
and the buttons. A kind's page adds what its middle shows (the reps, or the drawing to
copy) and lays the parts out."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from heelcoach.core.session import RunState
from heelcoach.core.timeline import Position
from heelcoach.session.driver import Snapshot
from heelcoach.ui.pain_prompt import PainPrompt
from heelcoach.ui.retranslating import Retranslating
from heelcoach.ui.session.fit_label import FitLabel
from heelcoach.ui.session.phase_bar import PhaseBar
from heelcoach.ui.session.session_screen import session_button
from heelcoach.words.plain import clock_text, fill

translate = QCoreApplication.translate

BACKGROUND = QColor("#101418")
TEXT_COLOUR = QColor("#eceff1")
PAUSED_COLOUR = QColor("#78909c")
DONE_COLOUR = QColor("#a5d6a7")


def page_style(page: str) -> str:
    """The dark, high-contrast look of the session pages; `page` is the page's class."""
    return f"""
{page} {{ background: {BACKGROUND.name()}; }}
QLabel {{ color: {TEXT_COLOUR.name()}; }}
QLabel#status {{ color: #ffd54f; }}
QPushButton {{
    color: #eceff1; background: #263238; border: 1px solid #455a64;
    border-radius: 6px; padding: 10px 12px; font-size: 16px;
}}
QPushButton:hover {{ background: #37474f; }}
QPushButton:checked {{ background: #ffd54f; color: #101418; font-weight: bold; }}
QPushButton:disabled {{ color: #607d8b; border-color: #37474f; }}
PainPrompt QPushButton {{ padding: 3px 8px; }}
"""


class SessionPage(Retranslating, QWidget):
    """Shows a Snapshot; its buttons ask the session to act (the session owns the driver)."""

    pause_clicked = Signal()
    stop_clicked = Signal()
    full_screen_clicked = Signal()
    PHASE_SCALE = 0.78  # of the phase line's height: its words are short

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(page_style(type(self).__name__))
        self._snapshot: Snapshot | None = None
        self._confirming_stop = False  # Esc asked "stop now?"; a second Esc stops
        self._asking_about_try = False
        self.phase_label = FitLabel(self.PHASE_SCALE, bold=True)
        self.seconds_label = FitLabel(0.9, bold=True)
        self.phase_bar = PhaseBar(BACKGROUND)
        self.next_label = FitLabel(0.62)
        self.status_label = FitLabel(0.62)
        self.status_label.setObjectName("status")
        self.pain_prompt = PainPrompt()
        self.pause_button = session_button(self.pause_clicked)
        self.stop_button = session_button(self.stop_clicked)
        self.full_screen_button = session_button(self.full_screen_clicked)

    def keyPressEvent(self, event) -> None:
        if not self.pain_prompt.take_key(event):
            super().keyPressEvent(event)

    @property
    def confirming_stop(self) -> bool:
        return self._confirming_stop

    def ask_to_confirm_stop(self, asking: bool, a_try: bool = False) -> None:
        """`a_try`: stopped so early, the question is whether it counts at all."""
        self._confirming_stop = asking
        self._asking_about_try = asking and a_try
        self._render()

    def show_snapshot(self, snapshot: Snapshot | None) -> None:
        self._snapshot = snapshot
        self._render()

    def _retranslate(self) -> None:
        self.stop_button.setText(translate("SessionPage", "Stop (Esc)"))
        self.full_screen_button.setText(translate("SessionPage", "Full screen (F11)"))
        self._render()

    def _render(self) -> None:
        snapshot = self._snapshot
        if snapshot is None:
            return
        running = snapshot.state is RunState.RUNNING
        position = snapshot.position
        finished = snapshot.state is RunState.FINISHED or position is None
        self.pause_button.setText(translate("SessionPage", "Pause (Space)") if running
                                  else translate("SessionPage", "Resume (Space)"))  # fmt: skip
        self.pause_button.setVisible(not finished)  # done: only Back and Full screen are left
        self.stop_button.setText(translate("SessionPage", "Back (Esc)") if finished
                                 else translate("SessionPage", "Stop (Esc)"))  # fmt: skip
        if finished or position is None:
            self._render_finished(snapshot)
        else:
            self._render_moment(snapshot, position, running)

    def _render_moment(self, snapshot: Snapshot, position: Position, running: bool) -> None:
        """A moment of the session under way, as the kind shows it."""
        raise NotImplementedError

    def _render_finished(self, snapshot: Snapshot) -> None:
        """The done screen, as the kind sums it up."""
        raise NotImplementedError

    @staticmethod
    def paused_text() -> str:
        return translate("SessionPage", "❚❚ Paused")

    @staticmethod
    def finished_text() -> str:
        return translate("SessionPage", "Next: finished")

    @staticmethod
    def done_text(snapshot: Snapshot) -> str:
        """The done screen's heading: done, or where the runner stopped."""
        if snapshot.stopped:
            return fill(
                translate("SessionPage", "■ Stopped after %1"),
                clock_text(snapshot.stopped_after_ms),
            )
        return translate("SessionPage", "✔ Done!")

    @staticmethod
    def back_text() -> str:
        return translate("SessionPage", "Press Esc to go back")

    @staticmethod
    def _colour(label: FitLabel, colour: QColor) -> None:
        style = f"color: {colour.name()};"
        if label.styleSheet() != style:
            label.setStyleSheet(style)
