"""The coach behind the Today page: works out Today from the journal and the runner's
program choices whenever either changes, shows it, puts its plan into today's set, and
carries out the runner's moves (the lighter plan, a week repeated, a phase back or on).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import astuple
from datetime import date, datetime, timedelta

from PySide6.QtCore import QObject, Signal

from heelcoach.coach.advice import Prescription
from heelcoach.coach.position import DayKind, shift_for_week
from heelcoach.coach.rules import PROGRESSION, SEEK_HELP_PUT_OFF_DAYS
from heelcoach.coach.today import Today, today_of
from heelcoach.coach.todays_set import as_set_plan
from heelcoach.journal.entries import CHECK_INS, SESSIONS, SETS
from heelcoach.journal.journal import Journal
from heelcoach.settings import (
    AFFECTED_SIDE,
    COACH_PLAN_APPLIED,
    HELP_PUT_OFF_UNTIL,
    PROGRAM_MODE,
    PROGRAM_SHIFT_DAYS,
    PROGRAM_START,
    Settings,
)
from heelcoach.ui.coach.panel import CoachPanel
from heelcoach.ui.today.today_page import TodayPage


class TodayCoach(QObject):
    changed = Signal(object)  # Today

    def __init__(self, journal: Journal, settings: Settings, now: Callable[[], datetime],
                 page: TodayPage, parent=None) -> None:  # fmt: skip
        super().__init__(parent)
        self._journal = journal
        self._settings = settings
        self._now = now
        self._page = page
        self.panel = CoachPanel()
        page.add_coach_panel(self.panel)
        self.menu = None  # a ProgramMenu, built when first opened
        self.today: Today | None = None
        self._seen: tuple | None = None
        self._asked_on: date | None = None  # the rest day Start asked about
        self.panel.take_advice_clicked.connect(self.take_advice)
        self.panel.program_clicked.connect(self.show_menu)
        self.panel.put_off_help_clicked.connect(self.put_off_help)
        page.mode_chosen.connect(self.choose_self_dosed)
        page.plan_changed.connect(self.panel.show_own_plan)
        self.panel.show_own_plan(page.plan())

    def refresh(self) -> Today:
        """Work Today out again if the journal, the day or the choices changed."""
        day = self._now().date()
        choices = self._settings.program()
        seen = (self._journal.version, day, choices)
        if seen != self._seen or self.today is None:
            self._seen = seen
            journal = self._journal
            self.today = today_of(journal.stored(SETS), journal.stored(SESSIONS),
                                  journal.stored(CHECK_INS), day, choices)  # fmt: skip
            self.panel.show_today(self.today)
            self._apply(self.today.advice.plan)
            self.changed.emit(self.today)
        return self.today

    def _apply(self, prescription: Prescription) -> None:
        """Put the coach's plan into today's set when it differs from the one last put in:
        a hand edit stands, across restarts too, until the coach's plan moves."""
        said = repr(astuple(prescription))
        if said != self._settings.get(COACH_PLAN_APPLIED):
            self._settings.set(COACH_PLAN_APPLIED, said)
            self._page.set_plan(as_set_plan(self._page.plan(), prescription))

    def may_start(self) -> bool:
        """Start on a rest day asks once; a second Start trains anyway."""
        today = self.refresh()
        if today.kind is DayKind.TRAINING or self._asked_on == today.day:
            self._page.ask_before_start("")
            return True
        self._asked_on = today.day
        if today.kind is DayKind.DONE:
            question = self.tr("You trained today already. The heel rebuilds between sessions: "
                               "press Start again to train anyway.")  # fmt: skip
        else:
            question = self.tr("Today is a rest day: the heel rebuilds between sessions. "
                               "Press Start again to train anyway.")  # fmt: skip
        self._page.ask_before_start(question)
        return False

    # the runner's moves ------------------------------------------------------------------
    def take_advice(self) -> bool:
        """The lighter plan into today's set (after repeated flares, a phase back too)."""
        today = self.refresh()
        lighter = today.advice.lighter
        if lighter is None:
            return False
        if today.advice.stage_back and lighter.stage_index is not None:
            self._move_to_week(PROGRESSION[lighter.stage_index].first_week)
            self.refresh()
        self._page.set_plan(as_set_plan(self._page.plan(), lighter))
        self.panel.take_button.hide()
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
        self.refresh()

    def _move_to_week(self, week: int) -> None:
        today = self.refresh()
        choices = self._settings.program()
        shift = shift_for_week(today.days.days, today.next_session, choices.start, week)
        self._settings.set(PROGRAM_SHIFT_DAYS, shift)

    def show_reminders(self) -> None:
        from heelcoach.ui.reminders_dialog import RemindersDialog

        RemindersDialog.show_for(self._settings, self._page.window())

    def show_menu(self) -> None:
        if self.menu is None:
            from heelcoach.ui.coach.program_menu import ProgramMenu

            self.menu = ProgramMenu(self._page)
            self.menu.repeat_week.connect(lambda: (self.repeat_week(), self.refresh()))
            self.menu.phase_back.connect(lambda: (self.phase_back(), self.refresh()))
            self.menu.phase_on.connect(lambda: (self.phase_on(), self.refresh()))
            self.menu.start_date_chosen.connect(self.choose_start)
            self.menu.side_chosen.connect(self.choose_side)
            self.menu.reminders_asked.connect(self.show_reminders)
        today = self.refresh()
        self.menu.show_choices(self._settings.program().start or today.start,
                               self._settings.get(AFFECTED_SIDE),
                               today.position.stage_index > 0,
                               today.position.stage_index + 1 < len(PROGRESSION))  # fmt: skip
        button = self.panel.program_button
        self.menu.popup(button.mapToGlobal(button.rect().bottomLeft()))
