"""Start-up to the first painted frame, and peak memory, against a bare PySide6 window.

    python tests/bench/bench_startup.py [--runs 15]

Both programs run on this interpreter, alternately, offscreen. Time is measured from
spawning the process to reading its "first frame painted" line; peak memory is the
process's maximum resident set. Bars: median ratio <= 1.3 for both.
"""

from __future__ import annotations

import argparse
import os
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


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory() as data:
        env["HEELCOACH_DATA_DIR"] = data
        bare = [sys.executable, str(HERE / "bare_window.py")]
        ours = [_entry_point(), "--smoke-test"]
        measure(bare, env), measure(ours, env)  # warm the disk cache for both
        results = {"bare": [], "heelcoach": []}
        for _ in range(runs):
            results["bare"].append(measure(bare, env))
            results["heelcoach"].append(measure(ours, env))

    time_ratios = [h[0] / b[0] for b, h in zip(results["bare"], results["heelcoach"], strict=True)]
    memory_ratios = [
        h[1] / b[1] for b, h in zip(results["bare"], results["heelcoach"], strict=True)
    ]
    print(
        f"start-up to first painted frame, {runs} alternating runs each, {sys.version.split()[0]}"
    )
    for name, rows in results.items():
        times = [row[0] * 1000 for row in rows]
        memory = [row[1] for row in rows]
        print(
            f"  {name:10s} median {statistics.median(times):6.0f} ms "
            f"(min {min(times):.0f}, max {max(times):.0f})   "
            f"peak RSS median {statistics.median(memory):6.1f} MiB"
        )
    time_ratio = statistics.median(time_ratios)
    memory_ratio = statistics.median(memory_ratios)
    print(f"  time ratio   heelcoach/bare median {time_ratio:.2f}  (bar <= {TIME_BAR})")
    print(f"  memory ratio heelcoach/bare median {memory_ratio:.2f}  (bar <= {MEMORY_BAR})")
    met = time_ratio <= TIME_BAR and memory_ratio <= MEMORY_BAR
    print("  bars met" if met else "  BAR MISSED")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
