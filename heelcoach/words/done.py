"""The done screen's words: the session summed up against the plan and against last time."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from heelcoach.coach.rules import DAYS_BETWEEN_SESSIONS
from heelcoach.coach.today import Today
from heelcoach.core.legs import Leg
from heelcoach.words.catalogue import translate
from heelcoach.words.plain import fill, kg, on_day

if TYPE_CHECKING:
    from typing import Protocol

    from heelcoach.words.plans import Dose

    class Tally(Protocol):
        """The session so far, as the done screen sums it up (the guide's SessionTally)."""

        reps: int
        pains: dict[int, int]  # per set written, its pain
        sets: list[tuple[Leg, int, bool]]  # leg, reps, stopped

        @property
        def plan(self) -> Dose: ...
        @property
        def target(self) -> int: ...
        @property
        def highest_pain(self) -> int | None: ...


def lighter_sets_text(pain: int, before: Dose, after: Dose | None) -> str:
    """What the rest screen says after a set in the red: the sets to come are lighter."""
    if after is None:
        return fill(translate("Coach", "That set hurt %1/10: in the next sets, press Enter to "
                              "end the set before the pain goes above 5/10."), pain)  # fmt: skip
    if after.load_kg < before.load_kg:
        return fill(translate("Coach", "That set hurt %1/10, so the sets to come are lighter: "
                              "take %2 kg out of the backpack, %3 kg left."), pain,
                    kg(before.load_kg - after.load_kg), kg(after.load_kg))  # fmt: skip
    return fill(translate("Coach", "That set hurt %1/10, so the sets to come are lighter: %2 "
                          "reps instead of %3."), pain, after.reps, before.reps)  # fmt: skip


def sets_line(tally: Tally) -> str:
    """Each set in a word: its leg, its reps, its pain once rated, a mark if stopped."""
    short = {Leg.LEFT: translate("Coach", "L", "the left leg, in a word"),
             Leg.RIGHT: translate("Coach", "R", "the right leg, in a word")}  # fmt: skip
    words = []
    for number, (leg, reps, stopped) in enumerate(tally.sets, start=1):
        word = f"{short[leg]} {reps}"
        if number in tally.pains:
            word += f" ({tally.pains[number]})"
        words.append(word + (" ■" if stopped else ""))
    if not words:
        return ""
    return fill(translate("Coach", "Reps per set (pain): %1"), "  ·  ".join(words))


def done_summary(tally: Tally, before: Today | None, today: date) -> tuple[str, str, str, str]:
    """The done screen's lines: reps against target and the load; the highest pain against
    last time; when the next session is; each set."""
    if tally.target:
        reps = fill(translate("Coach", "%1 of %2 reps"), tally.reps, tally.target)
    else:
        reps = (translate("Coach", "1 rep") if tally.reps == 1
                else fill(translate("Coach", "%1 reps"), tally.reps))  # fmt: skip
    load = (fill(translate("Coach", "%1 kg"), kg(tally.plan.load_kg)) if tally.plan.load_kg
            else translate("Coach", "body weight"))  # fmt: skip
    last = before.last_session if before is not None and before.last_session else None
    last_pain = last.highest_pain if last is not None and last.day < today else None
    if tally.highest_pain is None:
        pain = translate("Coach", "Highest pain: not rated yet")
    elif last_pain is None:
        pain = fill(translate("Coach", "Highest pain %1/10"), tally.highest_pain)
    else:
        pain = fill(
            translate("Coach", "Highest pain %1/10, last time %2/10"), tally.highest_pain, last_pain
        )
    next_day = today + timedelta(days=DAYS_BETWEEN_SESSIONS)
    return (
        f"{reps} · {load}",
        pain,
        fill(translate("Coach", "Next session %1"), on_day(next_day, today)),
        sets_line(tally),
    )
