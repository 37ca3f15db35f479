"""The rules against the guide, number for number, and against any journal at all."""

from datetime import date, timedelta

import pytest
from courses import Course
from hypothesis import given, settings
from hypothesis import strategies as st

from heelcoach.coach.advice import AdviceKind
from heelcoach.coach.next_day import Mornings, flare_of
from heelcoach.coach.position import counted_sessions, position_on
from heelcoach.coach.rules import PROGRESSION, ZONE_EDGES, Zone, zone_of
from heelcoach.coach.today import ProgramChoices
from heelcoach.coach.training_days import EFFORTS, TrainingLog
from heelcoach.progress.series import adherence, progress_of

MONDAY = date(2026, 1, 5)


GUIDE_ZONES = [(0, Zone.GREEN), (2, Zone.GREEN), (3, Zone.YELLOW), (5, Zone.YELLOW),
               (6, Zone.RED), (10, Zone.RED)]  # fmt: skip


@pytest.mark.parametrize(("pain", "zone"), GUIDE_ZONES)
def test_the_zones_are_the_guides_green_yellow_and_red(pain, zone):
    assert zone_of(pain) is zone


def test_the_bands_of_a_graph_meet_between_the_whole_numbers():
    assert ZONE_EDGES == (2.5, 5.5)


def test_the_stages_are_the_guides():
    assert [(s.first_week, s.sets, s.reps, s.added_load) for s in PROGRESSION] == [
        (1, 3, 12, False), (3, 4, 10, True), (5, 5, 8, True)]  # fmt: skip


def test_a_session_on_monday_makes_tuesday_a_rest_day_whatever_the_hour():
    course = Course(MONDAY).session(1)
    course.sets[-1]["at"] = "2026-01-05T23:59:00"
    assert course.on(2).kind.value == "rest"
    assert course.on(2).next_session == date(2026, 1, 7)
    assert course.on(3).kind.value == "training"


def test_the_runner_can_repeat_a_week_and_move_a_stage_on_by_hand():
    days = [MONDAY + timedelta(days=n) for n in range(0, 30, 2)]
    today = MONDAY + timedelta(days=30)
    assert position_on(days, today).week == 5
    assert position_on(days, today, shift_days=-7).week == 4
    assert position_on(days, today, shift_days=-14).stage.key == "weeks-3-4"


def test_a_start_date_before_the_first_session_counts_from_that_date():
    days = [MONDAY + timedelta(days=14)]
    assert position_on(days, days[0], start=MONDAY).week == 3
    assert not position_on([], MONDAY - timedelta(days=1), start=MONDAY).started


def test_daily_training_is_not_two_hundred_percent_of_the_plan():
    course = Course(MONDAY)
    for day in range(1, 29):
        course.session(day)
    assert len(counted_sessions([MONDAY + timedelta(days=n) for n in range(28)])) == 14
    share = adherence(progress_of(course.sets, course.sessions, course.check_ins))
    assert share == pytest.approx(1.0)


def test_a_journal_written_by_heelcoach_0_1_counts_from_its_first_day(tmp_path):
    import shutil
    from pathlib import Path

    from heelcoach.journal.journal import Journal

    written = Path(__file__).parent.parent / "journal" / "written_by" / "heelcoach-0.1.json"
    shutil.copy(written, tmp_path / "journal.json")
    journal = Journal(tmp_path)
    sets, sessions = journal.stored("sets"), journal.stored("sessions")
    log = TrainingLog(sets, sessions, date(2026, 9, 2))
    assert log.days == [date(2026, 8, 31)]
    assert log[0].stopped_sets == 1  # 7 of 12 reps: stopped, as version 1 could not say
    assert log[0].highest_pain == 4 and log[0].pain_after == 5
    journal.close()


@st.composite
def journals(draw):
    course = Course(MONDAY)
    for day in sorted(draw(st.sets(st.integers(1, 120), max_size=40))):
        reps = draw(st.sampled_from([12, 10, 8, draw(st.integers(1, 50))]))
        course.session(
            day, sets=draw(st.integers(1, 5)), reps=reps,
            load=draw(st.integers(0, 12)) * 2.5,
            pain=draw(st.none() | st.integers(0, 10)), after=draw(st.none() | st.integers(0, 10)),
            effort=draw(st.none() | st.sampled_from(EFFORTS)),
            done=draw(st.integers(1, reps)), to_failure=draw(st.booleans()),
            legs=draw(st.sampled_from([("left",), ("right",), ("left", "right"), ("both",)])),
        )  # fmt: skip
    for day in draw(st.sets(st.integers(1, 125), max_size=60)):
        course.morning(day, draw(st.integers(0, 10)), draw(st.none() | st.booleans()))
    return course


@settings(max_examples=150, deadline=None)
@given(journals(), st.integers(1, 125), st.booleans(), st.integers(-30, 30))
def test_no_journal_crashes_the_rules_or_gets_more_load_after_a_red_session(
    course, day, self_dosed, shift
):
    choices = ProgramChoices(self_dosed=self_dosed, shift_days=shift)
    today = course.on(day, choices)
    last = today.last_session
    if last is None:
        assert today.advice.kind is AdviceKind.START
        return
    flare = flare_of(last, Mornings({d: (p, w) for d, (p, w) in _mornings(course).items()}),
                     today.day)  # fmt: skip
    if flare is None:
        return
    advice = today.advice
    assert advice.kind is AdviceKind.REDUCE
    advised = advice.lighter or advice.plan  # no lighter plan: the plan is light enough
    assert advised.load_kg <= last.load_kg
    if last.target_reps and not advised.to_failure:
        assert advised.sets * advised.reps <= last.sets * last.target_reps
    assert advice.plan.load_kg <= last.load_kg


def _mornings(course):
    return {date.fromisoformat(c["date"]): (c["first_steps_pain"], c["worse_after_training"])
            for c in course.check_ins}  # fmt: skip
