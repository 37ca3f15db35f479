"""A logout, a shutdown, Ctrl+C or a closed terminal end HeelCoach as closing its window
does: the reps of the set under way are kept, and the lock goes with the app."""

import json
import os
import signal
import subprocess
import sys
import tempfile
import time

import pytest

from heelcoach.journal.entries import SESSIONS, SETS
from heelcoach.journal.journal import Journal

QUICK_PLAN = {"plan/sets": 1, "plan/reps": 30, "plan/up_seconds": 1.0, "plan/hold_seconds": 1.0,
              "plan/down_seconds": 1.0, "plan/count_in_seconds": 0,
              "interface/disclaimer_seen": True}  # fmt: skip


def start_app(folder, *args):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "settings.json").write_text(json.dumps(QUICK_PLAN))
    return subprocess.Popen(
        [sys.executable, "-m", "heelcoach", *args], cwd=tempfile.gettempdir(),
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "HEELCOACH_DATA_DIR": str(folder)},
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def wait_for_log(folder, text, app, seconds=60):
    log = folder / "heelcoach.log"
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if log.exists() and text in log.read_text(encoding="utf-8", errors="replace"):
            return
        if app.poll() is not None:
            raise AssertionError(f"the app ended early: {app.communicate()}")
        time.sleep(0.05)
    raise AssertionError(f"{text!r} never appeared in the log")


def test_sigterm_during_a_set_keeps_the_reps_done_and_quits_cleanly(data_folder):
    app = start_app(data_folder, "--start")
    try:
        wait_for_log(data_folder, "rep 3 begins", app)  # two reps done
        app.send_signal(signal.SIGTERM)
        assert app.wait(timeout=30) == 0, app.communicate()
    finally:
        app.kill()
    [kept] = Journal(data_folder).entries(SETS)
    assert kept["target_reps"] == 30
    assert 2 <= kept["reps"] < 30
    assert len(Journal(data_folder).entries(SESSIONS)) == 1
    assert not (data_folder / "heelcoach.lock").exists()
    assert "signal 15" in (data_folder / "heelcoach.log").read_text()


@pytest.mark.parametrize("number", [signal.SIGINT, signal.SIGHUP, signal.SIGTERM])
def test_ctrl_c_or_a_closed_terminal_quits_an_idle_heelcoach_cleanly(data_folder, number):
    app = start_app(data_folder)
    try:
        wait_for_log(data_folder, "journal opened", app)
        app.send_signal(number)
        assert app.wait(timeout=30) == 0, app.communicate()
    finally:
        app.kill()
    assert not (data_folder / "heelcoach.lock").exists()
    assert (data_folder / "settings.json").exists()  # the window's size, saved as it closed
    assert "window/geometry" in json.loads((data_folder / "settings.json").read_text())
