import pytest

from heelcoach.coach.rules import PROGRESSION
from heelcoach.core.exercises.heel_raise import Leg, LegMode, SetPlan, Tempo


def test_defaults_are_the_clinic_prescription():
    plan = SetPlan()
    assert (plan.sets, plan.reps, plan.legs) == (3, 12, LegMode.BOTH)  # the guide trains both legs
    assert (plan.tempo.up_ms, plan.tempo.hold_ms, plan.tempo.down_ms) == (3000, 2000, 3000)
    assert plan.count_in_ms == 5000
    assert plan.rest_ms == 120_000


def test_tempo_from_seconds_keeps_tenths_exact():
    assert Tempo.from_seconds(0.1, 0.1, 0.1).rep_ms == 300


@pytest.mark.parametrize(
    "kwargs",
    [{"up_ms": 0}, {"hold_ms": 10_001}, {"down_ms": -5}, {"bottom_pause_ms": -1}],
)
def test_tempo_refuses_phases_outside_one_to_ten_seconds(kwargs):
    with pytest.raises(ValueError):
        Tempo(**kwargs)


@pytest.mark.parametrize("kwargs", [{"sets": 0}, {"reps": 0}, {"rest_ms": -1}, {"count_in_ms": -1}])
def test_plan_refuses_nonsense(kwargs):
    with pytest.raises(ValueError):
        SetPlan(**kwargs)


def test_both_legs_means_left_then_right():
    assert LegMode.BOTH.legs == (Leg.LEFT, Leg.RIGHT)
    assert LegMode.RIGHT.legs == (Leg.RIGHT,)


def test_progression_follows_the_trial():
    assert [(s.sets, s.reps) for s in PROGRESSION] == [(3, 12), (4, 10), (5, 8)]
