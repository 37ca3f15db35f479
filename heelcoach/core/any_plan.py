"""A plan of any kind of exercise, as everything outside the kinds sees it.

Every kind's plan (a SetPlan, a StretchSession, an IntervalPlan ...) lays out in time, and
the clock, the driver, the sound and the screen take any timeline: so a plan that may be of
any kind is typed as this protocol, never as `object`. It is for annotations: import it
under TYPE_CHECKING, and nothing more is loaded.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from heelcoach.core.timeline import Timeline


class Plan(Protocol):
    def timeline(self) -> Timeline:
        """The session laid out in time."""
        ...
