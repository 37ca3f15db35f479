"""The legs a session trains: one leg, or both in turn."""

from __future__ import annotations

from enum import Enum


class Leg(Enum):
    LEFT = "left"
    RIGHT = "right"


class LegMode(Enum):
    """Which legs a set trains: one leg, or both in turn (left, then right)."""

    LEFT = "left"
    RIGHT = "right"
    BOTH = "both"

    @property
    def legs(self) -> tuple[Leg, ...]:
        if self is LegMode.BOTH:
            return (Leg.LEFT, Leg.RIGHT)
        return (Leg(self.value),)
