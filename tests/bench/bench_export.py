"""Saving a 30-minute session as an audio file, inside the running app.

    python tests/bench/bench_export.py [--rounds 5]

Each round runs in a fresh process that first builds HeelCoach's main window as the app
does (its resident memory is "the app's"), then exports walk/run week 1 (29 minutes) to
each file type; it prints the time of each export, the file's size, and the process's peak
memory above the app's. Bars: the compressed export (.ogg) <= 2 s, peak memory above the
app's < 50 MiB. WAV and MP3 are printed beside it.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile

TIME_BAR_S = 2.0
MEMORY_BAR_MIB = 50

ROUND = r"""
import json, resource, sys, time
from pathlib import Path
from types import SimpleNamespace
from heelcoach.app import application, create_window
app = application()
window = create_window(app, SimpleNamespace(start=False, smoke_test=True, lang="en"))
window.show(); app.processEvents()
def peak_mib():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
app_mib = peak_mib()
from heelcoach.audio.export import export
from heelcoach.audio.sound_bank import SoundBank
from heelcoach.coach.walk_run import week_plan
from heelcoach.system.paths import resource_file
bank = SoundBank.load(resource_file("sounds"))
timeline = week_plan(1).timeline()
figures = {"minutes": timeline.total_ms / 60000, "app_mib": app_mib}
for suffix in sys.argv[2].split(","):
    path = Path(sys.argv[1]) / f"week-1{suffix}"
    started = time.perf_counter()
    export(timeline, path, bank)
    figures[suffix] = (time.perf_counter() - started, path.stat().st_size)
figures["above_app_mib"] = peak_mib() - app_mib
window.data_folder_lock.release()
print(json.dumps(figures))
"""


def one_round(suffixes: str) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HEELCOACH_DATA_DIR": folder}
        result = subprocess.run([sys.executable, "-c", ROUND, folder, suffixes], env=env,
                                capture_output=True, text=True, check=True, cwd=folder)  # fmt: skip
        return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    rounds = [one_round(".ogg,.wav,.mp3") for _ in range(parser.parse_args().rounds)]
    minutes = rounds[0]["minutes"]
    print(f"export of a {minutes:.1f}-minute walk/run session, {len(rounds)} rounds (median):")
    for suffix in (".ogg", ".wav", ".mp3"):
        seconds = statistics.median(r[suffix][0] for r in rounds)
        size = statistics.median(r[suffix][1] for r in rounds) / 1e6
        bar = f"  (bar <= {TIME_BAR_S} s: {'met' if seconds <= TIME_BAR_S else 'MISSED'})"
        print(f"  {suffix}: {seconds:.2f} s, {size:.2f} MB{bar if suffix == '.ogg' else ''}")
    above = max(r["above_app_mib"] for r in rounds)
    app_mib = statistics.median(r["app_mib"] for r in rounds)
    verdict = "met" if above < MEMORY_BAR_MIB else "MISSED"
    print(f"  peak memory above the app's {app_mib:.1f} MiB: {above:.1f} MiB at most "
          f"(bar < {MEMORY_BAR_MIB} MiB: {verdict})")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
