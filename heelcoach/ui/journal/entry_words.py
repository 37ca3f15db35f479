"""Each journal entry in words, as the history lists it: a check-in, a session, a set, a
stretch or a walk/run, with what it said of itself (stopped early, to failure, how it felt)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from heelcoach.journal.entries import CHECK_INS, RUNS, SESSIONS, STRETCHES
from heelcoach.words.exercises import exercise_name
from heelcoach.words.plain import fill


def describe(table: str, entry: dict) -> str:
    """What an entry of `table` was, in the history's words."""
    translate = QCoreApplication.translate
    if table == CHECK_INS:
        text = translate("JournalModel", "Morning check-in (first steps)")
        if entry.get("worse_after_training"):
            worse = translate("JournalModel", "worse after the session")
            text = f"{text}, {worse}"
        return text
    if table == SESSIONS:
        if entry.get("stopped"):
            return translate("JournalModel", "Session stopped early (pain after it)")
        return translate("JournalModel", "Session done (pain after it)")
    if table == RUNS:
        return _describe_run(entry)
    legs = {
        "left": translate("JournalModel", "left leg"),
        "right": translate("JournalModel", "right leg"),
        "both": translate("JournalModel", "both legs"),
    }
    side = legs.get(entry.get("leg", ""), "?")
    if table == STRETCHES:
        return _describe_stretch(entry, side)
    text = fill(translate("JournalModel", "Set, %1"), side)
    to_failure = translate("JournalModel", "to failure")
    stopped = translate("JournalModel", "stopped early")
    if entry.get("to_failure"):
        text = f"{text}, {to_failure}"
    if entry.get("stopped"):
        text = f"{text}, {stopped}"
    effort = {
        "easy": translate("JournalModel", "felt easy"),
        "too_heavy": translate("JournalModel", "could not finish"),
    }.get(entry.get("effort", ""))
    return f"{text}, {effort}" if effort else text


def _describe_stretch(entry: dict, side: str) -> str:
    text = f"{exercise_name(entry.get('exercise', ''))}, {side}"
    if entry.get("exercise") != "towel_curls":
        held = fill(QCoreApplication.translate("JournalModel", "%1 s each"), entry.get("hold_s"))
        text = f"{text} ({held})"
    if entry.get("stopped"):
        text += ", " + QCoreApplication.translate("JournalModel", "stopped early")
    return text


def _describe_run(entry: dict) -> str:
    translate = QCoreApplication.translate
    text = fill(
        translate("JournalModel", "Walk/run, week %1: %2 of %3 min run"),
        entry.get("week"),
        f"{(entry.get('run_s') or 0) / 60:.0f}",
        f"{(entry.get('planned_run_s') or 0) / 60:.0f}",
    )
    after = entry.get("pain_after")
    if after is not None:
        text += ", " + fill(translate("JournalModel", "after: %1"), after)
    if entry.get("stopped"):
        text += ", " + translate("JournalModel", "stopped early")
    return text
