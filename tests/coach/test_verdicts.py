"""Each made-up runner of runners.py gets the one verdict, the plan and the walk/run a
clinician following the guide would give; on no day of any of their courses does the coach
add load beside "see someone" or "reduce"."""

import pytest
from courses import dose, running_said
from runners import RUNNERS, Runner, day, no_fall_from_the_earliest_check_ins, red_every_morning

from heelcoach.coach.advice import ADDS_LOAD
from heelcoach.coach.verdict import Verdict


@pytest.mark.parametrize("runner", RUNNERS, ids=str)
def test_each_runner_gets_the_answer_a_clinician_following_the_guide_would_give(runner: Runner):
    today = runner.course().on(runner.on_day, runner.choices)
    said = (today.verdict.value, dose(today.plan_to_run), running_said(today))
    assert said == (runner.verdict, runner.plan, runner.running)


@pytest.mark.parametrize("runner", RUNNERS, ids=str)
def test_no_day_of_any_course_adds_load_beside_see_someone_or_reduce(runner: Runner):
    course = runner.course()
    for number in range(1, runner.on_day + 1):
        today = course.on(number, runner.choices)
        if not today.verdict.eases_off:
            continue
        assert not {reason.key for reason in today.advice.reasons} & ADDS_LOAD
        assert not today.running.run_today and not today.running.may_begin
        plan, last = today.plan_to_run, today.last_session
        if today.verdict is Verdict.SEE_CLINICIAN:
            assert plan is None  # no loading advice at all
        elif last is not None:
            assert plan.load_kg <= last.load_kg
            if not (last.stopped_sets or last.to_failure):  # a set cut short says less
                assert plan.sets * plan.reps <= last.sets * last.target_reps


def test_the_reasons_are_the_runners_own_numbers():
    red = red_every_morning().on(22)
    assert red.seek_help.red_days == 14  # of the last fourteen
    assert [reason.values for reason in red.advice.reasons if reason.key == "red_mornings"] == [
        (7,)]  # fmt: skip
    slow = no_fall_from_the_earliest_check_ins().on(51)
    assert slow.seek_help.no_improvement == (5.0, 5.0)  # the earliest week's mean, the last


def test_a_missing_morning_is_named_by_its_session_and_the_check_in_settles_it():
    runner = next(r for r in RUNNERS if r.story.startswith("No check-in since"))
    course = runner.course()
    held = course.on(15)
    assert [r.values for r in held.advice.reasons if r.key == "no_morning"] == [(day(13),)]
    course.morning(15, 3)
    assert course.on(15).verdict is Verdict.PROGRESS


def test_the_full_session_chosen_today_is_what_start_runs_and_tomorrow_the_lighter_again():
    runner = next(r for r in RUNNERS if r.story.startswith("Two of the last three"))
    course = runner.course()
    chosen = runner.choices._replace(full_plan_on=day(37))
    assert dose(course.on(37, chosen).plan_to_run) == "5x8@5"  # the program's plan
    assert course.on(37, chosen).verdict is Verdict.REDUCE  # the verdict stands
    assert dose(course.on(37, runner.choices).plan_to_run) == "4x10@2.5"
    course.morning(38, 3)
    assert not course.on(38, chosen).full_plan_chosen  # a choice for one day
