"""The journal with five years in it (10,000 sets, 2,000 check-ins, 1,000 sessions).

    python tests/bench/bench_journal.py [--adds 200]

Prints: opening the journal, as on most days (unchanged since HeelCoach wrote it) and with
every entry checked (changed by something else since, or the first opening after an
upgrade), beside the floor of any opening (reading and parsing the file), in alternating
rounds; the daily backup the app makes just after the first opening; adding a set (p50,
p95; each add is on disk, fsync'd, when it returns) beside the floor of any add (writing
the same bytes atomically); what looking for another program's changes before each add
costs (adds with the look and without it, alternating), and an add that finds the file
changed by another HeelCoach and merges it; and opening the history view (built, filled
and painted).
Bars: open <= 50 ms (both ways), add p95 <= 20 ms, the look <= 5 ms (median with minus
median without), history <= 100 ms.
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

import orjson
from synthetic_journal import five_years, write

from heelcoach.journal import checked_mark
from heelcoach.journal.journal import JOURNAL_FILE, Journal
from heelcoach.system.atomic_file import write_atomically

OPEN_BAR_MS = 50
ADD_P95_BAR_MS = 20
HISTORY_BAR_MS = 100
SYNC_CHECK_BAR_MS = 5
TODAY = date(2026, 11, 25)


def ms_since(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def open_journal(folder: Path) -> float:
    start = time.perf_counter()
    journal = Journal(folder, now=lambda: datetime(2026, 11, 25, 8))
    took = ms_since(start)
    journal.close()  # notes the content as checked (see checked_mark)
    return took


def parse_floor(folder: Path) -> float:
    start = time.perf_counter()
    orjson.loads((folder / JOURNAL_FILE).read_bytes())
    return ms_since(start)


def measure_open(folder: Path, rounds: int) -> dict[str, float]:
    """Medians of: the floor, the everyday opening, the opening that checks every entry;
    and the day's backup that the app makes just after the first opening."""
    journal = Journal(folder, now=lambda: datetime(2026, 11, 25, 8))
    start = time.perf_counter()
    journal.back_up_today()
    backup = ms_since(start)
    journal.close()
    times: dict[str, list[float]] = {"floor": [], "everyday": [], "checked": []}
    for _ in range(rounds):
        times["floor"].append(parse_floor(folder))
        times["everyday"].append(open_journal(folder))
        checked_mark.forget(folder)  # as if another program had changed the file
        times["checked"].append(open_journal(folder))
    return {"backup": backup, **{name: statistics.median(got) for name, got in times.items()}}


def measure_adds(folder: Path, adds: int) -> tuple[list[float], list[float]]:
    """Adding a set, and beside it the floor: the same bytes written atomically."""
    journal = Journal(folder, now=lambda: datetime(2026, 11, 25, 19))
    times, floor = [], []
    for index in range(adds):
        start = time.perf_counter()
        journal.add_set(at="2026-11-25T18:00:00", leg="left" if index % 2 else "right",
                        target_reps=8, reps=8, load_kg=20.0, pain=2)  # fmt: skip
        times.append(ms_since(start))
        start = time.perf_counter()
        write_atomically(folder / "floor.json", journal.dump())
        floor.append(ms_since(start))
    return times, floor


def add_a_set(journal: Journal, index: int) -> float:
    start = time.perf_counter()
    journal.add_set(at="2026-11-25T18:00:00", leg="left" if index % 2 else "right",
                    target_reps=8, reps=8, load_kg=20.0, pain=2)  # fmt: skip
    return ms_since(start)


def measure_sync_check(folder: Path, adds: int) -> dict[str, list[float]]:
    """Adds with the look at the file for another program's changes, and without it
    (alternating); and adds that each find a check-in another HeelCoach wrote, and merge."""
    journal = Journal(folder, now=lambda: datetime(2026, 11, 25, 19))
    look = journal._storage._theirs  # the look itself: the bench turns it off and on
    times: dict[str, list[float]] = {"with": [], "without": [], "merging": []}
    for index in range(adds):
        for name, theirs in (("with", look), ("without", None)):
            journal._storage._theirs = theirs
            times[name].append(add_a_set(journal, index))
    journal._storage._theirs = look
    other = Journal(folder, now=lambda: datetime(2026, 11, 25, 19))
    for index in range(adds // 4):
        other.add_answer(at="2026-11-25T18:30:00", question="clinician_seen")
        times["merging"].append(add_a_set(journal, index))
    return times


def measure_history(folder: Path, rounds: int) -> float:
    from PySide6.QtWidgets import QApplication

    from heelcoach.ui.journal.history_page import HistoryPage

    app = QApplication.instance() or QApplication([])
    journal = Journal(folder, now=lambda: datetime(2026, 11, 25, 19))
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        page = HistoryPage(journal, lambda write: write())
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
        write(folder, data)
        (folder / JOURNAL_FILE).write_bytes(orjson.dumps(data))  # as HeelCoach writes it
        size = (folder / JOURNAL_FILE).stat().st_size
        opening = measure_open(folder, options.rounds)
        adds, floor = measure_adds(folder, options.adds)
        sync = measure_sync_check(folder, options.adds)
        history = measure_history(folder, options.rounds)
    p50, p95 = statistics.median(adds), percentile(adds, 0.95)
    print(f"journal with {len(data['sets'])} sets, {len(data['check_ins'])} check-ins, "
          f"{len(data['sessions'])} sessions ({size / 1e6:.1f} MB)")  # fmt: skip
    print(f"  open at start-up, median of {options.rounds} alternating rounds:")
    print(f"    floor: read and parse the file        {opening['floor']:6.1f} ms")
    print(f"    everyday (unchanged since written)    {opening['everyday']:6.1f} ms   "
          f"bar <= {OPEN_BAR_MS} ms")  # fmt: skip
    print(f"    every entry checked (changed since)   {opening['checked']:6.1f} ms   "
          f"bar <= {OPEN_BAR_MS} ms")  # fmt: skip
    print(f"  the day's backup, once a day after opening {opening['backup']:.1f} ms")
    print(f"  add a set ({options.adds}x)      p50 {p50:5.1f} ms, p95 {p95:5.1f} ms, "
          f"max {max(adds):5.1f} ms   bar p95 <= {ADD_P95_BAR_MS} ms")  # fmt: skip
    print(f"    floor: the same bytes written atomically: p50 {statistics.median(floor):5.1f} ms, "
          f"p95 {percentile(floor, 0.95):5.1f} ms")  # fmt: skip
    look = statistics.median(sync["with"]) - statistics.median(sync["without"])
    print(f"  look for another program's changes before each add: +{look:.1f} ms   "
          f"bar <= {SYNC_CHECK_BAR_MS} ms")  # fmt: skip
    print(
        f"    add with the look p50 {statistics.median(sync['with']):5.1f} ms, without it "
        f"p50 {statistics.median(sync['without']):5.1f} ms ({options.adds} each, alternating)"
    )
    print(f"    add that finds another HeelCoach's entry and merges it: "
          f"p50 {statistics.median(sync['merging']):5.1f} ms, "
          f"p95 {percentile(sync['merging'], 0.95):5.1f} ms")  # fmt: skip
    print(f"  open the history view   {history:6.1f} ms (median, built and painted)   "
          f"bar <= {HISTORY_BAR_MS} ms")  # fmt: skip
    met = (max(opening["everyday"], opening["checked"]) <= OPEN_BAR_MS
           and p95 <= ADD_P95_BAR_MS and history <= HISTORY_BAR_MS
           and look <= SYNC_CHECK_BAR_MS)  # fmt: skip
    print("  bars met" if met else "  BAR MISSED")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
