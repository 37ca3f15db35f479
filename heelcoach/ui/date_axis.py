"""pyqtgraph's date axis, with month and weekday names in the interface's language.

pyqtgraph writes them with strftime (%b, %a), in whatever language the system's locale
has; the numbers (%d, %Y, %H:%M) need no translating and are left to it.
"""

from __future__ import annotations

import pyqtgraph as pg
from pyqtgraph.graphicsItems.DateAxisItem import (
    adjustTimestampToPreferredUtcOffset,
    utcfromtimestamp,
)

from heelcoach.ui.calendar_names import month_names, weekday_names


class DateAxis(pg.DateAxisItem):
    def tickStrings(self, values, scale, spacing):
        spec = next((s for s in self.zoomLevel.tickSpecs if s.spacing == spacing), None)
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
