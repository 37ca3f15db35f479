"""Words, marks and colours for the phases of a set, in the interface's language.

Each phase has a word and a mark, so colour is never the only thing that tells them apart.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from heelcoach.core.timeline import Phase


def phase_word(phase: Phase) -> str:
    words = {
        Phase.COUNT_IN: QCoreApplication.translate("PhaseText", "Get ready"),
        Phase.UP: QCoreApplication.translate("PhaseText", "Up"),
        Phase.HOLD: QCoreApplication.translate("PhaseText", "Hold"),
        Phase.DOWN: QCoreApplication.translate("PhaseText", "Down"),
        Phase.BOTTOM_PAUSE: QCoreApplication.translate("PhaseText", "Hold low"),
        Phase.REST: QCoreApplication.translate("PhaseText", "Rest"),
        Phase.STRETCH: QCoreApplication.translate("PhaseText", "Stretch"),
        Phase.RELEASE: QCoreApplication.translate("PhaseText", "Let go"),
        Phase.SWITCH: QCoreApplication.translate("PhaseText", "Other side"),
        Phase.CURLS: QCoreApplication.translate("PhaseText", "Curl"),
        Phase.RUN: QCoreApplication.translate("PhaseText", "Run"),
        Phase.WALK: QCoreApplication.translate("PhaseText", "Walk"),
    }
    return words[phase]


PHASE_MARK = {
    Phase.COUNT_IN: "●",
    Phase.UP: "▲",
    Phase.HOLD: "■",
    Phase.DOWN: "▼",
    Phase.BOTTOM_PAUSE: "▬",
    Phase.REST: "◆",
    Phase.STRETCH: "■",
    Phase.RELEASE: "▽",
    Phase.SWITCH: "⇄",
    Phase.CURLS: "↻",
    Phase.RUN: "▶▶",
    Phase.WALK: "▶",
}

PHASE_COLOUR = {
    Phase.COUNT_IN: QColor("#f5f5f5"),
    Phase.UP: QColor("#4fc3f7"),
    Phase.HOLD: QColor("#ffca28"),
    Phase.DOWN: QColor("#66bb6a"),
    Phase.BOTTOM_PAUSE: QColor("#ce93d8"),
    Phase.REST: QColor("#b0bec5"),
    Phase.STRETCH: QColor("#ffca28"),
    Phase.RELEASE: QColor("#b0bec5"),
    Phase.SWITCH: QColor("#f5f5f5"),
    Phase.CURLS: QColor("#4fc3f7"),
    Phase.RUN: QColor("#ff8a65"),
    Phase.WALK: QColor("#81c784"),
}
