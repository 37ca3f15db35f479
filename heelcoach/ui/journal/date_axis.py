"""pyqtgraph's date axis, with month and weekday names in the interface's language.

pyqtgraph writes them with strftime (%b, %a), in whatever language the system's locale
has; the numbers (%d, %Y, %H:%M) need no translating and are left to it.
"""

from __future__ import annotations

from datetime import timedelta
from itertools import pairwise

import pyqtgraph as pg
from pyqtgraph.graphicsItems.DateAxisItem import (
    adjustTimestampToPreferredUtcOffset,
    utcfromtimestamp,
)

from heelcoach.ui.journal.calendar_names import month_names, weekday_names

DAY_S = 86_400
CLEAR_OF_MONTH = 0.9
"""A day's number this close to the 1st (in the days' spacing) would run into the month."""


class DateAxis(pg.DateAxisItem):
    def tickStrings(self, values, scale, spacing):
        spec = next((s for s in self.zoomLevel.tickSpecs if s.spacing == spacing), None)
        if spec is not None and spec.format == "%d" and spacing >= DAY_S:
            # The days actually drawn may skip (every 5th): the room is their step.
            step = max(spacing, min((b - a for a, b in pairwise(values)), default=0))
            return [self._day_clear_of_month(value, step) for value in values]
        if spec is None or ("%b" not in spec.format and "%a" not in spec.format):
            return super().tickStrings(values, scale, spacing)
        months, weekdays = month_names(), weekday_names()
        strings = []
        for value in values:
            try:
                moment = utcfromtimestamp(
                    adjustTimestampToPreferredUtcOffset(value, self.utcOffset)
                )
            except (OverflowError, ValueError, OSError):
                strings.append("")
                continue
            named = spec.format.replace("%b", months[moment.month - 1])
            named = named.replace("%a", weekdays[moment.weekday()])
            strings.append(moment.strftime(named))
        return strings

    def _day_clear_of_month(self, value: float, spacing: float) -> str:
        """The day's number, or nothing where the month's name stands (29, 30 Oct, 4)."""
        try:
            moment = utcfromtimestamp(adjustTimestampToPreferredUtcOffset(value, self.utcOffset))
        except (OverflowError, ValueError, OSError):
            return ""
        next_month = (moment.replace(day=28) + timedelta(days=4)).replace(day=1)
        to_month = min(moment.day - 1, (next_month - moment).days)
        return "" if to_month * DAY_S < spacing * CLEAR_OF_MONTH else str(moment.day)
