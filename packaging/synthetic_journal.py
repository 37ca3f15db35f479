"""A realistic journal for benchmarks and screenshots: years of every-other-day training.

    python packaging/synthetic_journal.py FOLDER [--days 2000]

Pain at the first steps starts high and eases with noise and the odd flare-up; the load
climbs through the clinic's stages; both legs, the left one more painful.
"""

from __future__ import annotations

import argparse
import random
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import orjson

from heelcoach.journal.migrations import SCHEMA_VERSION

SCHEMA = {"1": {"schema_version": SCHEMA_VERSION}}


def _pain(day_index: int, days: int, rng: random.Random, base: float) -> int:
    eased = base * (1 - 0.8 * min(1.0, day_index / max(1, days * 0.4)))
    flare = 2.5 if rng.random() < 0.03 else 0.0
    return max(0, min(10, round(eased + flare + rng.gauss(0, 0.9))))


def journal_data(days: int, end: date, seed: int = 7, sets_per_leg: int | None = None) -> dict:
    """journal.json's content for `days` days up to `end`."""
    rng = random.Random(seed)
    sets, sessions, check_ins = {}, {}, {}
    start = end - timedelta(days=days - 1)
    for index in range(days):
        day = start + timedelta(days=index)
        morning = _pain(index, days, rng, 6.0)
        check_ins[str(len(check_ins) + 1)] = {
            "date": day.isoformat(), "first_steps_pain": morning,
            "worse_after_training": rng.random() < 0.1, "note": "",
        }  # fmt: skip
        if index % 2:
            continue
        week = index // 7
        stage_sets, reps = (3, 12) if week < 2 else (4, 10) if week < 4 else (5, 8)
        stage_sets = sets_per_leg or stage_sets
        load = 0.0 if week < 2 else min(30.0, 5.0 + 2.5 * (week // 6))
        at = datetime.combine(day, datetime.min.time()) + timedelta(hours=18)
        session = at.isoformat(timespec="seconds")
        for set_number in range(stage_sets):
            for leg, extra in (("left", 1.0), ("right", 0.0)):
                moment = at + timedelta(minutes=3 * set_number + (1 if leg == "right" else 0))
                done = reps if rng.random() > 0.05 else reps - rng.randint(1, 3)
                sets[str(len(sets) + 1)] = {
                    "at": moment.isoformat(timespec="seconds"), "exercise": "heel_raise",
                    "leg": leg, "target_reps": reps, "reps": done,
                    "load_kg": load, "tempo_ms": [3000, 2000, 3000, 0],
                    "pain": _pain(index, days, rng, 4.0 + extra), "note": "", "session": session,
                    "effort": rng.choice(("just_right", "just_right", "easy", None)),
                    "stopped": done < reps, "to_failure": False,
                }  # fmt: skip
        sessions[str(len(sessions) + 1)] = {
            "at": (at + timedelta(minutes=20)).isoformat(timespec="seconds"),
            "pain_after": _pain(index, days, rng, 4.5), "note": "",
        }  # fmt: skip
    return {"meta": SCHEMA, "sets": sets, "sessions": sessions, "check_ins": check_ins}


def five_years(end: date) -> dict:
    """About 10,000 sets and 2,000 check-ins, as a user of five-odd years has."""
    return journal_data(days=2000, end=end, sets_per_leg=5)


def write(folder: Path, data: dict, indent: bool = True) -> Path:
    """journal.json with `data`; `indent` off: compact, as the app writes it (indented, as
    a backup holds it)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "journal.json"
    path.write_bytes(orjson.dumps(data, option=orjson.OPT_INDENT_2 if indent else 0))
    path.chmod(0o600)
    return path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("--days", type=int, default=2000)
    options = parser.parse_args()
    data = journal_data(options.days, date.today(), sets_per_leg=5)
    path = write(options.folder, data)
    print(f"{path}: {len(data['sets'])} sets, {len(data['check_ins'])} check-ins")
    return 0


if __name__ == "__main__":
    sys.exit(main())
