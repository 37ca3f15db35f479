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
    runs: list[dict] = field(default_factory=list)
    answers: list[dict] = field(default_factory=list)

    def day(self, number: int) -> date:
        """Day 1 is the start."""
        return self.start + timedelta(days=number - 1)

    def session(self, number: int, sets: int = 3, reps: int = 12, load: float = 0.0,
                pain: int | None = 2, after: int | None = None, effort: str | None = None,
                done: int | None = None, to_failure: bool = False,
                legs: tuple[str, ...] = ("left", "right"),
                stopped: bool = False) -> Course:  # fmt: skip
        """A session on day `number`: `done` reps in each set (all of them, unless given);
        `stopped`: the runner ended it after these `sets`, before the plan's last."""
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
                              "pain_after": after, "note": "", "stopped": stopped})  # fmt: skip
        return self

    def morning(self, number: int, pain: int, worse: bool | None = False) -> Course:
        self.check_ins.append({"date": self.day(number).isoformat(), "first_steps_pain": pain,
                               "worse_after_training": worse, "note": ""})  # fmt: skip
        return self

    def mornings(self, first: int, last: int, pain: int) -> Course:
        for number in range(first, last + 1):
            self.morning(number, pain)
        return self

    def run(self, number: int, during: int | None = 2, after: int | None = 2,
            week: int = 1) -> Course:  # fmt: skip
        """A walk/run session in the evening of day `number`."""
        at = datetime.combine(self.day(number), time(17, 0)).isoformat()
        self.runs.append({"at": at, "week": week, "run_s": 480, "planned_run_s": 480,
                          "cycles": 8, "planned_cycles": 8, "pain_during": during,
                          "pain_after": after, "note": "", "stopped": False})  # fmt: skip
        return self

    def red_flags(self, number: int, *yes: str) -> Course:
        """The red-flag questions answered on the morning of day `number`: yes to `yes`."""
        at = datetime.combine(self.day(number), time(7, 0)).isoformat()
        self.answers.append({"at": at, "question": "red_flags", "yes": list(yes),
                             "symptoms_for": None, "note": ""})  # fmt: skip
        return self

    def clinician_seen(self, number: int) -> Course:
        at = datetime.combine(self.day(number), time(7, 5)).isoformat()
        self.answers.append({"at": at, "question": "clinician_seen", "yes": [],
                             "symptoms_for": None, "note": ""})  # fmt: skip
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
            [a for a in self.answers if a["at"] <= end],
            [r for r in self.runs if r["at"] <= end],
        )  # fmt: skip


def dose(plan) -> str:
    """A plan as the tables in the tests write it: "4x10@5", "to failure@7.5", "none"."""
    if plan is None:
        return "none"
    if plan.to_failure:
        return f"to failure@{plan.load_kg:g}"
    return f"{plan.sets}x{plan.reps}@{plan.load_kg:g}"


def described(today: Today) -> tuple:
    """A row of the tables in the tests: week, day, plan, advice."""
    text = dose(today.advice.plan)
    if today.advice.lighter is not None:
        text += ">" + dose(today.advice.lighter)
    return (today.position.week, today.kind.value, text, today.advice.kind.value)


def running_said(today: Today) -> str:
    """The walk/run as the tables say it: "not yet (why)", "may begin", "week 2, today",
    "week 2, rest day"."""
    running = today.running
    week = f"week {running.week}, " if running.week is not None else ""
    if running.held_back is not None:
        return f"{week}not yet ({running.held_back})"
    if running.week is None:
        return "may begin" if running.criteria_met else "not yet (criteria)"
    return week + ("rest day" if running.ran_recently else "today")


def follow(course: Course, last_day: int, pain=lambda day: 2, effort=lambda day: "just_right",
           choices: ProgramChoices = NO_CHOICES, skip=(), silent=()) -> Course:  # fmt: skip
    """The runner does what the coach plans, on every training day up to `last_day` but the
    days to `skip`, and checks in every morning at 3 (unless the course has a check-in for
    that day, or the day is `silent`)."""
    for number in range(1, last_day + 1):
        checked_in = any(c["date"] == course.day(number).isoformat() for c in course.check_ins)
        if not checked_in and number not in silent:
            course.morning(number, 3)
        today = course.on(number, choices)
        if today.kind.value != "training" or number in skip:
            continue
        plan = today.plan_to_run
        course.session(number, plan.sets, plan.reps, plan.load_kg, pain=pain(number),
                       effort=effort(number), to_failure=plan.to_failure)  # fmt: skip
    return course
