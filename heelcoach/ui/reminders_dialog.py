"""Reminders…: a desktop notification on training days, and one for the morning check-in,
each at a time the runner picks; off by default. OK sets up (or takes out) the timers."""

from __future__ import annotations

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from heelcoach.desktop.reminder_kinds import CHECK_IN_REMINDER, TRAINING_REMINDER
from heelcoach.settings import CHECK_IN_REMINDER_AT, REMINDERS_OFFERED, TRAINING_REMINDER_AT
from heelcoach.words.plain import fill

DEFAULT_TRAINING_AT, DEFAULT_CHECK_IN_AT = "18:00", "07:30"
TIME_FORMAT = "HH:mm"


class RemindersDialog(QDialog):
    def __init__(self, settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Reminders"))
        self.training = QCheckBox(self.tr("Remind me on &training days, at"))
        self.training_at = self._time_edit(
            settings.get(TRAINING_REMINDER_AT) or DEFAULT_TRAINING_AT
        )
        self.check_in = QCheckBox(self.tr("Remind me of the morning &check-in, at"))
        self.check_in_at = self._time_edit(
            settings.get(CHECK_IN_REMINDER_AT) or DEFAULT_CHECK_IN_AT
        )
        self.training.setChecked(bool(settings.get(TRAINING_REMINDER_AT)))
        self.check_in.setChecked(bool(settings.get(CHECK_IN_REMINDER_AT)))
        about = QLabel(self.tr(
            "A desktop notification says what today holds, even when HeelCoach is closed. "
            "Nothing is shown on rest days, or once the day's session (or check-in) is done."
        ))  # fmt: skip
        about.setWordWrap(True)
        about.setMinimumWidth(420)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b71c1c;")
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)  # fmt: skip
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        grid = QGridLayout()
        grid.addWidget(self.training, 0, 0)
        grid.addWidget(self.training_at, 0, 1)
        grid.addWidget(self.check_in, 1, 0)
        grid.addWidget(self.check_in_at, 1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(grid)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        from heelcoach.ui.focus_style import FocusRing

        self.focus_ring = FocusRing(self)  # the window's ring, seen from the step
        self.training.setFocus()

    @staticmethod
    def _time_edit(at: str) -> QTimeEdit:
        edit = QTimeEdit(QTime.fromString(at, TIME_FORMAT))
        edit.setDisplayFormat(TIME_FORMAT)
        return edit

    def chosen(self) -> dict[str, str]:
        """{kind: "HH:MM"} for each reminder ticked."""
        chosen = {}
        if self.training.isChecked():
            chosen[TRAINING_REMINDER] = self.training_at.time().toString(TIME_FORMAT)
        if self.check_in.isChecked():
            chosen[CHECK_IN_REMINDER] = self.check_in_at.time().toString(TIME_FORMAT)
        return chosen

    def save(self) -> None:
        """Set the timers up as chosen; a problem is said here and the dialog stays."""
        from heelcoach.desktop.reminders import Reminder, RemindersError, apply

        chosen = self.chosen()
        try:
            apply([Reminder(kind, at) for kind, at in chosen.items()])
        except RemindersError as error:
            self.problem.setText(fill(self.tr("The reminders could not be set up: %1"), error))
            self.problem.show()
            self.adjustSize()  # room for the problem: nothing above it squeezed
            return
        self._settings.set(TRAINING_REMINDER_AT, chosen.get(TRAINING_REMINDER, ""))
        self._settings.set(CHECK_IN_REMINDER_AT, chosen.get(CHECK_IN_REMINDER, ""))
        self._settings.set(REMINDERS_OFFERED, True)
        self.accept()

    @classmethod
    def show_for(cls, settings, parent: QWidget) -> RemindersDialog:
        """Opened window-modal; the window goes on behind it (a set keeps its time)."""
        dialog = cls(settings, parent)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog
