"""The progress view's words: the period at a glance, in the interface's language."""

from __future__ import annotations

from heelcoach.progress.series import Progress, Series, adherence

from PySide6.QtCore import QCoreApplication

from heelcoach.ui.coach.words import kg


def _first_and_last(series: Series, since: float) -> tuple[float, float] | None:
    values = [y for x, y in zip(series.x, series.y, strict=True) if x >= since]
    return (values[0], values[-1]) if values else None


def _number(value: float) -> str:
    return kg(value)  # a number to a tenth, in the coach's words


def summary_text(progress: Progress, since: float) -> str:
    translate = QCoreApplication.translate
    parts = []
    pain = _first_and_last(progress.morning_mean, since)
    if pain is not None:
        parts.append(translate("ProgressText", "first-steps pain %1 → %2 (7-day mean)")
                     .replace("%1", _number(pain[0])).replace("%2", _number(pain[1])))  # fmt: skip
    share = adherence(progress, since)
    if share is not None:
        parts.append(translate("ProgressText", "%1 % of the planned sessions")
                     .replace("%1", f"{share * 100:.0f}"))  # fmt: skip
    loads = [s for s in progress.load.values() if s]
    load = _first_and_last(max(loads, key=len), since) if loads else None
    if load is not None:
        parts.append(translate("ProgressText", "added weight %1 → %2 kg")
                     .replace("%1", _number(load[0])).replace("%2", _number(load[1])))  # fmt: skip
    if not parts:
        return ""
    return translate("ProgressText", "In this period: %1.").replace("%1", "; ".join(parts))
