"""The history view: every entry listed, corrected in place, deleted with undo, exported."""

from heelcoach.journal.entries import SETS

import orjson
from PySide6.QtCore import Qt

from heelcoach.ui.journal_model import DATE, NOTE, PAIN, REPS, WHAT


def fill_journal(coach):
    journal = coach.window.journal
    journal.add_set(at="2026-11-23T18:00:00", leg="left", target_reps=12, reps=12, pain=4)
    journal.add_set(at="2026-11-23T18:05:00", leg="right", target_reps=12, reps=11, pain=2)
    journal.add_check_in(date="2026-11-24", first_steps_pain=5, worse_after_training=True)
    journal.add_session(at="2026-11-23T18:10:00", pain_after=3)
    return journal


def cell(coach, row, column):
    model = coach.window.views.history_page.model
    return model.data(model.index(row, column))


def open_history(coach):
    coach.press(Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert coach.window.pages.currentWidget() is coach.window.views.history_page


def test_the_history_lists_every_entry_newest_first(coach):
    fill_journal(coach)
    open_history(coach)
    model = coach.window.views.history_page.model
    assert model.rowCount() == 4
    rows = [(cell(coach, row, DATE), cell(coach, row, WHAT), cell(coach, row, PAIN))
            for row in range(4)]  # fmt: skip
    assert rows == [
        ("2026-11-24", "Morning check-in (first steps), worse after training", 5),
        ("2026-11-23", "Session done (pain after it)", 3),
        ("2026-11-23", "Set, right leg", 2),
        ("2026-11-23", "Set, left leg", 4),
    ]
    assert cell(coach, 2, REPS) == "11 / 12"
    coach.press(Qt.Key.Key_Escape)
    assert coach.window.pages.currentWidget() is coach.window.today


def test_a_correction_is_saved_and_a_bad_one_is_refused_with_a_reason(coach):
    journal = fill_journal(coach)
    open_history(coach)
    model = coach.window.views.history_page.model
    assert model.setData(model.index(3, PAIN), "6")
    assert model.setData(model.index(3, NOTE), "stiff morning")
    entry = journal.entries(SETS)[0]
    assert (entry["pain"], entry["note"]) == (6, "stiff morning")
    assert not model.setData(model.index(3, REPS), "-4")
    assert coach.window.views.history_page.message.text() == "reps must be from 0 to 100, not -4"
    assert journal.entries(SETS)[0]["reps"] == 12
    assert not model.flags(model.index(0, REPS)) & Qt.ItemFlag.ItemIsEditable  # a check-in


def test_delete_then_undo_brings_the_entry_back(coach):
    journal = fill_journal(coach)
    open_history(coach)
    page = coach.window.views.history_page
    page.table.selectRow(2)
    coach.press(Qt.Key.Key_Delete)
    assert page.model.rowCount() == 3
    assert [entry["leg"] for entry in journal.entries(SETS)] == ["left"]
    assert page.message.text() == "Deleted. Undo (Ctrl+Z) brings it back."
    coach.press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.model.rowCount() == 4
    assert [entry["leg"] for entry in journal.entries(SETS)] == ["left", "right"]


def test_export_backup_and_restore_from_the_history(coach, tmp_path):
    journal = fill_journal(coach)
    open_history(coach)
    coach.window.views.export_csv_to(tmp_path / "journal.csv")
    assert len((tmp_path / "journal.csv").read_text().splitlines()) == 5  # header + 4
    coach.window.views.back_up_to(tmp_path / "backup.json")
    saved = journal.data()
    journal.add_set(at="2026-11-25T08:00:00", leg="left", target_reps=12, reps=12)
    coach.window.views.restore_from(tmp_path / "backup.json")
    assert journal.data() == saved
    assert coach.window.views.history_page.model.rowCount() == 4
    (tmp_path / "bad.json").write_bytes(orjson.dumps({"meta": {}, "sets": {"1": {"pain": 99}}}))
    coach.window.views.restore_from(tmp_path / "bad.json")
    assert coach.window.views.history_page.message.text().startswith(
        "That backup was not restored, and nothing changed: sets entry 1: missing: at"
    )
    assert journal.data() == saved


def test_a_new_user_sees_an_empty_history_that_says_what_will_come(coach):
    open_history(coach)
    assert coach.window.views.history_page.model.rowCount() == 0
    assert coach.window.views.history_page.message.text().startswith("Nothing here yet")
