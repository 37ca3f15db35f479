"""What a kind of session brings to the one guided session: its page (what the screen shows
in the middle), its recorder (its journal record and its questions), and the few turns it
takes its own way. The guided session runs every kind the same way through this."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from heelcoach.core.kinds import SessionPlan
    from heelcoach.core.timeline import Cue, Timeline
    from heelcoach.journal.journal import Journal
    from heelcoach.session.driver import RepsEnded, Snapshot
    from heelcoach.ui.session.session_page import SessionPage


class SessionParts(Protocol):
    """A kind's parts of the guided session. `start` extras (the coach's words, a session
    gone on with) are the kind's own."""

    @property
    def page(self) -> SessionPage:
        """The page the kind's sessions run on."""
        ...

    leave: Callable[[], None]  # back to the page this kind's sessions start from
    leaves_with_questions_open: bool
    """Esc leaves the done screen while its questions are still open (the heel raise's
    "pain after" is asked again on Today); no: Esc waits for the answers (a run's two)."""

    def begin(self, plan: SessionPlan, journal: Journal | None, extras: dict[str, Any]) -> None:
        """A session starts: the page and the record are made ready."""
        ...

    def cues(self, cues: list[Cue], timeline: Timeline | None, reps_ended: RepsEnded) -> None:
        """Cues fell due: a set, a hold or a foot ended is written."""
        ...

    def is_a_try(self, snapshot: Snapshot) -> bool:
        """Stopped so early that the runner is asked whether it counts at all."""
        ...

    def discard(self) -> None:
        """A try not counted: nothing of it is written."""
        ...

    def stopped(self, snapshot: Snapshot | None, timeline: Timeline | None) -> bool:
        """The runner stopped: keep what was done. True when questions follow (the done
        screen stays for them)."""
        ...

    def finished(self, timeline: Timeline | None) -> None:
        """The session ran to its end."""
        ...

    def showing(self, snapshot: Snapshot) -> None:
        """A moment of the session is about to be shown."""
        ...

    def close(self) -> None:
        """The app is closing (a note being typed is kept)."""
        ...
