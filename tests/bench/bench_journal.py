"""The journal with five years in it (10,000 sets, 2,000 check-ins, 1,000 sessions).

    python tests/bench/bench_journal.py [--adds 200]

Prints: opening the journal (and the daily backup the app makes just after the first opening),
adding a set (p50, p95; each add is on disk, fsync'd, when it returns), and opening the
history view (built, filled and painted). Bars: open <= 50 ms, add p95 <= 20 ms,
history <= 100 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent / "packaging"))

from heelcoach.journal.journal import Journal

from synthetic_journal import five_years, write

OPEN_BAR_MS = 50
ADD_P95_BAR_MS = 20
HISTORY_BAR_MS = 100
TODAY = date(2026, 11, 25)


def ms_since(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def measure_open(folder: Path, rounds: int) -> tuple[float, float]:
    """The median opening, and the day's backup that the app makes just after the first."""
    opened = []
    for _ in range(rounds):
        start = time.perf_counter()
        journal = Journal(folder, now=lambda: datetime(2026, 11, 25, 8))
        opened.append(ms_since(start))
        if len(opened) == 1:
            start = time.perf_counter()
            journal.back_up_today()
            backup = ms_since(start)
        journal.close()
    return backup, statistics.median(opened)


def measure_adds(folder: Path, adds: int) -> list[float]:
    journal = Journal(folder, now=lambda: datetime(2026, 11, 25, 19))
    times = []
    for index in range(adds):
        start = time.perf_counter()
        journal.add_set(at="2026-11-25T18:00:00", leg="left" if index % 2 else "right",
                        target_reps=8, reps=8, load_kg=20.0, pain=2)  # fmt: skip
        times.append(ms_since(start))
    return times


def measure_history(folder: Path, rounds: int) -> float:
    from PySide6.QtWidgets import QApplication

    from heelcoach.ui.history_page import HistoryPage

    app = QApplication.instance() or QApplication([])
    journal = Journal(folder, now=lambda: datetime(2026, 11, 25, 19))
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        page = HistoryPage(journal)
        page.reload()  # as the app opens it
        page.resize(960, 720)
        page.show()
        page.repaint()
        app.processEvents()
        times.append(ms_since(start))
        page.close()
        page.deleteLater()
        app.processEvents()
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--adds", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=9)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        data = five_years(TODAY)
        size = write(folder, data).stat().st_size
        first, later = measure_open(folder, options.rounds)
        adds = measure_adds(folder, options.adds)
        history = measure_history(folder, options.rounds)
    p50, p95 = statistics.median(adds), percentile(adds, 0.95)
    print(f"journal with {len(data['sets'])} sets, {len(data['check_ins'])} check-ins, "
          f"{len(data['sessions'])} sessions ({size / 1e6:.1f} MB)")  # fmt: skip
    print(f"  open at start-up        {later:6.1f} ms (median)   bar <= {OPEN_BAR_MS} ms; "
          f"then, once a day, the backup: {first:.1f} ms")  # fmt: skip
    print(f"  add a set ({options.adds}x)      p50 {p50:5.1f} ms, p95 {p95:5.1f} ms, "
          f"max {max(adds):5.1f} ms   bar p95 <= {ADD_P95_BAR_MS} ms")  # fmt: skip
    print(f"  open the history view   {history:6.1f} ms (median, built and painted)   "
          f"bar <= {HISTORY_BAR_MS} ms")  # fmt: skip
    met = later <= OPEN_BAR_MS and p95 <= ADD_P95_BAR_MS and history <= HISTORY_BAR_MS
    print("  bars met" if met else "  BAR MISSED")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
