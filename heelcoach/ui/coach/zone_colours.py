"""The pain zones' colours, the same on every screen: the graphs' bands, the history's
pain cells, the pain prompt's line (coach.rules says where each zone begins)."""

from __future__ import annotations

from heelcoach.coach.rules import Zone

ZONE_BACKGROUND = {Zone.GREEN: "#c8e6c9", Zone.YELLOW: "#fff59d", Zone.RED: "#ffcdd2"}
ZONE_TEXT = {Zone.GREEN: "#1b5e20", Zone.YELLOW: "#5d4037", Zone.RED: "#b71c1c"}
