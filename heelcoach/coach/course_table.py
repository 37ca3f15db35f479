"""The course week by week, for the physiotherapist's report: first-step pain, sessions,
reps against target, the highest pain, worse mornings, stopped sets; and every flare-up."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from heelcoach.coach.next_day import Flare, Mornings, flare_of
from heelcoach.coach.training_days import TrainingLog


@dataclass(frozen=True)
class WeekRow:
    week: int  # of the program, from 1
    first_day: date
    mean_first_steps: float | None
    sessions: int
    reps: int
    target_reps: int
    highest_pain: int | None
    worse_mornings: int
    stopped_sets: int


def weekly_rows(log: TrainingLog, mornings: Mornings, start: date, today: date) -> list[WeekRow]:
    """A row for each calendar week of seven days from `start` up to `today`."""
    rows = []
    sessions = [log[i] for i in range(len(log))]
    first = start
    week = 1
    while first <= today:
        end = first + timedelta(days=7)
        in_week = [s for s in sessions if first <= s.day < end]
        pains = [p for s in in_week if (p := s.highest_pain) is not None]
        days = [d for d in mornings.days if first <= d < end]
        firsts = [mornings.by_day[d][0] for d in days]
        rows.append(WeekRow(
            week=week, first_day=first,
            mean_first_steps=sum(firsts) / len(firsts) if firsts else None,
            sessions=len(in_week), reps=sum(s.reps for s in in_week),
            target_reps=sum(s.target_total for s in in_week),
            highest_pain=max(pains) if pains else None,
            worse_mornings=sum(1 for d in days if mornings.by_day[d][1]),
            stopped_sets=sum(s.stopped_sets for s in in_week),
        ))  # fmt: skip
        first, week = end, week + 1
    return rows


def flare_ups(log: TrainingLog, mornings: Mornings, today: date) -> list[Flare]:
    """Every session that flared, oldest first."""
    sessions = [log[i] for i in range(len(log))]
    ends = [later.day for later in sessions[1:]] + [today][: len(sessions)]
    found = (flare_of(s, mornings, until) for s, until in zip(sessions, ends, strict=True))
    return [flare for flare in found if flare is not None]
