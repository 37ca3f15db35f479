"""What each kind of journal entry holds, and the checks every entry passes: before it is
written (`checked`), and again whenever it is read back (`stored_problem`,
`all_stored_valid`). An entry that fails is refused whole, with a message a user can act on.

Entries are plain dicts, as TinyDB stores them. Fields this version does not know (written
by a newer HeelCoach) are kept as they are and not checked.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from operator import itemgetter
from typing import Any

from heelcoach.journal.fields import (
    Choice,
    Choices,
    Day,
    Durations,
    Flag,
    InvalidEntryError,
    Kind,
    Moment,
    Text,
    Weight,
    Whole,
)

__all__ = ["ANSWERS", "CHECK_INS", "RUNS", "SESSIONS", "SETS", "STRETCHES", "InvalidEntryError",
           "checked", "stored_problem"]  # fmt: skip

PAIN_MIN, PAIN_MAX = 0, 10
MAX_NOTE_CHARS = 2000
MAX_LOAD_KG = 200.0
MAX_REPS = 100
MAX_PHASE_MS = 60_000

SETS, SESSIONS, CHECK_INS = "sets", "sessions", "check_ins"
STRETCHES, RUNS = "stretches", "runs"  # since version 3: apart from the heel raises
ANSWERS = "answers"  # since version 4: red flags, a clinician's visit, help put off
TABLES = (SETS, SESSIONS, CHECK_INS, STRETCHES, RUNS, ANSWERS)
LEGS = ("left", "right", "both")
MAX_HOLDS = 20
MAX_HOLD_S = 600
MAX_RUN_S = 6 * 3600
MAX_CYCLES = 100
MAX_WEEK = 520
EFFORTS = ("easy", "just_right", "too_heavy")  # could you have done more: yes, no, not all
VERDICTS = ("see_clinician", "seek_help", "reduce", "hold", "progress", "start")  # coach.verdict
TOOK = ("advised", "full", "own")  # the plan a session ran: the coach's, the full one, by hand
RED_FLAGS = ("numbness", "burning", "rest_or_night", "swelling", "injury", "fever")
"""Signs that need a clinician, not a program (coach.red_flags): numbness or tingling;
burning or electric-shock pain; pain at rest or at night; swelling or redness; pain after a
fall or an injury; fever."""
QUESTIONS = ("red_flags", "clinician_seen", "help_put_off")
SYMPTOM_SPANS = ("under_6_weeks", "6_weeks_to_3_months", "3_to_12_months", "over_a_year")
"""How long the heel has hurt, as the runner says when first asked (for the report)."""


def _stretch_kinds() -> tuple[str, ...]:
    """The exercises the stretches table takes: the registry's (core/kinds.py), asked when
    an entry is checked, so that a kind registered later is taken too."""
    from heelcoach.core.kinds import keys_in  # not for `heelcoach --today`'s start

    return keys_in(STRETCHES)


FIELDS: dict[str, dict[str, Kind]] = {
    SETS: {
        "at": Moment(),
        "exercise": Text(MAX_NOTE_CHARS, when_empty="heel_raise"),
        "leg": Choice("the leg", LEGS, "left, right or both"),
        "target_reps": Whole("target reps", 0, MAX_REPS),
        "reps": Whole("reps", 0, MAX_REPS),
        "load_kg": Weight(MAX_LOAD_KG),
        "tempo_ms": Durations(4, MAX_PHASE_MS),
        "pain": Whole("pain during the set", PAIN_MIN, PAIN_MAX, optional=True),
        "note": Text(MAX_NOTE_CHARS),
        "session": Text(MAX_NOTE_CHARS),
        "effort": Choice(
            "how the set felt", EFFORTS, "easy, just_right or too_heavy", optional=True
        ),
        "stopped": Flag("stopped early"),
        "to_failure": Flag("to failure"),
    },
    SESSIONS: {
        "at": Moment(),
        "pain_after": Whole("pain after the session", PAIN_MIN, PAIN_MAX, optional=True),
        "note": Text(MAX_NOTE_CHARS),
        "verdict": Choice("the coach's verdict", VERDICTS, ", ".join(VERDICTS), optional=True),
        "took": Choice("the plan taken", TOOK, "advised, full or own", optional=True),
        "stopped": Flag("stopped early"),
    },
    CHECK_INS: {
        "date": Day(),
        "first_steps_pain": Whole("pain at the first steps", PAIN_MIN, PAIN_MAX),
        "worse_after_training": Flag("worse after training"),
        "note": Text(MAX_NOTE_CHARS),
    },
    STRETCHES: {  # one exercise on one side: its holds (or a round of towel curls)
        "at": Moment(),
        "exercise": Choice("the exercise", _stretch_kinds),
        "leg": Choice("the leg", LEGS, "left, right or both"),
        "target": Whole("holds planned", 1, MAX_HOLDS),
        "done": Whole("holds done", 0, MAX_HOLDS),
        "hold_s": Whole("seconds each hold", 0, MAX_HOLD_S),
        "session": Text(MAX_NOTE_CHARS),
        "stopped": Flag("stopped early"),
    },
    RUNS: {  # one walk/run session
        "at": Moment(),
        "week": Whole("the walk/run week", 1, MAX_WEEK),
        "run_s": Whole("seconds run", 0, MAX_RUN_S),
        "planned_run_s": Whole("seconds of running planned", 0, MAX_RUN_S),
        "cycles": Whole("cycles done", 0, MAX_CYCLES),
        "planned_cycles": Whole("cycles planned", 0, MAX_CYCLES),
        "pain_during": Whole("pain during the run", PAIN_MIN, PAIN_MAX, optional=True),
        "pain_after": Whole("pain after the run", PAIN_MIN, PAIN_MAX, optional=True),
        "note": Text(MAX_NOTE_CHARS),
        "stopped": Flag("stopped early"),
    },
    ANSWERS: {  # what the runner told the coach outside a session
        "at": Moment(),
        "question": Choice("the question", QUESTIONS, ", ".join(QUESTIONS)),
        "yes": Choices("the red flags answered yes", RED_FLAGS),
        "symptoms_for": Choice(
            "how long the heel has hurt", SYMPTOM_SPANS, ", ".join(SYMPTOM_SPANS), optional=True
        ),
        "note": Text(MAX_NOTE_CHARS),
    },
}

REQUIRED = {
    SETS: ("at", "leg", "target_reps", "reps"),
    SESSIONS: ("at",),
    CHECK_INS: ("date", "first_steps_pain"),
    STRETCHES: ("at", "exercise", "leg", "target", "done"),
    RUNS: ("at", "week", "run_s", "planned_run_s"),
    ANSWERS: ("at", "question"),
}

DEFAULTS: dict[str, dict[str, Any]] = {
    SETS: {
        "exercise": "heel_raise",
        "load_kg": 0.0,
        "tempo_ms": [3000, 2000, 3000, 0],
        "pain": None,
        "note": "",
        "session": "",
        "effort": None,
        "stopped": False,
        "to_failure": False,
    },
    SESSIONS: {"pain_after": None, "note": "", "verdict": None, "took": None, "stopped": False},
    CHECK_INS: {"worse_after_training": None, "note": ""},
    STRETCHES: {"hold_s": 0, "session": "", "stopped": False},
    RUNS: {
        "cycles": 0,
        "planned_cycles": 0,
        "pain_during": None,
        "pain_after": None,
        "note": "",
        "stopped": False,
    },
    ANSWERS: {"yes": [], "symptoms_for": None, "note": ""},
}


def checked(table: str, fields: Mapping[str, Any], now: datetime,
            whole: bool = True) -> dict[str, Any]:  # fmt: skip
    """`fields` checked and normalised, to be written; unknown fields pass through untouched.

    `whole` is for a new entry: required fields must be there and defaults fill the rest.
    Otherwise `fields` are changes to an existing entry.
    """
    if not isinstance(fields, Mapping):
        raise InvalidEntryError(f"an entry must be a set of fields, not {fields!r}")
    kinds = FIELDS[table]
    if whole:
        missing = [name for name in REQUIRED[table] if name not in fields]
        if missing:
            raise InvalidEntryError(f"missing: {', '.join(missing)}")
    result = {**DEFAULTS[table], **fields} if whole else dict(fields)
    for name, value in result.items():
        if name in kinds:
            result[name] = kinds[name].one(value, now)
    return result


def stored_problem(table: str, entry: Any) -> str | None:
    """What is wrong with `entry` as read back from the journal or a backup; None if nothing.

    The stored form is what `checked` writes; no time is "in the future" here: the clock
    may have gone back since (a trip west, a summer time change, a wrong clock put right).
    """
    if type(entry) is not dict:
        return f"an entry must be a set of fields, not {entry!r:.60}"
    missing = [name for name in REQUIRED[table] if name not in entry]
    if missing:
        return f"missing: {', '.join(missing)}"
    kinds = FIELDS[table]
    for name, value in entry.items():
        if name in kinds:
            try:
                kinds[name].one(value, None)
            except InvalidEntryError as error:
                return str(error)
    return None


def all_stored_valid(table: str, entries: Sequence[Any]) -> bool:
    """True only if `stored_problem` finds nothing in any of `entries`: the same checks, a
    field at a time over all entries. Entries written by HeelCoach have every field; where
    one lacks any, this says False and the entry-by-entry check gives the answer."""
    if not entries:
        return True
    if set(map(type, entries)) != {dict}:
        return False
    try:
        for name, kind in FIELDS[table].items():
            if not kind.column(list(map(itemgetter(name), entries))):
                return False
    except KeyError:  # a field missing somewhere: entry by entry, the check says which
        return False
    return True
