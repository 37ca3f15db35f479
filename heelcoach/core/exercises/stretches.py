"""The daily stretch session: the guide's three supplementary exercises in a row, each
side by side (../shared/DOMAIN.md, "Supplementary exercises"). A stretch session is not a
heel-raise session: the journal keeps it apart, and the every-other-day rule never sees it."""

from __future__ import annotations

from typing import NamedTuple

from heelcoach.core.exercises.holds import CALF_STRETCH, FASCIA_STRETCH, HoldPlan
from heelcoach.core.exercises.own_pace import OwnPacePlan
from heelcoach.core.exercises.sides import cues
from heelcoach.core.legs import LegMode
from heelcoach.core.timeline import Segment, Timeline

CHANGE_OF_EXERCISE_MS = 15_000  # sit down, pick up the towel


class StretchSession(NamedTuple):
    """Exercises done one after the other; each is block `n` (its `set_number`) of the
    session. The morning's plantar fascia stretch alone is a session of one."""

    parts: tuple[HoldPlan | OwnPacePlan, ...] = (
        HoldPlan(CALF_STRETCH),
        HoldPlan(FASCIA_STRETCH),
        OwnPacePlan(),
    )

    @classmethod
    def of_the_registry(cls) -> StretchSession:
        """The stretch session as the registry lists it (core/kinds.py): the guide's three,
        and any kind added to it."""
        from heelcoach.core.kinds import stretch_session

        parts = (kind.plan() for kind in stretch_session())
        return cls(tuple(part for part in parts if isinstance(part, HoldPlan | OwnPacePlan)))

    @classmethod
    def morning(cls, legs: LegMode = LegMode.BOTH) -> StretchSession:
        return cls((HoldPlan(FASCIA_STRETCH, legs=legs),))

    def segments(self) -> list[Segment]:
        laid_out: list[Segment] = []
        for number, part in enumerate(self.parts, start=1):
            start = laid_out[-1].end_ms if laid_out else 0
            lead = part.count_in_ms if number == 1 else CHANGE_OF_EXERCISE_MS
            laid_out.extend(part._replace(count_in_ms=lead).segments(number, start))
        return laid_out

    def timeline(self) -> Timeline:
        return Timeline(tuple(self.segments()), cues)

    @property
    def ends_on_request(self) -> bool:
        """Enter ends a foot's towel curls ("done") or a hold held long enough."""
        return True

    @property
    def to_failure(self) -> bool:
        """Each exercise has its time: F ends nothing."""
        return False

    def exercise_of(self, segment: Segment) -> str:
        """Which exercise a segment of this session belongs to (its journal name)."""
        return self.parts[segment.set_number - 1].exercise

    def count_of(self, segment: Segment) -> int:
        """The holds of the exercise `segment` belongs to (0 for reps at one's own pace)."""
        return getattr(self.parts[segment.set_number - 1], "holds", 0)

    @property
    def total_ms(self) -> int:
        return self.segments()[-1].end_ms
