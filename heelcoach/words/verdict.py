"""The coach's one verdict in words, first: its title, then why, then the plan Start runs.
The Today page, the reminders and `heelcoach --today` say exactly these lines."""

from __future__ import annotations

from heelcoach.coach.position import DayKind
from heelcoach.coach.red_flags import RED_FLAGS, RedFlags
from heelcoach.coach.rules import MIN_PROGRAM_WEEKS, SEEK_HELP_AFTER_WEEKS
from heelcoach.coach.seek_help import SeekHelp
from heelcoach.coach.today import Today
from heelcoach.coach.verdict import Verdict
from heelcoach.core.exercises.heel_raise import SetPlan
from heelcoach.words.catalogue import translate
from heelcoach.words.plain import fill, kg, on_day
from heelcoach.words.plans import plan_text, same_dose, stage_short_name
from heelcoach.words.reasons import reasons_text


def week_line(today: Today) -> str:
    if not today.position.started:
        return translate("Coach", "Week 1: the programme starts with your first session")
    week = today.position.week
    if week > MIN_PROGRAM_WEEKS:
        return fill(translate("Coach", "Week %1: past the %2 weeks, keep it going"), week,
                    MIN_PROGRAM_WEEKS)  # fmt: skip
    return fill(translate("Coach", "Week %1 of at least %2"), week, MIN_PROGRAM_WEEKS)


def day_line(today: Today, sets_left: int = 0) -> str:
    """`sets_left`: today's session was stopped with that many sets still to do."""
    if today.kind is DayKind.DONE and sets_left:
        return translate("Coach", "Stopped today before the last set: do the rest with Go on.")
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


def heading(today: Today, sets_left: int = 0) -> str:
    """The week and the day: "Week 4 of at least 12 · Training day."; the week alone
    while a red flag stands (no day is a training day until a clinician has seen it)."""
    if today.verdict is Verdict.SEE_CLINICIAN:
        return week_line(today)
    return f"{week_line(today)} · {day_line(today, sets_left)}"


def verdict_title(today: Today) -> str:
    training = today.kind is DayKind.TRAINING
    titles = {
        Verdict.SEE_CLINICIAN: translate(
            "Verdict", "See a physiotherapist or doctor before you train"
        ),
        Verdict.SEEK_HELP: translate("Verdict", "Time to see a physiotherapist or doctor"),
        Verdict.REDUCE: (
            translate("Verdict", "Ease off today")
            if training
            else translate("Verdict", "Ease off next time")
        ),
        Verdict.HOLD: translate("Verdict", "Keep the plan as it is"),
        Verdict.PROGRESS: translate("Verdict", "Go on as planned"),
        Verdict.START: translate("Verdict", "Start the programme"),
    }
    return titles[today.verdict]


def red_flag_name(flag: str) -> str:
    names = {
        "numbness": translate("Verdict", "numbness or tingling"),
        "burning": translate("Verdict", "burning or electric-shock pain"),
        "rest_or_night": translate("Verdict", "pain at rest or at night"),
        "swelling": translate("Verdict", "swelling or redness"),
        "injury": translate("Verdict", "pain after a fall or an injury"),
        "fever": translate("Verdict", "fever"),
    }
    return names[flag]


def listed(names: list[str]) -> str:
    """ "a, b, and c" in the language's own way."""
    if len(names) < 2:
        return "".join(names)
    last = translate("Verdict", "%1, and %2", "the last two of a list: 'a, b, and c'")
    return fill(last, ", ".join(names[:-1]), names[-1])


def red_flags_text(red_flags: RedFlags) -> str:
    said = listed([red_flag_name(flag) for flag in RED_FLAGS if flag in red_flags.flags])
    return fill(
        translate(
            "Verdict",
            "You said you have %1. That needs a clinician's look, not a programme: HeelCoach "
            "gives no training advice until one has seen you. Once they have, say so in HeelCoach.",
        ),
        said,
    )


def seek_help_text(help_: SeekHelp) -> str:
    """Why it is time to seek help, in the runner's numbers."""
    parts = []
    if help_.no_improvement is not None:
        first, last = help_.no_improvement
        parts.append(
            fill(
                translate(
                    "Verdict",
                    "after %1 weeks of training your first-step pain has not fallen (average "
                    "%2 over the last 7 days, %3 in your first check-ins)",
                ),
                SEEK_HELP_AFTER_WEEKS,
                kg(round(last, 1)),
                kg(round(first, 1)),
            )
        )
    if help_.red_days:
        parts.append(
            fill(
                translate("Verdict", "your first steps were in the red on %1 of the last 14 days"),
                help_.red_days,
            )
        )
    if help_.flares:
        parts.append(
            fill(
                translate("Verdict", "%1 flare-ups in four weeks: the right load is hard to find"),
                help_.flares,
            )
        )
    text = "; ".join(parts)
    return text[:1].upper() + text[1:] + "."


def verdict_text(today: Today) -> str:
    """Why, after the title: what the verdict rests on, in the runner's numbers."""
    if today.verdict is Verdict.SEE_CLINICIAN:
        assert today.red_flags is not None  # the verdict stands on them
        return red_flags_text(today.red_flags)
    reasons = reasons_text(today.advice, today.day)
    if today.verdict is not Verdict.SEEK_HELP:
        return reasons
    assert today.seek_help is not None and today.advised_plan is not None  # the verdict's
    meanwhile = fill(
        translate("Verdict", "Meanwhile, keep to %1 and add no weight."),
        plan_text(today.advised_plan),
    )
    return " ".join(part for part in (seek_help_text(today.seek_help), meanwhile, reasons) if part)


def verdict_paragraph(today: Today) -> str:
    return f"{verdict_title(today)}. {verdict_text(today)}".strip()


def plan_line(today: Today, own: SetPlan | None = None) -> str:
    """What Start runs (or the next session's plan), with the stage it belongs to; and
    today's set, when `own` (changed by hand) doses it otherwise."""
    when = (
        translate("Coach", "Today")
        if today.kind is DayKind.TRAINING
        else translate("Coach", "Next session")
    )
    plan = today.plan_to_run
    if plan is None:
        return fill(translate("Verdict", "%1: no training advice until a clinician has seen you"),
                    when)  # fmt: skip
    if today.full_plan_chosen:
        what = translate("Verdict", "the full session, your choice")
    elif today.verdict.eases_off and today.advice.lighter is not None:
        what = translate("Verdict", "lighter")
    elif plan.to_failure:
        what = translate("Coach", "Self-dosed")
    elif plan.stage_index is not None:
        what = stage_short_name(plan.stage_index)
    else:
        what = translate("Coach", "Your plan")
    line = fill(translate("Coach", "%1 (%2): %3"), when, what, plan_text(plan))
    if own is None or same_dose(own, plan):
        return line
    return fill(translate("Coach", "%1 · today's set: %2"), line, plan_text(own))
