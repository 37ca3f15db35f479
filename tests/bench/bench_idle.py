"""CPU use and wake-ups of an idle HeelCoach window, beside a bare PySide6 window.

    python tests/bench/bench_idle.py [--seconds 10]

Each program is started offscreen and left alone; after it has painted, its CPU time
(user + system) and its context switches are read from /proc over the window. The bar:
near zero, i.e. no timer ticking while nothing runs. For scale, the same is measured for
HeelCoach while a set runs (--start), where the 60 Hz display timer is expected to work.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
IDLE_CPU_BAR_PERCENT = 0.5
SETTLE_SECONDS = 2.0


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _switches(pid: int) -> int:
    total = 0
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches")):
            total += int(line.split()[1])
    return total


def measure(command: list[str], env: dict[str, str], seconds: float) -> tuple[float, float]:
    """CPU percent and wake-ups per second over `seconds`, after the window has settled."""
    process = subprocess.Popen(  # not from the source tree: the installed app, as a user has it
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        cwd=tempfile.gettempdir(),
    )  # fmt: skip
    try:
        time.sleep(SETTLE_SECONDS)
        if process.poll() is not None:
            raise SystemExit(f"{command} exited early with {process.returncode}")
        cpu, switches = _cpu_seconds(process.pid), _switches(process.pid)
        time.sleep(seconds)
        cpu = _cpu_seconds(process.pid) - cpu
        switches = _switches(process.pid) - switches
    finally:
        process.terminate()
        process.wait(timeout=10)
    return 100 * cpu / seconds, switches / seconds


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=10.0)
    seconds = parser.parse_args().seconds
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    rows = {}
    with tempfile.TemporaryDirectory() as data:
        env["HEELCOACH_DATA_DIR"] = data
        ours = [sys.executable, "-m", "heelcoach"]
        rows["bare window, idle"] = measure(
            [sys.executable, str(HERE / "bare_window.py"), "--stay"], env, seconds
        )
        rows["heelcoach, idle"] = measure(ours, env, seconds)
        rows["heelcoach, set running"] = measure([*ours, "--start"], env, seconds)
    print(f"idle cost over {seconds:.0f} s (CPU % of one core, wake-ups per second)")
    for name, (cpu, wakeups) in rows.items():
        print(f"  {name:24s} CPU {cpu:5.2f} %   wake-ups {wakeups:6.1f}/s")
    idle_cpu = rows["heelcoach, idle"][0]
    met = idle_cpu <= IDLE_CPU_BAR_PERCENT
    print(f"  bar: idle CPU <= {IDLE_CPU_BAR_PERCENT} %: " + ("met" if met else "MISSED"))
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
