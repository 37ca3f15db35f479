"""The history corrected from the keyboard, through the window: Enter or F2 on an entry
corrects what it is about, Tab goes on to its next value, a double-click any value."""

from datetime import date, timedelta

import orjson
from faults import FullDisk
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView
from test_history import entry_index, fill_journal, open_history
from test_journal_faults import journal_notice

from heelcoach.journal.entries import CHECK_INS, SETS
from heelcoach.system.paths import data_dir
from heelcoach.ui.journal.journal_model import NOTE, PAIN


def on_disk(journal, table):
    """The entries of `table` as journal.json holds them, oldest first."""
    stored = orjson.loads(journal.path.read_bytes())[table].values()
    return sorted(stored, key=lambda entry: entry.get("at") or entry["date"])


def type_text(coach, text):
    for char in text:
        coach.qtbot.keyClicks(coach.window.focusWidget(), char)


def save_with(coach, key=Qt.Key.Key_Return):
    """Enter in a correction: it is saved as the editor closes, just after the key."""
    coach.press(key)
    tree = coach.window.views.history_page.tree
    coach.qtbot.waitUntil(lambda: tree.state() != QAbstractItemView.State.EditingState)


def test_enter_on_a_set_corrects_its_pain_and_enter_again_saves_it(coach):
    journal = fill_journal(coach)
    open_history(coach)
    page = coach.window.views.history_page
    coach.press(Qt.Key.Key_Down)  # from the check-in to the day before
    coach.press(Qt.Key.Key_Right)  # opened
    coach.press(Qt.Key.Key_Down)  # its session
    coach.press(Qt.Key.Key_Down)  # its first set: pain 4
    coach.press(Qt.Key.Key_Return)
    assert page.tree.state() == QAbstractItemView.State.EditingState
    assert page.tree.currentIndex() == entry_index(coach, 1, 1, PAIN)
    type_text(coach, "7")
    save_with(coach)
    assert [entry["pain"] for entry in on_disk(journal, SETS)] == [7, 2]
    assert coach.window.pages.currentWidget() is page


def test_f2_on_a_check_in_corrects_the_first_step_pain(coach):
    journal = fill_journal(coach)
    open_history(coach)  # the check-in is chosen
    coach.press(Qt.Key.Key_F2)
    type_text(coach, "3")
    save_with(coach, Qt.Key.Key_Enter)
    assert on_disk(journal, CHECK_INS)[0]["first_steps_pain"] == 3


def test_tab_goes_on_to_the_note_and_every_letter_typed_stays_in_it(coach):
    journal = fill_journal(coach)
    open_history(coach)
    page = coach.window.views.history_page
    page.tree.expand(page.model.index(1, 0))
    page.tree.setCurrentIndex(entry_index(coach, 1, 2))  # the second set
    coach.press(Qt.Key.Key_Return)
    coach.press(Qt.Key.Key_Tab)  # its pain as it was, then the note
    assert page.tree.currentIndex() == entry_index(coach, 1, 2, NOTE)
    type_text(coach, "felt fine, mild + new")  # F, L, M, N, Space and + are shortcuts
    save_with(coach)
    assert [entry["note"] for entry in on_disk(journal, SETS)] == ["", "felt fine, mild + new"]
    assert [entry["pain"] for entry in on_disk(journal, SETS)] == [4, 2]


def test_a_double_click_still_corrects_the_value_clicked(coach):
    journal = fill_journal(coach)
    open_history(coach)
    page = coach.window.views.history_page
    note = entry_index(coach, 0, 0, NOTE)
    middle = page.tree.visualRect(note).center()
    for click in (coach.qtbot.mouseClick, coach.qtbot.mouseDClick):  # as a hand clicks
        click(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=middle)
    assert page.tree.currentIndex() == note
    type_text(coach, "slept badly")
    save_with(coach)
    assert on_disk(journal, CHECK_INS)[0]["note"] == "slept badly"


def test_enter_on_a_day_opens_and_closes_it_and_a_stretch_has_nothing_to_correct(coach):
    fill_journal(coach)
    coach.window.journal.add_stretch(at="2026-11-24T08:02:00", exercise="calf_stretch",
                                     leg="left", target=3, done=3, hold_s=30)  # fmt: skip
    open_history(coach)
    page = coach.window.views.history_page
    day = page.model.index(1, 0)
    page.tree.setCurrentIndex(day)
    coach.press(Qt.Key.Key_Return)
    assert page.tree.isExpanded(day)
    coach.press(Qt.Key.Key_Enter)
    assert not page.tree.isExpanded(day)
    page.tree.setCurrentIndex(entry_index(coach, 0, 1))  # the stretch, after the check-in
    coach.press(Qt.Key.Key_Return)
    assert page.tree.state() != QAbstractItemView.State.EditingState


def correct_first_set_pain(coach, pain):
    """Enter on the older day's first set, the pain typed, Enter."""
    page = coach.window.views.history_page
    page.tree.expand(page.model.index(1, 0))
    page.tree.setCurrentIndex(entry_index(coach, 1, 1))
    coach.press(Qt.Key.Key_Return)
    type_text(coach, str(pain))
    save_with(coach)


def test_ctrl_z_undoes_corrections_and_deletions_newest_first(coach):
    journal = fill_journal(coach)
    open_history(coach)
    page = coach.window.views.history_page
    versions = [on_disk(journal, SETS)[0]["revs"]]
    correct_first_set_pain(coach, 7)
    versions.append(on_disk(journal, SETS)[0]["revs"])
    assert page.message.text() == "Corrected. Undo (Ctrl+Z) puts the old value back."
    assert page.undo_button.isEnabled()
    page.tree.setCurrentIndex(entry_index(coach, 1, 2))  # the other set
    coach.press(Qt.Key.Key_Delete)
    assert [entry["leg"] for entry in on_disk(journal, SETS)] == ["left"]

    coach.press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the deletion first
    assert page.message.text() == "The entry is back."
    assert [(entry["leg"], entry["pain"]) for entry in on_disk(journal, SETS)] == [
        ("left", 7), ("right", 2)]  # fmt: skip
    coach.press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # then the correction
    assert page.message.text() == "Undone: Pain (0-10) is 4 again."
    assert [entry["pain"] for entry in on_disk(journal, SETS)] == [4, 2]
    assert page.model.data(entry_index(coach, 1, 1, PAIN), Qt.ItemDataRole.EditRole) == 4
    assert not page.undo_button.isEnabled()  # nothing more to undo
    versions.append(on_disk(journal, SETS)[0]["revs"])
    assert len(set(map(tuple, versions))) == 3  # each change a version: a synced copy follows


def test_an_undo_the_disk_refuses_is_said_and_ctrl_z_tries_again(coach, monkeypatch):
    journal = fill_journal(coach)
    open_history(coach)
    correct_first_set_pain(coach, 7)
    disk = FullDisk(monkeypatch, data_dir())
    coach.press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert journal_notice(coach).startswith("Could not save to the journal: the disk is full")
    assert [entry["pain"] for entry in on_disk(journal, SETS)] == [7, 2]
    disk.space_freed()
    coach.press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [entry["pain"] for entry in on_disk(journal, SETS)] == [4, 2]


def test_the_page_says_a_typed_date_goes_to_its_day_and_it_does(coach):
    journal = coach.window.journal
    data = journal.data()
    first = date(2026, 11, 24)
    data["check_ins"] = {str(number): {"date": (first - timedelta(days=2 * number)).isoformat(),
                                       "first_steps_pain": number % 10}
                         for number in range(400)}  # every other day, back to 2024  # fmt: skip
    journal.replace_all(data)
    open_history(coach)
    page = coach.window.views.history_page
    assert page.hint.isVisible()
    assert page.hint.text().startswith("Type a date, year first (2026-03 or 2026-03-14)")
    model = page.model
    shown = model.rowCount()
    type_text(coach, "2024-10-01")  # a day with a check-in, beyond the days shown at first
    assert model.data(page.tree.currentIndex())[:10] == "2024-10-01"
    assert model.rowCount() > shown
    coach.press(Qt.Key.Key_Up)  # any other key, and the next date starts afresh
    type_text(coach, "2026-03")  # a month: its newest day
    assert model.data(page.tree.currentIndex())[:10] == "2026-03-31"
    coach.press(Qt.Key.Key_Down)
    type_text(coach, "2026-03-30")  # nothing that day: the day before it
    assert model.data(page.tree.currentIndex())[:10] == "2026-03-29"
    coach.press(Qt.Key.Key_Return)  # and Enter opens it, on its check-in
    assert page.tree.isExpanded(page.tree.currentIndex())
