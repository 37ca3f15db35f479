"""`heelcoach --today`: today's week, plan and advice in a terminal or a status bar, read
from the journal without touching it, while the app may be open."""

import json
import subprocess
import sys
import tempfile
from datetime import date, datetime, time, timedelta

import pytest
from test_command_line import run_heelcoach

from heelcoach.journal.journal import Journal
from heelcoach.system.instance_lock import lock_data_folder

TODAY = date.today()


@pytest.fixture
def red_yesterday(data_folder):
    """A session the day before at 7/10, and this morning's first steps at 6 (usual 3)."""
    yesterday = datetime.combine(TODAY - timedelta(days=1), time(18, 0))
    journal = Journal(data_folder, now=lambda: datetime.combine(TODAY, time(8, 0)))
    for days_ago in (9, 8, 7, 6):
        day = TODAY - timedelta(days=days_ago)
        journal.add_check_in(date=day.isoformat(), first_steps_pain=3)
    for index, leg in enumerate(("left", "right") * 3):
        at = (yesterday + timedelta(minutes=index)).isoformat()
        journal.add_set(at=at, leg=leg, target_reps=12, reps=12, pain=7,
                        session=yesterday.isoformat())  # fmt: skip
    journal.add_check_in(date=TODAY.isoformat(), first_steps_pain=6, worse_after_training=True)
    journal.close()
    return data_folder


def test_today_as_json_says_rest_then_the_lighter_plan_start_runs_and_why(red_yesterday):
    result = run_heelcoach("--today", "--json")
    assert result.returncode == 0, result.stderr
    today = json.loads(result.stdout)
    assert today["program_week"] == 1 and today["training_day"] is False
    assert today["verdict"] == "reduce"
    assert today["plan"] == {"sets": 2, "reps": 12, "legs": "both", "load_kg": 0.0,
                             "to_failure": False}  # the lighter plan: what Start runs  # fmt: skip
    assert today["advice"]["kind"] == "rest"
    assert today["advice"]["next_session_kind"] == "reduce"
    assert today["advice"]["lighter_plan"]["sets"] == 2  # body weight already: a set fewer
    reasons = " ".join(today["advice"]["reasons"])
    assert "Rest day: next session tomorrow." in reasons
    assert "The sets yesterday reached 7/10" in reasons
    assert "this morning the first steps were 6/10, above your usual 3/10" in reasons
    assert today["seek_help"] is False and today["red_flags"] is False
    assert today["walk_run"] == {
        "week": None,
        "run_today": False,
        "criteria": {
            "walking": False,
            "heel_raise": False,
            "no_worse_morning": None,
            "stable_pain": None,
        },
    }


def test_today_speaks_the_interface_language_in_the_same_words_as_the_today_page(
    red_yesterday, qtbot
):
    result = run_heelcoach("--today", "--lang", "da")
    assert result.returncode == 0, result.stderr
    title, reasons, heading, plan = result.stdout.splitlines()[:4]
    assert heading == "Uge 1 af mindst 12 · Hviledag: næste træning i morgen."
    from coach import Coach

    coach = Coach(qtbot, "da")
    coach.now = datetime.combine(TODAY, time(12, 0))
    coach.window.coach.refresh()
    panel = coach.window.coach.panel
    assert [panel.title_label.text() + ".", panel.advice_label.text(), panel.week_label.text(),
            panel.plan_label.text()] == [title, reasons, heading, plan]  # fmt: skip
    coach.close()


def test_today_reads_while_the_app_holds_the_folder_and_changes_nothing(red_yesterday):
    before = {path.name: (path.read_bytes(), path.stat().st_mtime_ns)
              for path in red_yesterday.iterdir() if path.is_file()}  # fmt: skip
    lock = lock_data_folder(red_yesterday)
    try:
        result = run_heelcoach("--today")
    finally:
        lock.release()
    assert result.returncode == 0, result.stderr
    assert "Week 1 of at least 12 · Rest day: next session tomorrow." in result.stdout
    after = {path.name: (path.read_bytes(), path.stat().st_mtime_ns)
             for path in red_yesterday.iterdir() if path.is_file()}  # fmt: skip
    assert after.keys() - {".lock"} == before.keys() - {".lock"}
    assert all(after[name] == before[name] for name in before if name != ".lock")


def test_today_loads_no_qt_at_all(red_yesterday):
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "heelcoach", "--today", "--lang", "da"],
        capture_output=True, text=True, timeout=60, cwd=tempfile.gettempdir(),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    loaded = result.stderr  # every module imported, one a line
    assert "heelcoach.commands.today" in loaded
    assert "PySide" not in loaded and "shiboken" not in loaded


def test_today_with_no_journal_yet_says_how_to_start(data_folder):
    result = run_heelcoach("--today", "--json", env={"HEELCOACH_DATA_DIR": str(data_folder)})
    today = json.loads(result.stdout)
    assert today["advice"]["kind"] == "start"
    assert today["plan"]["sets"] == 3 and today["training_day"] is True
    assert not data_folder.exists()  # nothing written, not even the folder


def test_with_a_red_flag_standing_there_is_no_plan_no_advice_and_no_training_day(data_folder):
    journal = Journal(data_folder, now=lambda: datetime.combine(TODAY, time(8, 0)))
    journal.add_answer(at=f"{TODAY.isoformat()}T07:00:00", question="red_flags", yes=["fever"])
    journal.close()
    today = json.loads(run_heelcoach("--today", "--json").stdout)
    assert (today["verdict"], today["red_flags"]) == ("see_clinician", True)
    assert today["plan"] is None and today["advice"] is None
    text = run_heelcoach("--today").stdout
    assert text.startswith("See a physiotherapist or doctor before you train.")
    assert "Once they have, say so in HeelCoach." in text
    assert "Training day" not in text


def forged_note_over_damaged_entries(folder):
    """A journal with a set whose reps are a word, and a note of checked content that
    vouches for it: made by hand, not by HeelCoach."""
    import zlib

    import orjson

    from heelcoach.journal import checked_mark
    from heelcoach.journal.migrations import SCHEMA_VERSION

    day = (TODAY - timedelta(days=1)).isoformat()
    sound = {"at": f"{day}T18:00:00", "leg": "left", "target_reps": 12, "reps": 12, "pain": 2,
             "load_kg": 0.0, "tempo_ms": [3000, 2000, 3000, 0], "note": "", "session": "",
             "effort": None, "stopped": False, "to_failure": False}  # fmt: skip
    damaged = {**sound, "reps": "many", "pain": "high"}
    raw = orjson.dumps({"meta": {"1": {"schema_version": SCHEMA_VERSION}},
                        "sets": {"1": sound, "2": damaged}})  # fmt: skip
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "journal.json").write_bytes(raw)
    note = {"checks": checked_mark.CHECKS, "content": f"{len(raw)}:{zlib.crc32(raw):08x}",
            "long_integers": False}  # fmt: skip
    (folder / checked_mark.MARK_FILE).write_text(json.dumps(note))


def test_a_forged_note_of_checked_content_costs_the_bad_entry_not_the_answer(data_folder):
    forged_note_over_damaged_entries(data_folder)
    result = run_heelcoach("--today", "--json")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert json.loads(result.stdout)["program_week"] == 1
