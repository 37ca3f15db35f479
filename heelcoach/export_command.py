"""`heelcoach --export-audio KIND [--week N] FILE`: a session's cues as an audio file.

KIND is `walk-run` (the week's session: by default the runner's current week), `heel-raises`
(today's set as the coach plans it, with the runner's tempo) or `stretches` (the daily
stretch session). It reads the journal and the settings without changing either, takes no
lock and loads no widgets, so it works while the app is open.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from heelcoach import APP_NAME
from heelcoach.paths import data_dir, resource_file

KINDS = ("walk-run", "heel-raises", "stretches")
USAGE = "usage: heelcoach --export-audio {walk-run,heel-raises,stretches} [--week N] FILE"


def session_plan(kind: str, week: int | None, folder: Path, day: date):
    """The plan of the session `kind` names, for the runner whose data is in `folder`."""
    from heelcoach.journal.entries import CHECK_INS, RUNS, SESSIONS, SETS
    from heelcoach.journal.reading import read_tables
    from heelcoach.settings import Settings

    tables, _problem = read_tables(folder)
    settings = Settings(folder, read_only=True)
    if kind == "walk-run":
        from heelcoach.coach.walk_run import week_now, week_plan

        return week_plan(week if week is not None else week_now(tables[RUNS], tables[CHECK_INS]))
    if kind == "stretches":
        from heelcoach.core.exercises.stretches import StretchSession

        return StretchSession()
    from heelcoach.coach.today import today_of
    from heelcoach.coach.todays_set import as_set_plan

    today = today_of(tables[SETS], tables[SESSIONS], tables[CHECK_INS], day,
                     settings.program())  # fmt: skip
    return as_set_plan(settings.plan(), today.advice.plan)


def parse(argv: list[str]) -> tuple[str, int | None, Path] | str:
    """(kind, week, file), or what is wrong with the command line."""
    arguments = [argument for argument in argv if argument != "--export-audio"]
    week = None
    if "--week" in arguments:
        at = arguments.index("--week")
        value = arguments[at + 1] if at + 1 < len(arguments) else ""
        if not value.isdigit() or not 1 <= int(value) <= 520:
            return f"--week needs a week number from 1, not {value!r}"
        week = int(value)
        del arguments[at : at + 2]
    if len(arguments) != 2 or arguments[0] not in KINDS:
        return USAGE
    kind, file = arguments
    if week is not None and kind != "walk-run":
        return "--week is for walk-run"
    return kind, week, Path(file)


def main(argv: list[str], day: date | None = None) -> int:
    parsed = parse(argv)
    if isinstance(parsed, str):
        print(parsed, file=sys.stderr)
        return 2
    kind, week, path = parsed
    QCoreApplication.setApplicationName(APP_NAME)
    from heelcoach.audio.export import ExportError, export
    from heelcoach.audio.sound_bank import SoundBank

    try:
        plan = session_plan(kind, week, data_dir(create=False), day or date.today())
        timeline = plan.timeline()
        export(timeline, path, SoundBank.load(resource_file("sounds")))
    except (ExportError, OSError, ValueError) as error:
        print(f"heelcoach: could not export {path}: {error}", file=sys.stderr)
        return 1
    minutes = timeline.total_ms / 60_000
    print(f"{path}: {kind}, {minutes:.1f} min, {len(timeline.cues)} cues")
    return 0
