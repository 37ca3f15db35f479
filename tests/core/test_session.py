from hypothesis import given
from hypothesis import strategies as st
from plan_strategies import plans

from heelcoach.core.exercises.heel_raise import LegMode, SetPlan, Tempo
from heelcoach.core.session import PauseReason, RunState, SessionRun
from heelcoach.core.timeline import CueKind, Phase

FRAME_MS = 16.0


def run_to_end(run, now, step=FRAME_MS):
    cues = []
    while run.state is RunState.RUNNING:
        now += step
        cues.extend(run.advance(now))
    return cues, now


@given(plans, st.floats(min_value=0.0, max_value=1e9))
def test_a_run_fires_every_cue_exactly_once_in_order(plan, start):
    run = SessionRun(plan.timeline())
    run.start(start)
    # readings as sparse as allowed still catch every cue, each once
    cues, _ = run_to_end(run, start, step=999.0)
    assert cues == list(run.timeline.cues)
    assert run.state is RunState.FINISHED


@given(plans, st.data())
def test_pause_and_resume_shift_the_rest_of_the_session_by_the_pause_exactly(plan, data):
    timeline = plan.timeline()
    run = SessionRun(timeline)
    run.start(0.0)
    pause_at = data.draw(st.integers(min_value=0, max_value=min(999, timeline.total_ms - 1)))
    paused_for = data.draw(st.integers(min_value=0, max_value=10**7))
    run.advance(float(pause_at))
    run.pause(float(pause_at))
    assert run.elapsed_ms(pause_at + paused_for) == pause_at
    before = run.position(float(pause_at))
    assert run.position(pause_at + paused_for) == before
    run.resume(pause_at + paused_for, count_in_ms=0)
    later = data.draw(st.integers(min_value=0, max_value=timeline.total_ms - pause_at))
    assert run.elapsed_ms(pause_at + paused_for + later) == min(pause_at + later, timeline.total_ms)


def test_a_stall_longer_than_a_second_pauses_where_it_was_and_fires_no_burst():
    plan = SetPlan(legs=LegMode.LEFT, sets=1, reps=3, count_in_ms=0)
    run = SessionRun(plan.timeline())
    run.start(1000.0)
    run.advance(1500.0)
    assert run.advance(1500.0 + 1001.0) == []
    assert run.state is RunState.PAUSED
    assert run.pause_reason is PauseReason.FELL_BEHIND
    assert run.behind_by_ms == 1001.0
    assert run.elapsed_ms(99_999.0) == 500.0
    run.resume(10_000.0)
    assert run.elapsed_ms(10_100.0) == 600.0
    heard = [(cue.offset_ms, cue.kind, cue.value) for cue in run.advance(10_100.0)]
    assert heard == [(500, CueKind.PHASE_START, 1), (500, CueKind.COUNT_DOWN, 3)]  # no burst


def kinds_and_values(cues):
    return [(cue.offset_ms, cue.kind, cue.phase, cue.value) for cue in cues]


def advance_to(run, now, until):
    """Frame by frame (a jump of over a second would be a stall)."""
    while now < until:
        now = min(until, now + FRAME_MS)
        run.advance(now)
    return now


def test_a_resume_in_a_rep_counts_3_2_1_then_does_that_rep_again_from_up():
    tempo = Tempo(3000, 2000, 3000)
    plan = SetPlan(legs=LegMode.LEFT, sets=1, reps=3, tempo=tempo, count_in_ms=0)
    run = SessionRun(plan.timeline())
    run.start(0.0)
    advance_to(run, 0.0, 9500.0)  # rep 2: up from 8000 to 11000
    run.pause(9500.0)
    assert run.completed_reps(9500.0) == 1
    run.resume(50_000.0)
    cues, _ = run_to_end(run, 50_000.0)
    up_again = 9500 + 3000
    assert kinds_and_values(cues[:4]) == [
        (9500, CueKind.PHASE_START, Phase.COUNT_IN, 2),
        (9500, CueKind.COUNT_DOWN, Phase.COUNT_IN, 3),
        (10_500, CueKind.COUNT_DOWN, Phase.COUNT_IN, 2),
        (11_500, CueKind.COUNT_DOWN, Phase.COUNT_IN, 1),
    ]
    assert kinds_and_values(cues[4:5]) == [(up_again, CueKind.PHASE_START, Phase.UP, 2)]
    assert run.completed_reps(10**9) == 3  # the rep cut short is not one of them
    assert run.timeline.total_ms == 3 * tempo.rep_ms + 1500 + 3000
    assert [cue.kind for cue in cues].count(CueKind.SET_COMPLETE) == 1


def paused_and_resumed(plan, at_ms: float, resumed_at_ms: float) -> SessionRun:
    run = SessionRun(plan.timeline())
    run.start(0.0)
    advance_to(run, 0.0, at_ms)
    run.pause(at_ms)
    run.resume(resumed_at_ms)
    return run


def test_during_the_resume_count_in_the_screen_has_the_rep_that_comes_again():
    plan = SetPlan(legs=LegMode.LEFT, sets=1, reps=3, tempo=Tempo(1000, 1000, 1000),
                   count_in_ms=0)  # fmt: skip
    position = paused_and_resumed(plan, 4500.0, 4500.0).position(4500.0)
    assert position.segment.phase is Phase.COUNT_IN and position.segment.rep == 2
    assert position.segment.resumes_a_rep
    assert position.seconds_left == 3


def test_a_resume_in_a_rest_goes_on_with_the_rest():
    run = paused_and_resumed(rest_plan(), 10_000.0, 20_000.0)
    assert run.timeline.total_ms == rest_plan().timeline().total_ms
    assert run.position(20_000.0).segment.phase is Phase.REST


def test_a_resume_near_the_end_of_a_count_in_gives_it_three_seconds_again():
    plan = SetPlan(legs=LegMode.LEFT, sets=1, reps=1, count_in_ms=5000)
    position = paused_and_resumed(plan, 4500.0, 4500.0).position(4500.0)
    assert position.segment.phase is Phase.COUNT_IN
    assert position.remaining_ms == 3000


@given(plans, st.data())
def test_however_often_a_run_is_paused_every_rep_is_done_and_counted_once(plan, data):
    run = SessionRun(plan.timeline())
    run.start(0.0)
    now = 0.0
    heard = []
    for _ in range(data.draw(st.integers(min_value=0, max_value=4))):
        now += data.draw(st.integers(min_value=1, max_value=900))
        heard.extend(run.advance(now))
        if run.state is not RunState.RUNNING:
            break
        run.pause(now)
        run.resume(now + 5000)
        now += 5000
    heard.extend(run_to_end(run, now, step=500.0)[0])

    def key(segment):
        return (segment.set_number, segment.leg, segment.rep)

    segments = run.timeline.segments
    done = [key(one) for one, after in zip(segments, (*segments[1:], None), strict=True)
            if one.rep and one.phase.is_rep_phase
            and (after is None or key(after) != key(one))]  # fmt: skip
    every_rep = [(number, leg, rep) for number in range(1, plan.sets + 1)
                 for leg in plan.legs.legs for rep in range(1, plan.reps_laid_out + 1)]  # fmt: skip
    assert done == every_rep
    assert run.completed_reps(10**12) == len(every_rep)
    assert [cue.kind for cue in heard].count(CueKind.SESSION_COMPLETE) == 1


def test_a_reading_within_a_second_is_not_a_stall():
    run = SessionRun(SetPlan(legs=LegMode.LEFT, sets=1, reps=3, count_in_ms=0).timeline())
    run.start(0.0)
    cues = run.advance(1000.0)
    assert run.state is RunState.RUNNING
    assert [c.offset_ms for c in cues] == [0, 1000]


def rest_plan():
    return SetPlan(
        legs=LegMode.LEFT,
        sets=2,
        reps=1,
        tempo=Tempo(100, 100, 100),
        count_in_ms=500,
        rest_ms=60_000,
    )


def test_skipping_rest_starts_the_next_count_in_at_once():
    run = SessionRun(rest_plan().timeline())
    run.start(0.0)
    run_until = 1000.0  # rest runs 800 .. 60_800
    for t in range(16, int(run_until), 16):
        run.advance(float(t))
    assert run.position(run_until).segment.phase is Phase.REST
    assert run.skip_rest(run_until)
    assert run.position(run_until).segment.phase is Phase.COUNT_IN
    cues = run.advance(run_until)
    assert [(c.kind, c.phase) for c in cues] == [(CueKind.PHASE_START, Phase.COUNT_IN)]
    assert run.timeline.total_ms == 1000 + 500 + 300
    assert not run.skip_rest(run_until + 2)


def test_adding_thirty_seconds_to_rest_moves_the_ten_second_warning_too():
    run = SessionRun(rest_plan().timeline())
    run.start(0.0)
    t = 0.0
    heard = []
    while t < 55_000:
        t += 500
        heard.extend(run.advance(t))
    assert [c.kind for c in heard].count(CueKind.REST_ENDING) == 1
    assert run.extend_rest(t)
    assert run.position(t).remaining_ms == 60_800 + 30_000 - t
    cues, _ = run_to_end(run, t, step=500)
    assert [c.kind for c in cues].count(CueKind.REST_ENDING) == 1
    assert sum(1 for c in cues if c.phase is Phase.UP and c.kind is CueKind.PHASE_START) == 1


def test_completed_reps_count_only_reps_that_reached_the_bottom():
    plan = SetPlan(legs=LegMode.LEFT, sets=1, reps=2, tempo=Tempo(100, 100, 100), count_in_ms=0)
    run = SessionRun(plan.timeline())
    run.start(0.0)
    assert run.completed_reps(299.0) == 0
    assert run.completed_reps(300.0) == 1
    assert run.completed_reps(10_000.0) == 2


def test_a_set_in_the_red_lays_the_sets_to_come_out_lighter_and_nothing_before_them():
    heavy = SetPlan(sets=3, reps=12, legs=LegMode.BOTH, tempo=Tempo(100, 100, 100),
                    count_in_ms=500, rest_ms=1000)  # fmt: skip
    run = SessionRun(heavy.timeline())
    run.start(0.0)
    set_1 = 2 * (500 + 12 * 300)  # both legs
    now = set_1 + 400.0  # in the rest before set 2: the pain question is being answered
    heard = []
    for t in range(16, int(now), 16):
        heard.extend(run.advance(float(t)))
    before = run.timeline.segments[: run.position(now).index + 1]
    assert run.lay_out_later_sets(now, heavy._replace(reps=8).timeline())
    assert run.timeline.segments[: len(before)] == before  # the rest goes on where it was
    cues, _ = run_to_end(run, now)
    ups = [c for c in heard + cues if c.kind is CueKind.PHASE_START and c.phase is Phase.UP]
    assert len(ups) == 2 * 12 + 2 * 2 * 8  # set 1 as it was, sets 2 and 3 at 8 reps a leg
    assert run.timeline.total_ms == set_1 + 2 * (1000 + 2 * (500 + 8 * 300))
    assert [c.value for c in heard + cues if c.kind is CueKind.SET_COMPLETE] == [1, 1, 2, 2, 3, 3]


def test_in_the_last_set_there_is_nothing_left_to_lighten():
    plan = SetPlan(sets=1, reps=3, legs=LegMode.LEFT, tempo=Tempo(100, 100, 100), count_in_ms=0)
    run = SessionRun(plan.timeline())
    run.start(0.0)
    run.advance(150.0)
    assert not run.lay_out_later_sets(150.0, plan._replace(reps=2).timeline())
    assert run.timeline.total_ms == 900
