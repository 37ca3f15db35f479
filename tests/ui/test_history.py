"""The history view: days listed with their entries, corrected in place, deleted with undo,
exported."""

from datetime import date, timedelta

import orjson
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from heelcoach.coach.rules import Zone
from heelcoach.journal.entries import SETS
from heelcoach.ui.coach.zone_colours import ZONE_BACKGROUND
from heelcoach.ui.journal.journal_model import DATE, LOAD, NOTE, PAIN, REPS, TIME, WHAT


def fill_journal(coach):
    journal = coach.window.journal
    journal.add_set(at="2026-11-23T18:00:00", leg="left", target_reps=12, reps=12, pain=4)
    journal.add_set(at="2026-11-23T18:05:00", leg="right", target_reps=12, reps=11, pain=2)
    journal.add_check_in(date="2026-11-24", first_steps_pain=5, worse_after_training=True)
    journal.add_session(at="2026-11-23T18:10:00", pain_after=3)
    return journal


def cell(coach, row, column, day_row=None):
    """A day's cell, or with `day_row` the cell of entry `row` of that day."""
    model = coach.window.views.history_page.model
    if day_row is None:
        return model.data(model.index(row, column))
    return model.data(model.index(row, column, model.index(day_row, 0)))


def entry_index(coach, day_row, row, column=0):
    model = coach.window.views.history_page.model
    return model.index(row, column, model.index(day_row, 0))


def open_history(coach):
    coach.press(Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert coach.window.pages.currentWidget() is coach.window.views.history_page


def test_the_history_lists_days_newest_first_each_summed_up_over_its_entries(coach):
    fill_journal(coach)
    open_history(coach)
    page = coach.window.views.history_page
    assert page.model.rowCount() == 2
    assert [(cell(coach, 0, DATE), cell(coach, 0, WHAT)),
            (cell(coach, 1, DATE), cell(coach, 1, WHAT), cell(coach, 1, REPS))] == [
        ("2026-11-24  Tue", "First steps: 5"),
        ("2026-11-23  Mon", "Sets: 2, pain up to 4 · After: 3", "23 / 24"),
    ]  # fmt: skip
    entries = [(cell(coach, row, TIME, 1), cell(coach, row, WHAT, 1), cell(coach, row, PAIN, 1))
               for row in range(page.model.rowCount(page.model.index(1, 0)))]  # fmt: skip
    assert entries == [  # a session heads its sets; pain said with its zone
        ("18:00–18:10", "Session done (pain after it)", "3 · yellow"),
        ("18:00", "Set, left leg", "4 · yellow"),
        ("18:05", "Set, right leg", "2 · green"),
    ]
    assert cell(coach, 2, REPS, 1) == "11 / 12"
    assert cell(coach, 0, WHAT, 0) == "Morning check-in (first steps), worse after the session"
    # The newest day is open, its first entry chosen; the others open with the arrow keys.
    assert page.tree.isExpanded(page.model.index(0, 0))
    assert not page.tree.isExpanded(page.model.index(1, 0))
    assert page.tree.currentIndex() == entry_index(coach, 0, 0)
    coach.press(Qt.Key.Key_Down)
    coach.press(Qt.Key.Key_Right)
    assert page.tree.isExpanded(page.model.index(1, 0))
    coach.press(Qt.Key.Key_Escape)
    assert coach.window.pages.currentWidget() is coach.window.today


def test_a_correction_is_saved_and_a_bad_one_is_refused_with_a_reason(coach):
    journal = fill_journal(coach)
    open_history(coach)
    model = coach.window.views.history_page.model
    assert model.setData(entry_index(coach, 1, 1, PAIN), "6")
    assert model.setData(entry_index(coach, 1, 1, NOTE), "stiff morning")
    entry = journal.entries(SETS)[0]
    assert (entry["pain"], entry["note"]) == (6, "stiff morning")
    assert cell(coach, 1, WHAT) == "Sets: 2, pain up to 6 · After: 3"  # the day's line follows
    assert cell(coach, 1, NOTE) == "stiff morning"
    assert not model.setData(entry_index(coach, 1, 1, REPS), "-4")
    assert coach.window.views.history_page.message.text() == "reps must be from 0 to 100, not -4"
    assert journal.entries(SETS)[0]["reps"] == 12
    assert not model.flags(entry_index(coach, 0, 0, REPS)) & Qt.ItemFlag.ItemIsEditable  # check-in
    assert not model.flags(model.index(1, PAIN)) & Qt.ItemFlag.ItemIsEditable  # a day's row


def test_delete_then_undo_brings_the_entry_back(coach):
    journal = fill_journal(coach)
    open_history(coach)
    page = coach.window.views.history_page
    day = page.model.index(1, 0)
    page.tree.setCurrentIndex(day)
    coach.press(Qt.Key.Key_Delete)  # a day's row: nothing goes, the page says how
    assert page.message.text().startswith("Choose one entry of a day to delete")
    assert len(journal.entries(SETS)) == 2
    page.tree.expand(day)
    page.tree.setCurrentIndex(entry_index(coach, 1, 1))
    coach.press(Qt.Key.Key_Delete)
    assert [entry["leg"] for entry in journal.entries(SETS)] == ["right"]
    assert page.model.rowCount(page.model.index(1, 0)) == 2
    assert page.tree.isExpanded(page.model.index(1, 0))  # the day stays open
    assert page.tree.currentIndex() == entry_index(coach, 1, 1)  # on the next entry
    assert page.message.text() == "Deleted. Undo (Ctrl+Z) brings it back."
    coach.press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.model.rowCount(page.model.index(1, 0)) == 3
    assert [entry["leg"] for entry in journal.entries(SETS)] == ["left", "right"]


def test_export_backup_and_restore_from_the_history(coach, tmp_path):
    journal = fill_journal(coach)
    open_history(coach)
    coach.window.views.export_csv_to(tmp_path / "journal.csv")
    lines = (tmp_path / "journal.csv").read_text().splitlines()
    assert len(lines) == 6  # a header, the 4 entries, and the answer about red flags
    coach.window.views.back_up_to(tmp_path / "backup.json")
    saved = journal.data()
    journal.add_set(at="2026-11-25T08:00:00", leg="left", target_reps=12, reps=12)
    coach.window.views.restore_from(tmp_path / "backup.json")
    question = QApplication.activeModalWidget()  # asked first (tests/ui/test_restore.py)
    question.replace_button.click()
    assert journal.data() == saved
    assert coach.window.views.history_page.model.rowCount() == 2
    (tmp_path / "bad.json").write_bytes(orjson.dumps({"meta": {}, "sets": {"1": {"pain": 99}}}))
    coach.window.views.restore_from(tmp_path / "bad.json")
    assert QApplication.activeModalWidget() is None  # nothing to ask
    assert coach.window.views.history_page.message.text().startswith(
        "That backup was not restored, and nothing changed: sets entry 1: missing: at"
    )
    assert journal.data() == saved


def test_a_new_user_sees_an_empty_history_that_says_what_will_come(coach):
    open_history(coach)
    assert coach.window.views.history_page.model.rowCount() == 0
    assert coach.window.views.history_page.message.text().startswith("Nothing here yet")


def test_years_of_days_come_in_as_the_list_is_scrolled_down_to_the_oldest(coach):
    journal = coach.window.journal
    data = journal.data()
    first = date(2026, 11, 24)
    data["check_ins"] = {str(number): {"date": (first - timedelta(days=number)).isoformat(),
                                       "first_steps_pain": number % 10}
                         for number in range(1, 401)}  # fmt: skip
    journal.replace_all(data)
    open_history(coach)
    page = coach.window.views.history_page
    assert 0 < page.model.rowCount() < 400  # not every day at once
    for _ in range(20):
        coach.press(Qt.Key.Key_End)
        if page.model.rowCount() == 400:
            break
    assert page.model.rowCount() == 400
    oldest = page.model.index(399, DATE)
    assert page.model.data(oldest).startswith((first - timedelta(days=400)).isoformat())


def test_two_sessions_of_a_day_each_head_their_sets_and_body_weight_is_said(coach):
    journal = coach.window.journal
    journal.add_set(at="2026-11-23T08:00:00", leg="left", target_reps=12, reps=12, load_kg=0)
    journal.add_session(at="2026-11-23T08:10:00", pain_after=1, stopped=True)
    journal.add_set(at="2026-11-23T18:00:00", leg="left", target_reps=12, reps=12, load_kg=0,
                    note="new shoes, the left heel stiff for the first two reps")  # fmt: skip
    journal.add_session(at="2026-11-23T18:10:00", pain_after=2)
    open_history(coach)
    model = coach.window.views.history_page.model
    rows = [(cell(coach, row, TIME, 0), cell(coach, row, LOAD, 0)) for row in range(4)]
    assert rows == [("08:00–08:10", None), ("08:00", "body weight"),
                    ("18:00–18:10", None), ("18:00", "body weight")]  # fmt: skip
    assert cell(coach, 0, LOAD) == "body weight"
    assert [cell(coach, row, WHAT, 0) for row in (0, 2)] == [
        "Session stopped early (pain after it)", "Session done (pain after it)"]  # fmt: skip
    note = model.data(entry_index(coach, 0, 3, NOTE), Qt.ItemDataRole.ToolTipRole)
    assert note == "new shoes, the left heel stiff for the first two reps"


def test_a_sessions_last_set_ended_in_its_last_second_stays_under_it(coach):
    journal = coach.window.journal
    journal.add_set(at="2026-11-23T19:55:00", leg="left", target_reps=2, reps=2)
    journal.add_set(at="2026-11-23T19:58:10", leg="right", target_reps=2, reps=2)
    journal.add_session(at="2026-11-23T19:58:10", pain_after=1)  # the same second
    journal.add_set(at="2026-11-23T20:00:21", leg="left", target_reps=2, reps=1, stopped=True)
    journal.add_session(at="2026-11-23T20:00:25", pain_after=2)
    open_history(coach)
    rows = [(cell(coach, row, TIME, 0), cell(coach, row, WHAT, 0)) for row in range(5)]
    assert rows == [
        ("19:55–19:58", "Session done (pain after it)"),
        ("19:55", "Set, left leg"),
        ("19:58", "Set, right leg"),
        ("20:00", "Session done (pain after it)"),
        ("20:00", "Set, left leg, stopped early"),
    ]


def test_the_chosen_entry_is_shown_whole_below_the_list_its_note_too(coach):
    note = "new shoes; the left heel stiff for the first two reps, then fine for the rest"
    coach.window.journal.add_set(at="2026-11-23T18:00:00", leg="left", target_reps=12,
                                 reps=10, load_kg=5, pain=3, note=note)  # fmt: skip
    open_history(coach)
    page = coach.window.views.history_page
    page.tree.setCurrentIndex(entry_index(coach, 0, 0))
    details = page.details.text()
    for part in ("2026-11-23", "Time: 18:00", "Reps: 10 / 12", "Pain (0-10): 3", f"Note: {note}"):
        assert part in details
    coach.press(Qt.Key.Key_Up)  # to the day: its summary
    assert "Reps: 10 / 12" in page.details.text() and "Time" not in page.details.text()


def test_ctrl_p_goes_from_the_history_to_progress_and_ctrl_h_back(coach):
    fill_journal(coach)
    open_history(coach)
    coach.press(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert coach.window.pages.currentWidget() is coach.window.views.progress_page
    open_history(coach)


def test_stretches_and_runs_are_listed_with_the_day_they_were_done(coach):
    journal = coach.window.journal
    journal.add_stretch(at="2026-11-24T08:02:00", exercise="calf_stretch", leg="left",
                        target=3, done=3, hold_s=30, session="2026-11-24T08:00:00")  # fmt: skip
    journal.add_stretch(at="2026-11-24T08:05:00", exercise="towel_curls", leg="right",
                        target=1, done=1, hold_s=60, session="2026-11-24T08:00:00")  # fmt: skip
    journal.add_run(at="2026-11-24T18:30:00", week=2, run_s=960, planned_run_s=960, cycles=8,
                    planned_cycles=8, pain_during=3, pain_after=2)  # fmt: skip
    open_history(coach)
    assert cell(coach, 0, WHAT) == "Stretch sessions: 1 · Run: 16 min"  # one, both entries
    whats = [cell(coach, row, WHAT, day_row=0) for row in range(3)]
    assert whats == ["Calf stretch against a wall, left leg (30 s each)",
                     "Towel toe curls, right leg",
                     "Walk/run, week 2: 16 of 16 min run, after: 2"]  # fmt: skip
    assert cell(coach, 2, PAIN, day_row=0) == "3 · yellow"  # the pain during the run
    assert cell(coach, 0, REPS, day_row=0) == "3 / 3"
    model = coach.window.views.history_page.model
    assert not model.flags(entry_index(coach, 0, 0, PAIN)) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(entry_index(coach, 0, 2, PAIN)) & Qt.ItemFlag.ItemIsEditable


def test_a_red_day_says_red_in_words_and_colour_beside_the_days_that_are_not(coach):
    journal = coach.window.journal
    journal.add_set(at="2026-11-22T18:00:00", leg="left", target_reps=12, reps=12, pain=2)
    journal.add_set(at="2026-11-23T18:00:00", leg="left", target_reps=12, reps=12, pain=3)
    journal.add_run(at="2026-11-23T19:00:00", week=2, run_s=960, planned_run_s=960,
                    pain_during=4, pain_after=7)  # fmt: skip
    journal.add_check_in(date="2026-11-24", first_steps_pain=5)
    open_history(coach)
    model = coach.window.views.history_page.model
    days = [(cell(coach, row, DATE)[:10], cell(coach, row, PAIN)) for row in range(3)]
    assert days == [("2026-11-24", "5 · yellow"), ("2026-11-23", "7 · red"),
                    ("2026-11-22", "2 · green")]  # the day's highest pain  # fmt: skip
    backgrounds = [model.data(model.index(row, PAIN), Qt.ItemDataRole.BackgroundRole).name()
                   for row in range(3)]  # fmt: skip
    assert backgrounds == [ZONE_BACKGROUND[Zone.YELLOW], ZONE_BACKGROUND[Zone.RED],
                           ZONE_BACKGROUND[Zone.GREEN]]  # fmt: skip
    red_row = {model.data(model.index(1, column), Qt.ItemDataRole.BackgroundRole).name()
               for column in range(model.columnCount())}  # fmt: skip
    assert red_row == {ZONE_BACKGROUND[Zone.RED]}  # the whole day's row
