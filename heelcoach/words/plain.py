"""Numbers, durations, days and legs in words, in the interface's language."""

from __future__ import annotations

from datetime import date, timedelta

from heelcoach.core.legs import Leg, LegMode
from heelcoach.system.placeholders import fill as fill  # the words take it from here
from heelcoach.words.catalogue import translate


def number(value: float, decimals: int | None = None) -> str:
    """A number as the interface's language writes it ("7,5" in Danish): with `decimals`,
    that many ("7,0"); without, a tenth at most, none when whole ("7", "7,5")."""
    shortest = decimals is None
    text = f"{value:.{1 if shortest else decimals}f}"
    if shortest:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", translate("Coach", ".", "decimal separator"))


def kg(value: float) -> str:
    return number(value)


def leg_name(leg: Leg) -> str:
    if leg is Leg.LEFT:
        return translate("PhaseText", "Left leg")
    return translate("PhaseText", "Right leg")


def leg_mode_name(mode: LegMode) -> str:
    names = {
        LegMode.LEFT: translate("PhaseText", "Left leg only"),
        LegMode.RIGHT: translate("PhaseText", "Right leg only"),
        LegMode.BOTH: translate("PhaseText", "Both legs (left, then right)"),
    }
    return names[mode]


def _whole_seconds(ms: float) -> int:
    return max(0, -int(-ms // 1000))


def clock_text(ms: float) -> str:
    """Minutes and seconds left, rounded up: '2:00', '0:09'."""
    seconds = _whole_seconds(ms)
    return f"{seconds // 60}:{seconds % 60:02d}"


def duration_text(ms: float) -> str:
    """A duration as a coach says it: '3 s' under a minute, '2:00' from a minute up."""
    seconds = _whole_seconds(ms)
    if seconds < 60:
        return fill(translate("PhaseText", "%1 s"), seconds)
    return clock_text(ms)


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


def short_date(day: date, today: date | None = None) -> str:
    """A date in a sentence, as the language writes it: "17 Nov", "17. november"; with
    its year when that is not `today`'s."""
    months = (
        translate("Coach", "Jan"), translate("Coach", "Feb"), translate("Coach", "Mar"),
        translate("Coach", "Apr"), translate("Coach", "May"), translate("Coach", "Jun"),
        translate("Coach", "Jul"), translate("Coach", "Aug"), translate("Coach", "Sep"),
        translate("Coach", "Oct"), translate("Coach", "Nov"), translate("Coach", "Dec"),
    )  # fmt: skip
    text = fill(translate("Coach", "%1 %2", "a short date: the day, the month"), day.day,
                months[day.month - 1])  # fmt: skip
    if today is not None and day.year != today.year:
        text = fill(translate("Coach", "%1 %2", "a short date and its year"), text, day.year)
    return text


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
    return fill(translate("Coach", "on %1", "a date"), short_date(day, today))


def morning_of(day: date, today: date) -> str:
    """A morning, said from `today`: "this morning", "yesterday morning", "Monday morning"."""
    if day == today:
        return translate("Coach", "this morning")
    if day == today - timedelta(days=1):
        return translate("Coach", "yesterday morning")
    if (today - day).days < 7:
        return fill(translate("Coach", "%1 morning"), weekday(day))
    return fill(translate("Coach", "the morning of %1"), short_date(day, today))


def long_date(day: date) -> str:
    """A date written out: "Monday 7 December 2026" ("mandag den 7. december 2026")."""
    months = (
        translate("Coach", "January"), translate("Coach", "February"),
        translate("Coach", "March"), translate("Coach", "April"), translate("Coach", "May"),
        translate("Coach", "June"), translate("Coach", "July"), translate("Coach", "August"),
        translate("Coach", "September"), translate("Coach", "October"),
        translate("Coach", "November"), translate("Coach", "December"),
    )  # fmt: skip
    return fill(translate("Coach", "%1 %2 %3 %4", "a long date: weekday, day, month, year"),
                weekday(day), day.day, months[day.month - 1], day.year)  # fmt: skip
