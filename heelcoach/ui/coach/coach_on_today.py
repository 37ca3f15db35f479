"""The coach joins Today once the journal is open: its verdict, the questions about the heel
at the first start, then the morning check-in. Wired here so the window need not know the
order they come in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from heelcoach.ui.coach.today_coach import TodayCoach
from heelcoach.ui.today.check_in_panel import MorningCheckIn
from heelcoach.ui.today.heel_questions import HeelQuestions

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import datetime

    from heelcoach.journal.journal import Journal
    from heelcoach.settings import Settings
    from heelcoach.ui.main_window import MainWindow


def bring_in_the_coach(
    window: MainWindow,
    journal: Journal,
    settings: Settings,
    now: Callable[[], datetime],
    save: Callable[..., object],
) -> None:
    """Make the window's coach, heel questions and morning check-in, and offer them."""
    today = window.today
    coach = window.coach = TodayCoach(journal, settings, now, today, save, window)
    coach.changed.connect(lambda _today: window.give_alt_keys())  # its buttons come and go
    window.journal_access.changed_elsewhere.connect(coach.refresh)  # a synced check-in
    coach.refresh()
    today.show_running(window.exercises.today_line())
    questions = window.heel_questions = HeelQuestions(journal, settings, now, save, today,
                                                      window)  # fmt: skip
    questions.answered.connect(coach.refresh)
    morning = window.morning = MorningCheckIn(journal, settings, now, save, today, window)
    questions.closed.connect(lambda: _offer_check_in(window, morning, coach, questions))
    questions.closed.connect(coach.clear_start_question)
    if not questions.offer():  # at the first start these come first, alone
        _offer_check_in(window, morning, coach, questions)
    QTimer.singleShot(0, journal.back_up_today)  # after the check-in is on screen


def _offer_check_in(window: MainWindow, morning: MorningCheckIn, coach: TodayCoach,
                    questions: HeelQuestions) -> None:  # fmt: skip
    window.give_alt_keys()  # the questions about the heel went, or came
    if not morning.offer() or morning.panel is None:
        return
    panel = morning.panel
    panel.answered.connect(lambda *_answer: coach.refresh())
    panel.stretch_clicked.connect(lambda: window.exercises.start_stretches(morning=True))
    panel.something_wrong_clicked.connect(questions.ask_again)
    panel.something_wrong_clicked.connect(window.give_alt_keys)
