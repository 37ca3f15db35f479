"""The journal as series over time: pain, load, volume and adherence, each a list of
(time, value) points, with no Qt and no numpy, so it is quick to test and cheap to build.

Times are POSIX timestamps of local wall-clock moments (what a date axis shows).
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from heelcoach.coach.position import counted_sessions
from heelcoach.coach.rules import DAYS_BETWEEN_SESSIONS

MEAN_DAYS = 7
SESSIONS_PER_WEEK_PLANNED = 3.5  # every other day
MORNING = time(8, 0)
LEGS = ("left", "right", "both")
Entries = Sequence[Mapping[str, Any]]  # a table's entries, as the journal holds them


@dataclass(frozen=True)
class Series:
    x: tuple[float, ...] = ()
    y: tuple[float, ...] = ()

    def __len__(self) -> int:
        return len(self.x)

    @classmethod
    def of(cls, points: Iterable[tuple[float, float]]) -> Series:
        ordered = sorted(points)
        return cls(tuple(p[0] for p in ordered), tuple(p[1] for p in ordered))


@dataclass(frozen=True)
class Progress:
    morning_pain: Series = Series()
    morning_mean: Series = Series()  # the mean of the last 7 days' check-ins
    set_pain: dict[str, Series] = field(default_factory=dict)  # per leg, per session
    pain_after: Series = Series()
    load: dict[str, Series] = field(default_factory=dict)  # per leg, the session's heaviest
    volume: dict[str, Series] = field(default_factory=dict)  # per leg: reps x kg
    sessions_per_week: Series = Series()  # x: the Monday
    counted_days: tuple[date, ...] = ()  # the sessions the every-other-day plan counts
    notes: tuple[tuple[str, str], ...] = ()  # (date, note), oldest first
    run_minutes_per_week: Series = Series()  # x: the Monday
    run_pain_during: Series = Series()  # per walk/run session
    run_pain_after: Series = Series()
    stretches_per_week: Series = Series()  # stretch sessions (of any of the three); x: Monday

    @property
    def is_empty(self) -> bool:
        return not (self.morning_pain or self.pain_after or any(self.set_pain.values())
                    or self.running or self.stretching)  # fmt: skip

    @property
    def running(self) -> bool:
        return bool(self.run_minutes_per_week)

    @property
    def stretching(self) -> bool:
        return bool(self.stretches_per_week)

    def span(self) -> tuple[float, float] | None:
        """The first and last moment with any data."""
        xs = [s.x[i] for s in self._all() for i in (0, -1) if s.x]
        return (min(xs), max(xs)) if xs else None

    def _all(self) -> list[Series]:
        return [self.morning_pain, self.pain_after, *self.set_pain.values(),
                *self.load.values(), self.run_pain_during, self.run_minutes_per_week,
                self.stretches_per_week]  # fmt: skip


def stamp(moment: datetime) -> float:
    return moment.timestamp()


def morning_of(day: date) -> float:
    return stamp(datetime.combine(day, MORNING))


def progress_of(sets: Entries, sessions: Entries, check_ins: Entries,
                runs: Entries = (), stretches: Entries = ()) -> Progress:  # fmt: skip
    """Everything the progress view plots, from the journal's entries (in any order)."""
    set_pain, load, volume = _per_session(sets)
    return Progress(
        morning_pain=_morning_pain(check_ins),
        morning_mean=_running_mean(check_ins),
        set_pain=set_pain,
        pain_after=Series.of(
            (stamp(datetime.fromisoformat(s["at"])), s["pain_after"])
            for s in sessions
            if s.get("pain_after") is not None
        ),
        load=load,
        volume=volume,
        sessions_per_week=_sessions_per_week(sets),
        counted_days=_counted_days(sets),
        notes=_notes(sets, (*sessions, *runs), check_ins),
        run_minutes_per_week=_per_week((run["at"], run["run_s"] / 60) for run in runs),
        run_pain_during=_run_pain(runs, "pain_during"),
        run_pain_after=_run_pain(runs, "pain_after"),
        stretches_per_week=_per_week(
            (at, 1) for at in {entry.get("session") or entry["at"] for entry in stretches}
        ),
    )


def _run_pain(runs: Entries, field: str) -> Series:
    return Series.of((stamp(datetime.fromisoformat(run["at"])), run[field])
                     for run in runs if run.get(field) is not None)  # fmt: skip


def _per_week(amounts: Iterable[tuple[str, float]]) -> Series:
    """Amounts (at an ISO moment) summed by the week (x: its Monday), weeks without any
    counted as zero, from the first week with some to the last."""
    weeks: dict[date, float] = defaultdict(float)
    for at, amount in amounts:
        day = date.fromisoformat(at[:10])
        weeks[day - timedelta(days=day.weekday())] += amount
    if not weeks:
        return Series()
    monday, last, points = min(weeks), max(weeks), []
    while monday <= last:
        points.append((stamp(datetime.combine(monday, time())), weeks.get(monday, 0)))
        monday += timedelta(days=7)
    return Series.of(points)


def _morning_pain(check_ins: Entries) -> Series:
    return Series.of((morning_of(date.fromisoformat(c["date"])), c["first_steps_pain"])
                     for c in check_ins)  # fmt: skip


def _running_mean(check_ins: Entries) -> Series:
    by_day = sorted((date.fromisoformat(c["date"]), c["first_steps_pain"]) for c in check_ins)
    points: list[tuple[float, float]] = []
    window: deque[tuple[date, float]] = deque()
    total = 0
    for day, pain in by_day:
        window.append((day, pain))
        total += pain
        while window[0][0] <= day - timedelta(days=MEAN_DAYS):
            total -= window.popleft()[1]
        points.append((morning_of(day), total / len(window)))
    return Series(tuple(p[0] for p in points), tuple(p[1] for p in points))


def _session_key(entry: Mapping[str, Any]) -> str:
    key: str = entry.get("session") or entry["at"][:10]
    return key


def _per_session(sets: Entries) -> tuple[dict[str, Series], ...]:
    """Per leg, one point a session: the mean pain of its rated sets, the heaviest load of
    the sets not stopped early, and its volume (reps x kg)."""
    groups: dict[tuple[str, str], list[Mapping[str, Any]]] = defaultdict(list)
    for entry in sets:
        groups[(entry.get("leg", "both"), _session_key(entry))].append(entry)
    pain, load, volume = defaultdict(list), defaultdict(list), defaultdict(list)
    for (leg, _), group in groups.items():
        moment = stamp(datetime.fromisoformat(min(entry["at"] for entry in group)))
        mean = _mean_pain(group)
        if mean is not None:
            pain[leg].append((moment, mean))
        finished = [entry for entry in group if not entry.get("stopped")]
        if finished:  # a session of stopped sets alone says nothing of the load it can take
            load[leg].append((moment, max(entry.get("load_kg", 0.0) for entry in finished)))
        volume[leg].append((moment, _volume(group)))
    return tuple({leg: Series.of(points[leg]) for leg in LEGS if points.get(leg)}
                 for points in (pain, load, volume))  # fmt: skip


def _volume(group: Entries) -> float:
    """Reps x kg; at body weight, the reps: a session without added weight is not nothing."""
    loaded = sum(entry["reps"] * entry.get("load_kg", 0.0) for entry in group)
    return loaded or float(sum(entry["reps"] for entry in group))


def _mean_pain(group: Entries) -> float | None:
    rated = [entry["pain"] for entry in group if entry.get("pain") is not None]
    return sum(rated) / len(rated) if rated else None


def _sessions_per_week(sets: Entries) -> Series:
    """Days with heel raises, by the week: weeks without a session count too, as zero."""
    return _per_week((day, 1) for day in {entry["at"][:10] for entry in sets})


def _counted_days(sets: Entries) -> tuple[date, ...]:
    days = {date.fromisoformat(day) for day in {entry["at"][:10] for entry in sets}}
    return tuple(counted_sessions(list(days)))


def _notes(sets: Entries, sessions: Entries,
           check_ins: Entries) -> tuple[tuple[str, str], ...]:  # fmt: skip
    found = [(e["at"][:10], e["note"]) for e in (*sets, *sessions) if e.get("note")]
    found += [(c["date"], c["note"]) for c in check_ins if c.get("note")]
    return tuple(sorted(found))


def adherence(progress: Progress, since: float | None = None) -> float | None:
    """Sessions done against the every-other-day plan, as a share (1.0 = as planned), over
    the days from the first session in the period to the last day in the journal: after
    one session, one was planned. The plan counts at most one session in any two days:
    training daily is not 200 %."""
    first_day = date.min if since is None else date.fromtimestamp(since)
    counted = [day for day in progress.counted_days if day >= first_day]
    span = progress.span()
    if not counted or span is None:
        return None
    days = (date.fromtimestamp(span[1]) - counted[0]).days + 1
    done = len(counted)
    planned = -(-days // DAYS_BETWEEN_SESSIONS)
    return min(1.0, done / planned)
