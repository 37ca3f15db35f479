"""Courses of twelve weeks and more, read day by day: the week, the day, the plan (and the
lighter one, after a flare) and the advice for the next session, as the coach says them.

Plans read "sets x reps @ kg"; "a>b" is the program's plan a, and the lighter plan b.
"""

from datetime import date

import pytest
from courses import Course, described, follow

from heelcoach.coach.today import ProgramChoices

MONDAY = date(2026, 1, 5)


def easy_on(*days):
    return lambda day: "easy" if day in days else "just_right"


GOOD_COURSE = [
    # day, week, today is, plan, advice
    (1, 1, "training", "3x12@0", "start"),
    (2, 1, "rest", "3x12@0", "keep"),  # one session is not yet two that went well
    (3, 1, "training", "3x12@0", "keep"),
    (5, 1, "training", "3x12@0", "progress"),
    (15, 3, "training", "4x10@5", "progress"),  # weeks 3-4: the first weight
    (16, 3, "rest", "4x10@5", "progress"),
    (29, 5, "training", "5x8@7.5", "progress"),  # week 5 on: more weight
    (43, 7, "training", "5x8@10", "progress"),  # day 41 felt easy: a step up
    (63, 9, "training", "5x8@12.5", "progress"),  # and day 61
    (85, 13, "training", "5x8@12.5", "progress"),
    (86, 13, "rest", "5x8@12.5", "progress"),
]


@pytest.fixture(scope="module")
def good_course():
    course = Course(MONDAY)
    for day in range(1, 91):  # first steps from 5 down to 1 over ten weeks
        course.morning(day, max(1, 5 - day // 14))
    return follow(course, 90, effort=easy_on(41, 61))


@pytest.mark.parametrize(("day", "week", "kind", "plan", "advice"), GOOD_COURSE)
def test_a_good_course_moves_through_the_stages_on_time(good_course, day, week, kind, plan,
                                                        advice):  # fmt: skip
    assert described(good_course.on(day)) == (week, kind, plan, advice)


def test_a_good_course_never_asks_for_help(good_course):
    assert all(good_course.on(day).seek_help is None for day in range(1, 91))


@pytest.fixture(scope="module")
def flare_course():
    course = follow(Course(MONDAY), 30)
    course.session(31, 5, 8, 7.5, pain=7, after=6).morning(32, 6, worse=True)
    course.morning(33, 4)
    course.session(33, 5, 8, 5.0, pain=3).morning(34, 3).morning(35, 3)
    course.session(35, 5, 8, 5.0, pain=8).morning(36, 3).morning(37, 3)
    return course


FLARE_COURSE = [
    (31, 5, "training", "5x8@7.5", "progress"),
    (32, 5, "rest", "5x8@7.5>5x8@5", "reduce"),  # sets at 7/10, a worse morning
    (33, 5, "training", "5x8@7.5>5x8@5", "reduce"),
    (35, 5, "training", "5x8@5", "keep"),  # one good session after the flare: hold
    (37, 6, "training", "5x8@5>4x10@2.5", "reduce"),  # a second flare: a stage back
]


@pytest.mark.parametrize(("day", "week", "kind", "plan", "advice"), FLARE_COURSE)
def test_a_flare_after_a_heavy_session_makes_the_next_one_lighter(flare_course, day, week,
                                                                  kind, plan, advice):  # fmt: skip
    assert described(flare_course.on(day)) == (week, kind, plan, advice)


def test_the_flare_is_explained_with_the_journals_numbers(flare_course):
    flare = flare_course.on(32).advice.flares[-1]
    assert flare.red_set_pain == 7
    assert flare.red_pain_after == 6
    assert flare.said_worse_on == flare_course.day(32)
    day, pain, usual = flare.worse_morning
    assert (day, pain, usual) == (flare_course.day(32), 6, 3.0)
    assert flare_course.on(37).advice.stage_back


@pytest.fixture(scope="module")
def fortnight_away():
    return follow(Course(MONDAY), 60, skip=range(20, 36))


FORTNIGHT_AWAY = [
    (19, 3, "training", "4x10@5", "progress"),
    (30, 3, "training", "4x10@5", "progress"),  # 11 days away: the program waits
    (36, 3, "training", "4x10@5", "progress"),  # back: where they left off, not week 6
    (37, 4, "rest", "4x10@5", "progress"),
    (50, 5, "training", "5x8@7.5", "progress"),
]


@pytest.mark.parametrize(("day", "week", "kind", "plan", "advice"), FORTNIGHT_AWAY)
def test_a_missed_fortnight_picks_up_where_the_runner_left_off(fortnight_away, day, week,
                                                               kind, plan, advice):  # fmt: skip
    assert described(fortnight_away.on(day)) == (week, kind, plan, advice)


def test_the_break_is_named_in_days(fortnight_away):
    reasons = fortnight_away.on(36).advice.reasons
    assert reasons[0].key == "break"
    assert reasons[0].values == (17,)


@pytest.fixture(scope="module")
def no_better():
    return follow(Course(MONDAY).mornings(1, 60, 5), 60)


def test_six_weeks_without_a_fall_in_first_step_pain_says_see_someone(no_better):
    assert no_better.on(42).seek_help is None  # six weeks are not over yet
    found = no_better.on(43).seek_help
    assert found is not None
    assert found.no_improvement == (5.0, 5.0)


def test_the_advice_to_seek_help_waits_a_week_when_put_off_then_comes_back(no_better):
    put_off = ProgramChoices(help_put_off_until=no_better.day(51))
    assert no_better.on(44, put_off).seek_help is None
    assert no_better.on(51, put_off).seek_help is not None


def test_red_mornings_on_most_days_of_two_weeks_say_see_someone_at_any_week():
    course = Course(MONDAY).session(1).mornings(2, 8, 7).mornings(9, 14, 2).morning(15, 6)
    assert course.on(14).seek_help is None  # seven red mornings of fourteen
    assert course.on(15).seek_help.red_days == 8


def test_training_daily_makes_every_day_after_a_session_a_rest_day():
    course = Course(MONDAY).mornings(1, 15, 3)
    for day in range(1, 15):
        course.session(day)
    assert described(course.on(2)) == (1, "rest", "3x12@0", "keep")
    # The next session waits for tomorrow's check-in: how the heel took today's is not known.
    assert described(course.on(2, trained=True)) == (1, "done", "3x12@0", "keep")
    assert course.on(14).next_session == course.day(15)


SELF_DOSED = ProgramChoices(self_dosed=True)


def test_self_dosed_sets_to_failure_are_dosed_no_heavier_than_eight_reps():
    course = Course(MONDAY).mornings(1, 9, 3)
    assert described(course.on(1, SELF_DOSED)) == (1, "training", "to failure@5", "start")
    course.session(1, 3, 8, 5.0, done=12, to_failure=True)
    course.session(3, 3, 8, 5.0, done=12, to_failure=True)
    assert described(course.on(5, SELF_DOSED)) == (1, "training", "to failure@7.5", "progress")
    assert course.on(5, SELF_DOSED).advice.reasons[-1].key == "twelve_or_more"
    course.session(5, 3, 8, 7.5, done=9, to_failure=True)
    assert described(course.on(7, SELF_DOSED)) == (1, "training", "to failure@7.5", "progress")
    course.session(7, 3, 8, 7.5, done=6, to_failure=True)
    assert described(course.on(9, SELF_DOSED)) == (2, "training", "to failure@5", "progress")
    assert course.on(9, SELF_DOSED).advice.reasons[-1].values == (6, 5.0)  # fewer than 8


def test_a_set_the_runner_could_not_finish_takes_a_step_off_the_weight():
    course = follow(Course(MONDAY), 20)
    course.session(21, 4, 10, 5.0, effort="too_heavy", done=7).mornings(22, 23, 3)
    assert described(course.on(23)) == (4, "training", "4x10@2.5", "progress")
    assert course.on(23).advice.reasons[-1].key == "too_heavy"
