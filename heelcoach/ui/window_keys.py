"""The window's keys, one action each. Made just after the first frame: QKeySequence
brings large enums that drawing the first frame does not need."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from heelcoach.ui.journal.journal_views import JournalViews
    from heelcoach.ui.main_window import MainWindow


def make_actions(window: MainWindow) -> None:
    session = window.session

    def in_history(act: Callable[[JournalViews], object]) -> Callable[[], object]:
        def act_on_history() -> object:
            views = window.views
            return views is not None and act(views)

        return act_on_history

    keys: tuple[tuple[list[str], Callable[[], object]], ...] = (
        (["Space"], window.start_or_toggle_pause),
        (["Esc"], window.stop),
        (["N"], session.skip_rest),
        (["+", "="], session.extend_rest),
        (["F11"], window.toggle_full_screen),
        (["M"], lambda: window.sound_control.toggle_mute()),
        (["Return", "Enter"], session.end_set),
        (["F"], session.finish_early),
        (["L"], window.toggle_full_plan),
        (["Ctrl+G"], window.show_program_menu),
        (["F1"], window.show_learn),
        (["Ctrl+H"], window.show_history),
        (["Ctrl+P"], window.show_progress),
        (["Ctrl+R"], window.show_exercises),
        (["Del"], in_history(lambda views: views.delete_in_history())),
        (["Ctrl+Z"], in_history(lambda views: views.undo_in_history())),
        (["Ctrl+Q"], window.close),  # Cmd+Q on macOS
    )
    for shortcuts, slot in keys:
        action = QAction(window)
        action.setShortcuts([QKeySequence(key) for key in shortcuts])
        action.triggered.connect(slot)
        window.addAction(action)
