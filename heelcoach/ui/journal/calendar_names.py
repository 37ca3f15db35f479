"""Short names of weekdays and months in the interface's language.

The C library's names follow the system's locale, which need not be the language the
user chose in HeelCoach; these follow the choice.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def weekday_names() -> tuple[str, ...]:
    """Monday first, as date.weekday() counts."""
    translate = QCoreApplication.translate
    return (
        translate("CalendarNames", "Mon"),
        translate("CalendarNames", "Tue"),
        translate("CalendarNames", "Wed"),
        translate("CalendarNames", "Thu"),
        translate("CalendarNames", "Fri"),
        translate("CalendarNames", "Sat"),
        translate("CalendarNames", "Sun"),
    )


def month_names() -> tuple[str, ...]:
    """January first: index with month - 1."""
    translate = QCoreApplication.translate
    return (
        translate("CalendarNames", "Jan"),
        translate("CalendarNames", "Feb"),
        translate("CalendarNames", "Mar"),
        translate("CalendarNames", "Apr"),
        translate("CalendarNames", "May"),
        translate("CalendarNames", "Jun"),
        translate("CalendarNames", "Jul"),
        translate("CalendarNames", "Aug"),
        translate("CalendarNames", "Sep"),
        translate("CalendarNames", "Oct"),
        translate("CalendarNames", "Nov"),
        translate("CalendarNames", "Dec"),
    )
