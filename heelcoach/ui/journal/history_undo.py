"""What Ctrl+Z undoes in the history, newest first: the corrections and the deletions made
there. A deletion comes back from the journal's trash, which outlives a restart (and so
undoes deletions of an earlier run once this one's changes are undone); a correction is
remembered while the window is open."""

from __future__ import annotations

from typing import Any, NamedTuple


class Correction(NamedTuple):
    table: str
    doc_id: int
    field: str
    column: int  # where the history shows it
    before: Any  # the value it had


class Deletion(NamedTuple):
    table: str
    doc_id: int


Change = Correction | Deletion


class HistoryUndo:
    def __init__(self) -> None:
        self._done: list[Change] = []

    def did(self, change: Change) -> None:
        self._done.append(change)

    def forget(self) -> None:
        """The journal was replaced (a restore): these changes were to another one."""
        self._done.clear()

    def can_undo(self, in_trash: bool) -> bool:
        return bool(self._done) or in_trash

    def take(self) -> Change | None:
        """The newest change, to be undone; None: the newest deletion in the trash."""
        return self._done.pop() if self._done else None

    def put_back(self, change: Change | None) -> None:
        """Undoing `change` failed: it is the next to undo again."""
        if change is not None:
            self._done.append(change)

    def moved(self, table: str, old_id: int, new_id: int) -> None:
        """An entry came back from the trash under another id: its corrections follow it."""
        self._done = [change._replace(doc_id=new_id)
                      if (change.table, change.doc_id) == (table, old_id) else change
                      for change in self._done]  # fmt: skip
