import json
import os
import subprocess
import sys
import tempfile
import textwrap

import pytest
from faults import within

from heelcoach.core.exercises.heel_raise import LegMode, SetPlan, Tempo
from heelcoach.settings import (
    DISCLAIMER_SEEN,
    LANGUAGE,
    PROGRESS_RANGE,
    SETS,
    SETTINGS_FILE,
    VOLUME,
    Settings,
)


def test_a_saved_plan_comes_back_exactly(tmp_path):
    plan = SetPlan(
        sets=5,
        reps=8,
        legs=LegMode.BOTH,
        tempo=Tempo(3500, 2000, 4000, 1000),
        count_in_ms=10_000,
        rest_ms=135_000,
    )
    Settings(tmp_path).save_plan(plan)
    assert Settings(tmp_path).plan() == plan


def test_settings_are_private_json_with_no_temporary_files_left(tmp_path):
    settings = Settings(tmp_path)
    settings.set(LANGUAGE, "da")
    settings.set(DISCLAIMER_SEEN, True)
    assert os.listdir(tmp_path) == [SETTINGS_FILE]
    assert (tmp_path / SETTINGS_FILE).stat().st_mode & 0o777 == 0o600
    assert json.loads((tmp_path / SETTINGS_FILE).read_text()) == {
        "interface/language": "da",
        "interface/disclaimer_seen": True,
    }


def test_a_value_of_the_wrong_type_reads_as_the_default(tmp_path):
    (tmp_path / SETTINGS_FILE).write_text('{"plan/sets": true, "interface/language": 3}')
    settings = Settings(tmp_path)
    assert settings.get(SETS) == 3
    assert settings.get(LANGUAGE) == ""


def test_a_failed_save_is_logged_and_the_app_goes_on(tmp_path, caplog):
    settings = Settings(tmp_path)
    (tmp_path / SETTINGS_FILE).mkdir()  # something in the way that even root cannot replace
    settings.set(SETS, 4)
    assert settings.get(SETS) == 4
    assert "could not save settings" in caplog.text
    assert [path.name for path in tmp_path.iterdir()] == [SETTINGS_FILE]


def test_many_edits_then_a_clean_exit(tmp_path):
    """PySide6 6.12.0 dropped a reference to None at each call of a method returning nothing:
    after a few thousand edits the interpreter aborted. The app must survive a long session."""
    code = textwrap.dedent("""
        from heelcoach.app import application, create_window
        from heelcoach.commands.cli import parse_args
        window = create_window(application(), parse_args([]))
        plan = window.today.plan()
        for edit in range(800):
            window.today.set_plan(plan._replace(sets=1 + edit % 5, reps=1 + edit % 12))
        window.close()
        print("closed")
    """)
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "HEELCOACH_DATA_DIR": str(tmp_path)},
    )
    assert (result.returncode, result.stdout.strip()) == (0, "closed"), result.stderr[-2000:]
    assert Settings(tmp_path).plan().sets == 1 + 799 % 5


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"sound/volume": Infinity}', 80),
        ('{"sound/volume": -Infinity}', 80),
        ('{"sound/volume": NaN}', 80),
        ('{"sound/volume": 1e300}', 100),
        ('{"sound/volume": 4000000000}', 100),
        ('{"sound/volume": -5}', 0),
        ('{"sound/volume": 55.7}', 55),
        ('{"sound/volume": 1' + "0" * 400 + "}", 80),
    ],
)
def test_a_number_is_used_only_finite_and_clamped_to_its_range(tmp_path, text, expected):
    (tmp_path / SETTINGS_FILE).write_text(text)
    assert Settings(tmp_path).get(VOLUME) == expected


def test_a_plan_out_of_range_is_clamped_not_thrown_away(tmp_path):
    (tmp_path / SETTINGS_FILE).write_text(
        '{"plan/sets": 1e9, "plan/reps": 0, "plan/up_seconds": Infinity, "plan/legs": "tail",'
        ' "plan/rest_seconds": 99999, "plan/load_kg": -3, "interface/language": "fr",'
        ' "progress/range": "forever"}'
    )
    settings = Settings(tmp_path)
    plan = settings.plan()
    assert (plan.sets, plan.reps, plan.tempo.up_ms, plan.legs) == (20, 1, 3000, LegMode.BOTH)
    assert (plan.rest_ms, plan.load_kg) == (30 * 60_000, 0.0)
    assert settings.get(LANGUAGE) == ""
    assert settings.get(PROGRESS_RANGE) == "3m"


@pytest.mark.parametrize(
    "make",
    [
        lambda path: path.write_text("[" * 100_000 + "]" * 100_000),
        lambda path: path.write_text('{"sound/volume": '),
        lambda path: path.write_text("[1, 2]"),
        lambda path: path.write_bytes(b"\xff\xfe not utf-8"),
        lambda path: os.mkfifo(path),
        lambda path: path.mkdir(),
    ],
    ids=["nested 100,000 deep", "cut off", "not an object", "not text", "a FIFO", "a folder"],
)
def test_a_settings_file_that_cannot_be_used_is_moved_aside_and_the_defaults_start(tmp_path, make):
    make(tmp_path / SETTINGS_FILE)
    with within(10):
        settings = Settings(tmp_path)
    assert settings.plan() == SetPlan()
    assert settings.moved_aside is not None and settings.moved_aside.exists()
    assert not (tmp_path / SETTINGS_FILE).exists()
    settings.set(VOLUME, 40)
    assert Settings(tmp_path).get(VOLUME) == 40


def test_the_app_starts_with_settings_it_cannot_use(tmp_path):
    (tmp_path / SETTINGS_FILE).write_text('{"sound/volume": Infinity, "plan/sets": NaN}' + " " * 10)
    nested = tmp_path / "nested"
    nested.mkdir()
    (nested / SETTINGS_FILE).write_text("[" * 100_000 + "]" * 100_000)
    for folder in (tmp_path, nested):
        result = subprocess.run(
            [sys.executable, "-m", "heelcoach", "--smoke-test"], cwd=tempfile.gettempdir(),
            capture_output=True, text=True, timeout=120,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "HEELCOACH_DATA_DIR": str(folder)},
        )  # fmt: skip
        assert result.returncode == 0, result.stderr


def test_a_value_with_a_lone_surrogate_does_not_stop_settings_being_saved(tmp_path):
    (tmp_path / SETTINGS_FILE).write_text('{"files/last_folder": "/home/\\ud800"}')
    settings = Settings(tmp_path)
    settings.set(VOLUME, 30)
    assert Settings(tmp_path).get(VOLUME) == 30
