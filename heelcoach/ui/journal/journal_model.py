"""The journal for the history view: a row per day, newest first, its entries under it.

A day's row sums the day up (first-step pain, the sets and their highest pain, the pain
after the session, the notes, the day's highest pain in its zone's colour and word); under
it come the check-in, the sets and the session in the order of the day. Rows are built
once from the journal (references, cheap for years of sets) and each day's summary when
Qt first shows it. Edits go through the journal's checks: a refused edit changes nothing
and says why (`write` says it).
"""

from __future__ import annotations

from collections.abc import Callable
from operator import itemgetter
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from heelcoach.journal.entries import CHECK_INS, RUNS, SESSIONS, SETS, STRETCHES
from heelcoach.journal.journal import Journal
from heelcoach.ui.journal.day_summary import (
    DATE,
    LOAD,
    NOTE,
    PAIN,
    PAIN_FIELD,
    REPS,
    TIME,
    WHAT,
    pain_in_words,
    summarise,
    zone_colour,
)
from heelcoach.ui.journal.entry_words import describe
from heelcoach.ui.journal.history_undo import Correction
from heelcoach.words.plain import number

EDITABLE = {  # what a double-click corrects, by table
    SETS: {REPS, LOAD, PAIN, NOTE},
    SESSIONS: {PAIN, NOTE},
    CHECK_INS: {PAIN, NOTE},
    RUNS: {PAIN, NOTE},
    STRETCHES: set(),
}
MAIN_VALUE = {SETS: PAIN, SESSIONS: PAIN, CHECK_INS: PAIN, RUNS: PAIN}  # what Enter corrects
DAYS_PER_FETCH = 120
DAY_ROW = 0
"""The internal id of a day's row; an entry's is its day's row + 1."""
NO_FLAGS = Qt.ItemFlag.NoItemFlags
DAY_FLAGS = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
ENTRY_FLAGS = DAY_FLAGS | Qt.ItemFlag.ItemNeverHasChildren
EDITABLE_FLAGS = ENTRY_FLAGS | Qt.ItemFlag.ItemIsEditable

Write = Callable[[Callable[[], object]], object]
Entry = tuple[str, int, dict]  # (table, id, entry): the entry as stored, never changed here


class JournalModel(QAbstractItemModel):
    corrected = Signal(object)  # a Correction, written

    def __init__(self, journal: Journal, write: Write, parent=None) -> None:
        """`write` runs a change to the journal: what it returned, or None if it failed
        (the failure is said)."""
        super().__init__(parent)
        self._journal = journal
        self._write = write
        self._rows: list[tuple[str, str, int, dict]] = []  # (when, table, id, entry), newest first
        self._grouped = 0  # how many of them are sorted into days so far
        self._days: list[tuple[str, list[Entry]]] = []
        self._shown = 0  # how many of the days (newest first) the view has been given
        self._summaries: dict[int, dict[int, Any]] = {}
        self._day_font = QFont()
        self._day_font.setBold(True)

    def reload(self) -> None:
        """Read the journal (the model is empty until then)."""
        self.beginResetModel()
        stored = self._journal.stored_with_ids
        # _when() written out for sets and sessions: a call each costs ~5 ms on five years.
        rows = [(entry.get("at", ""), table, doc_id, entry)
                for table in (SESSIONS, SETS, STRETCHES, RUNS)
                for doc_id, entry in stored(table)]  # fmt: skip
        # Sorting keeps the order of equal times: a session ends in the second its last set
        # does, and of the two (newest first here) the session comes first, the set after.
        rows += [(_when(CHECK_INS, entry), CHECK_INS, doc_id, entry)
                 for doc_id, entry in stored(CHECK_INS)]  # fmt: skip
        rows.sort(key=itemgetter(0), reverse=True)
        self._rows = rows
        self._grouped = 0
        self._days = []
        self._summaries = {}
        self._group_days(DAYS_PER_FETCH)
        self._shown = len(self._days)
        self.endResetModel()

    # The view asks for more days as it scrolls down to the last one shown: opening the
    # history costs the days on screen, not the years in the journal.
    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid():
            return False
        return self._shown < len(self._days) or self._grouped < len(self._rows)

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        self._show_days(self._shown + DAYS_PER_FETCH)

    def _group_days(self, wanted: int) -> None:
        """Sort the entries (newest first) into days until `wanted` days are known."""
        rows, at, days = self._rows, self._grouped, self._days
        while at < len(rows) and len(days) < wanted:
            day = rows[at][0][:10]
            end = at + 1
            while end < len(rows) and rows[end][0].startswith(day):
                end += 1
            in_order = [(table, doc_id, entry)  # the day's own entries, oldest first
                        for _, table, doc_id, entry in reversed(rows[at:end])]  # fmt: skip
            days.append((day, _sessions_first(in_order)))
            at = end
        self._grouped = at

    def _show_days(self, count: int) -> None:
        self._group_days(count)
        count = min(count, len(self._days))
        if count > self._shown:
            self.beginInsertRows(QModelIndex(), self._shown, count - 1)
            self._shown = count
            self.endInsertRows()

    # where things are -----------------------------------------------------------------
    def day_index(self, day: str) -> QModelIndex:
        """The row of `day` (YYYY-MM-DD), or an invalid index if nothing was recorded then."""
        while self._grouped < len(self._rows) and (not self._days or self._days[-1][0] > day):
            self._group_days(len(self._days) + DAYS_PER_FETCH)
        for row, (date, _entries) in enumerate(self._days):
            if date == day:
                self._show_days(row + 1)
                return self.index(row, 0)
        return QModelIndex()

    def day_near(self, typed: str) -> QModelIndex:
        """The newest day whose date begins with `typed` (2026, 2026-03, 2026-03-14); for a
        whole date with nothing recorded, the nearest day before it. Else an invalid index."""
        while self._grouped < len(self._rows) and (not self._days or self._days[-1][0] >= typed):
            self._group_days(len(self._days) + DAYS_PER_FETCH)
        for row, (date, _entries) in enumerate(self._days):
            if date.startswith(typed) or (len(typed) == len(date) and date < typed):
                self._show_days(row + 1)
                return self.index(row, 0)
        return QModelIndex()

    def day_of(self, index: QModelIndex) -> str | None:
        if not index.isValid():
            return None
        row = index.row() if index.internalId() == DAY_ROW else index.internalId() - 1
        return self._days[row][0]

    def entry_at(self, index: QModelIndex | QPersistentModelIndex) -> Entry | None:
        """The (table, id, entry) at `index`; None on a day's row."""
        if not index.isValid() or index.internalId() == DAY_ROW:
            return None
        return self._days[index.internalId() - 1][1][index.row()]

    def main_value(self, index: QModelIndex) -> QModelIndex:
        """The cell of what the entry at `index` is about (its pain), to be corrected; an
        invalid index on a day's row or an entry with nothing to correct (a stretch)."""
        found = self.entry_at(index)
        if found is None or found[0] not in MAIN_VALUE:
            return QModelIndex()
        return index.siblingAtColumn(MAIN_VALUE[found[0]])

    # Qt's model interface -------------------------------------------------------------
    # Qt asks for these for every day in the journal whenever the view lays itself out:
    # kept to plain arithmetic, no calls back into Qt.
    def index(self, row: int, column: int, parent=QModelIndex()) -> QModelIndex:  # noqa: B008
        if not 0 <= column <= NOTE or row < 0:
            return QModelIndex()
        if not parent.isValid():
            if row >= self._shown:
                return QModelIndex()
            return self.createIndex(row, column, DAY_ROW)
        if parent.internalId() != DAY_ROW or row >= len(self._days[parent.row()][1]):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: QModelIndex) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == DAY_ROW:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, DAY_ROW)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        if not parent.isValid():
            return self._shown
        if parent.internalId() == DAY_ROW and parent.column() == 0:
            return len(self._days[parent.row()][1])
        return 0

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return NOTE + 1

    def hasChildren(self, parent=QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() or (parent.internalId() == DAY_ROW and parent.column() == 0)

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

    def flags(self, index: QModelIndex | QPersistentModelIndex):
        if not index.isValid():
            return NO_FLAGS
        if index.internalId() == DAY_ROW:
            return DAY_FLAGS
        table = self._days[index.internalId() - 1][1][index.row()][0]
        if index.column() in EDITABLE[table]:
            return EDITABLE_FLAGS
        return ENTRY_FLAGS

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == DAY_ROW:
            if role == Qt.ItemDataRole.FontRole:
                return self._day_font if index.column() == DATE else None
            if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
                return zone_colour(self._day_summary(index.row()).get(PAIN), role)
            if role == Qt.ItemDataRole.ToolTipRole and index.column() in (WHAT, NOTE):
                role = Qt.ItemDataRole.DisplayRole
            if role != Qt.ItemDataRole.DisplayRole:
                return None
            if index.column() == PAIN:
                return pain_in_words(self._day_summary(index.row()).get(PAIN))
            return self._day_summary(index.row()).get(index.column())
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            return self._zone_colour(index, role)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (WHAT, NOTE):
            role = Qt.ItemDataRole.DisplayRole  # the whole text, however narrow the column
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        entries = self._days[index.internalId() - 1][1]
        table, _doc_id, entry = entries[index.row()]
        if table == SESSIONS and index.column() == TIME:
            return _session_span(entries, index.row())
        return _entry_cell(table, entry, index.column(), role == Qt.ItemDataRole.EditRole)

    def _zone_colour(self, index: QModelIndex | QPersistentModelIndex, role) -> QColor | None:
        """A pain cell in its zone's colours, as on the graphs."""
        if index.column() != PAIN:
            return None
        table, _doc_id, entry = self._days[index.internalId() - 1][1][index.row()]
        return zone_colour(entry.get(PAIN_FIELD.get(table, "")), role)

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value, role=Qt.ItemDataRole.EditRole
    ) -> bool:
        found = self.entry_at(index)
        if role != Qt.ItemDataRole.EditRole or found is None:
            return False
        table, doc_id, entry = found
        field = {REPS: "reps", LOAD: "load_kg", PAIN: PAIN_FIELD[table], NOTE: "note"}[
            index.column()
        ]
        value = _parse(field, value)
        before = entry.get(field)
        if value == before and type(value) is type(before):
            return True  # nothing changed: nothing to write, nothing to undo
        if self._write(lambda: self._journal.update(table, doc_id, **{field: value})) is None:
            return False
        day = index.internalId() - 1
        written = self._journal.entry(table, doc_id)
        assert written is not None  # update() refuses an entry no longer there
        self._days[day][1][index.row()] = (table, doc_id, written)
        self._summaries.pop(day, None)
        self.dataChanged.emit(index, index)
        self.dataChanged.emit(self.index(day, 0), self.index(day, NOTE))
        self.corrected.emit(Correction(table, doc_id, field, index.column(), before))
        return True

    def _day_summary(self, row: int) -> dict[int, Any]:
        if row not in self._summaries:
            date, entries = self._days[row]
            self._summaries[row] = summarise(date, entries)
        return self._summaries[row]


def _when(table: str, entry: dict) -> str:
    # A check-in is about the morning: it sorts before the day's sets.
    return entry.get("date", "") + "T00:00" if table == CHECK_INS else entry.get("at", "")


def _sessions_first(entries: list[Entry]) -> list[Entry]:
    """A session's row heads its sets: it is written when they are done, so it comes up
    from after them to before them."""
    ordered: list[Entry] = []
    sets: list[Entry] = []
    for found in entries:
        if found[0] == SETS:
            sets.append(found)
            continue
        if found[0] == SESSIONS:
            ordered.append(found)
        ordered += sets
        sets = []
        if found[0] != SESSIONS:
            ordered.append(found)
    return ordered + sets


def _session_span(entries: list[Entry], row: int) -> str:
    """A session's row heads its sets: from its first set's time to its own (its end)."""
    end = entries[row][2].get("at", "")[11:16]
    following = entries[row + 1] if row + 1 < len(entries) else None
    if following is None or following[0] != SETS:
        return end
    start = following[2].get("at", "")[11:16]
    return end if start in ("", end) else f"{start}–{end}"


def _entry_cell(table: str, entry: dict, column: int, editing: bool) -> Any:
    if column == DATE:
        return None  # the day's row says it
    if column == TIME:
        return "" if table == CHECK_INS else _when(table, entry)[11:16]
    if column == WHAT:
        return describe(table, entry)
    if column == REPS:
        if table == STRETCHES:
            return f"{entry.get('done')} / {entry.get('target')}"
        if table == RUNS:
            return f"{entry.get('cycles')} / {entry.get('planned_cycles')}"
        if table != SETS:
            return None
        if editing:
            return entry.get("reps")
        return f"{entry.get('reps')} / {entry.get('target_reps')}"
    if column == LOAD:
        if table != SETS:
            return None
        load = entry.get("load_kg")
        if editing or load is None:
            return load
        if load == 0:
            return QCoreApplication.translate("JournalModel", "body weight")
        return number(load)  # "7,5" in Danish
    if column == PAIN:
        pain = entry.get(PAIN_FIELD.get(table, ""))
        return pain if editing else pain_in_words(pain)
    return entry.get("note", "")


def _parse(field: str, value: Any) -> Any:
    """A value typed into a cell, as the journal stores it; left as is if it is not one."""
    if field == "note" or not isinstance(value, str):
        return value
    text = value.strip().replace(",", ".")
    if text == "":
        return None
    try:
        parsed = float(text)
    except ValueError:
        return value
    return parsed if field == "load_kg" else (int(parsed) if parsed.is_integer() else parsed)
