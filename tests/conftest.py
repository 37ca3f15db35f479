"""Every test runs offscreen, in its own data folder, against a clock it controls."""

import os
import sys
from pathlib import Path

SCREEN = Path(__file__).with_name("offscreen_screen.json")
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREEN}"
TREE = Path(__file__).resolve().parents[1]
# The app started in a process of its own (`python -m heelcoach`) is this tree's too.
os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(TREE), os.environ.get("PYTHONPATH")]))

import pytest  # noqa: E402

import heelcoach  # noqa: E402
from heelcoach.system.paths import DATA_DIR_VARIABLE  # noqa: E402

if Path(heelcoach.__file__).resolve().parent != TREE / "heelcoach":
    raise pytest.UsageError(
        f"the tests would test {heelcoach.__file__}, not this tree's heelcoach/: run pytest "
        f"from {TREE}, whose pyproject.toml puts the tree first"
    )


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
