"""Today, as the coach sees it: the week, whether to train, the plan, the advice, and
whether it is time to seek help. Pure: the journal's entries and the runner's choices in,
one `Today` out; the Today page, the report and `heelcoach --today` all show this.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from heelcoach.coach.advice import Advice, AdviceKind, advise
from heelcoach.coach.next_day import Mornings
from heelcoach.coach.position import DayKind, Position, day_kind, position_on
from heelcoach.coach.seek_help import SeekHelp, seek_help
from heelcoach.coach.training_days import TrainingDay, TrainingLog, first_steps_by_day


@dataclass(frozen=True)
class ProgramChoices:
    """What the runner chose about the program (kept in the settings)."""

    start: date | None = None  # None: the first heel-raise session
    shift_days: int = 0  # a week repeated, a stage moved back or on
    self_dosed: bool = False
    help_put_off_until: date | None = None
    legs: str = "both"


@dataclass(frozen=True)
class Today:
    day: date
    position: Position  # on the day of the next session
    kind: DayKind
    next_session: date
    advice: Advice  # for the next session (today, on a training day)
    seek_help: SeekHelp | None
    last_session: TrainingDay | None
    previous_session: TrainingDay | None  # the one before the last
    days: TrainingLog
    start: date | None  # the program's first day

    @property
    def advice_kind(self) -> AdviceKind:
        """What today calls for: rest on a rest day or once today's session is done."""
        return AdviceKind.REST if self.kind is not DayKind.TRAINING else self.advice.kind


def today_of(sets: Iterable[dict], sessions: Iterable[dict], check_ins: Iterable[dict],
             day: date, choices: ProgramChoices = ProgramChoices()) -> Today:  # fmt: skip
    days = TrainingLog(sets, sessions, day)
    by_day = first_steps_by_day(check_ins)
    session_days = days.days
    kind, next_day = day_kind(session_days, day)
    position = position_on(session_days, next_day, choices.start, choices.shift_days)
    advice = advise(days, Mornings(by_day), day, position, choices.self_dosed)
    start = choices.start or (session_days[0] if session_days else None)
    now = position_on(session_days, day, choices.start, choices.shift_days)
    weeks = (now.week - 1) if now.started else 0
    help_needed = seek_help(by_day, start, weeks, day, choices.help_put_off_until)
    return Today(
        day=day, position=position, kind=kind, next_session=next_day, advice=advice,
        seek_help=help_needed, last_session=days[-1] if days else None,
        previous_session=days[-2] if len(days) > 1 else None, days=days, start=start,
    )  # fmt: skip
