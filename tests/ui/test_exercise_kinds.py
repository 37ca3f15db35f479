"""A kind of exercise is declared once, in the registry: a made-up hold-type kind added there
alone is listed on the Stretches page, joins the stretch session, is coached on the real
session page, written by the real recorder, and kept by the journal as any other."""

import json

import pytest
from PySide6.QtCore import Qt

from heelcoach.core import kinds
from heelcoach.core.exercises.stretches import StretchSession
from heelcoach.core.kinds import ExerciseKind, Family
from heelcoach.core.legs import LegMode
from heelcoach.journal.entries import STRETCHES
from heelcoach.system.paths import data_dir

TEST_HOLD = ExerciseKind("test_hold", Family.HOLDS, "A hold for this test", in_stretch_session=True,
                          drawing=False, holds=2, hold_s=5)  # fmt: skip


@pytest.fixture
def made_up_hold():
    kinds.register(TEST_HOLD)
    yield TEST_HOLD
    kinds.unregister(TEST_HOLD.key)


def advance(coach, ms):
    driver = coach.window.session.driver
    while ms > 0:
        coach.clock.now += 500
        ms -= 500
        with coach.qtbot.waitSignal(driver.changed, timeout=2000):
            pass


def test_a_kind_added_to_the_registry_is_offered_coached_and_kept(coach, made_up_hold):
    coach.press(Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    page = coach.window.exercises.existing_page
    names = [name.text() for _exercise, name, _text in page.cards]
    assert names[-1] == "A hold for this test"  # called by its English name: it has no words yet
    assert StretchSession.of_the_registry().parts[-1].exercise == "test_hold"

    plan = StretchSession((made_up_hold.plan(LegMode.LEFT),))
    coach.window.session.start(plan, coach.window.journal)
    advance(coach, 5000)
    session_page = coach.window.session.page
    assert session_page.title_label.text() == "A hold for this test"
    assert session_page.detail_label.text() == "Left leg · hold 1 of 2"
    assert session_page.phase_label.text() == "■ Stretch"
    assert session_page.seconds_label.text() == "5"
    advance(coach, 5000 + 10_000 + 5000)  # a hold, letting go, the second hold
    assert session_page.phase_label.text() == "✔ Done!"
    assert session_page.how_label.text() == "A hold for this test"  # the done screen sums it up

    coach.press(Qt.Key.Key_Escape)
    assert coach.window.pages.currentWidget() is page
    coach.window.journal.close()
    written = json.loads((data_dir() / "journal.json").read_text())[STRETCHES]
    [entry] = written.values()
    assert {key: entry[key] for key in ("exercise", "leg", "target", "done", "hold_s")} == {
        "exercise": "test_hold", "leg": "left", "target": 2, "done": 2, "hold_s": 5,
    }  # fmt: skip


def test_a_name_the_registry_does_not_hold_is_refused_by_the_journal(coach):
    from heelcoach.journal.entries import InvalidEntryError

    journal = coach.window.journal
    with pytest.raises(
        InvalidEntryError, match=r"the exercise must be .*calf_stretch.*, not 'test_hold'"
    ):
        journal.add_stretch(at="2026-11-25T18:00:00", exercise="test_hold", leg="left",
                            target=2, done=2, hold_s=5, session="", stopped=False)  # fmt: skip


def test_the_keys_of_a_session_to_failure_do_nothing_in_a_stretch_session(coach):
    coach.press(Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    coach.press(Qt.Key.Key_Space)  # the stretches, on the one guided session
    advance(coach, 5000)
    page = coach.window.session.page
    assert page.phase_label.text() == "■ Stretch"
    coach.press(Qt.Key.Key_F)  # "that was my last set": the heel raise's, not a stretch's
    advance(coach, 500)
    assert page.phase_label.text() == "■ Stretch"
    assert page.detail_label.text() == "Left leg · hold 1 of 3"
