"""The history's list, for the keyboard: a date typed goes to that day, Enter or F2
corrects the value a row is about (its pain), Tab in a correction goes on to the row's next
value, and what is typed into a correction stays there rather than reaching the window's
one-key shortcuts (M, N, F, L, Space, Enter)."""

from __future__ import annotations

from typing import overload

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QStyledItemDelegate,
    QTreeView,
)

from heelcoach.ui.journal.journal_model import JournalModel

ROW_PADDING = 10
DATE_KEYS = frozenset("0123456789-")
TYPING_PAUSE_MS = 1500  # a date typed after a pause starts afresh
RETURN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
EditTrigger = QAbstractItemView.EditTrigger
CursorAction = QAbstractItemView.CursorAction
EndEditHint = QAbstractItemDelegate.EndEditHint


def _typed(event) -> bool:
    """A key that types into a field, or ends it: the field's, not a window shortcut."""
    control = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    if event.modifiers() & control:
        return False
    return event.key() in RETURN_KEYS or (event.text().isprintable() and bool(event.text()))


class _KeepsTypedKeys(QObject):
    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and _typed(event):
            event.accept()
        return False


class _Cells(QStyledItemDelegate):
    """Rows a little taller than Qt's compact default (easier to read and to hit), and
    correction fields that keep the keys typed into them."""

    def __init__(self, parent) -> None:
        super().__init__(parent)
        self._keeps_keys = _KeepsTypedKeys(self)

    def sizeHint(self, option, index):
        size = super().sizeHint(option, index)
        size.setHeight(size.height() + ROW_PADDING)
        return size

    def createEditor(self, parent, option, index):
        editor = super().createEditor(parent, option, index)
        editor.installEventFilter(self._keeps_keys)
        return editor


class HistoryTree(QTreeView):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._tabbing = False  # a correction closing on Tab or Shift+Tab
        self._date_typed = ""
        self._typing_pause = QTimer(self)
        self._typing_pause.setSingleShot(True)
        self._typing_pause.setInterval(TYPING_PAUSE_MS)
        self._typing_pause.timeout.connect(lambda: setattr(self, "_date_typed", ""))
        self.setUniformRowHeights(True)  # years of days: no row measured twice
        self.setItemDelegate(_Cells(self))
        self.setAlternatingRowColors(True)
        self.setAllColumnsShowFocus(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(EditTrigger.DoubleClicked | EditTrigger.EditKeyPressed)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and event.key() in RETURN_KEYS:
            event.accept()  # Enter corrects the chosen entry: not the window's "last rep"
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        editing = self.state() == QAbstractItemView.State.EditingState
        if event.key() in RETURN_KEYS and not editing:
            self._enter(self.currentIndex())
            return
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if plain and not editing and event.text() and event.text() in DATE_KEYS:
            self._go_to_date(event.text())
            return
        self._date_typed = ""
        super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:
        self._date_typed = ""  # back from a correction, another page: a new date
        super().focusInEvent(event)

    def _go_to_date(self, key: str) -> None:
        """A digit or a dash of a date being typed, year first: to the newest day it fits."""
        self._date_typed += key
        self._typing_pause.start()
        day = self._days().day_near(self._date_typed)
        if day.isValid():
            self.setCurrentIndex(day)
            self.scrollTo(day)

    def _enter(self, index: QModelIndex) -> None:
        """Enter on a day opens or closes it; on an entry, corrects its main value."""
        if index.isValid() and not index.parent().isValid():
            day = index.siblingAtColumn(0)
            self.setExpanded(day, not self.isExpanded(day))
        elif index.isValid():
            self.edit(index, EditTrigger.EditKeyPressed, None)

    def _days(self) -> JournalModel:
        """The tree's model: the journal's days, as the history page sets it."""
        model = self.model()
        assert isinstance(model, JournalModel)
        return model

    @overload
    def edit(self, index: QModelIndex | QPersistentModelIndex) -> None: ...
    @overload
    def edit(
        self, index: QModelIndex | QPersistentModelIndex, trigger: EditTrigger, event: QEvent | None
    ) -> bool: ...
    def edit(
        self,
        index: QModelIndex | QPersistentModelIndex,
        trigger: EditTrigger | None = None,
        event: QEvent | None = None,
    ) -> bool | None:  # also Qt's edit(index)
        if trigger is None:
            super().edit(index)
            return None
        if trigger == EditTrigger.EditKeyPressed:  # the keys correct what the row is about
            assert isinstance(index, QModelIndex)  # as Qt's views and _enter give it
            main = self._days().main_value(index)
            if not main.isValid():
                return False
            self.setCurrentIndex(main)
            index = main
        # Qt takes a null event (QEvent *), which PySide6's stubs do not allow for.
        return super().edit(index, trigger, event)  # type: ignore[arg-type]

    def closeEditor(self, editor, hint) -> None:
        self._tabbing = hint in (EndEditHint.EditNextItem, EndEditHint.EditPreviousItem)
        try:
            super().closeEditor(editor, hint)
        finally:
            self._tabbing = False

    def moveCursor(self, action, modifiers) -> QModelIndex:
        """While correcting, Tab and Shift+Tab go to the row's next and previous values."""
        step = {CursorAction.MoveNext: 1, CursorAction.MovePrevious: -1}.get(action)
        if step is None or not self._tabbing:
            return super().moveCursor(action, modifiers)
        current = self.currentIndex()
        column = current.column() + step
        while 0 <= column < self.model().columnCount():
            cell = current.siblingAtColumn(column)
            if cell.flags() & Qt.ItemFlag.ItemIsEditable:
                return cell
            column += step
        return QModelIndex()
