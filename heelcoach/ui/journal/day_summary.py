"""A day of the history in one line, and pain said with its zone: "6 · red", on the zone's
colours, so a red day stands out and is never told by colour alone."""

from __future__ import annotations

import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from heelcoach.coach.rules import Zone, zone_of
from heelcoach.journal.entries import CHECK_INS, RUNS, SESSIONS, SETS, STRETCHES
from heelcoach.ui.coach.zone_colours import ZONE_BACKGROUND, ZONE_TEXT
from heelcoach.ui.journal.calendar_names import weekday_names
from heelcoach.words.plain import fill

DATE, TIME, WHAT, REPS, LOAD, PAIN, NOTE = range(7)
PAIN_FIELD = {SETS: "pain", SESSIONS: "pain_after", CHECK_INS: "first_steps_pain",
              RUNS: "pain_during"}  # fmt: skip
Entry = tuple[str, int, dict]


def zone_word(zone: Zone) -> str:
    translate = QCoreApplication.translate
    return {
        Zone.GREEN: translate("JournalModel", "green"),
        Zone.YELLOW: translate("JournalModel", "yellow"),
        Zone.RED: translate("JournalModel", "red"),
    }[zone]


def pain_in_words(pain: Any) -> Any:
    """A pain with its zone's word ("6 · red"); anything else as it is."""
    if type(pain) is not int:
        return pain
    return f"{pain} · {zone_word(zone_of(pain))}"


def zone_colour(pain: Any, role) -> QColor | None:
    """The background or text colour of `pain`'s zone, as on the graphs."""
    if type(pain) is not int:
        return None
    colours = ZONE_BACKGROUND if role == Qt.ItemDataRole.BackgroundRole else ZONE_TEXT
    return QColor(colours[zone_of(pain)])


def summarise(date: str, entries: list[Entry]) -> dict[int, Any]:
    """A day in one line: its date, what was done and how it felt, the sum of reps, the
    heaviest load and the notes."""
    translate = QCoreApplication.translate
    sets = [entry for table, _doc_id, entry in entries if table == SETS]
    parts = []
    for table, _doc_id, entry in entries:
        if table == CHECK_INS and entry.get("first_steps_pain") is not None:
            parts.append(fill(translate("JournalModel", "First steps: %1"),
                              entry["first_steps_pain"]))  # fmt: skip
    if sets:
        pains = [entry["pain"] for entry in sets if entry.get("pain") is not None]
        text = fill(translate("JournalModel", "Sets: %1"), len(sets))
        if pains:
            text += ", " + fill(translate("JournalModel", "pain up to %1"), max(pains))
        parts.append(text)
    for table, _doc_id, entry in entries:
        if table == SESSIONS and entry.get("pain_after") is not None:
            parts.append(fill(translate("JournalModel", "After: %1"), entry["pain_after"]))
    stretched = {entry.get("session") or entry.get("at") for table, _doc_id, entry in entries
                 if table == STRETCHES}  # fmt: skip
    if stretched:  # counted as the progress view counts them: sessions, of any exercises
        parts.append(fill(translate("JournalModel", "Stretch sessions: %1"), len(stretched)))
    run_s = sum(entry.get("run_s") or 0 for table, _doc_id, entry in entries if table == RUNS)
    if any(table == RUNS for table, _doc_id, _entry in entries):
        parts.append(fill(translate("JournalModel", "Run: %1 min"), f"{run_s / 60:.0f}"))
    loads = [entry["load_kg"] for entry in sets if entry.get("load_kg") is not None]
    notes = [entry["note"] for _table, _doc_id, entry in entries if entry.get("note")]
    summary: dict[int, Any] = {DATE: f"{date}  {_weekday(date)}", WHAT: " · ".join(parts)}
    pains = [entry.get(PAIN_FIELD[table]) for table, _doc_id, entry in entries
             if table in PAIN_FIELD] + [entry.get("pain_after") for table, _doc_id, entry
                                        in entries if table == RUNS]  # fmt: skip
    pains = [pain for pain in pains if type(pain) is int]
    if pains:
        summary[PAIN] = max(pains)
    if sets:
        done = sum(entry.get("reps") or 0 for entry in sets)
        target = sum(entry.get("target_reps") or 0 for entry in sets)
        summary[REPS] = f"{done} / {target}"
    if loads:
        summary[LOAD] = max(loads) or translate("JournalModel", "body weight")
    if notes:
        summary[NOTE] = "; ".join(notes)
    return summary


def _weekday(day: str) -> str:
    try:
        return weekday_names()[datetime.date.fromisoformat(day).weekday()]
    except ValueError:
        return ""
