"""Restore a backup…: the daily backups by their day, or another file; what the backup holds
against the journal now, asked before anything is replaced; where the old journal went."""

from pathlib import Path

import orjson
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from heelcoach.journal.exchange import write_backup
from heelcoach.ui.journal.backup_choice import BackupChoice


def record_two_days(journal):
    journal.add_set(at="2026-11-20T18:00:00", leg="left", target_reps=12, reps=12, pain=4)
    journal.add_set(at="2026-11-20T18:05:00", leg="right", target_reps=12, reps=11, pain=2)
    journal.add_session(at="2026-11-20T18:10:00", pain_after=3)
    journal.add_check_in(date="2026-11-21", first_steps_pain=5)


def keep_daily(journal, data_folder, day):
    """The journal as it is now, kept as the daily backup of `day` (as the app keeps it)."""
    write_backup(journal, data_folder / "backups" / f"journal-{day}.json")


def press_restore(coach):
    coach.press(Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    page = coach.window.views.history_page
    page.restore_button.setFocus()
    coach.press(Qt.Key.Key_Space)
    return open_dialog(coach)


def open_dialog(coach):
    coach.qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    dialog = QApplication.activeModalWidget()
    coach.qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def key(coach, key, modifier=Qt.KeyboardModifier.NoModifier):
    coach.qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def listed(dialog):
    return [dialog.list.item(row).text() for row in range(dialog.list.count())]


def closed(coach):
    coach.qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)


@pytest.fixture
def journal_with_backup(coach, data_folder):
    """Two days recorded and kept as the backup of Monday 23 November; then a third day."""
    journal = coach.window.journal
    journal.back_up_today()  # as the app does just after it opens (its folder made)
    record_two_days(journal)
    keep_daily(journal, data_folder, "2026-11-23")
    keep_daily(journal, data_folder, "2026-11-19")
    (data_folder / "backups" / "journal-2026-11-19.json").write_bytes(b"{}")  # damaged
    journal.add_set(at="2026-11-24T18:00:00", leg="left", target_reps=12, reps=12, pain=1)
    journal.add_check_in(date="2026-11-25", first_steps_pain=2)
    return journal


def test_restore_offers_the_daily_backups_by_day_newest_first_then_another_file(
    coach, journal_with_backup
):
    dialog = press_restore(coach)
    assert isinstance(dialog, BackupChoice)
    assert listed(dialog) == [
        "Wednesday 25 November 2026",  # kept as the journal opened today
        "Monday 23 November 2026",
        "Thursday 19 November 2026",
        "Another file…",
    ]
    assert QApplication.focusWidget() is dialog.list and dialog.list.currentRow() == 0
    key(coach, Qt.Key.Key_Escape)
    closed(coach)
    assert coach.window.views.history_page.message.text() == ""


def test_the_backup_is_shown_against_the_journal_and_replaces_it_only_on_a_yes(
    coach, journal_with_backup, data_folder
):
    journal = journal_with_backup
    before = journal.data()
    backup = orjson.loads((data_folder / "backups" / "journal-2026-11-23.json").read_bytes())
    press_restore(coach)
    key(coach, Qt.Key.Key_Down)  # Monday 23 November
    key(coach, Qt.Key.Key_Return)
    question = open_dialog(coach)
    assert isinstance(question, QMessageBox)
    assert question.text() == "Replace your journal with the backup of Monday 23 November 2026?"
    table = question.informativeText()
    for row in (
        "<td>Days</td><td>20 Nov 2026 to 21 Nov 2026</td><td>20 Nov 2026 to 25 Nov 2026</td>",
        "<td>Heel-raise sets</td><td>2</td><td>3</td>",
        "<td>Heel-raise sessions</td><td>1</td><td>1</td>",
        "<td>Morning check-ins</td><td>1</td><td>2</td>",
    ):
        assert row in table
    assert "Walk/runs" not in table  # neither has any
    assert question.defaultButton() is question.button(QMessageBox.StandardButton.Cancel)

    key(coach, Qt.Key.Key_Return)  # the default: Cancel
    closed(coach)
    assert journal.data() == before
    press_restore(coach)
    key(coach, Qt.Key.Key_Down)
    key(coach, Qt.Key.Key_Return)
    open_dialog(coach)
    key(coach, Qt.Key.Key_Escape)
    closed(coach)
    assert journal.data() == before
    assert not list((data_folder / "backups").glob("before-restore-*"))

    press_restore(coach)
    key(coach, Qt.Key.Key_Down)
    key(coach, Qt.Key.Key_Return)
    open_dialog(coach)
    key(coach, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # Replace my journal
    closed(coach)
    assert journal.data() == backup
    kept = data_folder / "backups" / "before-restore-20261125-180000.json"
    assert orjson.loads(kept.read_bytes()) == before  # the journal it replaced, whole
    page = coach.window.views.history_page
    kept_in = f"Your journal as it was is kept in {kept}."
    assert page.message.text() == f"Restored the backup of Monday 23 November 2026. {kept_in}"
    assert page.model.rowCount() == 2  # the two days of the backup


def test_a_backup_that_cannot_be_read_says_so_and_changes_nothing(
    coach, journal_with_backup, data_folder
):
    before = journal_with_backup.data()
    press_restore(coach)
    for _ in range(2):
        key(coach, Qt.Key.Key_Down)  # Thursday 19 November, damaged
    key(coach, Qt.Key.Key_Return)
    closed(coach)
    assert coach.window.views.history_page.message.text() == (
        "That backup was not restored, and nothing changed: the file is not a HeelCoach backup"
    )
    assert journal_with_backup.data() == before
    assert not list((data_folder / "backups").glob("before-restore-*"))


def test_another_file_is_chosen_in_the_file_dialog(coach, journal_with_backup, tmp_path,
                                                   monkeypatch):  # fmt: skip
    journal = journal_with_backup
    write_backup(journal, tmp_path / "my backup.json")
    journal.add_check_in(date="2026-11-22", first_steps_pain=4)
    asked = []

    def open_file(_parent, _caption, folder, _filter):
        asked.append(folder)
        return str(tmp_path / "my backup.json"), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", open_file)
    press_restore(coach)
    key(coach, Qt.Key.Key_End)  # Another file…
    key(coach, Qt.Key.Key_Return)
    question = open_dialog(coach)
    assert asked == [str(Path.home())]
    assert question.text() == "Replace your journal with the file my backup.json?"
    assert "<td>Morning check-ins</td><td>2</td><td>3</td>" in question.informativeText()
    key(coach, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    closed(coach)
    assert [c["date"] for c in journal.entries("check_ins")] == ["2026-11-21", "2026-11-25"]
