"""Made-up courses of training, written as the journal holds them, to read day by day."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from heelcoach.coach.today import ProgramChoices, Today, today_of

TEMPO = [3000, 2000, 3000, 0]
NO_CHOICES = ProgramChoices()


@dataclass
class Course:
    start: date
    sets: list[dict] = field(default_factory=list)
    sessions: list[dict] = field(default_factory=list)
    check_ins: list[dict] = field(default_factory=list)

    def day(self, number: int) -> date:
        """Day 1 is the start."""
        return self.start + timedelta(days=number - 1)

    def session(self, number: int, sets: int = 3, reps: int = 12, load: float = 0.0,
                pain: int | None = 2, after: int | None = None, effort: str | None = None,
                done: int | None = None, to_failure: bool = False,
                legs: tuple[str, ...] = ("left", "right")) -> Course:  # fmt: skip
        """A session on day `number`: `done` reps in each set (all of them, unless given)."""
        at = datetime.combine(self.day(number), time(18, 0))
        for index in range(sets):
            for leg in legs:
                moment = at + timedelta(minutes=index * 3 + len(self.sets) % 2)
                did = reps if done is None else done
                self.sets.append({
                    "at": moment.isoformat(), "exercise": "heel_raise", "leg": leg,
                    "target_reps": 0 if to_failure else reps, "reps": did, "load_kg": load,
                    "tempo_ms": TEMPO, "pain": pain, "note": "", "session": at.isoformat(),
                    "effort": effort, "stopped": did < reps and not to_failure,
                    "to_failure": to_failure,
                })  # fmt: skip
        self.sessions.append({"at": (at + timedelta(minutes=30)).isoformat(),
                              "pain_after": after, "note": ""})  # fmt: skip
        return self

    def morning(self, number: int, pain: int, worse: bool | None = False) -> Course:
        self.check_ins.append({"date": self.day(number).isoformat(), "first_steps_pain": pain,
                               "worse_after_training": worse, "note": ""})  # fmt: skip
        return self

    def mornings(self, first: int, last: int, pain: int) -> Course:
        for number in range(first, last + 1):
            self.morning(number, pain)
        return self

    def on(self, number: int, choices: ProgramChoices = NO_CHOICES,
           trained: bool = False) -> Today:  # fmt: skip
        """What the coach says on the morning of day `number` (after that day's check-in),
        or, `trained`, once that day's session is written too."""
        day = self.day(number)
        end = datetime.combine(day, time.max if trained else time(12, 0)).isoformat()
        return today_of(
            [s for s in self.sets if s["at"] <= end],
            [s for s in self.sessions if s["at"] <= end],
            [c for c in self.check_ins if c["date"] <= day.isoformat()],
            day, choices,
        )  # fmt: skip


def described(today: Today) -> tuple:
    """A row of the tables in the tests: week, day, plan, advice."""
    plan = today.advice.plan
    text = f"{plan.sets}x{plan.reps}@{plan.load_kg:g}"
    if today.advice.lighter is not None:
        lighter = today.advice.lighter
        text += f">{lighter.sets}x{lighter.reps}@{lighter.load_kg:g}"
    return (today.position.week, today.kind.value, text, today.advice.kind.value)


def follow(course: Course, last_day: int, pain=lambda day: 2, effort=lambda day: "just_right",
           choices: ProgramChoices = NO_CHOICES, skip=()) -> Course:  # fmt: skip
    """The runner does what the coach plans, on every training day up to `last_day`, and
    checks in every morning at 3 (unless the course has a check-in for that day)."""
    for number in range(1, last_day + 1):
        if not any(c["date"] == course.day(number).isoformat() for c in course.check_ins):
            course.morning(number, 3)
        today = course.on(number, choices)
        if today.kind.value != "training" or number in skip:
            continue
        plan = today.advice.plan
        course.session(number, plan.sets, plan.reps, plan.load_kg, pain=pain(number),
                       effort=effort(number), to_failure=plan.to_failure)  # fmt: skip
    return course
