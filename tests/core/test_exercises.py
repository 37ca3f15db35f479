"""The kinds of exercise beside the heel raise: what a runner hears and when."""

import itertools

from hypothesis import given
from hypothesis import strategies as st

from heelcoach.core.exercises.heel_raise import Leg, LegMode
from heelcoach.core.exercises.holds import FASCIA_STRETCH, HoldPlan
from heelcoach.core.exercises.intervals import CHANGE_WARNING_MS, IntervalPlan
from heelcoach.core.exercises.own_pace import OwnPacePlan
from heelcoach.core.exercises.stretches import StretchSession
from heelcoach.core.session import RunState, SessionRun
from heelcoach.core.timeline import CueKind, Phase

SESSIONS = [
    HoldPlan(),
    HoldPlan(FASCIA_STRETCH, legs=LegMode.RIGHT),
    OwnPacePlan(),
    StretchSession(),
    StretchSession.morning(),
    IntervalPlan(),
    IntervalPlan(runs_ms=(180_000,) * 6, walk_ms=60_000, week=3),
]


def advance_to(run, now, to):
    """Readings every half second, as the frame timer gives them (a gap of more than a
    second would pause the run as a stall)."""
    while now < to:
        now = min(to, now + 500.0)
        run.advance(now)
    return now


def kinds_of(cues, kind):
    return [cue for cue in cues if cue.kind is kind]


def test_a_calf_stretch_holds_30_s_three_times_a_side_with_ten_seconds_called():
    timeline = HoldPlan().timeline()
    holds = [s for s in timeline.segments if s.phase is Phase.STRETCH]
    assert [(s.leg, s.rep, s.duration_ms) for s in holds] == [
        (leg, hold, 30_000) for leg in (Leg.LEFT, Leg.RIGHT) for hold in (1, 2, 3)
    ]
    ten_left = kinds_of(timeline.cues, CueKind.TEN_SECONDS_LEFT)
    assert [cue.offset_ms for cue in ten_left] == [s.end_ms - 10_000 for s in holds]
    # one chime as each side is done, none between the holds of a side
    chimes = kinds_of(timeline.cues, CueKind.SET_COMPLETE)
    assert [cue.offset_ms for cue in chimes] == [holds[2].end_ms, holds[5].end_ms]
    switch = next(s for s in timeline.segments if s.phase is Phase.SWITCH)
    assert switch.start_ms == holds[2].end_ms and switch.leg is Leg.RIGHT
    counted = [c.value for c in kinds_of(timeline.cues, CueKind.COUNT_DOWN)
               if switch.start_ms <= c.offset_ms < switch.end_ms]  # fmt: skip
    assert counted == [3, 2, 1]  # 3-2-1 into the other side's first hold


def test_the_stretch_session_is_the_three_exercises_in_a_row_each_its_own_block():
    session = StretchSession()
    timeline = session.timeline()
    names = [session.exercise_of(s) for s in timeline.segments if s.phase.is_effort]
    assert list(dict.fromkeys(names)) == ["calf_stretch", "fascia_stretch", "towel_curls"]
    assert timeline.total_ms == session.total_ms
    chimes = kinds_of(timeline.cues, CueKind.SET_COMPLETE)
    assert [(c.value) for c in chimes] == [1, 1, 2, 2, 3, 3]  # each exercise, each side


def test_towel_curls_run_at_the_runners_pace_and_enter_says_done():
    run = SessionRun(OwnPacePlan().timeline())
    run.start(0.0)
    advance_to(run, 0.0, 25_000.0)  # 20 s into the left foot's minute
    assert run.position(25_000.0).segment.phase is Phase.CURLS
    assert run.end_set(25_000.0)
    assert run.reps_ended[(1, Leg.LEFT)] == 1  # the round counts: "done"
    after = run.position(25_001.0).segment
    assert (after.phase, after.leg) == (Phase.SWITCH, Leg.RIGHT)  # the right foot comes now


def test_walk_run_week_one_alternates_run_and_walk_and_warns_before_each_change():
    plan = IntervalPlan()
    timeline = plan.timeline()
    moving = [s for s in timeline.segments if s.phase in (Phase.RUN, Phase.WALK)]
    assert [s.phase for s in moving] == [Phase.WALK] + [Phase.RUN, Phase.WALK] * 8
    assert [s.rep for s in moving if s.phase is Phase.RUN] == list(range(1, 9))
    assert plan.run_ms == 8 * 60_000
    warnings = kinds_of(timeline.cues, CueKind.CHANGE_COMING)
    assert [c.offset_ms for c in warnings] == [s.end_ms - CHANGE_WARNING_MS for s in moving[:-1]]
    halfway = kinds_of(timeline.cues, CueKind.HALFWAY)
    assert [c.offset_ms for c in halfway] == [timeline.total_ms // 2]
    assert timeline.completed_reps(moving[2].end_ms) == 1  # a run and its walk: one cycle


def test_a_pause_in_a_stretch_gives_a_count_in_then_the_whole_hold_again():
    run = SessionRun(HoldPlan().timeline())
    run.start(0.0)
    advance_to(run, 0.0, 20_000.0)  # 15 s into the first hold
    run.pause(20_000.0)
    run.resume(100_000.0)
    segment = run.position(100_000.0).segment
    assert segment.phase is Phase.COUNT_IN and segment.rep == 1
    hold = run.position(103_000.0).segment
    assert (hold.phase, hold.rep, hold.duration_ms) == (Phase.STRETCH, 1, 30_000)


def test_a_pause_in_a_run_goes_on_where_it_was():
    run = SessionRun(IntervalPlan().timeline())
    run.start(0.0)
    at = 5000 + 300_000 + 30_000.0  # half-way through the first run
    advance_to(run, 0.0, at)
    run.pause(at)
    run.resume(at + 60_000)
    position = run.position(at + 60_000)
    assert position.segment.phase is Phase.RUN and position.elapsed_in_phase_ms == 30_000


@given(st.sampled_from(SESSIONS), st.floats(min_value=0.0, max_value=1e9))
def test_every_kind_fires_every_cue_exactly_once_in_order(plan, start):
    run = SessionRun(plan.timeline())
    run.start(start)
    heard, now = [], start
    while run.state is RunState.RUNNING:
        now += 999.0
        heard.extend(run.advance(now))
    assert heard == list(run.timeline.cues)
    assert heard[-1].kind is CueKind.SESSION_COMPLETE
    segments = run.timeline.segments
    assert all(a.end_ms == b.start_ms for a, b in itertools.pairwise(segments))
