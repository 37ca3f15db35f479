"""Why the plan is what it is, in the runner's own numbers: one sentence per reason the
coach found (coach.advice's Reason keys)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from heelcoach.coach.advice import Advice, Reason
from heelcoach.coach.next_day import Flare
from heelcoach.words.catalogue import translate
from heelcoach.words.plain import fill, kg, morning_of, on_day
from heelcoach.words.plans import plan_text

Texts = dict[str, Callable[[], str]]  # by Reason key: its sentence, made when asked for


def _flare_facts(flare: Flare, today: date) -> list[str]:
    facts = []
    when = on_day(flare.session, today)
    if flare.red_set_pain is not None:
        facts.append(
            fill(translate("Coach", "the sets %1 reached %2/10"), when, flare.red_set_pain)
        )
    if flare.red_pain_after is not None:
        facts.append(
            fill(
                translate("Coach", "the pain after the session %1 was still %2/10"),
                when,
                flare.red_pain_after,
            )
        )
    if flare.said_worse_on is not None:
        facts.append(
            fill(
                translate("Coach", "%1 you noted the heel was worse than usual after the session"),
                morning_of(flare.said_worse_on, today),
            )
        )
    if flare.worse_morning is not None:
        day, pain, usual = flare.worse_morning
        facts.append(
            fill(
                translate("Coach", "%1 the first steps were %2/10, above your usual %3/10"),
                morning_of(day, today),
                pain,
                kg(round(usual, 1)),
            )
        )
    return facts


def _sentence(parts: list[str]) -> str:
    text = "; ".join(parts)
    return text[:1].upper() + text[1:]


def _lighter(facts: str, advice: Advice) -> str:
    """The facts, then what the lighter plan is instead of the program's."""
    lighter = advice.lighter
    if lighter is None:
        return facts + "."
    if advice.stage_back:
        template = translate(
            "Coach", "%1. Flare-ups close together: back to %2 for now, instead of %3."
        )
    else:
        template = translate("Coach", "%1: lighter this time, %2 instead of %3.")
    return fill(template, facts, plan_text(lighter), plan_text(advice.plan))


def reason_text(reason: Reason, advice: Advice, today: date) -> str:
    values = reason.values
    if reason.key == "flare":
        return _lighter(_sentence(_flare_facts(values[0], today)), advice)
    if reason.key == "red_mornings":
        facts = fill(translate("Coach", "Your first steps were in the red (6/10 or more) on %1 "
                               "of the last 7 days, and still are"), values[0])  # fmt: skip
        return _lighter(facts, advice)
    texts = {**_steady_texts(), **_check_in_texts(values, today), **_load_texts(values)}
    return texts[reason.key]()


def _steady_texts() -> Texts:
    """The reasons that are the same whatever the numbers: the programme's way."""
    return {
        "start": lambda: translate(
            "Coach", "One session, then a rest day: the heel recovers in between."
        ),
        "setbacks": lambda: translate(
            "Coach", "Setbacks are normal: ease off a little and carry on."
        ),
        "went_well": lambda: translate(
            "Coach",
            "Your last two sessions stayed in green or yellow and no morning after was worse.",
        ),
        "keep_first": lambda: translate(
            "Coach", "After two sessions that go well, the programme moves on."
        ),
        "keep": lambda: translate(
            "Coach",
            "The heel flared up after a recent session: the programme waits for two "
            "sessions that go well before it moves on.",
        ),
        "hold_stage": lambda: translate(
            "Coach", "A new phase is due, but it waits for two sessions that go well."
        ),
        "self_dosed": lambda: translate(
            "Coach",
            "Self-dosed: as heavy as you can, as long as you manage at least 8 reps; as "
            "many sets as you can with 2 min rest, each to failure.",
        ),
    }


def _check_in_texts(values: tuple[Any, ...], today: date) -> Texts:
    """The reasons in the mornings' words: check-ins missing, red, a break."""
    return {
        "no_morning": lambda: fill(
            translate(
                "Coach",
                "No check-in since the session %1, so how your heel took it is not known "
                "yet. Answer the morning check-in; until then, no added weight.",
            ),
            on_day(values[0], today),
        ),
        "no_morning_then": lambda: fill(
            translate(
                "Coach",
                "No check-in after the session %1: the programme moves on after two sessions "
                "with a check-in after each.",
            ),
            on_day(values[0], today),
        ),
        "red_mornings_hold": lambda: fill(
            translate(
                "Coach",
                "Your first steps were in the red (6/10 or more) on %1 of the last 7 days: "
                "no added weight until they settle.",
            ),
            values[0],
        ),
        "break": lambda: fill(
            translate(  # always many: a break is more than ten days
                "Coach", "%1 days without heel raises: the programme picks up where you left off."
            ),
            values[0],
        ),
    }


def _load_texts(values: tuple[Any, ...]) -> Texts:
    """The reasons the load or the sets change: in kilograms, reps and sets."""
    return {
        "first_weight": lambda: fill(
            translate(
                "Coach",
                "This phase adds weight: start with %1 kg in a "
                "backpack; the last reps of a set should be hard.",
            ),
            kg(values[0]),
        ),
        "too_heavy": lambda: fill(
            translate("Coach", "You could not finish last time: %1 kg this time."), kg(values[0])
        ),
        "easy": lambda: fill(
            translate("Coach", "The last sets felt easy: %1 kg this time."), kg(values[0])
        ),
        "new_stage_heavier": lambda: fill(
            translate("Coach", "A new phase, a little heavier: %1 kg."), kg(values[0])
        ),
        "set_back_on": lambda: fill(
            translate("Coach", "The last sessions went well: one more set, %1 sets this time."),
            values[0],
        ),
        "under_eight": lambda: fill(
            translate(
                "Coach",
                "Your best set reached %1 reps, fewer than 8: too heavy, so %2 kg this time.",
            ),
            values[0],
            kg(values[1]),
        ),
        "twelve_or_more": lambda: fill(
            translate(
                "Coach",
                "Your best set reached %1 reps, 12 or more: too light, so %2 kg this time.",
            ),
            values[0],
            kg(values[1]),
        ),
    }


def reasons_text(advice: Advice, today: date) -> str:
    return " ".join(reason_text(reason, advice, today) for reason in advice.reasons)
