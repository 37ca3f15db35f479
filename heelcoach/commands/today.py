"""`heelcoach --today [--json]`: today's verdict, plan and walk/run, without a window.

The same words as the Today page, in the interface's language; with --json, one object
for scripts and status bars. It reads the journal and the settings without changing
either and without taking the data folder's lock, so it works while the app is open. It
loads no Qt at all: its words come from heelcoach.words, its data folder from the
platform's conventions.
"""

from __future__ import annotations

import json
import os
import sys
from datetime import date
from typing import TYPE_CHECKING, Any

from heelcoach.coach.advice import Prescription
from heelcoach.coach.digest import Digest
from heelcoach.coach.digest import read as read_digest
from heelcoach.coach.position import DayKind
from heelcoach.coach.today import ProgramChoices, Today, today_of, today_of_log
from heelcoach.coach.training_days import Entries, TrainingLog
from heelcoach.coach.verdict import Verdict
from heelcoach.i18n import resolve_language, system_language
from heelcoach.journal.entries import ANSWERS, CHECK_INS, RUNS, SESSIONS, SETS
from heelcoach.journal.journal_file import (
    JOURNAL_FILE,
    JournalUnreadableError,
    read_journal_bytes,
)
from heelcoach.settings import LANGUAGE, Settings
from heelcoach.system.paths import data_dir, data_folder_problem
from heelcoach.words import catalogue
from heelcoach.words.reasons import reason_text
from heelcoach.words.running import today_line
from heelcoach.words.verdict import (
    day_line,
    heading,
    plan_line,
    seek_help_text,
    verdict_text,
    verdict_title,
)

if TYPE_CHECKING:
    from collections.abc import Mapping
    from pathlib import Path


def _plan(plan: Prescription | None, legs: str) -> dict[str, Any] | None:
    if plan is None:
        return None
    return {"sets": plan.sets, "reps": plan.reps, "legs": legs, "load_kg": plan.load_kg,
            "to_failure": plan.to_failure}  # fmt: skip


def as_json(today: Today, legs: str, problem: str | None) -> dict[str, Any]:
    advice, running = today.advice, today.running
    reasons = [reason_text(reason, advice, today.day) for reason in advice.reasons]
    return {
        "date": today.day.isoformat(),
        "program_week": today.position.week,
        "training_day": today.kind is DayKind.TRAINING,
        "day": today.kind.value,
        "next_session": today.next_session.isoformat(),
        "verdict": today.verdict.value,
        "plan": _plan(today.plan_to_run, legs),
        "advice": None
        if today.verdict is Verdict.SEE_CLINICIAN
        else {  # no loading advice
            "kind": today.advice_kind.value,
            "next_session_kind": advice.kind.value,
            "reasons": [day_line(today), *reasons],
            "lighter_plan": _plan(advice.lighter, legs),
        },
        "seek_help": today.seek_help is not None,
        "seek_help_reasons": seek_help_text(today.seek_help) if today.seek_help else None,
        "red_flags": today.red_flags is not None,
        "walk_run": {
            "week": running.week,
            "run_today": running.run_today,
            "criteria": {check.criterion.value: check.met for check in running.checks},
        },
        "journal_problem": problem,
    }


def as_text(today: Today, problem: str | None) -> str:
    lines = [verdict_title(today) + ".", verdict_text(today), heading(today), plan_line(today),
             today_line(today.running), problem or ""]  # fmt: skip
    return "\n".join(line for line in lines if line)


def _requested_language(argv: list[str]) -> str | None:
    for index, argument in enumerate(argv):
        if argument.startswith("--lang="):
            return argument.partition("=")[2]
        if argument == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
    return None


def read_today(
    folder: Path, settings: Settings, day: date
) -> tuple[Today, str | None, ProgramChoices]:
    """Today as the Today page would show it, from the journal as it is on disk (or the
    digest the app left of these very bytes): the Today, what stopped the journal's
    reading (or None), and the program's choices."""
    choices = settings.program()
    summed = _digest(folder)
    if summed is not None:
        log = TrainingLog.of_days(summed.days, day)
        return today_of_log(log, summed.check_ins, day, choices, summed.answers,
                            summed.runs), None, choices  # fmt: skip
    from heelcoach.journal.reading import read_tables  # the whole journal: the long way

    tables, problem = read_tables(folder)
    try:
        today = _today_of_tables(tables, day, choices)
    except (TypeError, ValueError, KeyError, AttributeError):  # a forged note of checked
        tables, problem = read_tables(folder, trust_note=False)  # content: check it all
        today = _today_of_tables(tables, day, choices)
    return today, problem, choices


def _today_of_tables(tables: Mapping[str, Entries], day: date, choices: ProgramChoices) -> Today:
    return today_of(tables[SETS], tables[SESSIONS], tables[CHECK_INS], day, choices,
                    tables[ANSWERS], tables[RUNS])  # fmt: skip


def _digest(folder: Path) -> Digest | None:
    try:
        raw = read_journal_bytes(folder / JOURNAL_FILE)
    except (OSError, JournalUnreadableError):
        return None  # said when the journal itself is read
    return read_digest(folder, raw) if raw is not None else None


def main(argv: list[str], day: date | None = None) -> int:
    folder = data_dir(create=False)  # nothing is written: not even the folder
    if (problem := data_folder_problem(folder)) is not None:
        said = f"HeelCoach cannot say what today holds: {problem}."
        if "--json" in argv:  # a script reading stdout gets JSON still
            print(json.dumps({"error": said}, ensure_ascii=False))
        print(said, file=sys.stderr)
        return 1
    settings = Settings(folder, read_only=True)
    catalogue.use(resolve_language(_requested_language(argv), settings.get(LANGUAGE),
                                   system_language()))  # fmt: skip
    today, problem, choices = read_today(folder, settings, day or date.today())
    text = (json.dumps(as_json(today, choices.legs, problem), ensure_ascii=False)
            if "--json" in argv else as_text(today, problem))  # fmt: skip
    try:
        print(text, flush=True)
    except BrokenPipeError:  # `heelcoach --today | head -1`: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no error at exit
    return 0
