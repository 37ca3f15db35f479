"""The coach's words: Today's lines, the advice and its reasons, in the interface's language.

Only QtCore (its translator): `heelcoach --today` says the same words without a window.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication

from heelcoach.coach.advice import Advice, AdviceKind, Prescription, Reason
from heelcoach.coach.next_day import Flare
from heelcoach.coach.position import DayKind
from heelcoach.coach.rules import DAYS_BETWEEN_SESSIONS, MIN_PROGRAM_WEEKS, SEEK_HELP_AFTER_WEEKS
from heelcoach.coach.seek_help import SeekHelp
from heelcoach.coach.today import Today
from heelcoach.core.plan import Leg, SetPlan
from heelcoach.ui.plan_text import fill

translate = QCoreApplication.translate


def kg(value: float) -> str:
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return text.replace(".", translate("Coach", ".", "decimal separator"))


def weekday(day: date) -> str:
    names = (
        translate("Coach", "Monday"),
        translate("Coach", "Tuesday"),
        translate("Coach", "Wednesday"),
        translate("Coach", "Thursday"),
        translate("Coach", "Friday"),
        translate("Coach", "Saturday"),
        translate("Coach", "Sunday"),
    )
    return names[day.weekday()]


def on_day(day: date, today: date) -> str:
    """When `day` is, said from `today`: "today", "tomorrow", "on Thursday", "on 3 Dec"."""
    if day == today:
        return translate("Coach", "today")
    if day == today + timedelta(days=1):
        return translate("Coach", "tomorrow")
    if day == today - timedelta(days=1):
        return translate("Coach", "yesterday")
    if abs((day - today).days) < 7:
        return fill(translate("Coach", "on %1", "a weekday"), weekday(day))
    return fill(translate("Coach", "on %1", "a date"), day.isoformat())


def stage_name(index: int) -> str:
    names = (
        translate("Coach", "Weeks 1-2: 3 × 12 at body weight"),
        translate("Coach", "Weeks 3-4: 4 × 10 with added weight"),
        translate("Coach", "Week 5 on: 5 × 8 with more weight"),
    )
    return names[index]


def plan_text(plan: Prescription) -> str:
    """A prescription as it is done: "4 × 10 with 5 kg", "3 × 12 at body weight"."""
    if plan.to_failure:
        if plan.load_kg:
            return fill(translate("Coach", "sets to failure with %1 kg"), kg(plan.load_kg))
        return translate("Coach", "sets to failure at body weight")
    if plan.load_kg:
        return fill(
            translate("Coach", "%1 × %2 with %3 kg"), plan.sets, plan.reps, kg(plan.load_kg)
        )
    return fill(translate("Coach", "%1 × %2 at body weight"), plan.sets, plan.reps)


def week_line(today: Today) -> str:
    if not today.position.started:
        return translate("Coach", "Week 1: the program starts with your first session")
    week = today.position.week
    if week > MIN_PROGRAM_WEEKS:
        return fill(translate("Coach", "Week %1: past the %2 weeks, keep it going"), week,
                    MIN_PROGRAM_WEEKS)  # fmt: skip
    return fill(translate("Coach", "Week %1 of at least %2"), week, MIN_PROGRAM_WEEKS)


def day_line(today: Today) -> str:
    if today.kind is DayKind.DONE:
        return fill(
            translate("Coach", "Done today. Next session %1."),
            on_day(today.next_session, today.day),
        )
    if today.kind is DayKind.REST:
        return fill(
            translate("Coach", "Rest day: next session %1."), on_day(today.next_session, today.day)
        )
    return translate("Coach", "Training day.")


def _same_dose(one, other) -> bool:
    return (one.sets, one.reps, one.load_kg, one.to_failure) == (
        other.sets, other.reps, other.load_kg, other.to_failure)  # fmt: skip


def plan_line(today: Today, own: SetPlan | None = None) -> str:
    """Today's (or the next session's) plan, with the stage it belongs to; and today's set,
    when `own` (changed by hand, or the lighter plan taken) doses it otherwise."""
    plan = today.advice.plan
    if plan.to_failure:
        what = translate("Coach", "Self-dosed")
    elif plan.stage_index is not None:
        what = stage_name(plan.stage_index).split(":")[0]
    else:
        what = translate("Coach", "Your plan")
    when = (
        translate("Coach", "Today")
        if today.kind is DayKind.TRAINING
        else translate("Coach", "Next session")
    )
    line = fill(translate("Coach", "%1 (%2): %3"), when, what, plan_text(plan))
    if own is None or _same_dose(own, plan):
        return line
    return fill(translate("Coach", "%1 · today's set: %2"), line, plan_text(own))


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
                translate("Coach", "%1 you noted the heel was worse than usual after training"),
                _morning(flare.said_worse_on, today),
            )
        )
    if flare.worse_morning is not None:
        day, pain, usual = flare.worse_morning
        facts.append(
            fill(
                translate("Coach", "%1 the first steps were %2, above your usual %3"),
                _morning(day, today),
                pain,
                kg(round(usual, 1)),
            )
        )
    return facts


def _morning(day: date, today: date) -> str:
    if day == today:
        return translate("Coach", "this morning")
    if day == today - timedelta(days=1):
        return translate("Coach", "yesterday morning")
    if (today - day).days < 7:
        return fill(translate("Coach", "%1 morning"), weekday(day))
    return fill(translate("Coach", "the morning of %1"), day.isoformat())


def _sentence(parts: list[str]) -> str:
    text = "; ".join(parts)
    return text[:1].upper() + text[1:]


def reason_text(reason: Reason, advice: Advice, today: date) -> str:
    values = reason.values
    if reason.key == "flare":
        facts = _sentence(_flare_facts(values[0], today))
        lighter = advice.lighter
        if lighter is None:
            return facts + "."
        if advice.stage_back:
            return fill(
                translate(
                    "Coach", "%1. Flare-ups close together: back to %2 for now, instead of %3."
                ),
                facts,
                plan_text(lighter),
                plan_text(advice.plan),
            )
        return fill(
            translate("Coach", "%1: lighter next time, %2 instead of %3."),
            facts,
            plan_text(lighter),
            plan_text(advice.plan),
        )
    texts = {
        "start": lambda: translate(
            "Coach", "One session, then a rest day: the heel rebuilds in between."
        ),
        "setbacks": lambda: translate(
            "Coach", "Setbacks are normal: ease off a little and carry on."
        ),
        "went_well": lambda: translate(
            "Coach",
            "Your last two sessions stayed in green or yellow and no morning after was worse.",
        ),
        "keep_first": lambda: translate(
            "Coach", "After two sessions that go well, the program moves on."
        ),
        "keep": lambda: translate(
            "Coach",
            "A recent session flared up: the program waits for two that go well "
            "before it moves on.",
        ),
        "hold_stage": lambda: translate(
            "Coach", "A new phase is due, but it waits for two sessions that go well."
        ),
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
        "self_dosed": lambda: translate(
            "Coach",
            "Self-dosed: as heavy as you can but no lighter than 8 reps, "
            "as many sets as you can with 2 min rest, each to failure.",
        ),
        "past_eight": lambda: fill(
            translate("Coach", "Your best set reached %1 reps, more than 8: %2 kg this time."),
            values[0],
            kg(values[1]),
        ),
        "break": lambda: _days_away(values[0]),
    }
    return texts[reason.key]()


def _days_away(days: int) -> str:
    """Always many: a break is more than ten days."""
    return fill(translate("Coach", "%1 days without heel raises: the program picks up where "
                          "you left off."), days)  # fmt: skip


def _red_mornings(days: int) -> str:
    """Always many: most of seven days."""
    return fill(translate("Coach", "your first steps were in the red on %1 of the last 7 days"),
                days)  # fmt: skip


def heading(today: Today) -> str:
    """The first line: "Week 4 of at least 12 · Training day."."""
    return f"{week_line(today)} · {day_line(today)}"


def advice_text(today: Today) -> str:
    """The advice in a paragraph: its title, then why the plan is what it is."""
    advice = today.advice
    reasons = " ".join(reason_text(reason, advice, today.day) for reason in advice.reasons)
    return f"{advice_title(advice.kind)}. {reasons}"


def advice_title(kind: AdviceKind) -> str:
    titles = {
        AdviceKind.START: translate("Coach", "Start the program"),
        AdviceKind.PROGRESS: translate("Coach", "Go on as planned"),
        AdviceKind.KEEP: translate("Coach", "Keep the plan"),
        AdviceKind.REDUCE: translate("Coach", "Ease off next time"),
        AdviceKind.REST: translate("Coach", "Rest today"),
    }
    return titles[kind]


def seek_help_text(help_: SeekHelp) -> str:
    parts = []
    if help_.no_improvement is not None:
        first, last = help_.no_improvement
        parts.append(
            fill(
                translate(
                    "Coach",
                    "after %1 weeks of training your first-step pain has not fallen "
                    "(7-day mean %2, first week %3)",
                ),
                SEEK_HELP_AFTER_WEEKS,
                kg(round(last, 1)),
                kg(round(first, 1)),
            )
        )
    if help_.red_days:
        parts.append(_red_mornings(help_.red_days))
    return fill(
        translate(
            "Coach",
            "Time to see a physiotherapist or doctor: %1. They can help when there is "
            "no improvement, when you are unsure of the diagnosis, when pain limits "
            "daily life, when the right load is hard to find, or when you want an "
            "individual plan back to running.",
        ),
        "; ".join(parts),
    )


def sets_line(tally) -> str:
    """Each set in a word: its leg, its reps, its pain once rated, a mark if stopped."""
    short = {Leg.LEFT: translate("Coach", "L", "the left leg, in a word"),
             Leg.RIGHT: translate("Coach", "R", "the right leg, in a word")}  # fmt: skip
    words = []
    for number, (leg, reps, stopped) in enumerate(tally.sets, start=1):
        word = f"{short[leg]} {reps}"
        if number in tally.pains:
            word += f" ({tally.pains[number]})"
        words.append(word + (" ■" if stopped else ""))
    if not words:
        return ""
    return fill(translate("Coach", "Sets, reps (pain): %1"), "  ·  ".join(words))


def done_summary(tally, before: Today | None, today: date) -> tuple[str, str, str, str]:
    """The done screen's lines: reps against target and the load; the highest pain against
    last time; when the next session is; each set."""
    if tally.target:
        reps = fill(translate("Coach", "%1 of %2 reps"), tally.reps, tally.target)
    else:
        reps = (translate("Coach", "1 rep") if tally.reps == 1
                else fill(translate("Coach", "%1 reps"), tally.reps))  # fmt: skip
    load = (fill(translate("Coach", "%1 kg"), kg(tally.plan.load_kg)) if tally.plan.load_kg
            else translate("Coach", "body weight"))  # fmt: skip
    last = before.last_session if before is not None and before.last_session else None
    last_pain = last.highest_pain if last is not None and last.day < today else None
    if tally.highest_pain is None:
        pain = translate("Coach", "Highest pain: not rated yet")
    elif last_pain is None:
        pain = fill(translate("Coach", "Highest pain %1/10"), tally.highest_pain)
    else:
        pain = fill(
            translate("Coach", "Highest pain %1/10, last time %2/10"), tally.highest_pain, last_pain
        )
    next_day = today + timedelta(days=DAYS_BETWEEN_SESSIONS)
    return (
        f"{reps} · {load}",
        pain,
        fill(translate("Coach", "Next session %1"), on_day(next_day, today)),
        sets_line(tally),
    )
