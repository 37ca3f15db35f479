"""The coach on a five-year journal (10,000 sets, 2,000 check-ins, 1,000 sessions).

    python tests/bench/bench_coach.py [--rounds 51] [--runs 21]

Prints: working out Today (the week, the day, the plan, the advice, seek-help) from the
journal's stored entries, as the Today page does after every change, beside the floor of
any such reading (one pass over the sets); and `heelcoach --today` as a process, from
start to its last line, beside `python -c pass`, in alternating runs.
Bars: Today <= 20 ms; `--today` well under a second.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent / "packaging"))

from synthetic_journal import five_years, write

from heelcoach.coach.today import today_of
from heelcoach.journal.journal import Journal

TODAY_BAR_MS = 20
COMMAND_BAR_MS = 1000
TODAY = date(2026, 11, 25)


def ms_since(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def measure_today(folder: Path, rounds: int) -> tuple[list[float], list[float]]:
    journal = Journal(folder)
    sets, sessions, check_ins = (journal.stored(t) for t in ("sets", "sessions", "check_ins"))
    coach, floor = [], []
    for _ in range(rounds):
        start = time.perf_counter()
        today_of(sets, sessions, check_ins, TODAY)
        coach.append(ms_since(start))
        start = time.perf_counter()
        {entry["at"][:10] for entry in sets}  # the floor: one look at each set
        floor.append(ms_since(start))
    journal.close()
    return coach, floor


def measure_command(folder: Path, runs: int) -> tuple[list[float], list[float]]:
    script = Path(sys.executable).with_name("heelcoach")
    env = {**os.environ, "HEELCOACH_DATA_DIR": str(folder), "QT_QPA_PLATFORM": "offscreen"}
    ours, bare = [], []
    for _ in range(runs):
        for command, into in (([str(script), "--today"], ours), ([sys.executable, "-c", "pass"],
                                                                 bare)):  # fmt: skip
            start = time.perf_counter()
            done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
            into.append(ms_since(start))
            if done.returncode != 0:
                raise SystemExit(f"{command} failed: {done.stderr}")
    return ours, bare


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=51)
    parser.add_argument("--runs", type=int, default=21)
    options = parser.parse_args()
    os.chdir(tempfile.gettempdir())  # the installed package, not a source tree
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        write(folder, five_years(TODAY))
        Journal(folder).close()  # opened once by the app, as any journal the coach reads
        coach, floor = measure_today(folder, options.rounds)
        ours, bare = measure_command(folder, options.runs)
    median, p95 = statistics.median(coach), statistics.quantiles(coach, n=20)[-1]
    print(f"Today on the five-year journal, {options.rounds} rounds")
    print(f"  coach today_of   median {median:5.1f} ms, p95 {p95:5.1f} ms "
          f"(bar <= {TODAY_BAR_MS} ms)")  # fmt: skip
    print(f"  floor: one pass  median {statistics.median(floor):5.1f} ms")
    ours_median, bare_median = statistics.median(ours), statistics.median(bare)
    print(f"heelcoach --today as a process, {options.runs} alternating runs")
    print(f"  heelcoach --today  median {ours_median:6.0f} ms (min {min(ours):.0f}, "
          f"max {max(ours):.0f}; bar < {COMMAND_BAR_MS} ms)")  # fmt: skip
    print(f"  python -c pass     median {bare_median:6.0f} ms (min {min(bare):.0f})")
    met = median <= TODAY_BAR_MS and ours_median < COMMAND_BAR_MS
    print("bars met" if met else "BAR MISSED")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
