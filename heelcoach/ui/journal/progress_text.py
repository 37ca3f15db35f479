"""The progress view's words: the period at a glance, in the interface's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from heelcoach.progress.series import Progress, Series, adherence
from heelcoach.words.plain import fill, kg

WEEK_S = 7 * 86_400
LEAST_CHANGE = 1.0
"""Less than a point on the 0-10 scale is a morning's noise, not a change."""


def _first_and_last(series: Series, since: float) -> tuple[float, float] | None:
    values = [y for x, y in zip(series.x, series.y, strict=True) if x >= since]
    return (values[0], values[-1]) if values else None


def _number(value: float) -> str:
    return kg(value)  # a number to a tenth, in the coach's words


def _weeks(series: Series, since: float) -> int:
    moments = [x for x in series.x if x >= since]
    return round((moments[-1] - moments[0]) / WEEK_S) if moments else 0


def _pain_change(first: float, last: float, weeks: int) -> str:
    """The first steps' pain (its 7-day mean) over the period, in a runner's words. The
    numbers are compared as they are shown, to a tenth."""
    first, last = round(first, 1), round(last, 1)
    if first == last:
        text = QCoreApplication.translate("ProgressText", "first-step pain stayed at %1")
    elif round(abs(last - first), 1) < LEAST_CHANGE:
        text = QCoreApplication.translate(
            "ProgressText", "first-step pain about the same (from %1 to %2)"
        )
    elif last < first:
        text = QCoreApplication.translate("ProgressText", "first-step pain eased from %1 to %2")
    else:
        text = QCoreApplication.translate("ProgressText", "first-step pain rose from %1 to %2")
    text = fill(text, _number(first), _number(last))
    if weeks < 1:
        return text
    if weeks == 1:
        return text + " " + QCoreApplication.translate("ProgressText", "over a week")
    over = fill(QCoreApplication.translate("ProgressText", "over %1 weeks"), weeks)
    return f"{text} {over}"


def _load_change(first: float, last: float) -> str:
    if first == last == 0:
        return QCoreApplication.translate("ProgressText", "at body weight throughout")
    if first == last:
        text = QCoreApplication.translate("ProgressText", "added weight stayed at %1 kg")
    else:
        text = QCoreApplication.translate("ProgressText", "added weight went from %1 to %2 kg")
    return fill(text, _number(first), _number(last))


def _total(series: Series, since: float) -> float:
    return sum(y for x, y in zip(series.x, series.y, strict=True) if x >= since)


def summary_text(progress: Progress, since: float) -> str:
    translate = QCoreApplication.translate
    parts = []
    pain = _first_and_last(progress.morning_mean, since)
    if pain is not None:
        parts.append(_pain_change(*pain, _weeks(progress.morning_mean, since)))
    share = adherence(progress, since)
    if share is not None:
        parts.append(fill(translate("ProgressText", "%1% of the planned sessions"),
                          f"{share * 100:.0f}"))  # fmt: skip
    loads = [s for s in progress.load.values() if s]
    load = _first_and_last(max(loads, key=len), since) if loads else None
    if load is not None:
        parts.append(_load_change(*load))
    run_min = _total(progress.run_minutes_per_week, since)
    if run_min:
        parts.append(fill(translate("ProgressText", "%1 min run"), f"{run_min:.0f}"))
    stretches = _total(progress.stretches_per_week, since)
    if stretches:
        parts.append(fill(translate("ProgressText", "%1 stretch sessions"), f"{stretches:.0f}"))
    if not parts:
        return ""
    return fill(translate("ProgressText", "In this period: %1."), "; ".join(parts))
