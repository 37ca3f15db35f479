"""The walk/run in words: the guide's four criteria as the journal tells them, what holds
running back, and the line Today shows beside the heel raises."""

from __future__ import annotations

from heelcoach.coach.back_to_running import Check, Criterion
from heelcoach.coach.running import Running
from heelcoach.words.catalogue import translate
from heelcoach.words.exercises import walk_run_line
from heelcoach.words.plain import fill, number, short_date

MARKS = {True: "✔", False: "✘", None: "?"}


def check_text(check: Check) -> str:
    criterion, numbers = check.criterion, check.numbers
    if criterion is Criterion.WALKING:
        if check.met is None:
            return fill(translate("Running", "Daily walking without significant pain: you said "
                                  "so on %1; is it still so?"), short_date(numbers[0]))  # fmt: skip
        return translate("ExercisesPage", "Daily walking without significant pain (you say)")
    if criterion is Criterion.HEEL_RAISE:
        if check.met is None:
            return translate("ExercisesPage", "A single-leg heel raise with acceptable pain: not "
                             "known yet (no heel-raise session with a pain rating in the "
                             "last two weeks)")  # fmt: skip
        return fill(translate("ExercisesPage", "A single-leg heel raise with acceptable pain: "
                              "%1/10 at the last session (%2)"), numbers[1],
                    short_date(numbers[0]))  # fmt: skip
    if criterion is Criterion.NO_WORSE_MORNING:
        if check.met is None:
            return translate("ExercisesPage", "No worse morning after ordinary activity: needs "
                             "check-ins on 4 of the last 7 days")  # fmt: skip
        if numbers[0] == 1:  # lupdate marks no plural in a call without Qt: two sentences
            return translate("Running", "No worse morning after ordinary activity: 1 worse "
                             "morning in the last 7 days")  # fmt: skip
        return fill(translate("Running", "No worse morning after ordinary activity: %1 worse "
                              "mornings in the last 7 days"), numbers[0])  # fmt: skip
    if check.met is None:
        return translate("ExercisesPage", "Pain stable or falling over 1-2 weeks: needs "
                         "check-ins on 4 days of each of the last two weeks")  # fmt: skip
    return fill(translate("ExercisesPage", "Pain stable or falling over 1-2 weeks: first steps "
                          "averaged %1 the week before and %2 in the last 7 days"),
                number(numbers[0], 1), number(numbers[1], 1))  # fmt: skip


def criterion_line(check: Check) -> str:
    return f"{MARKS[check.met]}  {check_text(check)}"


def held_back_text(why: str) -> str:
    texts = {
        "red_flag": translate("Running", "not until a physiotherapist or doctor has seen you"),
        "seek_help": translate("Running", "not until a physiotherapist or doctor has seen you"),
        "reduce": translate("Running", "not while the heel raises are on the lighter plan"),
        "red_mornings": translate(
            "Running", "not while your first steps have been in the red in the last 7 days"
        ),
    }
    return texts[why]


def running_lead(running: Running) -> str:
    """What the coach says of running today, before this week's session."""
    if running.held_back is not None:
        return fill(translate("Running", "Not yet: %1."), held_back_text(running.held_back))
    if running.week is None:
        if running.criteria_met:
            return translate("ExercisesPage", "All four are met: you can start running.")
        return translate("ExercisesPage", "When all four are met, start with:")
    if running.ran_recently:
        return translate("Running", "A rest day from running today: the next walk/run is:")
    return translate("Running", "Walk/run today:")


def today_line(running: Running) -> str:
    """Today's line beside the heel raises: "" until the runner has begun or may."""
    if running.week is None:
        if not running.may_begin:
            return ""
        return translate("Running", "All four criteria for running again are met: walk/run "
                         "can begin.")  # fmt: skip
    if running.held_back is not None:
        return fill(translate("Running", "Walk/run: not today, %1."),
                    held_back_text(running.held_back))  # fmt: skip
    if running.ran_recently:
        return fill(translate("Running", "Walk/run: a rest day from running today; next: %1"),
                    walk_run_line(running.plan))  # fmt: skip
    return fill(translate("Running", "Walk/run today, alongside the heel raises. %1"),
                walk_run_line(running.plan))  # fmt: skip
