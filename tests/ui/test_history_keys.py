"""The history corrected from the keyboard, through the window: Enter or F2 on an entry
corrects what it is about, Tab goes on to its next value, a double-click any value."""

import orjson
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView
from test_history import entry_index, fill_journal, open_history

from heelcoach.journal.entries import CHECK_INS, SETS
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
