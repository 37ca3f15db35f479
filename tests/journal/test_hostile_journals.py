"""Whatever journal.json holds, the journal opens, shows only sound entries, keeps every
byte that was recorded, and either records or says plainly why it cannot."""

import errno
import os
from datetime import datetime

import orjson
import pytest
from faults import GOOD_SET, META, FullDisk, journal_bytes, within

from heelcoach.journal import checked_mark, journal_file
from heelcoach.journal.entries import CHECK_INS, SESSIONS, SETS, InvalidEntryError
from heelcoach.journal.exchange import read_backup, restore_backup
from heelcoach.journal.ids import JournalFullError
from heelcoach.journal.journal import JOURNAL_FILE, Journal, JournalUnavailableError
from heelcoach.journal.migrations import SCHEMA_VERSION
from heelcoach.journal.screening import MAX_ID_DIGITS, QUARANTINE
from heelcoach.journal.storage import JournalReadOnlyError, ReadOnlyReason
from heelcoach.progress.series import progress_of

NOW = datetime(2026, 11, 25, 9, 30)


def opened(folder):
    return Journal(folder, now=lambda: NOW)


def a_set(**changes):
    return {**GOOD_SET, **changes}


def written(folder):
    return orjson.loads((folder / JOURNAL_FILE).read_bytes())


def add_one(journal, **fields):
    return journal.add_set(at="2026-11-25T09:00:00", leg="right", target_reps=10, reps=10,
                           **fields)  # fmt: skip


HOSTILE_ROWS = {
    "a set whose pain is a word": {"sets": {"1": a_set(), "2": a_set(pain="high")}},
    "an id that is not a number": {"sets": {"1": a_set(), "abc": a_set()}},
    "an id in superscript digits": {"sets": {"1": a_set(), "²": a_set()}},
    "an id with a leading zero beside the same id": {"sets": {"7": a_set(), "007": a_set()}},
    "a set in year 1": {"sets": {"1": a_set(), "2": a_set(at="0001-01-01T00:00:00")}},
    "a set dated the other way": {"sets": {"1": a_set(), "2": a_set(at="20261124T180000")}},
    "a set that is not a dict": {"sets": {"1": a_set(), "2": "twelve reps"}},
    "a set without its reps": {"sets": {"1": a_set(), "2": {"at": "2026-11-24T18:00:00"}}},
    "a check-in with a date in year 9999": {
        "sets": {"1": a_set()},
        "check_ins": {"1": {"date": "9999-12-31", "first_steps_pain": 3}},
    },
    "a session table that is a list": {"sets": {"1": a_set()}, "sessions": [1, 2, 3]},
    "a huge id": {"sets": {"1": a_set(), "9" * 5000: a_set()}},
}


@pytest.mark.parametrize("tables", HOSTILE_ROWS.values(), ids=HOSTILE_ROWS.keys())
def test_a_bad_row_is_set_aside_as_it_was_and_recording_goes_on(tmp_path, tables):
    raw = journal_bytes(**tables)
    (tmp_path / JOURNAL_FILE).write_bytes(raw)
    journal = opened(tmp_path)
    assert journal.moved_aside is None and journal.read_only is None
    assert len(journal.set_aside) == 1
    [good] = journal.entries(SETS)  # only the sound set is shown
    assert good["reps"] == 12
    progress_of(journal.stored(SETS), journal.stored(SESSIONS), journal.stored(CHECK_INS))
    [as_found] = (tmp_path / "backups").glob("journal-as-found-*.json")
    assert as_found.read_bytes() == raw  # kept byte for byte before opening set it aside

    new_id = add_one(journal)
    on_disk = written(tmp_path)
    [kept] = on_disk[QUARANTINE].values()
    original = orjson.loads(raw)
    if kept["id"] is None:  # a whole table that was not a table
        assert kept["entry"] == original[kept["table"]]
    else:
        assert kept["entry"] == original[kept["table"]][kept["id"]]
    assert kept["reason"]
    assert str(new_id) in on_disk[SETS]

    again = opened(tmp_path)
    assert again.set_aside == []  # set aside once, and kept there
    assert len(again.entries(SETS)) == 2


def test_the_next_id_is_not_one_a_set_aside_entry_had(tmp_path):
    (tmp_path / JOURNAL_FILE).write_bytes(journal_bytes(sets={"1": a_set(), "5": a_set(pain=99)}))
    journal = opened(tmp_path)
    assert add_one(journal) not in (1, 5)


@pytest.mark.parametrize(
    ("meta", "reason"),
    [
        ({"1": "version one"}, ReadOnlyReason.UNKNOWN_VERSION),
        ({"1": {"schema_version": 2.5}}, ReadOnlyReason.UNKNOWN_VERSION),
        ({"1": {"schema_version": "1"}}, ReadOnlyReason.UNKNOWN_VERSION),
        ({"1": {"schema_version": True}}, ReadOnlyReason.UNKNOWN_VERSION),
        ("meta", ReadOnlyReason.UNKNOWN_VERSION),
        ({"1": {"schema_version": 99, "new_field": 1}}, ReadOnlyReason.NEWER_VERSION),
    ],
)
def test_a_journal_of_a_version_we_do_not_know_is_shown_and_never_written(tmp_path, meta, reason):
    raw = orjson.dumps({"meta": meta, "sets": {"1": a_set(), "2": a_set(pain="x")}})
    (tmp_path / JOURNAL_FILE).write_bytes(raw)
    journal = opened(tmp_path)
    assert journal.read_only is reason
    assert [entry["reps"] for entry in journal.entries(SETS)] == [12]  # shown, checked
    changes = [
        lambda: add_one(journal),
        lambda: journal.update(SETS, 1, pain=4),
        lambda: journal.delete(SETS, 1),
        lambda: journal.add_check_in(date="2026-11-25", first_steps_pain=2),
    ]
    for change in changes:
        with pytest.raises(JournalReadOnlyError):
            change()
    assert (tmp_path / JOURNAL_FILE).read_bytes() == raw
    assert len(journal.entries(SETS)) == 1  # nothing half-done in memory either
    assert orjson.loads(journal.dump()) is not None  # it can be backed up


def test_a_journal_whose_file_is_read_only_is_not_written(tmp_path):
    raw = journal_bytes(sets={"1": a_set()})
    (tmp_path / JOURNAL_FILE).write_bytes(raw)
    (tmp_path / JOURNAL_FILE).chmod(0o400)
    journal = opened(tmp_path)
    assert journal.read_only is ReadOnlyReason.FILE_READ_ONLY
    with pytest.raises(JournalReadOnlyError):
        add_one(journal)
    assert (tmp_path / JOURNAL_FILE).read_bytes() == raw


def test_a_folder_in_the_journals_place_is_moved_aside_unread(tmp_path):
    (tmp_path / JOURNAL_FILE).mkdir()
    (tmp_path / JOURNAL_FILE / "inside.txt").write_text("mine")
    journal = opened(tmp_path)
    assert (journal.moved_aside / "inside.txt").read_text() == "mine"
    add_one(journal)
    assert len(opened(tmp_path).entries(SETS)) == 1


def test_a_fifo_in_the_journals_place_does_not_hang_the_opening(tmp_path):
    os.mkfifo(tmp_path / JOURNAL_FILE)
    with within(10):
        journal = opened(tmp_path)
    assert journal.moved_aside.is_fifo()
    add_one(journal)


def test_a_journal_far_larger_than_any_journal_is_moved_aside_unread(tmp_path):
    with open(tmp_path / JOURNAL_FILE, "wb") as huge:
        huge.truncate(200 * 1024 * 1024)  # sparse: takes no room, would take 200 MB to read
    journal = opened(tmp_path)
    assert journal.moved_aside.stat().st_size == 200 * 1024 * 1024
    assert set(journal.counts().values()) == {0}


def test_a_journal_that_cannot_be_read_is_left_alone_and_said_so(tmp_path, monkeypatch):
    raw = journal_bytes(sets={"1": a_set()})
    (tmp_path / JOURNAL_FILE).write_bytes(raw)

    def no_permission(path, limit):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))

    monkeypatch.setattr("heelcoach.journal.journal_file.read_regular_file", no_permission)
    with pytest.raises(JournalUnavailableError) as error:
        opened(tmp_path)
    assert error.value.cause.errno == errno.EACCES
    assert sorted(os.listdir(tmp_path)) == [JOURNAL_FILE]
    assert (tmp_path / JOURNAL_FILE).read_bytes() == raw


def test_integers_beyond_64_bits_are_written_back_exactly(tmp_path):
    huge = 123456789012345678901234567890
    text = (b'{"meta": {"1": {"schema_version": %d}}, "sets": {"1": ' % SCHEMA_VERSION
            + orjson.dumps(a_set())[:-1] + b', "heart_rate": ' + str(huge).encode()
            + b'}}, "devices": {"1": {"serial": -' + str(huge).encode() + b"}}}")  # fmt: skip
    (tmp_path / JOURNAL_FILE).write_bytes(text)
    journal = opened(tmp_path)
    add_one(journal)
    on_disk = (tmp_path / JOURNAL_FILE).read_bytes()
    assert f'"heart_rate":{huge}'.encode() in on_disk
    assert f'"serial":-{huge}'.encode() in on_disk


@pytest.mark.parametrize("number", [errno.ENOSPC, errno.EROFS, errno.EIO])
def test_a_refusing_disk_changes_nothing_on_disk_or_on_screen_and_recording_resumes(
    tmp_path, monkeypatch, number
):
    journal = opened(tmp_path)
    first = add_one(journal)
    before = (tmp_path / JOURNAL_FILE).read_bytes()
    disk = FullDisk(monkeypatch, tmp_path, number)
    attempts = [
        lambda: add_one(journal),
        lambda: journal.update(SETS, first, pain=6),
        lambda: journal.delete(SETS, first),
        lambda: journal.add_check_in(date="2026-11-25", first_steps_pain=2),
    ]
    for attempt in attempts:
        with pytest.raises(OSError) as error:
            attempt()
        assert error.value.errno == number
        assert (tmp_path / JOURNAL_FILE).read_bytes() == before
        assert [(e.doc_id, e["pain"]) for e in journal.entries(SETS)] == [(first, None)]
        assert journal.counts()[CHECK_INS] == 0 and not journal.can_undo_delete
    assert not [name for name in os.listdir(tmp_path) if name.endswith(".tmp")]

    disk.space_freed()
    second = add_one(journal)
    assert second == first + 2  # its id and its version's: none used up by the failed writes
    assert [e.doc_id for e in opened(tmp_path).entries(SETS)] == [first, second]


def test_undo_brings_a_deleted_set_back_after_a_restart_and_its_id_is_never_reused(tmp_path):
    journal = opened(tmp_path)
    first = add_one(journal)
    newest = add_one(journal)
    journal.delete(SETS, newest)
    journal.close()

    restarted = opened(tmp_path)
    assert restarted.can_undo_delete
    trained = add_one(restarted)
    assert trained != newest
    assert restarted.undo_delete() == (SETS, newest)
    assert sorted(e.doc_id for e in restarted.entries(SETS)) == sorted([first, newest, trained])
    assert not restarted.can_undo_delete


def test_deletions_are_undone_newest_first_and_the_trash_is_bounded(tmp_path, monkeypatch):
    from heelcoach.journal import journal as journal_module

    monkeypatch.setattr(journal_module, "TRASH_KEEP", 20)  # 200 in use: 20 make the point
    journal = opened(tmp_path)
    ids = [add_one(journal) for _ in range(25)]
    for doc_id in ids:
        journal.delete(SETS, doc_id)
    assert journal.undo_delete() == (SETS, ids[-1])
    assert journal.undo_delete() == (SETS, ids[-2])
    undone = 2
    while journal.undo_delete() is not None:
        undone += 1
    assert undone == 20  # the newest twenty deletions can come back


def test_an_older_journal_is_kept_byte_for_byte_before_it_is_brought_up(tmp_path):
    old = b'{"sets": {"1": ' + orjson.dumps(a_set()) + b'}, "notes": {"1": {"x": 1}}}'
    (tmp_path / JOURNAL_FILE).write_bytes(old)
    journal = opened(tmp_path)
    [kept] = (tmp_path / "backups").glob("journal-version-0-*.json")
    assert kept.read_bytes() == old
    assert written(tmp_path)["meta"]["1"]["schema_version"] == SCHEMA_VERSION
    assert written(tmp_path)["notes"] == {"1": {"x": 1}}
    assert len(journal.entries(SETS)) == 1


def test_a_journal_a_newer_heelcoach_wrote_keeps_its_own_fields(tmp_path):
    raw = orjson.dumps({"meta": {"1": {"schema_version": SCHEMA_VERSION, "future": [1]}},
                        "sets": {"1": a_set(heart_rate=90)}, "plans": {"1": {"x": 2}}})  # fmt: skip
    (tmp_path / JOURNAL_FILE).write_bytes(raw)
    add_one(opened(tmp_path))
    data = written(tmp_path)
    assert data["meta"]["1"]["future"] == [1]
    assert data["sets"]["1"]["heart_rate"] == 90
    assert data["plans"] == {"1": {"x": 2}}
    assert META["1"].items() <= data["meta"]["1"].items()


def test_a_journal_changed_by_another_program_is_checked_again(tmp_path):
    journal = opened(tmp_path)
    doc_id = add_one(journal)
    assert opened(tmp_path).set_aside == []  # unchanged since written: not checked again
    data = written(tmp_path)
    data[SETS][str(doc_id)]["reps"] = "many"  # an editor, a sync tool, a bad sector
    (tmp_path / JOURNAL_FILE).write_bytes(orjson.dumps(data))
    assert [str(moved) for moved in opened(tmp_path).set_aside] == [
        f"sets entry {doc_id}: reps must be a whole number from 0 to 100, not 'many'"
    ]


@pytest.mark.parametrize(
    ("mark", "checked"),
    [
        (b"", True),
        (b"garbage", True),
        (b"[]", True),
        (b'{"checks": 2, "content": "%s", "long_integers": false}', True),
        (b'{"checks": 3, "content": "%s", "long_integers": "no"}', True),
        (b'{"checks": 3, "content": "%s", "long_integers": false}', False),
    ],
    ids=["empty", "garbage", "not a note", "from older checks", "garbled", "sound"],
)
def test_only_a_sound_note_of_these_very_bytes_spares_checking_them(tmp_path, mark, checked):
    raw = journal_bytes(sets={"1": a_set(), "2": a_set(pain="high")})
    (tmp_path / JOURNAL_FILE).write_bytes(raw)
    digest = checked_mark.digest(raw).encode()
    (tmp_path / checked_mark.MARK_FILE).write_bytes(mark.replace(b"%s", digest))
    assert len(opened(tmp_path).set_aside) == (1 if checked else 0)


def test_a_computer_whose_clock_reset_to_1970_still_records_its_sets(tmp_path):
    reset = datetime(1970, 1, 1, 0, 20)  # a flat clock battery, the first minutes of 1970
    journal = Journal(tmp_path, now=lambda: reset)
    journal.add_set(at="1970-01-01T00:10:00", leg="left", target_reps=12, reps=12, pain=3)
    journal.add_check_in(date="1970-01-01", first_steps_pain=4)
    again = opened(tmp_path)
    assert again.set_aside == []
    [kept] = again.entries(SETS)
    assert kept["at"] == "1970-01-01T00:10:00"
    progress_of(again.stored(SETS), again.stored(SESSIONS), again.stored(CHECK_INS))


def test_a_journal_holding_the_highest_id_takes_new_entries_and_overwrites_none(tmp_path):
    last = "9" * MAX_ID_DIGITS
    (tmp_path / JOURNAL_FILE).write_bytes(journal_bytes(sets={last: a_set(note="keep me")}))
    journal = opened(tmp_path)
    new_id = add_one(journal)
    assert str(new_id) != last
    notes = {entry.doc_id: entry["note"] for entry in opened(tmp_path).entries(SETS)}
    assert notes == {int(last): "keep me", new_id: ""}


@pytest.mark.parametrize("make", [os.mkfifo, lambda path: path.symlink_to("/dev/zero")],
                         ids=["a FIFO", "a link to /dev/zero"])  # fmt: skip
def test_a_note_of_checked_content_that_is_not_a_file_does_not_hang_the_opening(tmp_path, make):
    (tmp_path / JOURNAL_FILE).write_bytes(journal_bytes(sets={"1": a_set()}))
    make(tmp_path / checked_mark.MARK_FILE)
    with within(10):
        journal = opened(tmp_path)
    assert len(journal.entries(SETS)) == 1


def test_numbers_beyond_what_a_float_or_64_bits_hold_are_kept_digit_for_digit(tmp_path):
    text = (b'{"meta": {"1": {"schema_version": %d}}, "sets": {"1": ' % SCHEMA_VERSION
            + orjson.dumps(a_set())[:-1] + b', "sensor": 1e400, "offset": -9999999999999999999},'
            b' "2": ' + orjson.dumps(a_set())[:-1] + b', "load_kg": 2e400}}}')  # fmt: skip
    (tmp_path / JOURNAL_FILE).write_bytes(text)
    journal = opened(tmp_path)
    assert journal.moved_aside is None  # not thrown out whole for one number
    [moved] = journal.set_aside  # the set whose weight is no number a float holds
    assert (moved.table, moved.key) == (SETS, "2")
    add_one(journal)
    on_disk = (tmp_path / JOURNAL_FILE).read_bytes()
    for number in (b'"sensor":1e400', b'"offset":-9999999999999999999', b'"load_kg":2e400'):
        assert number in on_disk


def test_an_older_journal_that_cannot_first_be_copied_is_only_read(tmp_path):
    old = b'{"sets": {"1": ' + orjson.dumps(a_set()) + b"}}"
    (tmp_path / JOURNAL_FILE).write_bytes(old)
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "backups").symlink_to(tmp_path / "elsewhere")  # not written through
    journal = opened(tmp_path)
    assert journal.read_only is ReadOnlyReason.NOT_BACKED_UP
    assert len(journal.entries(SETS)) == 1
    with pytest.raises(JournalReadOnlyError):
        add_one(journal)
    assert (tmp_path / JOURNAL_FILE).read_bytes() == old


def test_undo_does_not_make_two_check_ins_of_one_day(tmp_path):
    journal = opened(tmp_path)
    first = journal.add_check_in(date="2026-11-25", first_steps_pain=6)
    journal.delete(CHECK_INS, first)
    journal.add_check_in(date="2026-11-25", first_steps_pain=3)
    journal.close()
    restarted = opened(tmp_path)
    before = (tmp_path / JOURNAL_FILE).read_bytes()
    with pytest.raises(InvalidEntryError, match="there is a check-in for 2026-11-25 already"):
        restarted.undo_delete()
    assert (tmp_path / JOURNAL_FILE).read_bytes() == before
    assert [entry["first_steps_pain"] for entry in restarted.entries(CHECK_INS)] == [3]
    assert restarted.can_undo_delete  # still there, for once that day's is deleted


ONE_BAD_VALUE = {
    "NaN": b'"pain": NaN',
    "Infinity": b'"load_kg": Infinity',
    "minus Infinity": b'"load_kg": -Infinity',
    "a lone surrogate": b'"note": "\\ud800"',
    "a Latin-1 byte": b'"note": "h\xe6l"',
}


@pytest.mark.parametrize("value", ONE_BAD_VALUE.values(), ids=ONE_BAD_VALUE.keys())
def test_one_value_json_cannot_carry_costs_its_row_not_the_journal(tmp_path, value):
    good, bad = orjson.dumps(a_set(note="keep me")), orjson.dumps(a_set())[:-1] + b", " + value
    raw = b'{"meta": %s, "sets": {"1": %s, "2": %s}}' % (orjson.dumps(META), good, bad + b"}")
    (tmp_path / JOURNAL_FILE).write_bytes(raw)
    journal = opened(tmp_path)
    assert journal.moved_aside is None
    assert [(moved.table, moved.key) for moved in journal.set_aside] == [(SETS, "2")]
    assert [entry["note"] for entry in journal.entries(SETS)] == ["keep me"]
    [as_found] = (tmp_path / "backups").glob("journal-as-found-*.json")
    assert as_found.read_bytes() == raw  # byte for byte
    add_one(journal)
    [kept] = written(tmp_path)[QUARANTINE].values()
    assert kept["table"] == SETS and "JSON cannot carry" in kept["reason"]
    assert value.split(b":")[0].decode().strip('"') in kept["entry"]  # the row, as text
    assert len(opened(tmp_path).entries(SETS)) == 2
    restored = read_backup(as_found)  # a backup of such a file restores the same way
    assert len(restored[SETS]) == 1 and len(restored[QUARANTINE]) == 1


def test_a_byte_order_mark_costs_nothing(tmp_path):
    raw = b"\xef\xbb\xbf" + journal_bytes(sets={"1": a_set()})
    (tmp_path / JOURNAL_FILE).write_bytes(raw)
    journal = opened(tmp_path)
    assert journal.moved_aside is None and journal.set_aside == []
    assert len(journal.entries(SETS)) == 1


@pytest.fixture
def small_limit(monkeypatch):
    """The size limit made small (64 KiB), so that a test can reach it in a few sets."""
    limit = 64 * 1024
    monkeypatch.setattr(journal_file, "MAX_JOURNAL_BYTES", limit)
    monkeypatch.setattr(journal_file, "NEARLY_FULL_BYTES", limit * 3 // 4)
    return limit


def test_a_journal_is_never_written_larger_than_it_can_be_read(tmp_path, small_limit):
    journal = opened(tmp_path)
    note = "x" * 1500
    while not journal.nearly_full:
        add_one(journal, note=note)
    assert (tmp_path / JOURNAL_FILE).stat().st_size > small_limit * 3 // 4  # said from here on
    with pytest.raises(JournalFullError, match="larger than 0 MiB"):
        while True:
            add_one(journal, note=note)
    size = (tmp_path / JOURNAL_FILE).stat().st_size
    assert size <= small_limit
    again = opened(tmp_path)  # the next start reads every entry written
    assert again.moved_aside is None
    assert len(again.entries(SETS)) == len(journal.entries(SETS))


def test_a_backup_larger_than_a_journal_may_be_is_not_restored(tmp_path, small_limit):
    journal = opened(tmp_path)
    add_one(journal)
    sets = {str(number): a_set(note="y" * 1500) for number in range(1, 60)}
    backup = tmp_path / "big-backup.json"
    backup.write_bytes(journal_bytes(sets=sets))  # 90 KiB: more than the limit
    before = (tmp_path / JOURNAL_FILE).read_bytes()
    with pytest.raises(InvalidEntryError, match="larger than"):
        restore_backup(journal, backup, datetime(2026, 11, 25, 10))
    assert (tmp_path / JOURNAL_FILE).read_bytes() == before
