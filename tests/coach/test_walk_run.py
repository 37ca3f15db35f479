"""The walk/run plan back to running: the guide's first three weeks, then runs that grow by
no more than 10 % a week, the longest by no more than a third, to a continuous run; weeks
by the calendar, a bad day that steps back, and breaks that step back further."""

import itertools
from datetime import date, timedelta

from heelcoach.coach.rules import LONGEST_RUN_GROWTH, WEEKLY_RUN_INCREASE
from heelcoach.coach.walk_run import Run, current_week, was_bad, week_now, week_plan

MINUTE = 60_000


def test_the_first_three_weeks_are_the_guides_intervals():
    assert [(p.runs_ms, p.walk_ms) for p in map(week_plan, (1, 2, 3))] == [
        ((MINUTE,) * 8, 2 * MINUTE),  # 1 min run / 2 min walk x 8
        ((2 * MINUTE,) * 8, MINUTE),  # 2 / 1 x 8
        ((3 * MINUTE,) * 6, MINUTE),  # 3 / 1 x 6
    ]


def test_from_week_4_running_grows_at_most_10_percent_a_week_to_a_continuous_run():
    plans = [week_plan(week) for week in range(3, 13)]
    for before, after in itertools.pairwise(plans):
        assert after.run_ms <= before.run_ms * (1 + WEEKLY_RUN_INCREASE)
        assert after.run_ms >= before.run_ms  # and never less
        assert max(after.runs_ms) > max(before.runs_ms)  # the runs get longer
        # ... the longest by a third at most, in whole minutes (a minute left over joins it)
        assert max(after.runs_ms) <= max(before.runs_ms) * (1 + LONGEST_RUN_GROWTH) + MINUTE
    assert [max(plan.runs_ms) // MINUTE for plan in plans] == [3, 4, 5, 6, 8, 10, 13, 17, 22, 30]
    assert plans[-1].week == 12 and plans[-1].runs_ms == (30 * MINUTE,)  # the goal


def test_after_the_goal_every_week_is_the_same_half_hour_run():
    for week in (13, 14, 52, 520):  # never a session longer than the goal's
        assert week_plan(week).runs_ms == (30 * MINUTE,)
        assert week_plan(week).total_ms < 37 * MINUTE  # the warm-up, the run, a walk


MONDAY = date(2026, 11, 2)


def runs(*days: int, bad=()) -> list[Run]:
    """Runs on these days after MONDAY (0 is Monday); the `bad` ones were bad days."""
    return [Run(MONDAY + timedelta(days=day), day in bad) for day in days]


def on(day: int) -> date:
    return MONDAY + timedelta(days=day)


def test_three_good_runs_and_seven_days_finish_a_week_and_a_bad_day_goes_back_a_week():
    assert current_week([]) == 1
    week_1 = runs(0, 2, 4)
    assert current_week(week_1, on(6)) == 1  # three runs in five days: the week lasts seven
    assert current_week(week_1, on(7)) == 2
    two_weeks = runs(0, 2, 4, 7, 9, 11)
    assert current_week(two_weeks, on(14)) == 3
    assert current_week(runs(0, 2, 4, 7, 9, 11, 14, bad=(14,)), on(16)) == 2  # to week 2
    assert current_week(runs(0, 2, bad=(0,)), on(4)) == 1  # never below week 1


def test_a_break_of_more_than_two_weeks_goes_back_a_week_more_than_four_to_week_1():
    two_weeks = runs(0, 2, 4, 7, 9, 11)
    assert current_week(two_weeks, on(25)) == 3  # 14 days since the last run: no break
    assert current_week(two_weeks, on(26)) == 2  # 15: a week back
    assert current_week(two_weeks, on(39)) == 2
    assert current_week(two_weeks, on(40)) == 1  # 29: from the start
    assert current_week([*two_weeks, *runs(26)], on(27)) == 2  # and a run after it counts there


def test_a_bad_day_is_red_pain_or_a_worse_morning():
    assert not was_bad({"pain_during": 5, "pain_after": 4}, worse_morning=False)
    assert was_bad({"pain_during": 6, "pain_after": None}, worse_morning=False)
    assert was_bad({"pain_during": 1, "pain_after": 7}, worse_morning=False)
    assert was_bad({"pain_during": 1, "pain_after": 1}, worse_morning=True)


def test_the_morning_after_a_run_ties_to_it():
    done = [{"at": f"2026-11-{day:02d}T18:00:00", "pain_during": 2, "pain_after": 2}
            for day in (2, 4, 6, 9)]  # fmt: skip
    usual = [{"date": date(2026, 10, day).isoformat(), "first_steps_pain": 3} for day in (1, 2, 3)]
    assert week_now(done, usual) == 2  # the fourth is the first of week 2
    worse = [*usual, {"date": "2026-11-10", "first_steps_pain": 6}]  # usual 3, now 6
    assert week_now(done, worse) == 1
    ticked = [*usual, {"date": "2026-11-10", "first_steps_pain": 3, "worse_after_training": True}]
    assert week_now(done, ticked) == 1
