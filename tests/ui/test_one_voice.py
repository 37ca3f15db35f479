"""One voice: for every made-up runner of tests/coach/runners.py, what Today, Stretches and
running, the reminder and `heelcoach --today` say is the one verdict of the table, and no
screen says something beside it that contradicts it (weight added beside "see a doctor" or
"ease off", running beside "not yet")."""

from __future__ import annotations

import sys
from datetime import datetime, time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "coach"))

from runners import RUNNERS, Runner

from heelcoach.journal.journal import Journal
from heelcoach.settings import (
    HELP_PUT_OFF_UNTIL,
    PROGRAM_MODE,
    WALKING_CONFIRMED_ON,
    Settings,
)
from heelcoach.system.paths import data_dir

TITLES = {  # each verdict's title, as Today and --today say it first
    "see_clinician": "See a physiotherapist or doctor before you train",
    "seek_help": "Time to see a physiotherapist or doctor",
    "reduce": "Ease off",
    "hold": "Keep the plan as it is",
    "progress": "Go on as planned",
    "start": "Start the programme",
}
ADDS_LOAD = ("start with 5 kg in a backpack", "a little heavier", "felt easy:", "too light, so",
             "one more set")  # fmt: skip
RUNNING_NOW = ("you can start running", "walk/run can begin", "Walk/run today")


def write_journal(runner: Runner, noon: datetime) -> None:
    """The runner's journal up to noon of the day, as the app would have written it."""
    course = runner.course()
    journal = Journal(data_dir(), now=lambda: noon)
    end = noon.isoformat()
    if not course.answers:  # asked at the first start, answered with no red flag
        journal.add_answer(at=f"{course.start.isoformat()}T07:00:00", question="red_flags",
                           yes=[])  # fmt: skip
    for _table, entries, add in (
        ("sets", course.sets, journal.add_set), ("sessions", course.sessions, journal.add_session),
        ("runs", course.runs, journal.add_run), ("answers", course.answers, journal.add_answer),
    ):  # fmt: skip
        for entry in entries:
            if entry["at"] <= end:
                add(**entry)
    for check_in in course.check_ins:
        if check_in["date"] <= noon.date().isoformat():
            journal.add_check_in(**check_in)
    journal.close()
    settings = Settings(data_dir())
    choices = runner.choices
    settings.update({
        PROGRAM_MODE: "self_dosed" if choices.self_dosed else "fixed",
        HELP_PUT_OFF_UNTIL: choices.help_put_off_until.isoformat()
        if choices.help_put_off_until else "",
        WALKING_CONFIRMED_ON: choices.walking_confirmed_on.isoformat()
        if choices.walking_confirmed_on else "",
    })  # fmt: skip


def verdicts_in(text: str) -> set[str]:
    return {verdict for verdict, title in TITLES.items() if title in text}


def today_command_says(day, capsys) -> str:
    from heelcoach.commands.today import main

    capsys.readouterr()
    assert main(["--today"], day=day) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("runner", RUNNERS, ids=str)
def test_every_screen_says_the_runners_one_verdict_and_nothing_against_it(
    runner: Runner, qtbot, data_folder, capsys
):
    from coach import Coach

    from heelcoach.commands.remind import training_words

    day = runner.course().day(runner.on_day)
    noon = datetime.combine(day, time(12, 0))
    write_journal(runner, noon)
    coach = Coach(qtbot, first_start=True, now=noon)
    window = coach.window
    panel = window.coach.panel
    today_page = "\n".join([panel.title_label.text(), panel.advice_label.text(),
                            panel.week_label.text(), panel.plan_label.text(),
                            window.today.running_label.text()
                            if window.today.running_label else ""])  # fmt: skip
    window.show_exercises()
    page = window.exercises.existing_page
    running_page = "\n".join([label.text() for label in page.check_labels]
                             + [page.plan_label.text()])  # fmt: skip
    command = today_command_says(day, capsys)
    reminder = training_words(window.coach.today)
    coach.close()

    said = {"Today": today_page, "heelcoach --today": command}
    if reminder is not None:
        said["the reminder"] = "\n".join(reminder)
    for where, text in said.items():
        assert verdicts_in(text) == {runner.verdict}, (where, text)
    eases_off = runner.verdict in ("see_clinician", "seek_help", "reduce")
    everything = {**said, "Stretches and running": running_page}
    for where, text in everything.items():
        if eases_off:
            assert not [words for words in ADDS_LOAD if words in text], (where, text)
        if runner.running.startswith("not yet") or runner.running.endswith("rest day"):
            assert not [words for words in RUNNING_NOW if words in text], (where, text)
    if runner.verdict == "see_clinician":
        assert "no training advice until a clinician has seen you" in today_page
        assert " × " not in panel_plan(today_page)  # no dose offered
        assert "Training day" not in today_page and "Training day" not in command
    if runner.running == "may begin":
        assert "you can start running" in running_page


def panel_plan(today_page: str) -> str:
    return next(line for line in today_page.splitlines() if line.startswith(("Today", "Next")))
