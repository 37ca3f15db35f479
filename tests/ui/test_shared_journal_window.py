"""The window with a journal in a synced folder: what another computer adds shows up, and a
sync tool's conflict copy is offered, merged with one key, and kept."""

import os

import orjson
from coach import Coach

from heelcoach.journal.entries import CHECK_INS, SETS
from heelcoach.journal.journal import JOURNAL_FILE, Journal
from heelcoach.system.paths import data_dir

COPY = "journal.sync-conflict-20261207-183000-LAPTOP1.json"


def the_laptop(tmp_path, changes) -> bytes:
    """The journal as the other computer wrote it, from a copy of this one's."""
    laptop = tmp_path / "laptop"
    laptop.mkdir()
    (laptop / JOURNAL_FILE).write_bytes((data_dir() / JOURNAL_FILE).read_bytes())
    changes(Journal(laptop))
    return (laptop / JOURNAL_FILE).read_bytes()


def window(qtbot) -> Coach:
    coach = Coach(qtbot, first_start=True)
    qtbot.waitUntil(lambda: coach.window.journal_access.tried)
    return coach


def a_set(journal):
    journal.add_set(at="2026-12-06T18:00:00", leg="left", target_reps=12, reps=12, pain=2,
                    note="laptop")  # fmt: skip


def test_a_conflict_copy_is_offered_and_merged_with_its_key(qtbot, tmp_path):
    Journal(data_dir()).close()
    copy = the_laptop(tmp_path, a_set)
    (data_dir() / COPY).write_bytes(copy)
    coach = window(qtbot)
    bar = coach.window.notices.sync_bar
    assert bar is not None and bar.isVisible()
    assert COPY in bar.text_label.text()
    bar.action_button.click()  # "Merge it in", Alt+M
    notice = coach.window.notices.journal.text_label.text()
    assert notice.startswith("Merged: 1 entry from the copy was added to your journal.")
    assert not (data_dir() / COPY).exists()
    assert list((data_dir() / "backups").glob(f"merged-*{COPY}"))
    journal = coach.window.journal_access.journal
    assert [entry["note"] for entry in journal.entries(SETS)] == ["laptop"]


def test_a_check_in_synced_in_while_the_app_is_open_shows_on_today(qtbot, tmp_path):
    Journal(data_dir()).close()
    coach = window(qtbot)
    copy = the_laptop(tmp_path, lambda journal: journal.add_check_in(
        date=coach.window._now().date().isoformat(), first_steps_pain=3))  # fmt: skip
    temporary = data_dir() / ".syncthing.journal.json.tmp"
    temporary.write_bytes(copy)
    with qtbot.waitSignal(coach.window.journal_access.changed_elsewhere, timeout=10_000):
        os.replace(temporary, data_dir() / JOURNAL_FILE)
    journal = coach.window.journal_access.journal
    assert [entry["first_steps_pain"] for entry in journal.entries(CHECK_INS)] == [3]


def test_a_journal_near_the_size_limit_says_what_to_do(qtbot, monkeypatch):
    from heelcoach.journal import journal_file

    journal = Journal(data_dir())
    journal.add_set(at="2026-12-06T18:00:00", leg="left", target_reps=12, reps=12, note="x" * 900)
    journal.close()
    monkeypatch.setattr(journal_file, "NEARLY_FULL_BYTES", 500)  # the journal is past it
    coach = window(qtbot)
    notice = coach.window.notices.journal.text_label.text()
    assert notice.startswith("Your journal is 0 MiB, close to the 16 MiB HeelCoach can keep.")
    assert "Keep a backup (History, Ctrl+H)" in notice


def test_closing_a_moment_after_a_file_arrived_keeps_both_sides(qtbot, tmp_path):
    journal_before = Journal(data_dir())
    journal_before.add_set(at="2026-12-06T18:00:00", leg="left", target_reps=12, reps=12)
    journal_before.close()
    coach = window(qtbot)
    journal = coach.window.journal_access.journal
    today = coach.window._now().date().isoformat()
    journal.add_check_in(date=today, first_steps_pain=2)  # as the window saves it
    laptop_only = orjson.loads(the_laptop(tmp_path, a_set))
    laptop_only["check_ins"] = {}  # the laptop had not seen the check-in yet
    temporary = data_dir() / ".syncthing.journal.json.tmp"
    temporary.write_bytes(orjson.dumps(laptop_only))
    os.replace(temporary, data_dir() / JOURNAL_FILE)
    coach.window.close()  # at once: before the folder's watch has looked
    on_disk = orjson.loads((data_dir() / JOURNAL_FILE).read_bytes())
    assert len(on_disk[CHECK_INS]) == 1
    assert sorted(entry.get("note") for entry in on_disk[SETS].values()) == ["", "laptop"]
