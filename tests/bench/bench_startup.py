"""Start-up to the first painted frame, and peak memory, against a bare PySide6 window.

    python tests/bench/bench_startup.py [--runs 21]

Both programs run on this interpreter, alternately (in a shuffled order each round),
offscreen. Time is measured from
spawning the process to reading its "first frame painted" line; peak memory is the
process's maximum resident set. HeelCoach is started as users start it (the `heelcoach`
command) in two ways: an everyday start (a data folder that has seen a run before) and a
first run (an empty data folder, with the first-run notice). Bars, on the everyday start:
median time ratio <= 1.3 and median memory ratio <= 1.3.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
TIME_BAR = 1.3
MEMORY_BAR = 1.3


def measure(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds to the first-frame line, and peak RSS in MiB."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True
    )
    line = process.stdout.readline()
    elapsed = time.perf_counter() - started
    process.stdout.read()
    _pid, status, usage = os.wait4(process.pid, 0)
    if "first frame painted" not in line or os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{command} did not paint a frame: {line!r}")
    return elapsed, usage.ru_maxrss / 1024


def _entry_point() -> str:
    """The `heelcoach` command pip installed beside this interpreter: what a user starts."""
    script = Path(sys.executable).with_name("heelcoach")
    if not script.exists():
        raise SystemExit(f"no {script}: install the package first (pip install .)")
    return str(script)


def _report(name: str, rows: list[tuple[float, float]]) -> None:
    times = [row[0] * 1000 for row in rows]
    memory = [row[1] for row in rows]
    print(
        f"  {name:22s} median {statistics.median(times):6.0f} ms "
        f"(min {min(times):.0f}, max {max(times):.0f})   "
        f"peak RSS median {statistics.median(memory):6.1f} MiB"
    )


def _ratios(ours, bare) -> tuple[float, float]:
    pairs = list(zip(bare, ours, strict=True))
    return (
        statistics.median(o[0] / b[0] for b, o in pairs),
        statistics.median(o[1] / b[1] for b, o in pairs),
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=31)
    runs = parser.parse_args().runs
    base_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    bare = [sys.executable, str(HERE / "bare_window.py")]
    ours = [_entry_point(), "--smoke-test"]
    results: dict[str, list[tuple[float, float]]] = {
        "bare QMainWindow": [],
        "heelcoach everyday": [],
        "heelcoach first run": [],
    }
    with tempfile.TemporaryDirectory() as scratch:
        everyday = {**base_env, "HEELCOACH_DATA_DIR": str(Path(scratch) / "everyday")}
        measure(bare, base_env), measure(ours, everyday)  # warm caches; the first run is past
        settings = Path(scratch) / "everyday" / "settings.json"
        settings.write_text('{"interface/disclaimer_seen": true}')
        shuffle = random.Random(20261125).shuffle
        for run in range(runs):
            first_run_folder = Path(scratch) / f"first-{run}"
            first_run = {**base_env, "HEELCOACH_DATA_DIR": str(first_run_folder)}
            rounds = [
                ("bare QMainWindow", bare, base_env),
                ("heelcoach everyday", ours, everyday),
                ("heelcoach first run", ours, first_run),
            ]
            shuffle(rounds)  # no program always runs right after another
            for name, command, env in rounds:
                results[name].append(measure(command, env))
            shutil.rmtree(first_run_folder)

    print(
        f"start-up to first painted frame, {runs} alternating runs each, "
        f"Python {sys.version.split()[0]}"
    )
    for name, rows in results.items():
        _report(name, rows)
    bare_rows = results["bare QMainWindow"]
    time_ratio, memory_ratio = _ratios(results["heelcoach everyday"], bare_rows)
    first_time, first_memory = _ratios(results["heelcoach first run"], bare_rows)
    print(
        f"  everyday  / bare: time {time_ratio:.2f} (bar <= {TIME_BAR}), "
        f"memory {memory_ratio:.2f} (bar <= {MEMORY_BAR})"
    )
    print(f"  first run / bare: time {first_time:.2f}, memory {first_memory:.2f}")
    fastest = min(r[0] for r in results["heelcoach everyday"]) / min(r[0] for r in bare_rows)
    print(f"  fastest everyday / fastest bare: {fastest:.2f} (the least disturbed runs)")
    met = time_ratio <= TIME_BAR and memory_ratio <= MEMORY_BAR
    print("  bars met" if met else "  BAR MISSED")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
