"""Words, marks and colours for phases and legs, in the interface's language.

Each phase has a word and a mark, so colour is never the only thing that tells them apart.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from heelcoach.core.plan import Leg, LegMode
from heelcoach.core.timeline import Phase


def phase_word(phase: Phase) -> str:
    words = {
        Phase.COUNT_IN: QCoreApplication.translate("PhaseText", "Get ready"),
        Phase.UP: QCoreApplication.translate("PhaseText", "Up"),
        Phase.HOLD: QCoreApplication.translate("PhaseText", "Hold"),
        Phase.DOWN: QCoreApplication.translate("PhaseText", "Down"),
        Phase.BOTTOM_PAUSE: QCoreApplication.translate("PhaseText", "Pause"),
        Phase.REST: QCoreApplication.translate("PhaseText", "Rest"),
    }
    return words[phase]


PHASE_MARK = {
    Phase.COUNT_IN: "●",
    Phase.UP: "▲",
    Phase.HOLD: "■",
    Phase.DOWN: "▼",
    Phase.BOTTOM_PAUSE: "▬",
    Phase.REST: "◆",
}

PHASE_COLOUR = {
    Phase.COUNT_IN: QColor("#f5f5f5"),
    Phase.UP: QColor("#4fc3f7"),
    Phase.HOLD: QColor("#ffca28"),
    Phase.DOWN: QColor("#66bb6a"),
    Phase.BOTTOM_PAUSE: QColor("#ce93d8"),
    Phase.REST: QColor("#b0bec5"),
}


def leg_name(leg: Leg) -> str:
    return (
        QCoreApplication.translate("PhaseText", "Left leg")
        if leg is Leg.LEFT
        else QCoreApplication.translate("PhaseText", "Right leg")
    )


def leg_mode_name(mode: LegMode) -> str:
    names = {
        LegMode.LEFT: QCoreApplication.translate("PhaseText", "Left leg only"),
        LegMode.RIGHT: QCoreApplication.translate("PhaseText", "Right leg only"),
        LegMode.BOTH: QCoreApplication.translate("PhaseText", "Both legs (left, then right)"),
    }
    return names[mode]


def _whole_seconds(ms: float) -> int:
    return max(0, -int(-ms // 1000))


def clock_text(ms: float) -> str:
    """Minutes and seconds left, rounded up: '2:00', '0:09'."""
    seconds = _whole_seconds(ms)
    return f"{seconds // 60}:{seconds % 60:02d}"


def duration_text(ms: float) -> str:
    """A duration as a coach says it: '3 s' under a minute, '2:00' from a minute up."""
    seconds = _whole_seconds(ms)
    if seconds < 60:
        return QCoreApplication.translate("PhaseText", "%1 s").replace("%1", str(seconds))
    return clock_text(ms)
