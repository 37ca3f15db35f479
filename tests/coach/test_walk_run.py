"""The walk/run plan back to running: the guide's first three weeks, then runs that grow by
no more than 10 % a week to a continuous run, and a bad day that steps back."""

import itertools
from datetime import date

from heelcoach.coach.rules import WEEKLY_RUN_INCREASE
from heelcoach.coach.walk_run import current_week, was_bad, week_now, week_plan

MINUTE = 60_000


def test_the_first_three_weeks_are_the_guides_intervals():
    assert [(p.runs_ms, p.walk_ms) for p in map(week_plan, (1, 2, 3))] == [
        ((MINUTE,) * 8, 2 * MINUTE),  # 1 min run / 2 min walk x 8
        ((2 * MINUTE,) * 8, MINUTE),  # 2 / 1 x 8
        ((3 * MINUTE,) * 6, MINUTE),  # 3 / 1 x 6
    ]


def test_from_week_4_running_grows_at_most_10_percent_a_week_to_a_continuous_run():
    plans = [week_plan(week) for week in range(3, 11)]
    for before, after in itertools.pairwise(plans):
        assert after.run_ms <= before.run_ms * (1 + WEEKLY_RUN_INCREASE)
        assert after.run_ms >= before.run_ms  # and never less
        assert max(after.runs_ms) > max(before.runs_ms)  # the runs get longer
    continuous = next(plan for plan in plans if plan.cycles == 1)
    assert continuous.week == 8 and continuous.run_ms == 26 * MINUTE
    assert plans[-1].week == 10 and plans[-1].runs_ms == (30 * MINUTE,)  # the goal


def test_after_the_goal_every_week_is_the_same_half_hour_run():
    for week in (11, 12, 52, 520):  # never a session longer than the goal's
        assert week_plan(week).runs_ms == (30 * MINUTE,)
        assert week_plan(week).total_ms < 37 * MINUTE  # the warm-up, the run, a walk


def test_three_good_runs_finish_a_week_and_a_bad_day_goes_back_a_week():
    assert current_week([]) == 1
    assert current_week([False] * 3) == 2
    assert current_week([False] * 7) == 3
    assert current_week([False] * 7 + [True]) == 2  # back to the start of week 2
    assert current_week([True, False]) == 1  # never below week 1


def test_a_bad_day_is_red_pain_or_a_worse_morning():
    assert not was_bad({"pain_during": 5, "pain_after": 4}, worse_morning=False)
    assert was_bad({"pain_during": 6, "pain_after": None}, worse_morning=False)
    assert was_bad({"pain_during": 1, "pain_after": 7}, worse_morning=False)
    assert was_bad({"pain_during": 1, "pain_after": 1}, worse_morning=True)


def test_the_morning_after_a_run_ties_to_it():
    runs = [{"at": f"2026-11-{day:02d}T18:00:00", "pain_during": 2, "pain_after": 2}
            for day in (2, 4, 6, 9)]  # fmt: skip
    usual = [{"date": date(2026, 10, day).isoformat(), "first_steps_pain": 3} for day in (1, 2, 3)]
    assert week_now(runs, usual) == 2  # the fourth is the first of week 2
    worse = [*usual, {"date": "2026-11-10", "first_steps_pain": 6}]  # usual 3, now 6
    assert week_now(runs, worse) == 1
    ticked = [*usual, {"date": "2026-11-10", "first_steps_pain": 3, "worse_after_training": True}]
    assert week_now(runs, ticked) == 1
