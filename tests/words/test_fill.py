"""fill() fills a translated text's %1 ... %9 as Qt's QString.arg() would."""

from pathlib import Path

from heelcoach.words.plain import fill


def test_each_placeholder_takes_its_value_as_text_wherever_it_stands():
    assert fill("%2 of %1, %2 again", 3, Path("/a")) == "/a of 3, /a again"


def test_a_value_holding_a_placeholder_is_not_filled_in_again():
    assert fill("%1 and %2", "%2", "two") == "%2 and two"


def test_a_percent_sign_and_a_placeholder_without_a_value_are_left_as_they_are():
    assert fill("%1% of %3", 45) == "45% of %3"
