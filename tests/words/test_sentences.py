"""Dates, lists and phase names read as a sentence in each language says them."""

from datetime import date

import pytest

from heelcoach.coach.red_flags import RedFlags
from heelcoach.words import catalogue
from heelcoach.words.plain import long_date, morning_of, on_day
from heelcoach.words.plans import stage_short_name
from heelcoach.words.verdict import red_flags_text

TODAY = date(2026, 12, 7)


@pytest.fixture
def danish():
    catalogue.use("da")
    yield
    catalogue.use("en")


def test_a_date_in_a_sentence_is_short_and_names_its_month():
    assert on_day(date(2026, 11, 17), TODAY) == "on 17 Nov"
    assert morning_of(date(2026, 11, 17), TODAY) == "the morning of 17 Nov"
    assert on_day(date(2025, 12, 28), date(2026, 1, 9)) == "on 28 Dec 2025"


def test_a_danish_date_is_written_as_danes_write_it(danish):
    assert morning_of(date(2026, 5, 3), TODAY) == "morgenen den 3. maj"
    assert on_day(date(2026, 11, 17), TODAY) == "den 17. november"


def test_a_date_written_out_names_its_weekday_and_month_in_full(danish):
    assert long_date(date(2026, 12, 7)) == "mandag den 7. december 2026"
    catalogue.use("en")
    assert long_date(date(2026, 12, 7)) == "Monday 7 December 2026"


def test_two_red_flags_are_one_sentence_joined_by_and():
    flags = RedFlags(("numbness", "rest_or_night"), TODAY)
    assert red_flags_text(flags).startswith(
        "You said you have numbness or tingling, and pain at rest or at night."
    )
    three = RedFlags(("numbness", "swelling", "fever"), TODAY)
    assert "numbness or tingling, swelling or redness, and fever." in red_flags_text(three)


def test_danish_joins_the_last_two_red_flags_with_og(danish):
    flags = RedFlags(("numbness", "rest_or_night"), TODAY)
    text = red_flags_text(flags)
    assert "følelsesløshed eller prikken og smerter i hvile eller om natten." in text
    assert ";" not in text


def test_a_phase_named_in_a_sentence_is_its_weeks_alone(danish):
    assert [stage_short_name(index) for index in range(3)] == ["uge 1-2", "uge 3-4", "fra uge 5"]
