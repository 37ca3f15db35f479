"""`heelcoach --export-audio KIND [--week N] FILE`: a session's cues as an audio file.

KIND is `walk-run` (the week's session: by default the runner's current week), `heel-raises`
(today's set as the coach plans it, with the runner's tempo) or `stretches` (the daily
stretch session). It reads the journal and the settings without changing either, takes no
lock and loads no widgets, so it works while the app is open.
"""

from __future__ import annotations

import signal
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from heelcoach import APP_NAME
from heelcoach.system.paths import data_dir, resource_file

if TYPE_CHECKING:
    from heelcoach.core.kinds import SessionPlan

KINDS = ("walk-run", "heel-raises", "stretches")
USAGE = "usage: heelcoach --export-audio {walk-run,heel-raises,stretches} [--week N] FILE"


def session_plan(kind: str, week: int | None, folder: Path, day: date) -> SessionPlan:
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

        return StretchSession.of_the_registry()
    from heelcoach.coach.today import today_of
    from heelcoach.coach.todays_set import as_set_plan

    today = today_of(tables[SETS], tables[SESSIONS], tables[CHECK_INS], day,
                     settings.program())  # fmt: skip
    return as_set_plan(settings.plan(), today.advice.plan)


def parse(argv: list[str]) -> tuple[str, int | None, Path] | str:
    """(kind, week, file), or what is wrong with the command line (with the usage)."""
    from heelcoach.audio.export import FILE_TYPES

    arguments = [argument for argument in argv if argument != "--export-audio"]
    week = None
    if "--week" in arguments:
        at = arguments.index("--week")
        value = arguments[at + 1] if at + 1 < len(arguments) else ""
        if not (value.isascii() and value.isdigit()) or not 1 <= int(value) <= 520:
            return f"{USAGE}\n--week needs a week number from 1 to 520, not {value!r}"
        week = int(value)
        del arguments[at : at + 2]
    if len(arguments) != 2:
        return f"{USAGE}\nit needs a kind and a file, and nothing else"
    kind, file = arguments
    if kind not in KINDS:
        return f"{USAGE}\n{kind!r} is not a kind of session: {', '.join(KINDS)}"
    if week is not None and kind != "walk-run":
        return f"{USAGE}\n--week is for walk-run"
    if Path(file).suffix.lower() not in FILE_TYPES:
        types = ", ".join(FILE_TYPES)
        return f"{USAGE}\n{file!r}: the file's name must end in {types}"
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
    from heelcoach.system.atomic_file import leftovers_of
    from heelcoach.system.disk_problems import plain_words

    stop_asked: list[int] = []
    for signal_number in (signal.SIGTERM, signal.SIGHUP):
        # Noted, and acted on between two blocks of sound: raised at any moment, SystemExit
        # could come inside a callback of libsndfile's, which ends the process on the spot.
        signal.signal(signal_number, lambda number, _frame: stop_asked.append(number))

    def stop_if_asked(_fraction: float) -> None:
        if stop_asked:
            raise SystemExit(128 + stop_asked[0])  # the half-written file goes with it

    for leftover in leftovers_of(path) if path.parent.is_dir() else ():
        leftover.unlink(missing_ok=True)  # of an export that was killed outright
    try:
        plan = session_plan(kind, week, data_dir(create=False), day or date.today())
        timeline = plan.timeline()
        export(timeline, path, SoundBank.load(resource_file("sounds")), stop_if_asked)
    except (ExportError, ValueError) as error:
        print(f"heelcoach: could not save {path}: {error}", file=sys.stderr)
        return 1
    except OSError as error:
        where = path.parent if not path.parent.is_dir() else path
        print(f"heelcoach: could not save {path}: {plain_words(error)} ({where})",
              file=sys.stderr)  # fmt: skip
        return 1
    minutes = timeline.total_ms / 60_000
    print(f"{path}: {kind}, {minutes:.1f} min, {len(timeline.cues)} cues")
    return 0
