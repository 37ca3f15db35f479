"""Whatever arrives at the journal's boundary, it never crashes and never half-writes."""

import json
from datetime import datetime

from heelcoach.journal.entries import SETS, InvalidEntryError
from heelcoach.journal.exchange import checked_backup, restore_backup
from heelcoach.journal.journal import JOURNAL_FILE, Journal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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


@FUZZ
@given(data=json_values | st.dictionaries(st.sampled_from(["meta", "sets", "check_ins", "x"]),
                                          json_values, max_size=4))  # fmt: skip
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
        assert journal.data() == checked_backup(json.loads(backup.read_text()), NOW)


@FUZZ
@given(raw=st.binary(max_size=200))
def test_any_bytes_in_journal_json_open_without_a_crash_and_are_kept(tmp_path, raw):
    folder = tmp_path / "data"
    folder.mkdir(exist_ok=True)
    for old in folder.iterdir():
        if old.is_file():
            old.unlink()
    (folder / JOURNAL_FILE).write_bytes(raw)
    journal = Journal(folder, now=lambda: NOW)
    if journal.moved_aside is not None:
        assert journal.moved_aside.read_bytes() == raw
    journal.add_check_in(date="2026-11-25", first_steps_pain=3)
