"""The window's keys, one action each, by the name of what they do on the window. Made
just after the first frame: QKeySequence brings large enums that drawing the first frame
does not need."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

KEYS = (
    (("Space",), "start_or_toggle_pause"),
    (("Esc",), "stop"),
    (("N",), "session.skip_rest"),
    (("+", "="), "session.extend_rest"),
    (("F11",), "toggle_full_screen"),
    (("M",), "sound_control.toggle_mute"),
    (("Return", "Enter"), "session.end_set"),
    (("F",), "session.finish_early"),
    (("L",), "toggle_full_plan"),
    (("Ctrl+G",), "show_program_menu"),
    (("F1",), "show_learn"),
    (("Ctrl+H",), "show_history"),
    (("Ctrl+P",), "show_progress"),
    (("Ctrl+R",), "show_exercises"),
    (("Del",), "views.delete_in_history"),
    (("Ctrl+Z",), "views.undo_in_history"),
    (("Ctrl+Q",), "close"),  # Cmd+Q on macOS
)
"""The keys, and what each calls on the window: looked up as the key is pressed, so that
the parts built when first needed (the sound, the journal's views) are built then."""


def make_actions(window: QWidget) -> None:
    for shortcuts, name in KEYS:
        action = QAction(window)
        action.setShortcuts([QKeySequence(key) for key in shortcuts])
        action.triggered.connect(lambda _checked=False, name=name: _call(window, name))
        window.addAction(action)


def _call(window: QWidget, name: str) -> None:
    target: object = window
    for part in name.split("."):
        target = getattr(target, part)
        if target is None:  # not there (no journal: no History to delete in)
            return
    if callable(target):
        target()
