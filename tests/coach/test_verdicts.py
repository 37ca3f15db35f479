"""Each made-up runner of runners.py gets the one verdict, the plan and the walk/run a
clinician following the guide would give; on no day of any of their courses does the coach
add load beside "see someone" or "reduce"."""

from datetime import date

import pytest
from courses import Course, dose, running_said
from runners import RUNNERS, Runner, day, no_fall_from_the_earliest_check_ins, red_every_morning

from heelcoach.coach.advice import ADDS_LOAD
from heelcoach.coach.today import ProgramChoices
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


def one_flare() -> Course:
    """Two good sessions, then one that reached 7/10: the next is lighter."""
    course = Course(date(2026, 11, 2)).mornings(1, 7, 2)
    return course.session(1).session(3).session(5, pain=7)


def test_the_full_session_is_used_up_by_the_session_it_was_chosen_for():
    course = one_flare()
    chosen = ProgramChoices(full_plan_on=course.day(7))
    assert course.on(7, chosen).full_plan_chosen
    assert dose(course.on(7, chosen).plan_to_run) == "3x12@0"
    course.session(7, pain=8)  # the full session, and it hurt
    after = course.on(7, chosen, trained=True)
    assert after.verdict is Verdict.REDUCE and not after.full_plan_chosen
    assert dose(after.plan_to_run) == "2x12@0"


def test_a_second_session_on_one_day_that_hurt_still_gets_a_lighter_plan():
    course = one_flare()
    course.session(7, pain=3).session(7, pain=8)  # Start again: "train anyway"
    after = course.on(7, trained=True)
    assert after.verdict is Verdict.REDUCE
    assert dose(after.plan_to_run) == "2x12@0"  # not six sets, as the day's sum had it


def test_a_session_stopped_after_a_set_does_not_shrink_the_next_one():
    course = Course(date(2026, 11, 2)).mornings(1, 7, 2)
    course.session(1).session(3).session(5, sets=1, stopped=True)  # a phone call in the rest
    assert dose(course.on(7).plan_to_run) == "3x12@0"  # not 1 x 12 from then on


def test_a_session_stopped_after_a_red_set_is_eased_from_its_plan_not_from_what_was_done():
    course = Course(date(2026, 11, 2)).mornings(1, 7, 2)
    course.session(1).session(3).session(5, sets=1, pain=7, stopped=True)
    today = course.on(7)
    assert today.verdict is Verdict.REDUCE
    assert (dose(today.plan_to_run), dose(today.advice.plan)) == ("2x12@0", "3x12@0")
    assert today.full_plan_offered  # the full session a key away, as after any flare


def test_while_help_is_due_the_full_session_is_not_offered_nor_run():
    runner = next(r for r in RUNNERS if r.story.startswith("Three flare-ups within"))
    course = runner.course()
    chosen = runner.choices._replace(full_plan_on=day(38))
    today = course.on(38, chosen)
    assert today.verdict is Verdict.SEEK_HELP and today.advice.lighter is not None
    assert not today.full_plan_offered and not today.full_plan_chosen
    assert today.plan_to_run == today.advice.lighter  # the "keep to" its words name
