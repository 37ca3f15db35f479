"""Today, as the coach sees it: the week, whether to train, the one verdict and the plan
Start runs, and the walk/run. Pure: the journal's entries and the runner's choices in, one
`Today` out; the Today page, Stretches and running, the reminders, the report and
`heelcoach --today` all show this.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import NamedTuple

from heelcoach.coach.advice import Advice, AdviceKind, Prescription, advise, flares_of
from heelcoach.coach.next_day import Mornings
from heelcoach.coach.position import DayKind, ProgramPosition, day_kind, position_on
from heelcoach.coach.red_flags import RedFlags, open_red_flags
from heelcoach.coach.rules import FLARES_WINDOW_DAYS
from heelcoach.coach.running import Running, running_of
from heelcoach.coach.seek_help import SeekHelp, seek_help
from heelcoach.coach.training_days import Entries, TrainingDay, TrainingLog, first_steps_by_day
from heelcoach.coach.verdict import Verdict, verdict_of


class ProgramChoices(NamedTuple):
    """What the runner chose about the program (kept in the settings)."""

    start: date | None = None  # None: the first heel-raise session
    shift_days: int = 0  # a week repeated, a stage moved back or on
    self_dosed: bool = False
    help_put_off_until: date | None = None
    legs: str = "both"
    full_plan_on: date | None = None  # "I feel fine, the full session", said on that day
    walking_confirmed_on: date | None = None  # "I walk every day without significant pain"


class Today(NamedTuple):
    day: date
    position: ProgramPosition  # on the day of the next session
    kind: DayKind
    next_session: date
    verdict: Verdict  # the one decision, for the next session (today, on a training day)
    advice: Advice  # the load behind it: the program's plan, and the lighter one
    seek_help: SeekHelp | None
    red_flags: RedFlags | None  # answered yes, not yet seen by a clinician
    running: Running
    full_plan_chosen: bool  # the runner chose the full session over the lighter one today
    last_session: TrainingDay | None
    previous_session: TrainingDay | None  # the one before the last
    days: TrainingLog
    mornings: Mornings
    start: date | None  # the program's first day

    @property
    def advice_kind(self) -> AdviceKind:
        """What today calls for: rest on a rest day or once today's session is done."""
        return AdviceKind.REST if self.kind is not DayKind.TRAINING else self.advice.kind

    @property
    def full_plan_offered(self) -> bool:
        """Whether "I feel fine: the full session" is offered (full_plan_offered)."""
        return full_plan_offered(self.advice, self.verdict, self.kind)

    @property
    def advised_plan(self) -> Prescription | None:
        """The plan the verdict advises: the lighter one after a flare; none while a red
        flag stands (a clinician first, no loading advice)."""
        if self.verdict is Verdict.SEE_CLINICIAN:
            return None
        return self.advice.lighter or self.advice.plan

    @property
    def plan_to_run(self) -> Prescription | None:
        """What Start runs: the advised plan, or the full one the runner chose today."""
        if self.full_plan_chosen:
            return self.advice.plan
        return self.advised_plan


NO_CHOICES = ProgramChoices()


def full_plan_offered(advice: Advice, verdict: Verdict, kind: DayKind) -> bool:
    """The full session instead of the lighter one is the runner's choice only when the
    verdict is to ease off for the load alone: not while help is due (its "keep to" holds),
    and not once today's session is done (the choice was for it, the next one is lighter)."""
    return advice.lighter is not None and verdict is Verdict.REDUCE and kind is not DayKind.DONE


def today_of(sets: Entries, sessions: Entries, check_ins: Entries,
             day: date, choices: ProgramChoices = NO_CHOICES, answers: Entries = (),
             runs: Entries = ()) -> Today:  # fmt: skip
    return today_of_log(TrainingLog(sets, sessions, day), check_ins, day, choices, answers, runs)


def today_of_log(days: TrainingLog, check_ins: Entries, day: date,
                 choices: ProgramChoices = NO_CHOICES, answers: Entries = (),
                 runs: Entries = ()) -> Today:  # fmt: skip
    """Today from the training days summed up already (coach.digest)."""
    mornings = Mornings(first_steps_by_day(check_ins))
    session_days = days.days
    kind, next_day = day_kind(session_days, day)
    position = position_on(session_days, next_day, choices.start, choices.shift_days)
    start = choices.start or (session_days[0] if session_days else None)
    now = position_on(session_days, day, choices.start, choices.shift_days)
    weeks = (now.week - 1) if now.started else 0
    red_flags = open_red_flags(answers)
    window = days.since(day - timedelta(days=FLARES_WINDOW_DAYS))
    flares = [flare for flare in flares_of(window, mornings, day) if flare is not None]
    help_needed = seek_help(mornings, flares, weeks, day, choices.help_put_off_until)
    may_progress = help_needed is None and red_flags is None
    advice = advise(days, mornings, day, position, choices.self_dosed, may_progress)
    verdict = verdict_of(advice, help_needed, red_flags)
    running = running_of(runs, days, mornings, day, verdict, choices.walking_confirmed_on)
    return Today(
        day=day, position=position, kind=kind, next_session=next_day, verdict=verdict,
        advice=advice, seek_help=help_needed, red_flags=red_flags, running=running,
        full_plan_chosen=choices.full_plan_on == day and full_plan_offered(advice, verdict, kind),
        last_session=days[-1] if days else None,
        previous_session=days[-2] if len(days) > 1 else None, days=days, mornings=mornings,
        start=start,
    )  # fmt: skip
