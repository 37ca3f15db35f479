"""The journal's schema version, and how a journal from an older version is brought up.

Each step takes the raw data of version n to version n + 1, in place, and keeps every
field it does not change. A new version adds a step here and a test with a journal as
the older version wrote it. A version this HeelCoach does not know (newer, or not a whole
number) is never "brought up": such a journal is only read.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

META = "meta"
META_ROW = "1"
SCHEMA_VERSION = 5

Step = Callable[[dict[str, Any]], None]


def _sets_say_how_they_went(data: dict[str, Any]) -> None:
    """Version 2: a set says whether it was stopped early, how heavy it felt, and whether it
    went to failure. A set of version 1 with fewer reps than its target was stopped."""
    sets = data.get("sets")
    if type(sets) is not dict:
        return
    for entry in sets.values():
        if type(entry) is not dict:
            continue  # screening sets it aside
        reps, target = entry.get("reps"), entry.get("target_reps")
        short = type(reps) is int and type(target) is int and reps < target
        entry.setdefault("stopped", short)
        entry.setdefault("effort", None)
        entry.setdefault("to_failure", False)


def _stretches_and_runs_have_tables(data: dict[str, Any]) -> None:
    """Version 3: the stretches and the walk/run sessions are kept in tables of their own,
    apart from the heel raises, so that no rule about heel-raise sessions counts them.
    Every entry of version 2 stays where it was, as it was."""
    for table in ("stretches", "runs"):
        if table not in data:
            data[table] = {}


def _the_coach_is_answered(data: dict[str, Any]) -> None:
    """Version 4: what the runner tells the coach outside a session (red flags, a
    clinician's visit, help put off) has a table; a session says which verdict it was
    started under, which plan it took, and whether the runner stopped it before its last
    set. A session of version 3 says neither (None), and was not known to be stopped."""
    data.setdefault("answers", {})
    sessions = data.get("sessions")
    if type(sessions) is not dict:
        return
    for entry in sessions.values():
        if type(entry) is dict:  # anything else, screening sets aside
            entry.setdefault("verdict", None)
            entry.setdefault("took", None)
            entry.setdefault("stopped", False)


def _ids_name_their_writer(data: dict[str, Any]) -> None:
    """Version 5: a new entry's id is its writer's number and a count (see ids), so that two
    computers sharing the journal through a sync tool never hand out the same id, and each
    entry added or changed from now on carries its versions (`revs`, see merge). Every
    entry of version 4 keeps its id and has no versions yet; a HeelCoach of version 4,
    which would count on from the highest id, no longer writes the journal."""


STEPS: dict[int, Step] = {  # version n -> the step that makes it n + 1
    1: _sets_say_how_they_went,
    2: _stretches_and_runs_have_tables,
    3: _the_coach_is_answered,
    4: _ids_name_their_writer,
}


def version_of(data: dict[str, Any]) -> int | None:
    """The schema version `data` was written with: 0 for a journal from before versions
    (no version mark at all), None when the mark is there but damaged."""
    meta = data.get(META, {})
    if type(meta) is not dict:
        return None
    row = meta.get(META_ROW, {})
    if type(row) is not dict:
        return None
    version = row.get("schema_version", 0)
    return version if type(version) is int and version >= 0 else None


def meta_row(data: dict[str, Any]) -> dict[str, Any]:
    """The journal's own row of facts about itself (its version, the ids it has used)."""
    meta = data.get(META, {})
    row = meta.get(META_ROW, {}) if type(meta) is dict else {}
    return row if type(row) is dict else {}


def migrate(data: dict[str, Any]) -> bool:
    """Bring `data` of a known older version up to SCHEMA_VERSION in place; True if
    anything changed. Raises ValueError for a version it cannot bring up."""
    version = version_of(data)
    if version is None or version > SCHEMA_VERSION:
        raise ValueError(f"cannot bring a journal of version {version} up to {SCHEMA_VERSION}")
    if version == SCHEMA_VERSION:
        return False
    while version < SCHEMA_VERSION:
        step = STEPS.get(version)
        if step is not None:
            step(data)
        version += 1
    data[META] = {**data.get(META, {}), META_ROW: {**meta_row(data),
                                                   "schema_version": SCHEMA_VERSION}}  # fmt: skip
    return True
