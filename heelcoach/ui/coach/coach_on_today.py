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

    from PySide6.QtCore import QObject, SignalInstance

    from heelcoach.journal.journal import Journal
    from heelcoach.settings import Settings
    from heelcoach.ui.today.today_page import TodayPage
    from heelcoach.ui.window_exercises import WindowExercises


def bring_in_the_coach(
    journal: Journal,
    settings: Settings,
    now: Callable[[], datetime],
    save: Callable[..., object],
    today: TodayPage,
    exercises: WindowExercises,
    changed_elsewhere: SignalInstance,
    give_alt_keys: Callable[[], None],
    parent: QObject,
) -> tuple[TodayCoach, HeelQuestions, MorningCheckIn]:
    """Make the coach, the questions about the heel and the morning check-in, and offer
    them. `changed_elsewhere`: the journal changed by another program (a synced check-in);
    `give_alt_keys`: the window's, as buttons come and go."""
    coach = TodayCoach(journal, settings, now, today, save, parent)
    coach.changed.connect(lambda _today: give_alt_keys())
    changed_elsewhere.connect(coach.refresh)
    coach.refresh()
    today.show_running(exercises.today_line())
    questions = HeelQuestions(journal, settings, now, save, today, parent)
    questions.answered.connect(coach.refresh)
    morning = MorningCheckIn(journal, settings, now, save, today, parent)

    def offer_check_in() -> None:
        give_alt_keys()  # the questions about the heel went, or came
        if not morning.offer() or morning.panel is None:
            return
        panel = morning.panel
        panel.answered.connect(lambda *_answer: coach.refresh())
        panel.stretch_clicked.connect(lambda: exercises.start_stretches(morning=True))
        panel.something_wrong_clicked.connect(questions.ask_again)
        panel.something_wrong_clicked.connect(give_alt_keys)

    questions.closed.connect(offer_check_in)
    questions.closed.connect(coach.clear_start_question)
    if not questions.offer():  # at the first start these come first, alone
        offer_check_in()
    QTimer.singleShot(0, journal.back_up_today)  # after the check-in is on screen
    return coach, questions, morning
