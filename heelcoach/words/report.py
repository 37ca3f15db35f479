"""The program's part of the physiotherapist's report, in words: the prescription, the heel
and how long it has hurt, the red flags asked, today's verdict; a summary that matches the
tables; the course week by week, each leg's load and pain, the coach's verdicts and whether
the runner followed them, the walk/run log and its criteria; and the flare-ups."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any, NamedTuple

from heelcoach.coach.course_table import LegWeek, WeekRow, flare_ups, leg_rows, weekly_rows
from heelcoach.coach.next_day import Flare
from heelcoach.coach.red_flags import ASKED, CLINICIAN_SEEN, HELP_PUT_OFF, RED_FLAGS
from heelcoach.coach.today import Today
from heelcoach.core.exercises.heel_raise import Tempo
from heelcoach.journal.entries import ANSWERS, RUNS, SESSIONS, SETS
from heelcoach.words.catalogue import translate
from heelcoach.words.plain import fill, kg, number
from heelcoach.words.plans import plan_text, stage_name
from heelcoach.words.running import criterion_line
from heelcoach.words.verdict import red_flag_name, verdict_title

MAX_WEEKS = 26  # the last half year: a typical course is 3-6 months
MAX_FLARES = 20
MAX_ROWS = 40  # of the verdicts and of the walk/runs: the most recent


class Table(NamedTuple):
    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


class ProgramSection(NamedTuple):
    first_day: date | None  # of the tables' period: the program's first week shown
    lines: tuple[str, ...]  # the prescription, the heel, the red flags, today's verdict
    summary: str  # the period in a sentence, read off the week-by-week table
    tables: tuple[Table, ...]
    criteria: tuple[str, ...]  # the four criteria for running, as they stand today
    flares: tuple[str, ...]


def _side(side: str) -> str:
    names = {
        "left": translate("ReportSection", "left"),
        "right": translate("ReportSection", "right"),
        "both": translate("ReportSection", "both"),
    }
    return names.get(side, translate("ReportSection", "not given"))


def _span(span: str) -> str:
    names = {
        "under_6_weeks": translate("ReportSection", "less than 6 weeks"),
        "6_weeks_to_3_months": translate("ReportSection", "6 weeks to 3 months"),
        "3_to_12_months": translate("ReportSection", "3 to 12 months"),
        "over_a_year": translate("ReportSection", "more than a year"),
    }
    return names[span]


def _flare_text(flare: Flare) -> str:
    parts = []
    if flare.red_set_pain is not None:
        parts.append(fill(translate("ReportSection", "sets at %1/10"), flare.red_set_pain))
    if flare.red_pain_after is not None:
        parts.append(
            fill(translate("ReportSection", "%1/10 after the session"), flare.red_pain_after)
        )
    if flare.said_worse_on is not None:
        parts.append(translate("ReportSection", "a morning worse than usual"))
    if flare.worse_morning is not None:
        _day, pain, usual = flare.worse_morning
        parts.append(
            fill(translate("ReportSection", "first steps %1 (usual %2)"), pain, kg(round(usual, 1)))
        )
    return f"{flare.session.isoformat()}: {', '.join(parts)}"


def _answer_lines(answers: Sequence[Mapping[str, Any]]) -> list[str]:
    """How long the heel has hurt, the red flags asked (and a clinician's visit), and when
    seeing someone was put off."""
    lines = []
    spans = [a for a in answers if a["question"] == ASKED and a.get("symptoms_for")]
    if spans:
        first = spans[0]
        lines.append(
            fill(
                translate("ReportSection", "Heel pain for %1 (said on %2)."),
                _span(first["symptoms_for"]),
                first["at"][:10],
            )
        )
    for answer in answers:
        day = answer["at"][:10]
        if answer["question"] == ASKED:
            yes = [red_flag_name(flag) for flag in RED_FLAGS if flag in answer.get("yes", ())]
            said = "; ".join(yes) if yes else translate("ReportSection", "none")
            lines.append(fill(translate("ReportSection", "Red flags asked on %1: %2."), day, said))
        elif answer["question"] == CLINICIAN_SEEN:
            lines.append(
                fill(translate("ReportSection", "A clinician has seen them (said on %1)."), day)
            )
    put_off = [a["at"][:10] for a in answers if a["question"] == HELP_PUT_OFF]
    if put_off:
        lines.append(
            fill(
                translate("ReportSection", "Advised to see a clinician; reminder postponed on %1."),
                ", ".join(put_off),
            )
        )
    return lines


def _week_table(rows: Sequence[WeekRow]) -> Table:
    header = (
        translate("ReportSection", "Week"),
        translate("ReportSection", "From"),
        translate("ReportSection", "First steps"),
        translate("ReportSection", "Sessions"),
        translate("ReportSection", "Reps / target"),
        translate("ReportSection", "Highest pain"),
        translate("ReportSection", "Worse mornings"),
        translate("ReportSection", "Stopped sets"),
    )

    def cells(row: WeekRow) -> tuple[str, ...]:
        mean, highest = row.mean_first_steps, row.highest_pain
        return (
            str(row.week),
            row.first_day.isoformat(),
            number(mean, 1) if mean is not None else "-",
            str(row.sessions),
            f"{row.reps} / {row.target_reps}" if row.target_reps else str(row.reps),
            str(highest) if highest is not None else "-",
            str(row.worse_mornings),
            str(row.stopped_sets),
        )

    return Table(translate("ReportSection", "Week by week"), header, tuple(map(cells, rows)))


def _leg_table(rows: Sequence[LegWeek]) -> Table:
    def pain(value: int | None) -> str:
        return str(value) if value is not None else "-"

    def load(value: float | None) -> str:
        return kg(value) if value is not None else "-"

    header = (
        translate("ReportSection", "Week"),
        translate("ReportSection", "Left: highest pain"),
        translate("ReportSection", "Left: kg"),
        translate("ReportSection", "Right: highest pain"),
        translate("ReportSection", "Right: kg"),
    )
    cells = tuple(
        (
            str(row.week),
            pain(row.pain["left"]),
            load(row.load["left"]),
            pain(row.pain["right"]),
            load(row.load["right"]),
        )
        for row in rows
    )
    return Table(
        translate("ReportSection", "Each leg: the highest pain of its sets, the heaviest load"),
        header,
        cells,
    )


def _verdict_table(today: Today, sessions: Sequence[Mapping[str, Any]]) -> Table:
    """Each heel-raise session the coach advised: its verdict, what was done, and whether
    that was the advice."""
    names = {
        "see_clinician": translate("ReportSection", "see a clinician first"),
        "seek_help": translate("ReportSection", "seek help"),
        "reduce": translate("ReportSection", "ease off"),
        "hold": translate("ReportSection", "keep the plan"),
        "progress": translate("ReportSection", "go on"),
        "start": translate("ReportSection", "start"),
    }
    followed = {
        "advised": translate("ReportSection", "yes"),
        "full": translate("ReportSection", "no: the full session"),
        "own": translate("ReportSection", "own plan"),
    }
    done = {day.day.isoformat(): day for day in today.days.recent(len(today.days))}
    rows = []
    for session in sorted(sessions, key=lambda entry: entry["at"])[-MAX_ROWS:]:
        if session.get("verdict") is None:
            continue  # from before the coach kept its verdicts
        day = done.get(session["at"][:10])
        dose = (
            f"{day.sets} × {day.target_reps or '-'}, {kg(day.load_kg)} kg"
            if day is not None
            else "-"
        )
        rows.append(
            (
                session["at"][:10],
                names[session["verdict"]],
                dose,
                followed.get(session.get("took") or "", "-"),
            )
        )
    header = (
        translate("ReportSection", "Session"),
        translate("ReportSection", "The coach said"),
        translate("ReportSection", "Done"),
        translate("ReportSection", "As advised"),
    )
    return Table(translate("ReportSection", "The coach's verdicts"), header, tuple(rows))


def _run_table(runs: Sequence[Mapping[str, Any]]) -> Table:
    def pain(value: int | None) -> str:
        return str(value) if value is not None else "-"

    def cells(run: Mapping[str, Any]) -> tuple[str, ...]:
        return (
            run["at"][:10],
            str(run["week"]),
            f"{run['run_s'] // 60} / {run['planned_run_s'] // 60}",
            pain(run.get("pain_during")),
            pain(run.get("pain_after")),
            "■" if run.get("stopped") else "",
        )

    rows = tuple(map(cells, sorted(runs, key=lambda entry: entry["at"])[-MAX_ROWS:]))
    header = (
        translate("ReportSection", "Walk/run"),
        translate("ReportSection", "Week"),
        translate("ReportSection", "Min run / planned"),
        translate("ReportSection", "Pain during"),
        translate("ReportSection", "Pain after"),
        translate("ReportSection", "Stopped"),
    )
    return Table(translate("ReportSection", "The walk/run log"), header, rows)


def summary_of(rows: Sequence[WeekRow]) -> str:
    """The first and the last week of the table with check-ins, and the sessions between,
    in a sentence read off the table itself."""
    measured = [(row.mean_first_steps, row.week) for row in rows
                if row.mean_first_steps is not None]  # fmt: skip
    sessions = sum(row.sessions for row in rows)
    if not rows:
        return ""
    said = fill(
        translate("ReportSection", "%1 heel-raise sessions in %2 weeks."), sessions, len(rows)
    )
    if len(measured) < 2:
        return said
    (first, first_week), (last, last_week) = measured[0], measured[-1]
    return fill(
        translate(
            "ReportSection", "First steps (mean of the week): %1 in week %2, %3 in week %4. %5"
        ),
        number(first, 1),
        first_week,
        number(last, 1),
        last_week,
        said,
    )


def program_section(
    today: Today,
    tables: Mapping[str, Sequence[Mapping[str, Any]]],
    side: str,
    legs: str,
    tempo: Tempo,
) -> ProgramSection:
    day = today.day
    plan = today.plan_to_run
    if plan is None:
        stage, dose = (
            "-",
            translate("ReportSection", "no training advice until a clinician has seen the runner"),
        )
    else:
        stage = (
            stage_name(plan.stage_index)
            if plan.stage_index is not None
            else translate("ReportSection", "self-dosed, each set to failure")
        )
        dose = plan_text(plan)
    tempo_text = "-".join(kg(ms / 1000) for ms in (tempo.up_ms, tempo.hold_ms, tempo.down_ms))
    lines = [
        fill(
            translate(
                "ReportSection",
                "Current prescription (programme week %1): %2; %3, tempo %4 s up-hold-down, "
                "every other day; legs: %5.",
            ),
            today.position.week,
            stage,
            dose,
            tempo_text,
            _side(legs),
        ),
        fill(translate("ReportSection", "Painful heel: %1."), _side(side)),
    ]
    answers = sorted(tables[ANSWERS], key=lambda entry: entry["at"])
    lines += _answer_lines(answers)
    if today.start is not None:
        lines.append(
            fill(translate("ReportSection", "Programme started %1."), today.start.isoformat())
        )
    lines.append(fill(translate("ReportSection", "The coach today: %1."), verdict_title(today)))
    rows = weekly_rows(today.days, today.mornings, today.start, day) if today.start else []
    rows = rows[-MAX_WEEKS:]
    found = [_week_table(rows)] if rows else []
    if today.start is not None:
        found.append(_leg_table(leg_rows(tables[SETS], today.start, day)[-MAX_WEEKS:]))
    verdicts = _verdict_table(today, tables[SESSIONS])
    found += [verdicts] if verdicts.rows else []
    found += [_run_table(tables[RUNS])] if tables[RUNS] else []
    criteria = tuple(criterion_line(check) for check in today.running.checks)
    flares = [_flare_text(f) for f in flare_ups(today.days, today.mornings, day)][-MAX_FLARES:]
    first_day = rows[0].first_day if rows else None
    return ProgramSection(
        first_day, tuple(lines), summary_of(rows), tuple(found), criteria, tuple(flares)
    )
