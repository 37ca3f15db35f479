"""The exercise kinds are declared once: what the registry holds is what the journal
accepts, what the stretch session does and what the words call it."""

from datetime import datetime

import pytest

from heelcoach.core import kinds
from heelcoach.core.exercises.holds import HoldPlan
from heelcoach.core.exercises.stretches import StretchSession
from heelcoach.core.kinds import ExerciseKind, Family
from heelcoach.journal.entries import STRETCHES, InvalidEntryError, checked
from heelcoach.words.exercises import exercise_name

TEST_HOLD = ExerciseKind("test_hold", Family.HOLDS, "A hold for this test", in_stretch_session=True,
                          drawing=False, holds=2, hold_s=20)  # fmt: skip
STRETCH = {"at": "2026-11-25T18:00:00", "exercise": "test_hold", "leg": "left", "target": 2,
           "done": 2, "hold_s": 20, "session": "2026-11-25T17:58:00", "stopped": False}  # fmt: skip
NOW = datetime(2026, 11, 25, 18, 1)


@pytest.fixture
def made_up_hold():
    kinds.register(TEST_HOLD)
    yield TEST_HOLD
    kinds.unregister(TEST_HOLD.key)


def test_the_guides_exercises_are_registered_with_their_journal_tables():
    tables = {kind.key: kind.table for kind in kinds.all_kinds()}
    assert tables.items() >= {("heel_raise", "sets"), ("calf_stretch", "stretches"),
                              ("fascia_stretch", "stretches"), ("towel_curls", "stretches"),
                              ("walk_run", "runs")}  # fmt: skip
    guides = StretchSession().parts  # the guide's three, in its order
    assert StretchSession.of_the_registry().parts[: len(guides)] == guides


def test_a_registered_hold_joins_the_stretch_session_and_the_journal_accepts_it(made_up_hold):
    assert StretchSession.of_the_registry().parts[-1] == HoldPlan("test_hold", 2, 20_000)
    assert checked(STRETCHES, STRETCH, NOW)["exercise"] == "test_hold"
    assert exercise_name("test_hold") == "A hold for this test"  # no words yet: its English name
    assert made_up_hold.plan().timeline().total_ms == 5000 + 20_000 + 10_000 + 20_000 + 10_000 + (
        20_000 + 10_000 + 20_000
    )  # count-in, left: hold, let go, hold; the change of side; right: hold, let go, hold


def test_without_it_the_journal_refuses_the_name_and_says_what_it_takes():
    with pytest.raises(
        InvalidEntryError, match=r"the exercise must be .*calf_stretch.*, not 'test_hold'"
    ):
        checked(STRETCHES, STRETCH, NOW)


def test_a_kind_is_registered_once(made_up_hold):
    with pytest.raises(ValueError, match="already registered"):
        kinds.register(made_up_hold)
    kinds.unregister("calf_stretch")  # the guide's own stay
    assert kinds.kind_named("calf_stretch") is not None
