"""Every setting declared once, with its default, stored in the data folder.

Settings live in settings.ini beside the journal, never in the platform's registry or
~/.config, so that HEELCOACH_DATA_DIR keeps everything in one folder.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from heelcoach.core.plan import LegMode, SetPlan, Tempo, seconds_to_ms

log = logging.getLogger(__name__)

SETTINGS_FILE = "settings.ini"


@dataclass(frozen=True, slots=True)
class Option:
    key: str
    default: Any


SETS = Option("plan/sets", 3)
REPS = Option("plan/reps", 12)
LEGS = Option("plan/legs", LegMode.LEFT.value)
UP_S = Option("plan/up_seconds", 3.0)
HOLD_S = Option("plan/hold_seconds", 2.0)
DOWN_S = Option("plan/down_seconds", 3.0)
BOTTOM_PAUSE_S = Option("plan/bottom_pause_seconds", 0.0)
COUNT_IN_S = Option("plan/count_in_seconds", 5)
REST_S = Option("plan/rest_seconds", 120)
LANGUAGE = Option("interface/language", "")
DISCLAIMER_SEEN = Option("interface/disclaimer_seen", False)
WINDOW_GEOMETRY = Option("window/geometry", QByteArray())


class Settings:
    """Typed access to settings.ini. A value that cannot be read falls back to its default."""

    def __init__(self, folder: Path) -> None:
        self._store = QSettings(str(folder / SETTINGS_FILE), QSettings.Format.IniFormat)

    def get(self, option: Option) -> Any:
        kind = type(option.default)
        raw = self._store.value(option.key, option.default)
        try:
            if kind is bool:
                return raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1")
            if kind is QByteArray:
                return raw if isinstance(raw, QByteArray) else option.default
            return kind(raw)
        except (TypeError, ValueError):
            log.warning("setting %s has an unreadable value %r; using the default", option.key, raw)
            return option.default

    def set(self, option: Option, value: Any) -> None:
        self._store.setValue(option.key, value)

    def sync(self) -> None:
        self._store.sync()

    def plan(self) -> SetPlan:
        """The saved plan; the clinic's default if what is saved does not make a valid plan."""
        try:
            return SetPlan(
                sets=self.get(SETS),
                reps=self.get(REPS),
                legs=LegMode(self.get(LEGS)),
                tempo=Tempo.from_seconds(
                    self.get(UP_S), self.get(HOLD_S), self.get(DOWN_S), self.get(BOTTOM_PAUSE_S)
                ),
                count_in_ms=seconds_to_ms(self.get(COUNT_IN_S)),
                rest_ms=seconds_to_ms(self.get(REST_S)),
            )
        except ValueError as error:
            log.warning("saved plan is not valid (%s); using the default plan", error)
            return SetPlan()

    def save_plan(self, plan: SetPlan) -> None:
        values = {
            SETS: plan.sets,
            REPS: plan.reps,
            LEGS: plan.legs.value,
            UP_S: plan.tempo.up_ms / 1000,
            HOLD_S: plan.tempo.hold_ms / 1000,
            DOWN_S: plan.tempo.down_ms / 1000,
            BOTTOM_PAUSE_S: plan.tempo.bottom_pause_ms / 1000,
            COUNT_IN_S: plan.count_in_ms // 1000,
            REST_S: plan.rest_ms // 1000,
        }
        for option, value in values.items():
            self.set(option, value)
