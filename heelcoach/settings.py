"""Every setting declared once, with its default, kept in settings.json in the data folder.

Settings live beside the journal, never in the platform's registry or ~/.config, so that
HEELCOACH_DATA_DIR keeps everything in one folder. They are plain JSON, written
atomically like everything else in that folder, and readable without Qt.

Whatever the file holds, the app starts: a value is used only when it is of its option's
type, finite, and (clamped) in its range or among its choices; a file that cannot be read
at all is moved aside and the defaults start.
"""

from __future__ import annotations

import json
import math
import time
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from heelcoach.core.exercises.heel_raise import (
    MAX_COUNT_IN_MS,
    MAX_LOAD_KG,
    MAX_PHASE_MS,
    MAX_REPS,
    MAX_REST_MS,
    MAX_SETS,
    LegMode,
    SetPlan,
    Tempo,
    seconds_to_ms,
)
from heelcoach.system.atomic_file import write_atomically
from heelcoach.system.lazy_log import LazyLog
from heelcoach.system.safe_read import read_regular_file

if TYPE_CHECKING:
    from heelcoach.coach.today import ProgramChoices

log = LazyLog(__name__)

SETTINGS_FILE = "settings.json"
MAX_SETTINGS_BYTES = 1024 * 1024
"""A few hundred bytes are usual; the window geometry is the largest value. Anything
larger was not written by HeelCoach."""
MAX_TEXT_CHARS = 4096
PHASE_S = (0.001, MAX_PHASE_MS / 1000)  # a phase of at least a millisecond (Tempo)


class Option(NamedTuple):
    key: str
    default: Any
    low: float | None = None  # numbers: the range they are clamped to
    high: float | None = None
    choices: tuple[str, ...] = ()  # text: the values it may take (any, when empty)


SETS = Option("plan/sets", 3, 1, MAX_SETS)
REPS = Option("plan/reps", 12, 1, MAX_REPS)
LEGS = Option("plan/legs", LegMode.BOTH.value, choices=tuple(mode.value for mode in LegMode))
UP_S = Option("plan/up_seconds", 3.0, *PHASE_S)
HOLD_S = Option("plan/hold_seconds", 2.0, *PHASE_S)
DOWN_S = Option("plan/down_seconds", 3.0, *PHASE_S)
BOTTOM_PAUSE_S = Option("plan/bottom_pause_seconds", 0.0, 0, MAX_PHASE_MS / 1000)
COUNT_IN_S = Option("plan/count_in_seconds", 5, 0, MAX_COUNT_IN_MS // 1000)
REST_S = Option("plan/rest_seconds", 120, 0, MAX_REST_MS // 1000)
LOAD_KG = Option("plan/load_kg", 0.0, 0, MAX_LOAD_KG)
VOLUME = Option("sound/volume", 80, 0, 100)  # percent
MUTED = Option("sound/muted", False)
TICKS = Option("sound/ticks", True)
VOICE = Option("sound/voice", False)
LANGUAGE = Option("interface/language", "", choices=("", "en", "da"))
DISCLAIMER_SEEN = Option("interface/disclaimer_seen", False)
PLAN_DETAILS_OPEN = Option("interface/plan_details_open", False)
SOUND_PANEL_OPEN = Option("interface/sound_panel_open", False)
CHECK_IN_PUT_OFF_ON = Option("journal/check_in_put_off_on", "")  # an ISO date
HEEL_QUESTIONS_PUT_OFF_ON = Option("journal/heel_questions_put_off_on", "")  # an ISO date
WINDOW_GEOMETRY = Option("window/geometry", "")  # QWidget.saveGeometry(), base64
PROGRESS_RANGE = Option("progress/range", "3m", choices=("4w", "3m", "all"))
FILES_FOLDER = Option("files/last_folder", "")  # where exports and backups were last saved
PROGRAM_START = Option("program/start", "")  # an ISO date; empty: the first session
PROGRAM_SHIFT_DAYS = Option("program/shift_days", 0, -3650, 3650)  # weeks repeated or skipped
PROGRAM_MODE = Option("program/mode", "fixed", choices=("fixed", "self_dosed"))
HELP_PUT_OFF_UNTIL = Option("program/help_put_off_until", "")  # an ISO date
COACH_PLAN_APPLIED = Option("program/applied_plan", "")  # the coach's plan last put in
AFFECTED_SIDE = Option("program/affected_side", "", choices=("", "left", "right", "both"))
FULL_PLAN_ON = Option("program/full_plan_on", "")  # an ISO date: "the full session" that day
WALKING_CONFIRMED_ON = Option("running/walking_confirmed_on", "")  # an ISO date: "I walk ..."
TRAINING_REMINDER_AT = Option("reminders/training_at", "")  # "18:00"; empty: no reminder
CHECK_IN_REMINDER_AT = Option("reminders/check_in_at", "")  # "07:30"; empty: no reminder
REMINDERS_OFFERED = Option("reminders/offered", False)  # the window offered them once


def _coerce(value: Any, option: Option) -> Any:
    """`value` as `option` can use it: of its type, finite, clamped to its range, one of
    its choices. Raises TypeError when it cannot be one."""
    kind = type(option.default)
    if kind is bool:
        if isinstance(value, bool):
            return value
    elif kind in (int, float):
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            try:
                finite = math.isfinite(value)
            except OverflowError:  # an integer of hundreds of digits
                finite = False
            if not finite:
                raise TypeError(f"{str(value)[:40]} is not a usable number")
            if option.low is not None and option.high is not None:  # a range has both ends
                value = min(max(value, option.low), option.high)
            return kind(value)
    elif isinstance(value, str):
        if option.choices and value not in option.choices:
            raise TypeError(f"{value!r} is not one of {', '.join(option.choices)}")
        if len(value) > MAX_TEXT_CHARS or "\0" in value:
            raise TypeError(f"{value[:40]!r}... is not a usable value")
        return value
    raise TypeError(f"expected {kind.__name__}, found {value!r}")


def _day_or_none(text: str) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


class Settings:
    """Typed access to settings.json. A value that cannot be read falls back to its default."""

    def __init__(self, folder: Path, read_only: bool = False) -> None:
        """`read_only`: never write, not even to move a damaged file aside (--today)."""
        self._path = folder / SETTINGS_FILE
        self._read_only = read_only
        self.moved_aside: Path | None = None  # where a file that could not be used went
        self._values = self._load()

    def _load(self) -> dict[str, Any]:
        try:
            values = json.loads(read_regular_file(self._path, MAX_SETTINGS_BYTES))
            if not isinstance(values, dict):
                raise ValueError("not a JSON object")
            return values
        except FileNotFoundError:
            return {}
        except (OSError, ValueError, RecursionError) as error:  # deep nesting: RecursionError
            if not self._read_only:
                self._move_aside(error)
            return {}

    def _move_aside(self, error: BaseException) -> None:
        aside = self._path.with_name(f"{SETTINGS_FILE}.unreadable-{time.strftime('%Y%m%d-%H%M%S')}")
        try:
            self._path.replace(aside)
        except OSError as failure:
            log.error("settings unreadable (%s) and not moved aside (%s); using defaults",
                      error, failure)  # fmt: skip
            return
        log.warning("settings unreadable (%s); kept as %s, using defaults", error, aside.name)
        self.moved_aside = aside

    def get(self, option: Option) -> Any:
        if option.key not in self._values:
            return option.default
        try:
            return _coerce(self._values[option.key], option)
        except TypeError as error:
            log.warning("setting %s: %s; using the default", option.key, error)
            return option.default

    def set(self, option: Option, value: Any) -> None:
        self.update({option: value})

    def update(self, values: dict[Option, Any]) -> None:
        """Change several settings with one write to disk."""
        for option, value in values.items():
            self._values[option.key] = value
        if self._read_only:
            return
        # ASCII, escapes and all: a value read with a lone surrogate in it can be written.
        text = json.dumps(self._values, indent=2, sort_keys=True)
        try:
            write_atomically(self._path, text.encode("utf-8"))
        except OSError as error:
            log.error("could not save settings to %s: %s", self._path, error)

    def program(self) -> ProgramChoices:
        """What the runner chose about the program (a date that is not one: not chosen)."""
        from heelcoach.coach.today import ProgramChoices  # the coach: after the first frame

        return ProgramChoices(
            start=_day_or_none(self.get(PROGRAM_START)),
            shift_days=self.get(PROGRAM_SHIFT_DAYS),
            self_dosed=self.get(PROGRAM_MODE) == "self_dosed",
            help_put_off_until=_day_or_none(self.get(HELP_PUT_OFF_UNTIL)),
            legs=self.get(LEGS),
            full_plan_on=_day_or_none(self.get(FULL_PLAN_ON)),
            walking_confirmed_on=_day_or_none(self.get(WALKING_CONFIRMED_ON)),
        )

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
                load_kg=self.get(LOAD_KG),
                to_failure=self.get(PROGRAM_MODE) == "self_dosed",
            )
        except ValueError as error:
            log.warning("saved plan is not valid (%s); using the default plan", error)
            return SetPlan()

    def save_plan(self, plan: SetPlan) -> None:
        self.update(
            {
                SETS: plan.sets,
                REPS: plan.reps,
                LEGS: plan.legs.value,
                UP_S: plan.tempo.up_ms / 1000,
                HOLD_S: plan.tempo.hold_ms / 1000,
                DOWN_S: plan.tempo.down_ms / 1000,
                BOTTOM_PAUSE_S: plan.tempo.bottom_pause_ms / 1000,
                COUNT_IN_S: plan.count_in_ms // 1000,
                REST_S: plan.rest_ms // 1000,
                LOAD_KG: plan.load_kg,
            }
        )
