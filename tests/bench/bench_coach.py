"""The coach on a five-year journal (10,000 sets, 2,000 check-ins, 1,000 sessions).

    python tests/bench/bench_coach.py [--rounds 51] [--runs 31]

Prints: working out Today (the verdict, the plan, the walk/run) from the journal's stored
entries, as the Today page does after every change, beside the floor of any such reading
(one pass over the sets); and `heelcoach --today --json` as a process, from start to its
last line, beside `python -c pass`, in alternating runs: its work after Python's start is
the difference of the medians. The journal is as the app leaves it when it closes (its
checked mark and the coach's digest beside it); the same without the digest (the app
still open and writing) is printed too.
Bars: Today <= 20 ms; `--today --json` < 50 ms of work after Python's start.
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

from heelcoach.coach.digest import DIGEST_FILE
from heelcoach.coach.digest import keep as keep_digest
from heelcoach.coach.today import today_of
from heelcoach.journal.journal import Journal
from heelcoach.journal.reading import JOURNAL_FILE, read_tables

TODAY_BAR_MS = 20
COMMAND_BAR_MS = 50  # of work after Python's start
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


def measure_command(folder: Path, runs: int) -> dict[str, list[float]]:
    """--today --json with the digest, without it, and a bare Python, in turn."""
    script = str(Path(sys.executable).with_name("heelcoach"))
    env = {**os.environ, "HEELCOACH_DATA_DIR": str(folder), "QT_QPA_PLATFORM": "offscreen"}
    kept, aside = folder / DIGEST_FILE, folder / "digest.aside"
    times: dict[str, list[float]] = {"digest": [], "journal": [], "bare": []}
    commands = {"digest": [script, "--today", "--json"], "journal": [script, "--today", "--json"],
                "bare": [sys.executable, "-c", "pass"]}  # fmt: skip
    for _ in range(runs):
        for name, command in commands.items():
            if name == "journal":
                kept.rename(aside)
            start = time.perf_counter()
            done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
            times[name].append(ms_since(start))
            if name == "journal":
                aside.rename(kept)
            if done.returncode != 0:
                raise SystemExit(f"{command} failed: {done.stderr}")
    return times


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=51)
    parser.add_argument("--runs", type=int, default=31)
    options = parser.parse_args()
    os.chdir(tempfile.gettempdir())  # the installed package, not a source tree
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        write(folder, five_years(TODAY), indent=False)  # as the app writes it
        Journal(folder).close()  # opened once by the app, as any journal the coach reads
        raw = (folder / JOURNAL_FILE).read_bytes()
        keep_digest(folder, raw, read_tables(folder)[0])  # as the app does when it closes
        coach, floor = measure_today(folder, options.rounds)
        times = measure_command(folder, options.runs)
    median, p95 = statistics.median(coach), statistics.quantiles(coach, n=20)[-1]
    print(f"Today on the five-year journal, {options.rounds} rounds")
    print(f"  coach today_of   median {median:5.1f} ms, p95 {p95:5.1f} ms "
          f"(bar <= {TODAY_BAR_MS} ms)")  # fmt: skip
    print(f"  floor: one pass  median {statistics.median(floor):5.1f} ms")
    bare = statistics.median(times["bare"])
    print(f"heelcoach --today --json as a process, {options.runs} alternating runs")
    for name, said in (("digest", "with the digest  "), ("journal", "from the journal")):
        ours = statistics.median(times[name])
        print(f"  {said} median {ours:5.0f} ms (min {min(times[name]):.0f}): work after "
              f"Python's start {ours - bare:4.0f} ms")  # fmt: skip
    print(f"  python -c pass   median {bare:5.0f} ms (min {min(times['bare']):.0f})")
    work = statistics.median(times["digest"]) - bare
    print(f"  bar: < {COMMAND_BAR_MS} ms of work with the digest (the app closed)")
    met = median <= TODAY_BAR_MS and work < COMMAND_BAR_MS
    print("bars met" if met else "BAR MISSED")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
