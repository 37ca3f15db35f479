"""The one clock everything is timed against.

CLOCK_BOOTTIME keeps counting while the machine sleeps, so a set interrupted by a
suspend is seen as a stall (and paused) instead of silently carrying on afterwards.
"""

import time

_CLOCK_ID = getattr(time, "CLOCK_BOOTTIME", None)


def monotonic_ms() -> float:
    if _CLOCK_ID is not None:
        return time.clock_gettime_ns(_CLOCK_ID) / 1e6
    return time.monotonic_ns() / 1e6
