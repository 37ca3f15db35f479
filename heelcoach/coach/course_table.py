"""The course week by week, for the physiotherapist's report: first-step pain, sessions,
reps against target, the highest pain, worse mornings, stopped sets; load and pain per leg;
and every flare-up."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from typing import Any, NamedTuple

from heelcoach.coach.next_day import Flare, Mornings, flare_of
from heelcoach.coach.training_days import TrainingLog


class WeekRow(NamedTuple):
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


class LegWeek(NamedTuple):
    week: int
    first_day: date
    pain: dict[str, int | None]  # per leg ("left", "right"): the highest pain of its sets
    load: dict[str, float | None]  # per leg: the heaviest load


def leg_rows(sets: Iterable[Mapping[str, Any]], start: date, today: date) -> list[LegWeek]:
    """For each week of seven days from `start` up to `today`: each leg's highest pain and
    heaviest load in its heel-raise sets (a set of both legs counts for each)."""
    weeks = max(0, (today - start).days // 7 + 1)
    pain: list[dict[str, int | None]] = [{"left": None, "right": None} for _ in range(weeks)]
    load: list[dict[str, float | None]] = [{"left": None, "right": None} for _ in range(weeks)]
    for entry in sets:
        if entry.get("exercise", "heel_raise") != "heel_raise":
            continue
        index = (date.fromisoformat(entry["at"][:10]) - start).days // 7
        if not 0 <= index < weeks:
            continue
        legs = ("left", "right") if entry["leg"] == "both" else (entry["leg"],)
        for leg in legs:
            if entry.get("pain") is not None:
                pain[index][leg] = max(entry["pain"], pain[index][leg] or 0)
            load[index][leg] = max(entry.get("load_kg", 0.0), load[index][leg] or 0.0)
    return [LegWeek(index + 1, start + timedelta(days=7 * index), pain[index], load[index])
            for index in range(weeks)]  # fmt: skip


def flare_ups(log: TrainingLog, mornings: Mornings, today: date) -> list[Flare]:
    """Every session that flared, oldest first."""
    sessions = [log[i] for i in range(len(log))]
    ends = [later.day for later in sessions[1:]] + [today][: len(sessions)]
    found = (flare_of(s, mornings, until) for s, until in zip(sessions, ends, strict=True))
    return [flare for flare in found if flare is not None]
