"""pyqtgraph's date axis, with month and weekday names in the interface's language.

pyqtgraph writes them with strftime (%b, %a), in whatever language the system's locale
has; the numbers (%d, %Y, %H:%M) need no translating and are left to it.

Days alone (22, 23, 24) say no date when no month's name is in view, as with one session
shown a week wide: then the first day in view carries its month ("22 Nov").
"""

from __future__ import annotations

import math
from datetime import timedelta
from itertools import pairwise

import pyqtgraph as pg
from pyqtgraph.graphicsItems.DateAxisItem import (
    adjustTimestampToPreferredUtcOffset,
    utcfromtimestamp,
)
from PySide6.QtCore import QCoreApplication

from heelcoach.ui.journal.calendar_names import month_names, weekday_names
from heelcoach.words.plain import fill

DAY_S = 86_400
CLEAR_OF_MONTH = 0.9
"""A day's number this close to the 1st (in the days' spacing) would run into the month."""


class DateAxis(pg.DateAxisItem):
    def tickStrings(self, values, scale, spacing):
        spec = next((s for s in self.zoomLevel.tickSpecs if s.spacing == spacing), None)
        if spec is not None and spec.format == "%d" and spacing >= DAY_S:
            # The days actually drawn may skip (every 5th): the room is their step.
            step = max(spacing, min((b - a for a, b in pairwise(values)), default=0))
            strings = [self._day_clear_of_month(value, step) for value in values]
            return self._month_on_first_day(values, strings, weekday=False)
        if spec is None or ("%b" not in spec.format and "%a" not in spec.format):
            return super().tickStrings(values, scale, spacing)
        months, weekdays = month_names(), weekday_names()
        strings = []
        for value in values:
            moment = self._moment(value)
            if moment is None:
                strings.append("")
                continue
            named = spec.format.replace("%b", months[moment.month - 1])
            named = named.replace("%a", weekdays[moment.weekday()])
            strings.append(moment.strftime(named))
        if spec.format == "%a %d":  # days and hours: no month's name above them
            return self._month_on_first_day(values, strings, weekday=True)
        return strings

    def _moment(self, value: float):
        """The wall-clock time the axis shows at `value`; None where there is none."""
        try:
            return utcfromtimestamp(adjustTimestampToPreferredUtcOffset(value, self.utcOffset))
        except (OverflowError, ValueError, OSError):
            return None

    def _month_on_first_day(self, values, strings: list[str], weekday: bool) -> list[str]:
        """`strings`, with the first day in view named with its month ("22 Nov", with its
        `weekday` "Wed 25 Nov") when no month's name is in view above the days."""
        low, high = self._view()
        if low is None or high is None:
            return strings
        if not weekday and self._month_starts_between(low, high):
            return strings
        shown = [i for i, value in enumerate(values) if low <= value <= high and strings[i]]
        moment = self._moment(values[shown[0]]) if shown else None
        if moment is None:
            return strings
        day = QCoreApplication.translate("DateAxis", "%1 %2", "a day and its month on the axis")
        day = fill(day, moment.day, month_names()[moment.month - 1])
        if weekday:
            day = f"{weekday_names()[moment.weekday()]} {day}"
        return [*strings[: shown[0]], day, *strings[shown[0] + 1 :]]

    def _view(self) -> tuple[float | None, float | None]:
        low, high = sorted(self.range)
        return (low, high) if math.isfinite(low) and math.isfinite(high) else (None, None)

    def _month_starts_between(self, low: float, high: float) -> bool:
        """Whether a month's first day (its name on the axis) lies in the view."""
        first, last = self._moment(low), self._moment(high)
        if first is None or last is None:
            return True
        return (first.year, first.month) != (last.year, last.month)

    def _day_clear_of_month(self, value: float, spacing: float) -> str:
        """The day's number, or nothing where the month's name stands (29, 30 Oct, 4)."""
        moment = self._moment(value)
        if moment is None:
            return ""
        next_month = (moment.replace(day=28) + timedelta(days=4)).replace(day=1)
        to_month = min(moment.day - 1, (next_month - moment).days)
        return "" if to_month * DAY_S < spacing * CLEAR_OF_MONTH else str(moment.day)
