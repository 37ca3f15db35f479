"""A journal in a synced folder, written on two computers: nothing either one recorded is
lost, whatever the sync tool brings in and whenever it does."""

import multiprocessing
import os
from datetime import datetime
from pathlib import Path

import orjson
import pytest

from heelcoach.journal.entries import CHECK_INS, SETS
from heelcoach.journal.journal import JOURNAL_FILE, Journal
from heelcoach.journal.storage import JournalReadOnlyError, JournalStorage
from heelcoach.journal.sync_copies import sync_copies

NOW = datetime(2026, 12, 7, 20, 0)


def opened(folder):
    return Journal(folder, now=lambda: NOW)


def a_set(minute, **changes):
    return {"at": f"2026-12-07T18:{minute:02d}:00", "leg": "left", "target_reps": 12,
            "reps": 12, "pain": 2, **changes}  # fmt: skip


def synced(source, target, name=JOURNAL_FILE):
    """What a sync tool does: the other computer's file, whole, under the journal's name."""
    temporary = target / f".syncthing.{name}.tmp"
    temporary.write_bytes((source / JOURNAL_FILE).read_bytes())
    os.replace(temporary, target / name)


def on_disk(folder):
    return Journal(folder, now=lambda: NOW)


def the_sync_tool_wins_the_race(monkeypatch, source, target):
    """From now on, `source`'s file replaces `target`'s just before each write there: after
    the change was made, before the file is read for the last time."""
    merged_with_theirs = JournalStorage._merged_with_theirs

    def replaced_then_merged(storage):
        synced(source, target)
        return merged_with_theirs(storage)

    monkeypatch.setattr(JournalStorage, "_merged_with_theirs", replaced_then_merged)


@pytest.fixture
def desktop_and_laptop(tmp_path):
    desktop, laptop = tmp_path / "desktop", tmp_path / "laptop"
    desktop.mkdir()
    laptop.mkdir()
    return desktop, laptop


def test_the_laptops_check_in_synced_in_during_a_set_is_kept_beside_the_set(desktop_and_laptop):
    desktop, laptop = desktop_and_laptop
    at_desk = opened(desktop)
    at_desk.add_set(**a_set(0))
    synced(desktop, laptop)
    opened(laptop).add_check_in(date="2026-12-07", first_steps_pain=3)
    synced(laptop, desktop)  # while the desktop's app is open, mid-session
    at_desk.add_set(**a_set(2))
    reopened = on_disk(desktop)
    assert [entry["at"][-5:] for entry in reopened.entries(SETS)] == ["00:00", "02:00"]
    assert [entry["first_steps_pain"] for entry in reopened.entries(CHECK_INS)] == [3]
    assert [entry["first_steps_pain"] for entry in at_desk.entries(CHECK_INS)] == [3]


def test_a_file_replaced_between_the_change_and_its_write_is_merged(desktop_and_laptop,
                                                                      monkeypatch):  # fmt: skip
    desktop, laptop = desktop_and_laptop
    at_desk = opened(desktop)
    at_desk.add_set(**a_set(0))
    synced(desktop, laptop)
    opened(laptop).add_check_in(date="2026-12-07", first_steps_pain=3)
    the_sync_tool_wins_the_race(monkeypatch, laptop, desktop)
    at_desk.add_set(**a_set(2))
    reopened = on_disk(desktop)
    assert len(reopened.entries(SETS)) == 2
    assert [entry["first_steps_pain"] for entry in reopened.entries(CHECK_INS)] == [3]


def test_what_the_other_computer_corrected_and_deleted_is_taken_in(desktop_and_laptop):
    desktop, laptop = desktop_and_laptop
    at_desk = opened(desktop)
    corrected, deleted = at_desk.add_set(**a_set(0)), at_desk.add_set(**a_set(2))
    synced(desktop, laptop)
    on_laptop = opened(laptop)
    on_laptop.update(SETS, corrected, pain=5)
    on_laptop.delete(SETS, deleted)
    synced(laptop, desktop)
    added = at_desk.add_set(**a_set(4))
    kept = {entry.doc_id: entry["pain"] for entry in on_disk(desktop).entries(SETS)}
    assert kept == {corrected: 5, added: 2}
    assert at_desk.take_conflicts() == []


def test_entries_the_other_computer_never_saw_are_not_lost_with_its_file(desktop_and_laptop):
    desktop, laptop = desktop_and_laptop
    at_desk = opened(desktop)
    first = at_desk.add_set(**a_set(0))
    synced(desktop, laptop)
    unseen = at_desk.add_set(**a_set(2))  # the sync tool has not carried it over yet
    opened(laptop).add_check_in(date="2026-12-07", first_steps_pain=3)
    synced(laptop, desktop)  # the laptop's file, without the desktop's second set
    at_desk.add_check_in(date="2026-12-06", first_steps_pain=4)
    reopened = on_disk(desktop)
    assert sorted(entry.doc_id for entry in reopened.entries(SETS)) == sorted([first, unseen])
    assert len(reopened.entries(CHECK_INS)) == 2


def test_one_entry_changed_on_both_computers_is_kept_in_both_forms_and_said(
    desktop_and_laptop, monkeypatch
):
    desktop, laptop = desktop_and_laptop
    at_desk = opened(desktop)
    both = at_desk.add_set(**a_set(0))
    synced(desktop, laptop)
    opened(laptop).update(SETS, both, note="laptop: left calf tight")
    the_sync_tool_wins_the_race(monkeypatch, laptop, desktop)
    at_desk.update(SETS, both, note="desktop: felt easy")
    [conflict] = at_desk.take_conflicts()
    assert conflict.key == str(both)
    notes = sorted(entry["note"] for entry in on_disk(desktop).entries(SETS))
    assert notes == ["desktop: felt easy", "laptop: left calf tight"]


def _write_by_turns(folder, name, turns, my_turn, next_turn):
    journal = Journal(folder, now=lambda: NOW)
    for turn in range(turns):
        my_turn.wait()
        my_turn.clear()
        journal.add_set(**a_set(turn % 60, note=f"{name} {turn}"))
        next_turn.set()


def test_two_processes_writing_by_turns_into_one_folder_keep_every_entry(tmp_path):
    opened(tmp_path).close()
    turns = 200
    context = multiprocessing.get_context("spawn")
    desktop_turn, laptop_turn = context.Event(), context.Event()
    writers = [
        context.Process(target=_write_by_turns,
                        args=(tmp_path, "desktop", turns, desktop_turn, laptop_turn)),
        context.Process(target=_write_by_turns,
                        args=(tmp_path, "laptop", turns, laptop_turn, desktop_turn)),
    ]  # fmt: skip
    for writer in writers:
        writer.start()
    desktop_turn.set()
    for writer in writers:
        writer.join(timeout=300)
        assert writer.exitcode == 0
    notes = {entry["note"] for entry in on_disk(tmp_path).entries(SETS)}
    expected = {f"{name} {turn}" for name in ("desktop", "laptop") for turn in range(turns)}
    assert notes == expected


SYNC_COPY_NAMES = [
    "journal.sync-conflict-20261207-183000-ABCDEF1.json",  # Syncthing
    "journal (conflicted copy 2026-12-07 183000).json",  # Nextcloud
    "journal (Laptop's conflicted copy 2026-12-07).json",  # Dropbox
]


@pytest.mark.parametrize("name", SYNC_COPY_NAMES)
def test_a_sync_tools_conflict_copy_is_found_merged_and_set_aside(desktop_and_laptop, name):
    desktop, laptop = desktop_and_laptop
    at_desk = opened(desktop)
    shared = at_desk.add_set(**a_set(0))
    synced(desktop, laptop)
    on_laptop = opened(laptop)
    on_laptop.add_check_in(date="2026-12-07", first_steps_pain=3)
    on_laptop.update(SETS, shared, note="laptop")
    at_desk.add_set(**a_set(2))  # both changed the journal while apart: a conflict copy
    synced(laptop, desktop, name=name)
    assert sync_copies(desktop) == [desktop / name]
    merged = at_desk.merge_copy(desktop / name)
    assert merged.added == 1 and merged.conflicts == []  # the check-in
    assert sync_copies(desktop) == []
    assert list((desktop / "backups").glob(f"merged-*{name}"))
    reopened = on_disk(desktop)
    assert len(reopened.entries(SETS)) == 2 and len(reopened.entries(CHECK_INS)) == 1
    assert reopened.entry(SETS, shared)["note"] == "laptop"  # corrected there only


def test_a_link_or_another_name_is_no_conflict_copy(tmp_path):
    opened(tmp_path).close()
    (tmp_path / "journal.sync-conflict-1.json").symlink_to(tmp_path / JOURNAL_FILE)
    (tmp_path / "notes (conflicted copy).txt").write_text("mine")
    (tmp_path / "journal.unreadable-20261207-101010.json").write_bytes(b"{")
    assert sync_copies(tmp_path) == []


def test_a_newer_heelcoachs_file_synced_in_stops_writing_and_keeps_both(desktop_and_laptop):
    desktop, _laptop = desktop_and_laptop
    at_desk = opened(desktop)
    at_desk.add_set(**a_set(0))
    newer = orjson.loads((desktop / JOURNAL_FILE).read_bytes())
    newer["meta"]["1"]["schema_version"] = 99
    (desktop / JOURNAL_FILE).write_bytes(orjson.dumps(newer))
    with pytest.raises(JournalReadOnlyError):
        at_desk.add_set(**a_set(2))
    assert orjson.loads((desktop / JOURNAL_FILE).read_bytes()) == newer
    assert len(at_desk.entries(SETS)) == 1


def test_the_journal_says_whether_it_holds_the_files_very_bytes(desktop_and_laptop):
    """What `heelcoach --today`'s digest is made from must be the file's own bytes."""
    desktop, laptop = desktop_and_laptop
    at_desk = opened(desktop)
    at_desk.add_set(**a_set(0))
    assert at_desk.holds_exactly((desktop / JOURNAL_FILE).read_bytes())
    synced(desktop, laptop)
    opened(laptop).add_check_in(date="2026-12-07", first_steps_pain=3)
    synced(laptop, desktop)
    assert not at_desk.holds_exactly((desktop / JOURNAL_FILE).read_bytes())
    assert at_desk.refresh()  # what the laptop had not seen is written back at once
    assert at_desk.holds_exactly((desktop / JOURNAL_FILE).read_bytes())


def a_stale_file_arrives(desktop, laptop, on_the_desktop):
    """The laptop's file, written from an older copy of the desktop's journal, arrives
    after the desktop did `on_the_desktop` (the sync tool made no conflict copy)."""
    at_desk = opened(desktop)
    first, second = at_desk.add_set(**a_set(0)), at_desk.add_set(**a_set(2))
    synced(desktop, laptop)
    opened(laptop).add_check_in(date="2026-12-07", first_steps_pain=3)
    on_the_desktop(at_desk, first, second)
    synced(laptop, desktop)
    assert at_desk.refresh()
    return on_disk(desktop), first, second


def test_a_stale_file_does_not_undo_a_deletion(desktop_and_laptop):
    journal, first, _second = a_stale_file_arrives(
        *desktop_and_laptop, lambda desk, first, second: desk.delete(SETS, second)
    )
    assert [entry.doc_id for entry in journal.entries(SETS)] == [first]
    assert len(journal.entries(CHECK_INS)) == 1


def test_a_stale_file_does_not_undo_a_correction(desktop_and_laptop):
    journal, first, _second = a_stale_file_arrives(
        *desktop_and_laptop, lambda desk, first, second: desk.update(SETS, first, reps=9)
    )
    assert journal.entry(SETS, first)["reps"] == 9
    assert len(journal.entries(CHECK_INS)) == 1


def test_a_stale_file_does_not_take_away_what_was_added_since(desktop_and_laptop):
    journal, _first, _second = a_stale_file_arrives(
        *desktop_and_laptop, lambda desk, first, second: desk.add_set(**a_set(4))
    )
    assert len(journal.entries(SETS)) == 3  # on disk at once, not only in memory


def test_both_computers_correcting_one_set_keep_both_and_agree(desktop_and_laptop):
    desktop, laptop = desktop_and_laptop
    at_desk = opened(desktop)
    shared = at_desk.add_set(**a_set(0))
    synced(desktop, laptop)
    on_laptop = opened(laptop)
    on_laptop.update(SETS, shared, pain=5)
    at_desk.update(SETS, shared, pain=4)
    synced(laptop, desktop)
    assert at_desk.refresh()
    [conflict] = at_desk.take_conflicts()
    assert conflict.key == str(shared)
    assert sorted(entry["pain"] for entry in at_desk.entries(SETS)) == [4, 5]
    synced(desktop, laptop)  # and back: the laptop ends with the same two, under the same ids
    assert on_laptop.refresh()
    assert on_laptop.data()[SETS] == at_desk.data()[SETS]


def test_two_check_ins_for_one_day_from_two_computers_are_kept_and_said(desktop_and_laptop):
    desktop, laptop = desktop_and_laptop
    at_desk = opened(desktop)
    at_desk.add_set(**a_set(0))
    synced(desktop, laptop)
    opened(laptop).add_check_in(date="2026-12-07", first_steps_pain=6)
    at_desk.add_check_in(date="2026-12-07", first_steps_pain=1)
    synced(laptop, desktop)
    assert at_desk.refresh()
    [conflict] = at_desk.take_conflicts()
    assert conflict.table == CHECK_INS
    assert sorted(entry["first_steps_pain"] for entry in at_desk.entries(CHECK_INS)) == [1, 6]


def test_many_corrections_then_a_stale_file_leave_one_set(desktop_and_laptop):
    desktop, laptop = desktop_and_laptop
    at_desk = opened(desktop)
    corrected = at_desk.add_set(**a_set(0))
    synced(desktop, laptop)
    opened(laptop).add_check_in(date="2026-12-07", first_steps_pain=3)
    for pain in range(10):
        at_desk.update(SETS, corrected, pain=pain)
    synced(laptop, desktop)
    assert at_desk.refresh()
    assert [entry["pain"] for entry in on_disk(desktop).entries(SETS)] == [9]
    assert at_desk.take_conflicts() == []


def test_a_set_corrected_again_after_a_conflict_leaves_no_old_form(desktop_and_laptop):
    desktop, laptop = desktop_and_laptop
    at_desk = opened(desktop)
    shared = at_desk.add_set(**a_set(0))
    synced(desktop, laptop)
    on_laptop = opened(laptop)
    at_desk.update(SETS, shared, note="desktop")
    on_laptop.update(SETS, shared, note="laptop first")
    synced(laptop, desktop)
    at_desk.refresh()
    on_laptop.update(SETS, shared, note="laptop second")  # before the desktop's merge arrives
    for _ in range(3):  # back and forth
        synced(desktop, laptop)
        on_laptop.refresh()
        synced(laptop, desktop)
        at_desk.refresh()
    notes = sorted(entry["note"] for entry in on_disk(desktop).entries(SETS))
    assert notes == ["desktop", "laptop second"]
    assert on_disk(desktop).data()[SETS] == on_disk(laptop).data()[SETS]


def test_a_deletion_undone_and_made_again_is_undone_once(desktop_and_laptop):
    desktop, laptop = desktop_and_laptop
    at_desk = opened(desktop)
    deleted = at_desk.add_set(**a_set(0))
    at_desk.delete(SETS, deleted)
    synced(desktop, laptop)
    opened(laptop).add_check_in(date="2026-12-07", first_steps_pain=3)  # its trash: the first
    at_desk.undo_delete()
    at_desk.delete(SETS, deleted)
    synced(laptop, desktop)
    assert at_desk.refresh()
    assert at_desk.undo_delete() == (SETS, deleted)
    assert at_desk.undo_delete() is None
    assert [entry.doc_id for entry in at_desk.entries(SETS)] == [deleted]


OLDER = Path(__file__).parent / "written_by" / "heelcoach-0.2-schema-4.json"


def an_older_heelcoachs_file(folder, name=JOURNAL_FILE, **changes_to_set_2):
    """The version-4 journal of written_by/, as HeelCoach 0.2 would write it with set 2
    corrected."""
    data = orjson.loads(OLDER.read_bytes())
    data[SETS]["2"] = {**data[SETS]["2"], **changes_to_set_2}
    (folder / name).write_bytes(orjson.dumps(data))


def test_a_correction_an_older_heelcoach_made_is_taken_in(desktop_and_laptop):
    desktop, _laptop = desktop_and_laptop
    (desktop / JOURNAL_FILE).write_bytes(OLDER.read_bytes())
    at_desk = Journal(desktop, now=lambda: NOW)
    at_desk.add_set(**a_set(0))
    an_older_heelcoachs_file(desktop, pain=9)  # 0.2, still open on the laptop, wrote this
    assert at_desk.refresh()
    assert at_desk.entry(SETS, 2)["pain"] == 9
    assert len(at_desk.entries(SETS)) == 3  # 2, 3 and the desktop's
    assert at_desk.take_conflicts() == []


def test_a_set_corrected_here_and_by_an_older_heelcoach_keeps_both(desktop_and_laptop):
    desktop, _laptop = desktop_and_laptop
    (desktop / JOURNAL_FILE).write_bytes(OLDER.read_bytes())
    at_desk = Journal(desktop, now=lambda: NOW)
    at_desk.update(SETS, 2, pain=4)
    an_older_heelcoachs_file(desktop, pain=9)
    assert at_desk.refresh()
    assert [conflict.key for conflict in at_desk.take_conflicts()] == ["2"]
    assert sorted(entry["pain"] for entry in at_desk.entries(SETS)) == [4, 6, 9]


def test_one_older_conflict_copy_merged_on_two_computers_agrees(desktop_and_laptop):
    desktop, laptop = desktop_and_laptop
    for folder in (desktop, laptop):
        (folder / JOURNAL_FILE).write_bytes(OLDER.read_bytes())
        Journal(folder, now=lambda: NOW).update(SETS, 2, pain=4)
    copy_name = "journal.sync-conflict-20261207-183000-OLDCOPY.json"
    for folder in (desktop, laptop):  # the sync tool put the same copy in both folders
        an_older_heelcoachs_file(folder, copy_name, pain=9)
    desk, lap = opened(desktop), opened(laptop)
    desk.merge_copy(desktop / copy_name)
    lap.merge_copy(laptop / copy_name)
    synced(desktop, laptop)
    lap.refresh()
    assert sorted(entry["pain"] for entry in lap.entries(SETS)) == [4, 6, 9]
