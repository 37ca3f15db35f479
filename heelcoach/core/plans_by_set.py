"""The plan each set of a session runs: the session's own, and from a set in the red on, a
lighter one (the guide: reduce the load). A set under way keeps the plan it began with."""

from __future__ import annotations

from typing import NamedTuple

from heelcoach.core.exercises.heel_raise import SetPlan


class PlansBySet(NamedTuple):
    changes: tuple[tuple[int, SetPlan], ...]  # (the first set it runs, the plan), in order

    @classmethod
    def of(cls, plan: SetPlan) -> PlansBySet:
        return cls(((1, plan),))

    def from_set(self, first: int, plan: SetPlan) -> PlansBySet:
        """Sets `first` on run as `plan`; the sets before keep theirs."""
        kept = tuple(change for change in self.changes if change[0] < first)
        return PlansBySet((*kept, (first, plan)))

    def for_set(self, number: int) -> SetPlan:
        return next(plan for first, plan in reversed(self.changes) if first <= number)

    @property
    def first(self) -> SetPlan:
        return self.changes[0][1]

    @property
    def latest(self) -> SetPlan:
        return self.changes[-1][1]

    @property
    def lightened_from(self) -> int | None:
        """The first set that runs lighter, or None while all run as planned."""
        return self.changes[1][0] if len(self.changes) > 1 else None

    def target_reps(self) -> int:
        """The whole session's reps, each set as its own plan has it (none to failure)."""
        plan = self.first
        if plan.to_failure:
            return 0
        legs = len(plan.legs.legs)
        return legs * sum(self.for_set(number).reps for number in range(1, plan.sets + 1))
