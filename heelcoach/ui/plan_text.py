"""Legs, durations and numbers in words, in the interface's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from heelcoach.core.plan import Leg, LegMode


def fill(template: str, *values: object) -> str:
    """A translated template with its %1, %2 ... filled in, as Qt's QString.arg() would."""
    for number, value in enumerate(values, start=1):
        template = template.replace(f"%{number}", str(value))
    return template


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
        return fill(QCoreApplication.translate("PhaseText", "%1 s"), seconds)
    return clock_text(ms)
