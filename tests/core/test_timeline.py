from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st
from plan_strategies import plans

from heelcoach.core.exercises.heel_raise import Leg, LegMode, SetPlan, Tempo
from heelcoach.core.timeline import CueKind, Phase

REP_PHASES = {Phase.UP, Phase.HOLD, Phase.DOWN, Phase.BOTTOM_PAUSE}


@given(plans)
def test_phases_tile_the_session_without_gaps_or_overlaps(plan):
    segments = plan.timeline().segments
    assert segments[0].start_ms == 0
    for before, after in pairwise(segments):
        assert after.start_ms == before.end_ms
        assert before.duration_ms > 0


@given(plans)
def test_total_time_adds_up_from_the_plan(plan):
    legs = len(plan.legs.legs)
    expected = (
        plan.sets * legs * (plan.count_in_ms + plan.reps * plan.tempo.rep_ms)
        + (plan.sets - 1) * plan.rest_ms
    )
    assert plan.timeline().total_ms == expected == plan.total_ms


@given(plans)
def test_every_rep_of_every_set_and_leg_runs_up_hold_down_in_order(plan):
    timeline = plan.timeline()
    reps = [s for s in timeline.segments if s.phase in REP_PHASES]
    expected_phases = [Phase.UP, Phase.HOLD, Phase.DOWN]
    if plan.tempo.bottom_pause_ms:
        expected_phases.append(Phase.BOTTOM_PAUSE)
    assert [s.phase for s in reps] == expected_phases * (
        plan.sets * len(plan.legs.legs) * plan.reps
    )
    assert len(timeline.rep_end_offsets) == plan.sets * len(plan.legs.legs) * plan.reps


@given(plans, st.data())
def test_lookup_at_any_moment_finds_the_phase_that_contains_it(plan, data):
    timeline = plan.timeline()
    t = data.draw(st.floats(min_value=0, max_value=timeline.total_ms, exclude_max=True))
    position = timeline.position_at(t)
    segment = position.segment
    assert segment.start_ms <= t < segment.end_ms
    assert position.remaining_ms + position.elapsed_in_phase_ms == segment.duration_ms
    assert 0.0 <= position.fraction <= 1.0
    assert timeline.position_at(timeline.total_ms) is None


@given(plans)
def test_every_phase_change_has_a_cue_at_its_exact_start(plan):
    timeline = plan.timeline()
    starts = [(c.offset_ms, c.phase) for c in timeline.cues if c.kind is CueKind.PHASE_START]
    assert starts == [(s.start_ms, s.phase) for s in timeline.segments]
    offsets = [c.offset_ms for c in timeline.cues]
    assert offsets == sorted(offsets)
    assert timeline.cues[-1].kind is CueKind.SESSION_COMPLETE
    assert timeline.cues[-1].offset_ms == timeline.total_ms


@given(plans)
def test_one_set_complete_cue_per_set_and_leg(plan):
    cues = plan.timeline().cues
    completes = [c for c in cues if c.kind is CueKind.SET_COMPLETE]
    assert len(completes) == plan.sets * len(plan.legs.legs)


def test_both_legs_go_left_then_right_within_each_set_and_rest_sits_between_sets():
    plan = SetPlan(
        sets=2, reps=1, legs=LegMode.BOTH, tempo=Tempo(100, 100, 100), count_in_ms=500, rest_ms=2000
    )
    order = [
        (s.phase, s.set_number, s.leg)
        for s in plan.timeline().segments
        if s.phase in (Phase.COUNT_IN, Phase.REST)
    ]
    assert order == [
        (Phase.COUNT_IN, 1, Leg.LEFT),
        (Phase.COUNT_IN, 1, Leg.RIGHT),
        (Phase.REST, 2, Leg.LEFT),
        (Phase.COUNT_IN, 2, Leg.LEFT),
        (Phase.COUNT_IN, 2, Leg.RIGHT),
    ]


def test_count_in_counts_down_three_two_one_before_the_first_rep():
    timeline = SetPlan(legs=LegMode.LEFT).timeline()
    countdown = [(c.offset_ms, c.value) for c in timeline.cues if c.kind is CueKind.COUNT_DOWN]
    assert countdown[:3] == [(2000, 3), (3000, 2), (4000, 1)]
    first_up = timeline.segments[1]
    assert (first_up.phase, first_up.start_ms) == (Phase.UP, 5000)


def test_default_tempo_ticks_each_second_inside_a_phase():
    timeline = SetPlan(legs=LegMode.LEFT, sets=1, reps=1, count_in_ms=0).timeline()
    ticks = [c.offset_ms for c in timeline.cues if c.kind is CueKind.TICK]
    # up 0-3000, hold 3000-5000, down 5000-8000
    assert ticks == [1000, 2000, 4000, 6000, 7000]


def test_rest_warns_ten_seconds_before_it_ends():
    timeline = SetPlan(legs=LegMode.LEFT, sets=2, reps=1, count_in_ms=0).timeline()
    rest = next(s for s in timeline.segments if s.phase is Phase.REST)
    warnings = [c.offset_ms for c in timeline.cues if c.kind is CueKind.REST_ENDING]
    assert warnings == [rest.end_ms - 10_000]


def test_seconds_left_counts_like_a_coach():
    timeline = SetPlan(legs=LegMode.LEFT, sets=1, reps=1, count_in_ms=0).timeline()
    assert timeline.position_at(0).seconds_left == 3
    assert timeline.position_at(1).seconds_left == 3
    assert timeline.position_at(2000.5).seconds_left == 1
    assert timeline.position_at(3000).seconds_left == 2  # hold starts
