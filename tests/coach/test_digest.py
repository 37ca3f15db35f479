"""The coach's digest beside the journal: `heelcoach --today` says exactly what it would say
from the journal itself, and a digest that is not of these very bytes is not used."""

import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))

from synthetic_journal import journal_data, write

from heelcoach.coach import digest
from heelcoach.coach.today import ProgramChoices
from heelcoach.commands.today import as_json, read_today
from heelcoach.journal.journal import Journal
from heelcoach.journal.reading import JOURNAL_FILE, read_tables
from heelcoach.settings import Settings

END = date(2026, 11, 25)


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    """A year of training, opened once by the app (brought up to this version), with the
    digest the app leaves when it closes the journal."""
    folder = tmp_path_factory.mktemp("year")
    write(folder, journal_data(365, END))
    Journal(folder).close()
    raw = (folder / JOURNAL_FILE).read_bytes()
    tables, _problem = read_tables(folder)
    digest.keep(folder, raw, tables)
    return folder


def said(folder, day, choices=None) -> dict:
    settings = Settings(folder, read_only=True)
    if choices is not None:
        settings.program = lambda: choices
    today, problem, _choices = read_today(folder, settings, day)
    return as_json(today, "both", problem)


def without_digest(folder, day, choices=None) -> dict:
    kept = folder / digest.DIGEST_FILE
    aside = kept.with_suffix(".aside")
    kept.rename(aside)
    try:
        return said(folder, day, choices)
    finally:
        aside.rename(kept)


@pytest.mark.parametrize("days_on", [0, 1, 2, 9, 30])
@pytest.mark.parametrize("choices", [None, ProgramChoices(self_dosed=True)], ids=["fixed", "self"])
def test_today_from_the_digest_is_today_from_the_journal(folder, days_on, choices):
    day = END + timedelta(days=days_on)
    raw = (folder / JOURNAL_FILE).read_bytes()
    assert digest.read(folder, raw) is not None  # the fast way is the one taken
    assert said(folder, day, choices) == without_digest(folder, day, choices)


def test_a_digest_of_other_bytes_is_not_used(folder):
    raw = (folder / JOURNAL_FILE).read_bytes()
    assert digest.read(folder, raw + b" ") is None  # a sync tool brought another journal


DAMAGE = [
    b"",
    b"[]",
    b'{"form": 1}',
    b'{"form": 99, "journal": "%s"}',
    b'{"form": 1, "journal": "%s", "days": [["2026-01-01", "3"]], "check_ins": [], '
    b'"answers": [], "runs": []}',
    b'{"form": 1, "journal": "%s", "days": [], "check_ins": [{"date": 7}], "answers": [], '
    b'"runs": []}',
]
DAMAGE_IDS = ["empty", "not a digest", "half", "another form", "a bad day", "a bad check-in"]


@pytest.mark.parametrize("damage", DAMAGE, ids=DAMAGE_IDS)
def test_a_damaged_or_forged_digest_is_read_as_none_and_today_still_answers(tmp_path, damage):
    write(tmp_path, journal_data(60, END))
    Journal(tmp_path).close()
    raw = (tmp_path / JOURNAL_FILE).read_bytes()
    mark = digest.digest(raw).encode()
    (tmp_path / digest.DIGEST_FILE).write_bytes(damage.replace(b"%s", mark))
    assert digest.read(tmp_path, raw) is None
    assert said(tmp_path, END)["program_week"] >= 1  # from the journal itself


def test_the_app_leaves_a_digest_of_what_it_wrote_when_it_closes(qtbot, data_folder):
    from coach import Coach

    coach = Coach(qtbot)
    coach.window.journal.add_check_in(date="2026-11-25", first_steps_pain=3)
    coach.close()
    raw = (data_folder / JOURNAL_FILE).read_bytes()
    found = digest.read(data_folder, raw)
    assert found is not None and [c["first_steps_pain"] for c in found.check_ins] == [3]
