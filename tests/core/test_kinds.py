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

SHORT_FOOT = ExerciseKind("short_foot", Family.HOLDS, "Short foot", in_stretch_session=True,
                          drawing=False, holds=2, hold_s=20)  # fmt: skip
STRETCH = {"at": "2026-11-25T18:00:00", "exercise": "short_foot", "leg": "left", "target": 2,
           "done": 2, "hold_s": 20, "session": "2026-11-25T17:58:00", "stopped": False}  # fmt: skip
NOW = datetime(2026, 11, 25, 18, 1)


@pytest.fixture
def short_foot():
    kinds.register(SHORT_FOOT)
    yield SHORT_FOOT
    kinds.unregister(SHORT_FOOT.key)


def test_the_guides_exercises_are_registered_with_their_journal_tables():
    tables = {kind.key: kind.table for kind in kinds.all_kinds()}
    assert tables == {"heel_raise": "sets", "calf_stretch": "stretches",
                      "fascia_stretch": "stretches", "towel_curls": "stretches",
                      "walk_run": "runs"}  # fmt: skip
    assert StretchSession.of_the_registry() == StretchSession()  # the guide's three, in order


def test_a_registered_hold_joins_the_stretch_session_and_the_journal_accepts_it(short_foot):
    assert StretchSession.of_the_registry().parts[-1] == HoldPlan("short_foot", 2, 20_000)
    assert checked(STRETCHES, STRETCH, NOW)["exercise"] == "short_foot"
    assert exercise_name("short_foot") == "Short foot"  # no words yet: its English name
    assert short_foot.plan().timeline().total_ms == 5000 + 20_000 + 10_000 + 20_000 + 10_000 + (
        20_000 + 10_000 + 20_000
    )  # count-in, left: hold, let go, hold; the change of side; right: hold, let go, hold


def test_without_it_the_journal_refuses_the_name_and_says_what_it_takes():
    with pytest.raises(InvalidEntryError, match="calf_stretch, fascia_stretch or towel_curls"):
        checked(STRETCHES, STRETCH, NOW)


def test_a_kind_is_registered_once(short_foot):
    with pytest.raises(ValueError, match="already registered"):
        kinds.register(short_foot)
    kinds.unregister("calf_stretch")  # the guide's own stay
    assert kinds.kind_named("calf_stretch") is not None
