"""The program's part of the physiotherapist's report, in words: the current
prescription, the painful heel, the course week by week, and the flare-ups."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication

from heelcoach.coach.course_table import flare_ups, weekly_rows
from heelcoach.coach.next_day import Flare, Mornings
from heelcoach.coach.today import Today
from heelcoach.core.plan import Tempo
from heelcoach.ui.coach.words import fill, kg, plan_text, stage_name

MAX_WEEKS = 26  # the last half year: a typical course is 3-6 months
MAX_FLARES = 20

translate = QCoreApplication.translate


@dataclass(frozen=True)
class ProgramSection:
    lines: tuple[str, ...]  # the prescription and the painful heel
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    flares: tuple[str, ...]


def _side(side: str) -> str:
    names = {"left": translate("ReportSection", "left"),
             "right": translate("ReportSection", "right"),
             "both": translate("ReportSection", "both")}  # fmt: skip
    return names.get(side, translate("ReportSection", "not said"))


def _seconds(ms: int) -> str:
    return kg(ms / 1000)


def _flare_text(flare: Flare) -> str:
    parts = []
    if flare.red_set_pain is not None:
        parts.append(fill(translate("ReportSection", "sets at %1/10"), flare.red_set_pain))
    if flare.red_pain_after is not None:
        parts.append(fill(translate("ReportSection", "%1/10 after the session"),
                          flare.red_pain_after))  # fmt: skip
    if flare.said_worse_on is not None:
        parts.append(translate("ReportSection", "a morning worse than usual"))
    if flare.worse_morning is not None:
        _day, pain, usual = flare.worse_morning
        parts.append(fill(translate("ReportSection", "first steps %1 (usual %2)"), pain,
                          kg(round(usual, 1))))  # fmt: skip
    return f"{flare.session.isoformat()}: {', '.join(parts)}"


def program_section(today: Today, check_ins, side: str, legs: str, tempo: Tempo,
                    day: date) -> ProgramSection:  # fmt: skip
    plan = today.advice.plan
    stage = (stage_name(plan.stage_index) if plan.stage_index is not None
             else translate("ReportSection", "self-dosed, each set to failure"))  # fmt: skip
    tempo_text = "-".join(_seconds(ms) for ms in (tempo.up_ms, tempo.hold_ms, tempo.down_ms))
    lines = [
        fill(translate("ReportSection", "Current prescription (program week %1): %2; %3, "
                       "tempo %4 s up-hold-down, every other day; legs: %5."),
             today.position.week, stage, plan_text(plan), tempo_text, _side(legs)),
        fill(translate("ReportSection", "Painful heel: %1."), _side(side)),
    ]  # fmt: skip
    if today.start is not None:
        lines.append(fill(translate("ReportSection", "Program started %1."),
                          today.start.isoformat()))  # fmt: skip
    mornings = Mornings({date.fromisoformat(c["date"]): (c["first_steps_pain"],
                                                         c.get("worse_after_training"))
                         for c in check_ins})  # fmt: skip
    rows = []
    if today.start is not None:
        for row in weekly_rows(today.days, mornings, today.start, day)[-MAX_WEEKS:]:
            rows.append((
                str(row.week), row.first_day.isoformat(),
                kg(round(row.mean_first_steps, 1)) if row.mean_first_steps is not None else "-",
                str(row.sessions),
                f"{row.reps} / {row.target_reps}" if row.target_reps else str(row.reps),
                str(row.highest_pain) if row.highest_pain is not None else "-",
                str(row.worse_mornings), str(row.stopped_sets),
            ))  # fmt: skip
    header = (
        translate("ReportSection", "Week"), translate("ReportSection", "From"),
        translate("ReportSection", "First steps"), translate("ReportSection", "Sessions"),
        translate("ReportSection", "Reps / target"), translate("ReportSection", "Highest pain"),
        translate("ReportSection", "Worse mornings"), translate("ReportSection", "Stopped sets"),
    )  # fmt: skip
    flares = [_flare_text(f) for f in flare_ups(today.days, mornings, day)][-MAX_FLARES:]
    return ProgramSection(tuple(lines), header, tuple(rows), tuple(flares))
