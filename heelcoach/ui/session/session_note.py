"""A note on the session just done ("new shoes", "stiff left heel"), on the done screen.

It waits to be clicked (or reached with Tab): the number keys stay with the pain question.
What is typed is saved on Enter and when the field is left, so going back with Esc
keeps it too.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from heelcoach.ui.retranslating import Retranslating

NOTE_MAX_CHARS = 500

Save = Callable[[str], object]  # returns None when the journal could not take it


class TypingField(QLineEdit):
    """A line of text that keeps every letter typed into it, and its Enter: the window's
    one-key shortcuts (M, N, F, L, Enter) wait while it has the focus."""

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            plain = not event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                             | Qt.KeyboardModifier.AltModifier)  # fmt: skip
            typed = event.text().isprintable() and event.text()
            if plain and (typed or event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
                event.accept()
                return True
        return super().event(event)


class SessionNote(Retranslating, QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.field = TypingField()
        self.field.setMaxLength(NOTE_MAX_CHARS)
        self.field.setFocusPolicy(Qt.FocusPolicy.ClickFocus | Qt.FocusPolicy.TabFocus)
        self.field.editingFinished.connect(self._save)
        self.label.setBuddy(self.field)
        self.saved_label = QLabel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.saved_label)
        self._on_save: Save | None = None
        self._saved_text = ""
        self._retranslate()
        self.hide()

    def offer(self, on_save: Save) -> None:
        """Show an empty field; `on_save` gets the note each time it changes."""
        self._on_save = on_save
        self._saved_text = ""
        self.field.clear()
        self.saved_label.clear()
        self.show()

    def clear(self) -> None:
        """Save what was typed, then put the field away."""
        self._save()
        self._on_save = None
        self.hide()

    def _save(self) -> None:
        text = self.field.text().strip()
        if self._on_save is None or text == self._saved_text:
            return
        if self._on_save(text) is not None:
            self._saved_text = text
            self.saved_label.setText(self.tr("Saved"))

    def _retranslate(self) -> None:
        self.label.setText(self.tr("A note on this session:"))
        self.field.setPlaceholderText(self.tr("optional, e.g. new shoes, stiff left heel"))
        if self.saved_label.text():
            self.saved_label.setText(self.tr("Saved"))
