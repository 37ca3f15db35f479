"""Every test runs offscreen, in its own data folder, against a clock it controls."""

import os
import sys
from pathlib import Path

SCREEN = Path(__file__).with_name("offscreen_screen.json")
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREEN}"

import pytest  # noqa: E402

from heelcoach.paths import DATA_DIR_VARIABLE  # noqa: E402


@pytest.fixture(autouse=True)
def data_folder(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    monkeypatch.setenv(DATA_DIR_VARIABLE, str(folder))
    return folder


@pytest.fixture(autouse=True, scope="session")
def _stop_what_the_tests_started():
    """No recorder, and no sound server the tests started, outlives the run."""
    yield
    recording = sys.modules.get("audio_recording")
    if recording is not None:
        recording.stop_everything_started()
