"""Made-up runners, each with a journal and the answer a clinician following the guide would
give them on one day: the one verdict, the plan Start runs, and the walk/run.

Read it as the coach's specification. Plans are written "sets x reps @ kg" ("to failure@kg"
for self-dosed sets, "none" where there is no loading advice). Verdicts, in order of
safety: see_clinician, seek_help, reduce, hold, progress (start on the first day). The
walk/run reads "not yet (why)", "may begin", "week N, today" or "week N, rest day".

Day 1 is a Monday. Unless a runner's story says otherwise, they check in every morning with
first steps at 3, train every other day as the coach plans (Start's plan), and rate their
sets 2/10.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from courses import Course, follow

from heelcoach.coach.today import ProgramChoices

MONDAY = date(2026, 1, 5)


def day(number: int) -> date:
    return MONDAY + timedelta(days=number - 1)


@dataclass(frozen=True)
class Runner:
    story: str
    course: Callable[[], Course]
    on_day: int
    verdict: str
    plan: str
    running: str = "not yet (criteria)"
    choices: ProgramChoices = field(default_factory=ProgramChoices)

    def __str__(self) -> str:
        return self.story


def ordinary(days: int, morning: Callable[[int], int] = lambda _day: 3, **follow_args) -> Course:
    """Training as the coach plans every other day up to day `days`, with a check-in every
    morning, the next one's too."""
    course = Course(MONDAY)
    for number in range(1, days + 2):
        course.morning(number, morning(number))
    return follow(course, days, **follow_args)


def easing(number: int) -> int:
    """First steps from 5 down to 1 over ten weeks."""
    return max(1, 5 - number // 14)


def red_every_morning() -> Course:
    return ordinary(21, morning=lambda _day: 7)


def a_red_usual() -> Course:
    return ordinary(14, morning=lambda number: 6 if number == 15 else 5)


def red_mornings_going_on() -> Course:
    return ordinary(30, morning=lambda number: 6 if number >= 29 else 5)


def red_mornings_then_green() -> Course:
    return ordinary(28, morning=lambda number: {25: 6, 26: 6, 27: 6, 28: 2, 29: 2}.get(number, 5))


def a_jump_after_the_first_session() -> Course:
    return Course(MONDAY).morning(1, 2).session(1).morning(2, 5).morning(3, 4)


def noise_after_the_first_session() -> Course:
    course = Course(MONDAY).morning(1, 2).session(1).morning(2, 4).morning(3, 3).session(3)
    return course.morning(4, 3).morning(5, 3)


def no_check_in_after_the_last_session() -> Course:
    course = ordinary(13)
    course.check_ins.pop()  # day 14's
    return course  # and none on day 15 yet


def the_check_in_comes() -> Course:
    return no_check_in_after_the_last_session().morning(15, 3)


def flares_close_together() -> Course:
    course = ordinary(30)
    course.check_ins.pop()  # day 31's: the flare's course has its own mornings
    course.session(31, 5, 8, 7.5, pain=7, after=6).morning(32, 6, worse=True).morning(33, 4)
    course.session(33, 5, 8, 5.0, pain=3).morning(34, 3).morning(35, 3)
    return course.session(35, 5, 8, 5.0, pain=8).morning(36, 3).morning(37, 3)


def three_flares_in_four_weeks() -> Course:
    course = flares_close_together()
    return course.session(37, 4, 10, 2.5, pain=7).morning(38, 3).morning(39, 3)


def no_fall_from_the_earliest_check_ins() -> Course:
    course = Course(MONDAY)
    for number in range(8, 52):  # check-ins begin in week 2, at 5, and stay there
        course.morning(number, 5)
    return follow(course, 50, skip=range(1, 8), silent=range(1, 8))  # and the training


def red_flag_at_the_first_start() -> Course:
    return ordinary(20).red_flags(21, "numbness", "rest_or_night")


def red_flag_seen_by_a_clinician() -> Course:
    return ordinary(20).red_flags(15, "numbness").clinician_seen(21)


def everything_at_once() -> Course:
    course = no_fall_from_the_earliest_check_ins().red_flags(51, "fever")
    course.check_ins[-1]["first_steps_pain"] = 7
    return course


def self_dosed(best_set: int, load: float) -> Callable[[], Course]:
    def course() -> Course:
        days = Course(MONDAY).mornings(1, 7, 3)
        for number in (1, 3, 5):
            days.session(number, 3, 8, load, done=best_set, to_failure=True)
        return days

    return course


SELF_DOSED = ProgramChoices(self_dosed=True)


def ready_to_run() -> Course:
    return ordinary(56, morning=easing)


def ran(*days: int, bad: tuple[int, ...] = (), until: int) -> Callable[[], Course]:
    """Ready to run after eight weeks, then walk/runs on `days` (day 57 on), the `bad`
    ones at 7/10; the heel raises go on every other day beside them, up to `until`."""

    def course() -> Course:
        runner = ordinary(until, morning=easing)
        for number in days:
            runner.run(number, during=7 if number in bad else 2)
        return runner

    return course


def walking(on: int) -> ProgramChoices:
    return ProgramChoices(walking_confirmed_on=day(on))


# fmt: off
RUNNERS = [
    # The ordinary course still moves on.
    Runner("A newcomer on the first day", lambda: Course(MONDAY), 1, "start", "3x12@0"),
    Runner("Two weeks that went well: week 3 brings the first weight", lambda: ordinary(14),
           15, "progress", "4x10@5"),
    Runner("Four weeks that went well: week 5, heavier", lambda: ordinary(28), 29, "progress",
           "5x8@7.5"),
    # Red mornings are red whatever the runner's usual is.
    Runner("First steps at 7/10 every morning for three weeks", red_every_morning, 22,
           "seek_help", "1x12@0", "not yet (seek_help)"),
    Runner("7/10 every morning for three weeks, walking ticked: the ticks say all four are met",
           red_every_morning, 22, "seek_help", "1x12@0", "not yet (seek_help)", walking(21)),
    Runner("A red morning that is this runner's usual (6 after mornings at 5)", a_red_usual,
           15, "hold", "3x12@0", "not yet (red_mornings)"),
    Runner("Red mornings on three days of the week, still red after the last session",
           red_mornings_going_on, 31, "reduce", "4x10@2.5", "not yet (reduce)"),
    Runner("Red mornings early in the week, green since the last session",
           red_mornings_then_green, 29, "hold", "4x10@2.5", "not yet (red_mornings)"),
    # A jump the morning after counts from the second session on.
    Runner("First steps 2, then 5 the morning after the first session",
           a_jump_after_the_first_session, 3, "reduce", "2x12@0", "not yet (reduce)"),
    Runner("First steps 2, then 4 the morning after the first session: noise",
           noise_after_the_first_session, 5, "progress", "3x12@0"),
    # A morning with no check-in is not known.
    Runner("No check-in since the last session, with week 3 due",
           no_check_in_after_the_last_session, 15, "hold", "3x12@0"),
    Runner("The check-in comes, no worse: the weight goes on", the_check_in_comes, 15,
           "progress", "4x10@5"),
    # Flares make the next session lighter; repeated ones ask for help.
    Runner("Two of the last three sessions reached 7-8/10", flares_close_together, 37,
           "reduce", "4x10@2.5", "not yet (reduce)"),
    Runner("Three flare-ups within four weeks", three_flares_in_four_weeks, 39, "seek_help",
           "3x12@0", "not yet (seek_help)"),
    # Seek help when six weeks bring no fall.
    Runner("Six weeks without a fall from the earliest check-ins (they began in week 2)",
           no_fall_from_the_earliest_check_ins, 51, "seek_help", "5x8@7.5",
           "not yet (seek_help)"),
    Runner("Six weeks with first steps falling from 5 to 2", lambda: ordinary(43, easing), 44,
           "progress", "5x8@7.5"),
    Runner("Seeking help put off for a week", no_fall_from_the_earliest_check_ins, 51,
           "progress", "5x8@7.5", choices=ProgramChoices(help_put_off_until=day(58))),
    # Red flags come first.
    Runner("Numbness and night pain answered yes", red_flag_at_the_first_start, 21,
           "see_clinician", "none", "not yet (red_flag)"),
    Runner("A clinician has seen the numbness since", red_flag_seen_by_a_clinician, 21,
           "progress", "4x10@5"),
    Runner("A red flag, a red morning and no fall in six weeks at once", everything_at_once, 51,
           "see_clinician", "none", "not yet (red_flag)"),
    # Self-dosed the way the trial dosed it: no heavier than 8RM.
    Runner("Self-dosed: the best set reached 6 reps with 7.5 kg", self_dosed(6, 7.5), 7,
           "progress", "to failure@5", choices=SELF_DOSED),
    Runner("Self-dosed: the best set reached 12 reps with 5 kg", self_dosed(12, 5.0), 7,
           "progress", "to failure@7.5", choices=SELF_DOSED),
    Runner("Self-dosed: the best set reached 10 reps with 5 kg", self_dosed(10, 5.0), 7,
           "progress", "to failure@5", choices=SELF_DOSED),
    # Walk/run by the calendar.
    Runner("Eight weeks in, all four criteria met", ready_to_run, 57, "progress", "5x8@7.5",
           "may begin", walking(57)),
    Runner("The same runner, with the walking answer three weeks old", ready_to_run, 57,
           "progress", "5x8@7.5", "not yet (criteria)", walking(36)),
    Runner("Ran yesterday", ran(57, until=58), 58, "progress", "5x8@7.5", "week 1, rest day",
           walking(57)),
    Runner("Three good runs Monday, Wednesday, Friday: week 1 lasts seven days",
           ran(57, 59, 61, until=63), 63, "progress", "5x8@7.5", "week 1, today",
           walking(57)),
    Runner("A week later: week 2", ran(57, 59, 61, until=64), 64, "progress", "5x8@7.5",
           "week 2, today", walking(57)),
    Runner("A bad run in week 2 goes back to week 1", ran(57, 59, 61, 64, bad=(64,), until=66),
           66, "progress", "5x8@7.5", "week 1, today", walking(57)),
    Runner("Three weeks done, then 17 days without a run: week 3 again, not week 4",
           ran(57, 59, 61, 64, 66, 68, 71, 73, 75, until=92), 92, "progress", "5x8@7.5",
           "week 3, today", walking(85)),
    Runner("Back after a month without a run", ran(57, 59, 61, 64, 66, 68, until=100), 100,
           "progress", "5x8@7.5", "week 1, today", walking(95)),
]
# fmt: on
