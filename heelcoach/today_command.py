"""`heelcoach --today [--json]`: today's position, plan and advice, without a window.

The same words as the Today page, in the interface's language; with --json, one object
for scripts and status bars. It reads the journal and the settings without changing
either and without taking the data folder's lock, so it works while the app is open. It
loads QtCore alone (for the translations and the data folder's place), no widgets.
"""

from __future__ import annotations

import json
import os
import sys
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from heelcoach import APP_NAME
from heelcoach.coach.advice import Prescription
from heelcoach.coach.position import DayKind
from heelcoach.coach.today import Today, today_of
from heelcoach.i18n import Translations, resolve_language, system_language
from heelcoach.journal.entries import CHECK_INS, SESSIONS, SETS
from heelcoach.journal.reading import read_tables
from heelcoach.paths import data_dir, data_folder_problem
from heelcoach.settings import LANGUAGE, Settings
from heelcoach.ui.coach import words


def _plan(plan: Prescription, legs: str) -> dict[str, Any]:
    return {"sets": plan.sets, "reps": plan.reps, "legs": legs, "load_kg": plan.load_kg,
            "to_failure": plan.to_failure}  # fmt: skip


def as_json(today: Today, legs: str, problem: str | None) -> dict[str, Any]:
    advice = today.advice
    reasons = [words.reason_text(reason, advice, today.day) for reason in advice.reasons]
    return {
        "date": today.day.isoformat(),
        "program_week": today.position.week,
        "training_day": today.kind is DayKind.TRAINING,
        "day": today.kind.value,
        "next_session": today.next_session.isoformat(),
        "plan": _plan(advice.plan, legs),
        "advice": {
            "kind": today.advice_kind.value,
            "next_session_kind": advice.kind.value,
            "reasons": [words.day_line(today), *reasons],
            "lighter_plan": _plan(advice.lighter, legs) if advice.lighter else None,
        },
        "seek_help": today.seek_help is not None,
        "seek_help_reasons": words.seek_help_text(today.seek_help) if today.seek_help else None,
        "journal_problem": problem,
    }


def as_text(today: Today, problem: str | None) -> str:
    lines = [words.heading(today), words.plan_line(today), words.advice_text(today)]
    if today.seek_help is not None:
        lines.append(words.seek_help_text(today.seek_help))
    if problem:
        lines.append(problem)
    return "\n".join(lines)


def _requested_language(argv: list[str]) -> str | None:
    for index, argument in enumerate(argv):
        if argument.startswith("--lang="):
            return argument.partition("=")[2]
        if argument == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
    return None


def read_today(folder, settings: Settings, day: date) -> tuple[Today, str | None, Any]:
    """Today as the Today page would show it, from the journal as it is on disk: the
    Today, what stopped the journal's reading (or None), and the program's choices."""
    tables, problem = read_tables(folder)
    choices = settings.program()
    today = today_of(tables[SETS], tables[SESSIONS], tables[CHECK_INS], day, choices)
    return today, problem, choices


def main(argv: list[str], day: date | None = None) -> int:
    QCoreApplication.setApplicationName(APP_NAME)
    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0] if sys.argv else APP_NAME])
    folder = data_dir(create=False)  # nothing is written: not even the folder
    if (problem := data_folder_problem(folder)) is not None:
        said = f"HeelCoach cannot say what today holds: {problem}."
        if "--json" in argv:  # a script reading stdout gets JSON still
            print(json.dumps({"error": said}, ensure_ascii=False))
        print(said, file=sys.stderr)
        return 1
    settings = Settings(folder, read_only=True)
    language = resolve_language(_requested_language(argv), settings.get(LANGUAGE),
                                system_language())  # fmt: skip
    Translations(app).use(language)
    today, problem, choices = read_today(folder, settings, day or date.today())
    text = (json.dumps(as_json(today, choices.legs, problem), ensure_ascii=False)
            if "--json" in argv else as_text(today, problem))  # fmt: skip
    try:
        print(text, flush=True)
    except BrokenPipeError:  # `heelcoach --today | head -1`: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no error at exit
    return 0
