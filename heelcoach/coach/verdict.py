"""The coach's one verdict a day, decided in order of safety, so that no screen says two
things at once: (1) a red flag answered yes: see a clinician, no loading advice; (2) time to
seek help: said first, with the plan that is still safe meanwhile; (3) reduce; (4) hold;
(5) progress. The first session's verdict is the start."""

from __future__ import annotations

from enum import Enum

from heelcoach.coach.advice import Advice, AdviceKind
from heelcoach.coach.red_flags import RedFlags
from heelcoach.coach.seek_help import SeekHelp


class Verdict(Enum):
    SEE_CLINICIAN = "see_clinician"
    SEEK_HELP = "seek_help"
    REDUCE = "reduce"
    HOLD = "hold"
    PROGRESS = "progress"
    START = "start"

    @property
    def eases_off(self) -> bool:
        """Nothing is added on such a day: no weight, no new phase, no running."""
        return self in (Verdict.SEE_CLINICIAN, Verdict.SEEK_HELP, Verdict.REDUCE)


LOADING = {
    AdviceKind.START: Verdict.START,
    AdviceKind.PROGRESS: Verdict.PROGRESS,
    AdviceKind.KEEP: Verdict.HOLD,
    AdviceKind.REDUCE: Verdict.REDUCE,
}


def verdict_of(advice: Advice, help_needed: SeekHelp | None,
               red_flags: RedFlags | None) -> Verdict:  # fmt: skip
    """The one verdict: the first of the five that applies. `advice` was worked out with
    progress barred when help is needed or a red flag stands."""
    if red_flags is not None:
        return Verdict.SEE_CLINICIAN
    if help_needed is not None:
        return Verdict.SEEK_HELP
    return LOADING[advice.kind]
