"""What the screens of a running session share: their buttons, and the status line's
common part (why nothing is recorded, a stall, a pause, no sound, muted)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QPushButton, QSizePolicy

from heelcoach.core.session import PauseReason, RunState
from heelcoach.session.driver import Snapshot
from heelcoach.words.plain import fill


def session_button(signal) -> QPushButton:
    """A button that emits `signal`; it takes the focus by Tab only, so a click leaves
    Space to pause and resume."""
    button = QPushButton()
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    button.clicked.connect(signal.emit)
    return button


def common_status(snapshot: Snapshot) -> str | None:
    """The status line when something about the session itself needs saying, else None."""
    translate = QCoreApplication.translate
    if snapshot.not_recorded:
        return snapshot.not_recorded
    if snapshot.pause_reason is PauseReason.FELL_BEHIND:
        stalled = translate(
            "SessionScreen", "Paused: the computer stalled for %1 s. Space resumes."
        )
        return fill(stalled, f"{snapshot.behind_by_ms / 1000:.1f}")
    if snapshot.state is RunState.PAUSED:
        return translate("SessionScreen", "Paused. Space resumes.")
    if snapshot.sound_off:
        return fill(translate("SessionScreen", "Sound is off: %1. Follow the screen."),
                    snapshot.sound_off)  # fmt: skip
    if snapshot.muted:
        return translate("SessionScreen", "Muted. M turns the sound back on.")
    return None
