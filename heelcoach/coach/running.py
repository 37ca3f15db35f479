"""The walk/run as the coach sees it today: the week, whether today is a run day, the
guide's four criteria, and what holds running back. Running is judged from the same
verdict as the heel raises: a red flag, time to seek help, a lighter plan or a red morning
in the last week mean "not yet", whatever the ticks say."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from typing import Any, NamedTuple

from heelcoach.coach.back_to_running import Check, all_met, checks
from heelcoach.coach.next_day import Mornings
from heelcoach.coach.rules import RED_MORNING_DAYS
from heelcoach.coach.training_days import TrainingLog
from heelcoach.coach.verdict import Verdict
from heelcoach.coach.walk_run import current_week, ran_too_recently, runs_of, week_plan
from heelcoach.core.exercises.intervals import IntervalPlan

HELD_BACK_BY = {
    Verdict.SEE_CLINICIAN: "red_flag",
    Verdict.SEEK_HELP: "seek_help",
    Verdict.REDUCE: "reduce",
}
RED_MORNINGS = "red_mornings"


class Running(NamedTuple):
    week: int | None  # the next session's week; None: no walk/run yet
    plan: IntervalPlan  # that session (week 1's before the first)
    checks: tuple[Check, ...]  # the guide's four criteria
    held_back: str | None  # "red_flag", "seek_help", "reduce", "red_mornings", or None
    ran_recently: bool  # a run today or yesterday: a rest day comes first

    @property
    def criteria_met(self) -> bool:
        return all_met(list(self.checks))

    @property
    def may_begin(self) -> bool:
        """All four criteria met, and nothing holds running back."""
        return self.criteria_met and self.held_back is None

    @property
    def run_today(self) -> bool:
        began_or_may = self.week is not None or self.criteria_met
        return began_or_may and self.held_back is None and not self.ran_recently


def running_of(runs: Iterable[Mapping[str, Any]], log: TrainingLog, mornings: Mornings,
               today: date, verdict: Verdict,
               walking_confirmed_on: date | None) -> Running:  # fmt: skip
    done = runs_of(runs, mornings)
    held_back = HELD_BACK_BY.get(verdict)
    if held_back is None and mornings.red_days(today - timedelta(days=RED_MORNING_DAYS), today):
        held_back = RED_MORNINGS
    week = current_week(done, today) if done else None
    return Running(
        week=week, plan=week_plan(week or 1),
        checks=tuple(checks(log, mornings, today, walking_confirmed_on)),
        held_back=held_back, ran_recently=ran_too_recently(done, today),
    )  # fmt: skip
