"""The journal as a table for the history view: newest first, a row per entry.

Rows are built once from the journal (a list of references, cheap for years of sets);
Qt asks for the cells it shows. Edits go through the journal's checks: a refused edit
changes nothing and says why.
"""

from __future__ import annotations

from typing import Any

from heelcoach.journal.entries import CHECK_INS, SESSIONS, SETS, InvalidEntryError
from heelcoach.journal.journal import Journal

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal

DATE, TIME, WHAT, REPS, LOAD, PAIN, NOTE = range(7)
EDITABLE = {REPS, LOAD, PAIN, NOTE}
PAIN_FIELD = {SETS: "pain", SESSIONS: "pain_after", CHECK_INS: "first_steps_pain"}


class JournalModel(QAbstractTableModel):
    refused = Signal(str)  # an edit the journal refused, and why

    def __init__(self, journal: Journal, parent=None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._rows: list[tuple[str, dict]] = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        rows = [(table, entry) for table in (SETS, SESSIONS, CHECK_INS)
                for entry in self._journal.entries(table)]  # fmt: skip
        rows.sort(key=lambda row: _when(*row), reverse=True)
        self._rows = rows
        self.endResetModel()

    def entry_at(self, row: int) -> tuple[str, dict]:
        return self._rows[row]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else NOTE + 1

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.tr_header(section)

    @staticmethod
    def tr_header(section: int) -> str:
        translate = QCoreApplication.translate
        names = (
            translate("JournalModel", "Date"),
            translate("JournalModel", "Time"),
            translate("JournalModel", "Entry"),
            translate("JournalModel", "Reps"),
            translate("JournalModel", "Weight (kg)"),
            translate("JournalModel", "Pain (0-10)"),
            translate("JournalModel", "Note"),
        )
        return names[section]

    def flags(self, index: QModelIndex):
        flags = super().flags(index)
        table, _ = self._rows[index.row()]
        if index.column() in EDITABLE and (index.column() in (PAIN, NOTE) or table == SETS):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        table, entry = self._rows[index.row()]
        column = index.column()
        when = _when(table, entry)
        if column == DATE:
            return when[:10]
        if column == TIME:
            return "" if table == CHECK_INS else when[11:16]
        if column == WHAT:
            return _describe(table, entry)
        if column == REPS:
            if table != SETS:
                return None
            if role == Qt.ItemDataRole.EditRole:
                return entry.get("reps")
            return f"{entry.get('reps')} / {entry.get('target_reps')}"
        if column == LOAD:
            return entry.get("load_kg") if table == SETS else None
        if column == PAIN:
            return entry.get(PAIN_FIELD[table])
        return entry.get("note", "")

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole:
            return False
        table, entry = self._rows[index.row()]
        field = {REPS: "reps", LOAD: "load_kg", PAIN: PAIN_FIELD[table], NOTE: "note"}[
            index.column()
        ]
        try:
            self._journal.update(table, entry.doc_id, **{field: _parse(field, value)})
        except (InvalidEntryError, OSError) as error:
            self.refused.emit(str(error))
            return False
        self._rows[index.row()] = (table, self._journal.entry(table, entry.doc_id))
        self.dataChanged.emit(index, index)
        return True


def _when(table: str, entry: dict) -> str:
    # A check-in is about the morning: it sorts before the day's sets.
    return entry.get("date", "") + "T00:00" if table == CHECK_INS else entry.get("at", "")


def _describe(table: str, entry: dict) -> str:
    translate = QCoreApplication.translate
    if table == CHECK_INS:
        text = translate("JournalModel", "Morning check-in (first steps)")
        if entry.get("worse_after_training"):
            worse = translate("JournalModel", "worse after training")
            text = f"{text}, {worse}"
        return text
    if table == SESSIONS:
        return translate("JournalModel", "Session done (pain after it)")
    legs = {
        "left": translate("JournalModel", "left leg"),
        "right": translate("JournalModel", "right leg"),
        "both": translate("JournalModel", "both legs"),
    }
    return translate("JournalModel", "Set, %1").replace("%1", legs.get(entry.get("leg"), "?"))


def _parse(field: str, value: Any) -> Any:
    """A value typed into a cell, as the journal stores it; left as is if it is not one."""
    if field == "note" or not isinstance(value, str):
        return value
    text = value.strip().replace(",", ".")
    if text == "":
        return None
    try:
        number = float(text)
    except ValueError:
        return value
    return number if field == "load_kg" else (int(number) if number.is_integer() else number)
