"""A backup to restore passes the journal's own checks whole, or nothing changes; whatever
the clock has done since, the app's own backups come back."""

import os
from datetime import datetime, timedelta

import orjson
import pytest
from faults import GOOD_SET, META, within

from heelcoach.journal.entries import SETS, InvalidEntryError
from heelcoach.journal.exchange import MAX_BACKUP_BYTES, restore_backup, write_backup
from heelcoach.journal.journal import JOURNAL_FILE, Journal
from heelcoach.journal.storage import JournalReadOnlyError

NOW = datetime(2026, 11, 25, 9, 30)


def backup_of(**tables) -> bytes:
    return orjson.dumps({"meta": META, **tables})


@pytest.fixture
def journal(tmp_path):
    opened = Journal(tmp_path / "data", now=lambda: NOW)
    opened.add_set(at="2026-11-24T18:00:00", leg="left", target_reps=12, reps=12)
    return opened


def refused(journal, path, message):
    before = (journal.path).read_bytes()
    with within(10), pytest.raises(InvalidEntryError, match=message):
        restore_backup(journal, path, NOW)
    assert journal.path.read_bytes() == before
    assert len(journal.entries(SETS)) == 1


HOSTILE = {
    "ids 007 and 7": (backup_of(sets={"7": GOOD_SET, "007": GOOD_SET}), "not whole numbers"),
    "an id in superscript": (backup_of(sets={"²": GOOD_SET}), "not whole numbers"),
    "a meta row that is text": (b'{"meta": {"1": "v1"}, "sets": {}}', "version mark is damaged"),
    "a version of 2.5": (b'{"meta": {"1": {"schema_version": 2.5}}}', "version mark is damaged"),
    "a newer version": (b'{"meta": {"1": {"schema_version": 99}}}', "newer HeelCoach"),
    "an extra table that is not a table": (backup_of(plans=[1, 2]), "plans are damaged"),
    "an extra table with bad ids": (backup_of(plans={"x": {}}), "not whole numbers"),
    "an extra table of numbers": (backup_of(plans={"1": 5}), "plans are damaged"),
    "a set with pain 99": (backup_of(sets={"1": {**GOOD_SET, "pain": 99}}),
                           "sets entry 1: pain during the set must be from 0 to 10"),
    "a set in year 1": (backup_of(sets={"1": {**GOOD_SET, "at": "0001-01-01T00:00:00"}}),
                        "sets entry 1"),
    "a time not as HeelCoach writes it": (backup_of(sets={"1": {**GOOD_SET, "at": "2026-11-24"}}),
                                          "sets entry 1: the time must be"),
    "a deleted entry that is not one": (backup_of(trash={"1": {"table": "x"}}), "trash entry 1"),
    "not a backup": (b"[1, 2, 3]", "not a HeelCoach backup"),
    "not JSON": (b"\x00\xff", "not JSON"),
}  # fmt: skip


@pytest.mark.parametrize(("content", "message"), HOSTILE.values(), ids=HOSTILE.keys())
def test_a_hostile_backup_is_refused_and_the_journal_is_untouched(journal, tmp_path, content,
                                                                  message):  # fmt: skip
    (tmp_path / "backup.json").write_bytes(content)
    refused(journal, tmp_path / "backup.json", message)


def test_a_file_larger_than_decades_of_backups_is_refused_unread(journal, tmp_path):
    with open(tmp_path / "huge.json", "wb") as huge:
        huge.truncate(MAX_BACKUP_BYTES + 1)
    refused(journal, tmp_path / "huge.json", "larger than any HeelCoach backup")


def test_what_is_not_a_file_is_refused_without_reading_it(journal, tmp_path):
    os.mkfifo(tmp_path / "pipe.json")
    refused(journal, tmp_path / "pipe.json", "not a file")
    refused(journal, tmp_path, "not a file")
    (tmp_path / "zero.json").symlink_to("/dev/zero")
    refused(journal, tmp_path / "zero.json", "not a file")


def test_the_apps_own_backup_comes_back_after_the_clock_went_back(tmp_path):
    made = Journal(tmp_path / "a", now=lambda: NOW)
    made.add_set(at=NOW.isoformat(), leg="left", target_reps=12, reps=12)  # just now
    made.add_check_in(date=NOW.date().isoformat(), first_steps_pain=3)
    write_backup(made, tmp_path / "backup.json")

    an_hour_earlier = NOW - timedelta(hours=1, days=1)  # a flight west, past midnight
    other = Journal(tmp_path / "b", now=lambda: an_hour_earlier)
    restore_backup(other, tmp_path / "backup.json", an_hour_earlier)
    assert other.data() == made.data()


def test_restore_stores_what_it_checked_and_keeps_what_was_set_aside(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / JOURNAL_FILE).write_bytes(backup_of(sets={"1": GOOD_SET, "2": "bad"}))
    damaged = Journal(tmp_path / "a", now=lambda: NOW)
    damaged.add_set(at="2026-11-25T08:00:00", leg="left", target_reps=8, reps=8)
    write_backup(damaged, tmp_path / "backup.json")  # its quarantine comes along

    other = Journal(tmp_path / "b", now=lambda: NOW)
    restore_backup(other, tmp_path / "backup.json", NOW)
    assert [entry["reps"] for entry in other.entries(SETS)] == [12, 8]
    [kept] = other.data()["quarantine"].values()
    assert kept["entry"] == "bad"


def test_a_journal_from_a_newer_heelcoach_is_not_replaced_by_a_restore(tmp_path):
    made = Journal(tmp_path / "a", now=lambda: NOW)
    made.add_set(at="2026-11-24T18:00:00", leg="left", target_reps=12, reps=12)
    write_backup(made, tmp_path / "backup.json")
    newer = orjson.dumps({"meta": {"1": {"schema_version": 9}}, "sets": {"1": GOOD_SET}})
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / JOURNAL_FILE).write_bytes(newer)
    journal = Journal(tmp_path / "b", now=lambda: NOW)
    with pytest.raises(JournalReadOnlyError):
        restore_backup(journal, tmp_path / "backup.json", NOW)
    assert (tmp_path / "b" / JOURNAL_FILE).read_bytes() == newer


def test_a_journal_with_a_damaged_version_mark_can_be_restored_and_is_kept(tmp_path):
    made = Journal(tmp_path / "a", now=lambda: NOW)
    made.add_set(at="2026-11-24T18:00:00", leg="left", target_reps=12, reps=12)
    write_backup(made, tmp_path / "backup.json")
    damaged = orjson.dumps({"meta": {"1": "one"}, "sets": {"1": GOOD_SET}})
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / JOURNAL_FILE).write_bytes(damaged)
    journal = Journal(tmp_path / "b", now=lambda: NOW)
    kept = restore_backup(journal, tmp_path / "backup.json", NOW)
    assert kept.read_bytes() == damaged
    assert journal.read_only is None
    journal.add_check_in(date="2026-11-25", first_steps_pain=2)  # recording again


def test_the_daily_backup_of_a_journal_with_entries_set_aside_can_be_restored(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / JOURNAL_FILE).write_bytes(
        backup_of(sets={"1": GOOD_SET, "2": {**GOOD_SET, "pain": "high"}})
    )
    damaged = Journal(tmp_path / "a", now=lambda: NOW)
    daily = damaged.back_up_today()
    other = Journal(tmp_path / "b", now=lambda: NOW)
    restore_backup(other, daily, NOW)
    assert [entry["reps"] for entry in other.entries(SETS)] == [12]
    [kept] = other.data()["quarantine"].values()
    assert kept["entry"]["pain"] == "high"
