"""Red flags: signs that need a clinician, not a program (the NHS pages on heel pain and
local referral guidance; ../shared/DOMAIN.md). They are asked, not only listed: at the
first start, and whenever a check-in says something else is wrong. Any yes stands until
the runner says a clinician has seen it.

The answers are journal entries (table "answers"), oldest first, each a dict with
`question` ("red_flags" or "clinician_seen") and, for red flags, `yes`: the flags answered
yes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any, NamedTuple

from heelcoach.journal.entries import QUESTIONS, RED_FLAGS, SYMPTOM_SPANS

ASKED, CLINICIAN_SEEN, HELP_PUT_OFF = QUESTIONS
__all__ = ["ASKED", "CLINICIAN_SEEN", "HELP_PUT_OFF", "RED_FLAGS", "SYMPTOM_SPANS", "RedFlags",
           "ever_asked", "open_red_flags"]  # fmt: skip


class RedFlags(NamedTuple):
    """Red flags answered yes and not yet seen by a clinician."""

    flags: tuple[str, ...]
    since: date


def open_red_flags(answers: Iterable[Mapping[str, Any]]) -> RedFlags | None:
    """The red flags that stand today, or None: the last answers, unless a clinician has
    seen the runner since."""
    found: RedFlags | None = None
    for answer in sorted(answers, key=lambda entry: entry["at"]):
        if answer["question"] == ASKED:
            yes = tuple(flag for flag in RED_FLAGS if flag in answer.get("yes", ()))
            found = RedFlags(yes, date.fromisoformat(answer["at"][:10])) if yes else None
        elif answer["question"] == CLINICIAN_SEEN:
            found = None
    return found


def ever_asked(answers: Iterable[Mapping[str, Any]]) -> bool:
    return any(answer["question"] == ASKED for answer in answers)
