"""The exercises beside the heel raise in words: each one's name and a short how-to, in the
interface's language (../shared/DOMAIN.md, "Supplementary exercises" and "Back to running")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from heelcoach.core.kinds import kind_named
from heelcoach.words.catalogue import translate
from heelcoach.words.plain import fill

if TYPE_CHECKING:
    from heelcoach.core.exercises.intervals import IntervalPlan


def exercise_name(exercise: str) -> str:
    names = {
        "heel_raise": translate("ExerciseText", "Heel raises"),
        "calf_stretch": translate("ExerciseText", "Calf stretch against a wall"),
        "fascia_stretch": translate("ExerciseText", "Plantar fascia stretch"),
        "towel_curls": translate("ExerciseText", "Towel toe curls"),
        "walk_run": translate("ExerciseText", "Walk/run"),
    }
    kind = kind_named(exercise)  # a kind without words here is called by its English name
    return names.get(exercise) or (kind.name if kind is not None else exercise)


def how_to(exercise: str) -> str:
    texts = {
        "heel_raise": translate(
            "ExerciseText",
            "Forefoot on a step, a rolled towel under the toes. Rise 3 s, hold 2 s, lower "
            "3 s until the heel is below the step.",
        ),
        "calf_stretch": translate(
            "ExerciseText",
            "Hands on the wall, the leg to stretch straight behind you, heel down. Lean in "
            "until you feel the calf. Hold 30 s, 3 times each side.",
        ),
        "fascia_stretch": translate(
            "ExerciseText",
            "Sitting, before you get up: pull the toes back towards the shin, by hand or "
            "with a towel, until you feel the sole. Hold 30 s, 3 times.",
        ),
        "towel_curls": translate(
            "ExerciseText",
            "Sitting, a towel flat under one foot: gather it towards you with the toes, "
            "10-15 times, at your own pace, then the other foot. Press Enter when done "
            "with each foot.",
        ),
        "walk_run": translate(
            "ExerciseText",
            "Walk briskly, then run and walk in turn as the sounds say. Easy pace: you "
            "can talk while you run.",
        ),
    }
    return texts.get(exercise, "")


def walk_run_line(plan: IntervalPlan) -> str:
    """'Week 1: 1 min run / 2 min walk × 8, after a 5 min walk (29 min)'."""
    runs = sorted({run // 60_000 for run in plan.runs_ms}, reverse=True)
    run = "-".join(map(str, runs))
    total = round(plan.total_ms / 60_000)
    if plan.cycles == 1:
        text = translate(
            "ExerciseText",
            "Week %1: a continuous run of %2 min, after a 5 min walk (%3 min in all)",
        )
        return fill(text, plan.week, run, total)
    text = translate(
        "ExerciseText", "Week %1: %2 min run / %3 min walk × %4, after a 5 min walk (%5 min in all)"
    )
    return fill(text, plan.week, run, plan.walk_ms // 60_000, plan.cycles, total)
