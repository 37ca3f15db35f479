"""The coach behind the Today page: works out Today from the journal and the runner's
program choices whenever either changes, shows it, puts the plan Start runs into today's
set, and carries out the runner's moves (the full session instead of the lighter one, a
week repeated, a phase back or on, help put off, a clinician seen).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from heelcoach.coach.advice import Prescription
from heelcoach.coach.position import DayKind, shift_for_week
from heelcoach.coach.red_flags import CLINICIAN_SEEN, HELP_PUT_OFF
from heelcoach.coach.resume import Resume, resume_of
from heelcoach.coach.rules import PROGRESSION, SEEK_HELP_PUT_OFF_DAYS
from heelcoach.coach.today import Today, today_of
from heelcoach.coach.todays_set import as_set_plan
from heelcoach.coach.verdict import Verdict
from heelcoach.core.exercises.heel_raise import SetPlan
from heelcoach.journal.entries import ANSWERS, CHECK_INS, RUNS, SESSIONS, SETS
from heelcoach.journal.journal import Journal
from heelcoach.settings import (
    AFFECTED_SIDE,
    COACH_PLAN_APPLIED,
    FULL_PLAN_ON,
    HELP_PUT_OFF_UNTIL,
    PROGRAM_MODE,
    PROGRAM_SHIFT_DAYS,
    PROGRAM_START,
    Settings,
)
from heelcoach.ui.coach.panel import CoachPanel
from heelcoach.ui.today.today_page import TodayPage
from heelcoach.words.plans import same_dose

if TYPE_CHECKING:
    from heelcoach.ui.coach.program_menu import ProgramMenu


def today_from(journal: Journal | None, day: date, choices) -> Today:
    """Today from the journal's stored entries (an empty journal without one)."""
    if journal is None:
        return today_of([], [], [], day, choices)
    stored = journal.stored
    return today_of(stored(SETS), stored(SESSIONS), stored(CHECK_INS), day, choices,
                    stored(ANSWERS), stored(RUNS))  # fmt: skip


class TodayCoach(QObject):
    changed = Signal(object)  # Today

    def __init__(self, journal: Journal, settings: Settings, now: Callable[[], datetime],
                 page: TodayPage, save: Callable[..., object], parent=None) -> None:  # fmt: skip
        """`save` runs a journal write and says so if it fails (WindowJournal.save)."""
        super().__init__(parent)
        self._journal = journal
        self._settings = settings
        self._now = now
        self._page = page
        self._save = save
        self.panel = CoachPanel()
        page.add_coach_panel(self.panel)
        self.menu: ProgramMenu | None = None  # built when first opened
        self.today: Today | None = None
        self._seen: tuple | None = None
        self._asked: set[tuple[date, str]] = set()  # what Start asked first, and on which day
        self.panel.full_plan_clicked.connect(self.toggle_full_plan)
        self.panel.program_clicked.connect(self.show_menu)
        self.panel.put_off_help_clicked.connect(self.put_off_help)
        self.panel.clinician_seen_clicked.connect(self.clinician_seen)
        page.plan_changed.connect(self.panel.show_own_plan)
        self.panel.show_own_plan(page.plan())

    def refresh(self) -> Today:
        """Work Today out again if the journal, the day or the choices changed."""
        day = self._now().date()
        choices = self._settings.program()
        seen = (self._journal.version, day, choices)
        if seen != self._seen or self.today is None:
            self._seen = seen
            before, self.today = self.today, self._today_from(day, choices)
            if before is not None and (before.verdict, before.kind) != (
                    self.today.verdict, self.today.kind):  # fmt: skip
                self.clear_start_question()  # it asked about a day that has changed
            if self.today.plan_to_run is not None:
                self._apply(self.today.plan_to_run)
            resume = self.resume()
            sets_left = resume.sets_left if resume is not None else 0
            self.panel.show_today(self.today, sets_left)
            self._page.show_sets_left(sets_left)
            self.changed.emit(self.today)
        return self.today

    def _today_from(self, day: date, choices) -> Today:
        return self._journal.worked_out(lambda: today_from(self._journal, day, choices))

    def _apply(self, prescription: Prescription) -> None:
        """Put the plan Start runs into today's set when it differs from the one last put
        in: a hand edit stands, across restarts too, until the coach's plan moves."""
        said = repr(tuple(prescription))
        if said != self._settings.get(COACH_PLAN_APPLIED):
            self._settings.set(COACH_PLAN_APPLIED, said)
            self._page.set_plan(as_set_plan(self._page.plan(), prescription))

    def resume(self) -> Resume | None:
        """Today's heel-raise session, if it was stopped with sets of today's plan left
        (only a day with a session can have one: the years of sets are not read for less)."""
        if self.today is None or self.today.kind is not DayKind.DONE:
            return None
        plan = self._page.plan()
        legs = [leg.value for leg in plan.legs.legs]
        return resume_of(self._journal.stored(SETS), self._journal.stored_with_ids(SESSIONS),
                         self._now().date(), plan.sets, legs)  # fmt: skip

    def may_start(self, questions_open: bool = False) -> bool:
        """Start on a rest day, with a red flag standing, or with the heel questions still
        open, asks once for each; the press after the last question trains anyway."""
        today = self.refresh()
        reasons = [why for why, holds in (
            ("questions", questions_open),
            ("clinician", today.verdict is Verdict.SEE_CLINICIAN),
            (today.kind.value, today.kind is not DayKind.TRAINING),
        ) if holds and (today.day, why) not in self._asked]  # fmt: skip
        if not reasons:  # each asked once already: the runner trains anyway
            self.clear_start_question()
            return True
        why = reasons[0]
        self._asked.add((today.day, why))
        if why == "questions":
            question = self.tr("First, the questions about your heel above: answer them or "
                               "press Not now. Press Start again to train anyway.")  # fmt: skip
        elif why == "clinician":
            question = self.tr("Your answers call for a clinician before training. Press "
                               "Start again to train anyway.")  # fmt: skip
        elif today.kind is DayKind.DONE:
            question = self.tr("You trained today already. The heel recovers between sessions: "
                               "press Start again to train anyway.")  # fmt: skip
        else:
            question = self.tr("Today is a rest day: the heel recovers between sessions. "
                               "Press Start again to train anyway.")  # fmt: skip
        self._page.ask_before_start(question)
        return False

    def clear_start_question(self) -> None:
        """Put away what Start asked; asked again if it still holds."""
        self._asked.clear()
        self._page.ask_before_start("")

    def session_fields(self, plan: SetPlan) -> dict[str, str | None]:
        """What the session entry keeps of the coach: the verdict it started under, and
        whether it ran the advised plan, the full one instead, or the runner's own."""
        today = self.refresh()
        advised = today.advised_plan
        if advised is not None and same_dose(plan, advised):
            took = "advised"
        elif today.advice.lighter is not None and same_dose(plan, today.advice.plan):
            took = "full"
        else:
            took = "own"
        return {"verdict": today.verdict.value, "took": took}

    # the runner's moves ------------------------------------------------------------------
    def toggle_full_plan(self) -> bool:
        """After a flare: the full session instead of the lighter one (for today), or back."""
        today = self.refresh()
        if not today.full_plan_offered:
            return False
        self._settings.set(FULL_PLAN_ON, "" if today.full_plan_chosen else today.day.isoformat())
        self.refresh()
        return True

    def repeat_week(self) -> None:
        self._move_to_week(self.refresh().position.week)

    def phase_back(self) -> None:
        index = self.refresh().position.stage_index
        self._move_to_week(PROGRESSION[max(0, index - 1)].first_week)

    def phase_on(self) -> None:
        index = self.refresh().position.stage_index
        if index + 1 < len(PROGRESSION):
            self._move_to_week(PROGRESSION[index + 1].first_week)

    def choose_start(self, start: date | None) -> None:
        self._settings.update({PROGRAM_START: start.isoformat() if start else "",
                               PROGRAM_SHIFT_DAYS: 0})  # fmt: skip
        self.refresh()

    def choose_side(self, side: str) -> None:
        self._settings.set(AFFECTED_SIDE, side)

    def choose_self_dosed(self, self_dosed: bool) -> None:
        self._settings.set(PROGRAM_MODE, "self_dosed" if self_dosed else "fixed")
        self.refresh()

    def put_off_help(self) -> None:
        until = self._now().date() + timedelta(days=SEEK_HELP_PUT_OFF_DAYS)
        self._settings.set(HELP_PUT_OFF_UNTIL, until.isoformat())
        self._answer(HELP_PUT_OFF)
        self._refresh_back_to_start()

    def clinician_seen(self) -> None:
        self._answer(CLINICIAN_SEEN)
        self._refresh_back_to_start()

    def _refresh_back_to_start(self) -> None:
        """The button pressed goes with the verdict it belonged to: the focus goes back to
        Start (Qt would pass it on to whatever comes next, and Space would press that)."""
        self.refresh()
        self._page.start_button.setFocus()

    def _answer(self, question: str) -> None:
        at = self._now().isoformat(timespec="seconds")
        self._save(lambda: self._journal.add_answer(at=at, question=question), keep=True)

    def _move_to_week(self, week: int) -> None:
        today = self.refresh()
        choices = self._settings.program()
        shift = shift_for_week(today.days.days, today.next_session, choices.start, week)
        self._settings.set(PROGRAM_SHIFT_DAYS, shift)

    def show_reminders(self) -> None:
        from heelcoach.ui.reminders_dialog import RemindersDialog

        RemindersDialog.show_for(self._settings, self._page.window())

    def _then_refresh(self, change: Callable[[], None]) -> None:
        change()
        self.refresh()

    def show_menu(self) -> None:
        if self.menu is None:
            from heelcoach.ui.coach.program_menu import ProgramMenu

            self.menu = ProgramMenu(self._page)
            self.menu.repeat_week.connect(lambda: self._then_refresh(self.repeat_week))
            self.menu.phase_back.connect(lambda: self._then_refresh(self.phase_back))
            self.menu.phase_on.connect(lambda: self._then_refresh(self.phase_on))
            self.menu.start_date_chosen.connect(self.choose_start)
            self.menu.start_again.connect(lambda: self.choose_start(self._now().date()))
            self.menu.self_dosed_chosen.connect(self.choose_self_dosed)
            self.menu.side_chosen.connect(self.choose_side)
            self.menu.reminders_asked.connect(self.show_reminders)
        today = self.refresh()
        self.menu.show_choices(self._settings.program().start or today.start,
                               self._settings.get(AFFECTED_SIDE),
                               today.position.stage_index > 0,
                               today.position.stage_index + 1 < len(PROGRESSION),
                               self._settings.program().self_dosed)  # fmt: skip
        button = self.panel.program_button
        self.menu.popup(button.mapToGlobal(button.rect().bottomLeft()))
