"""Whatever arrives at the journal's boundary, it never crashes and never half-writes."""

import json
import shutil
from datetime import datetime

from faults import GOOD_SET
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from heelcoach.journal.entries import (
    CHECK_INS,
    SESSIONS,
    SETS,
    InvalidEntryError,
    all_stored_valid,
    stored_problem,
)
from heelcoach.journal.exchange import checked_backup, restore_backup
from heelcoach.journal.journal import JOURNAL_FILE, Journal
from heelcoach.journal.storage import JournalReadOnlyError
from heelcoach.progress.series import progress_of

NOW = datetime(2026, 11, 25, 9, 30)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-50, 300) | st.floats(allow_nan=False)
    | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                max_size=4),
    max_leaves=12,
)  # fmt: skip
set_fields = st.fixed_dictionaries(
    {},
    optional={
        "at": st.sampled_from(["2026-11-24T18:00:00", "2030-01-01T00:00:00", "yesterday", 5]),
        "leg": st.sampled_from(["left", "right", "both", "up", None]),
        "target_reps": json_values, "reps": json_values, "load_kg": json_values,
        "pain": json_values, "note": json_values, "tempo_ms": json_values,
        "unknown": json_values,
    },
)  # fmt: skip
FUZZ = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip


@FUZZ
@given(fields=set_fields)
def test_any_set_is_either_stored_whole_or_refused_with_nothing_written(tmp_path, fields):
    journal = Journal(tmp_path, now=lambda: NOW)
    before = (tmp_path / JOURNAL_FILE).read_bytes()
    count = len(journal.entries(SETS))
    try:
        doc_id = journal.add_set(**fields)
    except InvalidEntryError as error:
        assert str(error)
        assert (tmp_path / JOURNAL_FILE).read_bytes() == before
        assert len(journal.entries(SETS)) == count
    else:
        journal.close()
        stored = Journal(tmp_path, now=lambda: NOW).entry(SETS, doc_id)
        for name in ("at", "leg", "target_reps", "reps", "unknown"):
            if name in fields and name != "at":
                assert stored[name] == fields[name]


def fresh_folder(tmp_path):
    folder = tmp_path / "data"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    return folder


def all_bytes_in(folder) -> list[bytes]:
    return [path.read_bytes() for path in folder.rglob("*") if path.is_file()]


def open_then_write(folder, raw):
    """Open journal.json holding `raw` as the app does (then the day's backup), look at it as
    the views do, record a check-in; then check nothing unchecked was written and `raw` is
    still somewhere in the folder."""
    (folder / JOURNAL_FILE).write_bytes(raw)
    journal = Journal(folder, now=lambda: NOW)
    journal.back_up_today()
    progress_of(journal.stored(SETS), journal.stored(SESSIONS), journal.stored(CHECK_INS))
    journal.entries(SETS), journal.entries(SESSIONS), journal.entries(CHECK_INS)
    try:
        journal.add_check_in(date="2026-11-25", first_steps_pain=3)
    except JournalReadOnlyError:
        assert (folder / JOURNAL_FILE).read_bytes() == raw
    else:
        again = Journal(folder, now=lambda: NOW)
        assert again.set_aside == []  # all that was written passes the checks
        assert again.check_in_for(NOW.date())["first_steps_pain"] == 3
    assert raw in all_bytes_in(folder)


@FUZZ
@given(raw=st.binary(max_size=200))
def test_any_bytes_in_journal_json_open_without_a_crash_and_are_kept(tmp_path, raw):
    open_then_write(fresh_folder(tmp_path), raw)


near_valid_set = st.fixed_dictionaries(
    {}, optional={name: st.just(value) | json_values for name, value in GOOD_SET.items()}
)  # fmt: skip
table_of = lambda rows: st.dictionaries(  # noqa: E731
    st.sampled_from(["1", "2", "3", "007", "abc", "²", "", "10"]) | st.text(max_size=4), rows,
    max_size=4)  # fmt: skip
journal_like = st.fixed_dictionaries(
    {},
    optional={
        "meta": st.just({"1": {"schema_version": 1}}) | json_values,
        "sets": table_of(near_valid_set | json_values) | json_values,
        "check_ins": table_of(st.just({"date": "2026-11-20", "first_steps_pain": 4})
                              | json_values) | json_values,
        "sessions": table_of(st.just({"at": "2026-11-24T18:30:00"}) | json_values),
        "trash": table_of(json_values), "quarantine": json_values, "other": json_values,
    },
)  # fmt: skip


@FUZZ
@given(data=journal_like)
def test_any_journal_shaped_json_opens_shows_only_sound_entries_and_keeps_every_byte(
    tmp_path, data
):
    open_then_write(fresh_folder(tmp_path), json.dumps(data).encode())


@FUZZ
@given(data=journal_like | json_values)
def test_any_backup_is_restored_whole_or_refused_leaving_the_journal_as_it_was(tmp_path, data):
    journal = Journal(tmp_path / "journal", now=lambda: NOW)
    journal.add_set(at="2026-11-24T18:00:00", leg="left", target_reps=12, reps=12)
    before = (tmp_path / "journal" / JOURNAL_FILE).read_bytes()
    backup = tmp_path / "backup.json"
    backup.write_text(json.dumps(data))
    try:
        restore_backup(journal, backup, NOW)
    except InvalidEntryError:
        assert (tmp_path / "journal" / JOURNAL_FILE).read_bytes() == before
    else:
        assert journal.data() == checked_backup(json.loads(backup.read_text()))
        assert Journal(tmp_path / "journal", now=lambda: NOW).set_aside == []


@FUZZ
@given(entries=st.lists(near_valid_set, max_size=6))
def test_checking_a_column_at_a_time_agrees_with_checking_entry_by_entry(entries):
    one_by_one = all(stored_problem(SETS, entry) is None for entry in entries)
    if all_stored_valid(SETS, entries):
        assert one_by_one
    elif one_by_one:  # the quick check passes on only what has every field
        assert any(set(entry) < set(GOOD_SET) for entry in entries)
