"""What the window says when the journal is damaged, read-only, out of reach or on a full
disk; and that the set, the history and the graphs go on all the same."""

import errno
import os

import orjson
from coach import Coach
from faults import GOOD_SET, FullDisk, journal_bytes
from PySide6.QtCore import Qt

from heelcoach.core.exercises.heel_raise import LegMode, SetPlan, Tempo
from heelcoach.journal.entries import SESSIONS, SETS
from heelcoach.journal.journal import JOURNAL_FILE, Journal
from heelcoach.journal.migrations import SCHEMA_VERSION
from heelcoach.system.paths import data_dir

ONE_SET = SetPlan(legs=LegMode.LEFT, sets=1, reps=2, tempo=Tempo(1000, 1000, 1000), count_in_ms=0)
TWO_SETS = SetPlan(
    legs=LegMode.LEFT, sets=2, reps=2, tempo=Tempo(1000, 1000, 1000), count_in_ms=0, rest_ms=5000
)


def window_with(qtbot, raw: bytes | None = None) -> Coach:
    folder = data_dir()
    if raw is not None:
        (folder / JOURNAL_FILE).write_bytes(raw)
    coach = Coach(qtbot, first_start=True)  # the journal as written: nothing added to it
    qtbot.waitUntil(lambda: coach.window.journal_access.tried)
    return coach


def journal_notice(coach) -> str:
    bar = coach.window.notices.journal
    return bar.text_label.text() if bar is not None and bar.isVisible() else ""


def run_until(coach, done, limit_ms=60_000):
    while not done() and limit_ms > 0:
        coach.advance(250)
        limit_ms -= 250
    assert done()


def first_set_refused(qtbot, monkeypatch) -> tuple[Coach, FullDisk]:
    """Two sets begun on a full disk, in the rest after the first: it was refused."""
    coach = window_with(qtbot)
    disk = FullDisk(monkeypatch, data_dir())
    coach.window.today.set_plan(TWO_SETS)
    coach.start()
    run_until(coach, lambda: coach.page.phase_label.text().startswith("◆ Rest"))
    return coach, disk


HOSTILE = journal_bytes(
    sets={"1": GOOD_SET, "2": {**GOOD_SET, "pain": "high"}, "abc": GOOD_SET,
          "3": {**GOOD_SET, "at": "0001-01-01T00:00:00"}},
    check_ins={"1": {"date": "2026-11-24", "first_steps_pain": 2}, "²": {"date": 5}},
)  # fmt: skip


def test_entries_that_cannot_be_read_are_counted_and_the_rest_works(qtbot):
    coach = window_with(qtbot, HOSTILE)
    assert journal_notice(coach) == (
        "4 entries in your journal could not be read, so they are not shown. Nothing was "
        f"deleted: they are kept as they were, in {data_dir() / JOURNAL_FILE}."
    )
    coach.press(Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    history = coach.window.views.history_page
    assert coach.window.pages.currentWidget() is history
    [day] = [history.model.index(0, 0)]
    assert history.model.rowCount() == 1
    assert history.model.rowCount(day) == 2  # the sound set and check-in of that day
    coach.press(Qt.Key.Key_Escape)
    coach.press(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: coach.window.views.progress_page is not None)
    assert coach.window.pages.currentWidget() is coach.window.views.progress_page
    coach.press(Qt.Key.Key_Escape)

    coach.window.today.set_plan(ONE_SET)
    coach.start()
    run_until(coach, lambda: coach.page.phase_label.text() == "✔ Done!")
    assert len(Journal(data_dir()).entries(SETS)) == 2  # recorded beside the old one
    coach.close()

    again = window_with(qtbot)  # said once on opening; the history keeps saying it
    assert journal_notice(again) == ""
    again.press(Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert again.window.views.history_page.message.text() == (
        "4 entries could not be read and are not listed; they are kept as they were, in the "
        f"quarantine part of {data_dir() / JOURNAL_FILE}."
    )
    again.close()


def test_a_journal_from_a_newer_heelcoach_is_shown_and_the_set_says_it_is_not_saved(qtbot):
    raw = orjson.dumps({"meta": {"1": {"schema_version": 7}}, "sets": {"1": GOOD_SET}})
    coach = window_with(qtbot, raw)
    assert journal_notice(coach).startswith(
        "Your journal was written by a newer HeelCoach (journal version 7; this one reads up "
        f"to {SCHEMA_VERSION}). It is shown and can be exported, but nothing is saved to it"
    )
    coach.window.today.set_plan(ONE_SET)
    coach.start()
    run_until(coach, lambda: coach.page.phase_label.text() == "✔ Done!")  # the set went on
    assert journal_notice(coach).startswith("This was not saved. Your journal was written by")
    assert (data_dir() / JOURNAL_FILE).read_bytes() == raw
    coach.close()


def test_a_journal_that_cannot_be_opened_is_said_so_and_the_set_still_runs(qtbot, monkeypatch):
    raw = journal_bytes(sets={"1": GOOD_SET})

    def no_permission(path, limit):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))

    monkeypatch.setattr("heelcoach.journal.journal_file.read_regular_file", no_permission)
    coach = window_with(qtbot, raw)
    folder = data_dir()
    assert journal_notice(coach) == (
        f"Your journal {data_dir() / JOURNAL_FILE} cannot be opened (you do not have "
        "permission for it), so nothing you do is recorded now. Nothing in it was changed."
    )
    coach.window.today.set_plan(ONE_SET)
    coach.start()
    run_until(coach, lambda: coach.page.phase_label.text() == "✔ Done!")
    coach.close()
    assert (folder / JOURNAL_FILE).read_bytes() == raw


def test_a_set_the_full_disk_refused_is_kept_and_saved_once_there_is_room(qtbot, monkeypatch):
    coach, disk = first_set_refused(qtbot, monkeypatch)
    first_ended = coach.now
    assert journal_notice(coach) == ("Could not save to the journal: the disk is full. It is "
                                     "kept, and saved as soon as the disk takes it.")  # fmt: skip
    assert coach.screen()["status"] == (
        "Not saved yet: the disk refused it. Kept until it can be saved."
    )
    assert Journal(data_dir()).entries(SETS) == []
    assert coach.page.pain_prompt.isVisible()  # asked all the same: the answer waits with it
    coach.press(Qt.Key.Key_4)
    coach.now = coach.now.replace(minute=5)  # the wall clock moves on during the rest
    disk.space_freed()
    run_until(coach, lambda: coach.page.phase_label.text() == "✔ Done!")
    journal = Journal(data_dir())
    sets = journal.entries(SETS)
    assert [(entry["reps"], entry["pain"]) for entry in sets] == [(2, 4), (2, None)]
    assert sets[0]["at"] == first_ended.isoformat(timespec="seconds")  # in its place
    assert sets[1]["at"] == coach.now.isoformat(timespec="seconds")
    assert len(journal.entries(SESSIONS)) == 1
    coach.close()


def test_the_pain_after_and_the_note_go_with_a_session_the_disk_refused(qtbot, monkeypatch):
    monkeypatch.setattr("heelcoach.ui.journal.window_journal.KEPT_RETRY_MS", 50)
    coach = window_with(qtbot)
    coach.window.today.set_plan(ONE_SET)
    coach.start()
    disk = FullDisk(monkeypatch, data_dir())
    run_until(coach, lambda: coach.page.phase_label.text() == "✔ Done!")
    prompt, note = coach.page.pain_prompt, coach.page.session_note
    assert prompt.question.text() == "How much did it hurt during that set (left leg)? 0-10"
    coach.press(Qt.Key.Key_3)
    more = "Could you have done more (left leg)?"
    qtbot.waitUntil(lambda: prompt.question.text() == more, timeout=10_000)
    coach.press(Qt.Key.Key_2)
    qtbot.waitUntil(lambda: "after the session" in prompt.question.text(), timeout=10_000)
    coach.press(Qt.Key.Key_2)
    qtbot.keyClicks(note.field, "stiff heel")
    qtbot.keyClick(note.field, Qt.Key.Key_Return)
    assert note.saved_label.text() != "Saved"  # not yet: the disk refused it
    disk.space_freed()  # no key pressed since: the kept writes go in by themselves
    qtbot.waitUntil(lambda: len(Journal(data_dir()).entries(SESSIONS)) == 1, timeout=5000)
    [session] = Journal(data_dir()).entries(SESSIONS)
    assert (session["pain_after"], session["note"]) == (2, "stiff heel")
    assert [entry["pain"] for entry in Journal(data_dir()).entries(SETS)] == [3]
    assert journal_notice(coach) == "What could not be saved before is saved now."
    coach.close()


def test_closing_with_what_the_disk_refused_says_so_first_and_quits_the_second_time(
    qtbot, monkeypatch
):
    coach, _disk = first_set_refused(qtbot, monkeypatch)
    coach.press(Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)  # in the rest: asked first
    assert coach.screen()["status"].startswith("Stop now?")
    coach.press(Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert coach.window.isVisible()  # not closed: there is something to lose
    assert journal_notice(coach).startswith("2 entries are not saved yet: the disk refuses them")
    coach.press(Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not coach.window.isVisible()


def test_a_read_only_journal_is_said_on_the_set_screen_and_the_stop_claims_no_saving(qtbot):
    raw = orjson.dumps({"meta": {"1": {"schema_version": 7}}, "sets": {"1": GOOD_SET}})
    coach = window_with(qtbot, raw)
    coach.window.today.set_plan(
        SetPlan(legs=LegMode.LEFT, sets=1, reps=5, tempo=Tempo(1000, 1000, 1000), count_in_ms=0)
    )
    coach.start()
    coach.advance(500)
    assert coach.screen()["status"] == "Not recorded: the journal is read-only (see the top)."
    coach.advance(3000)
    coach.press(Qt.Key.Key_Escape)
    assert coach.screen()["status"] == "Stop now? Esc: stop · Space: keep going"
    coach.close()


def test_a_refused_set_is_saved_even_after_the_clock_went_back(qtbot, monkeypatch):
    coach, disk = first_set_refused(qtbot, monkeypatch)
    first_ended = coach.now
    coach.now = coach.now.replace(hour=coach.now.hour - 1)  # summer time ends meanwhile
    disk.space_freed()
    run_until(coach, lambda: coach.page.phase_label.text() == "✔ Done!")
    times = sorted(entry["at"] for entry in Journal(data_dir()).entries(SETS))
    assert times == [coach.now.isoformat(timespec="seconds"),  # the second set, an hour "back"
                     first_ended.isoformat(timespec="seconds")]  # fmt: skip
    coach.close()


def test_what_the_disk_refused_is_saved_when_the_window_closes(qtbot, monkeypatch):
    coach, disk = first_set_refused(qtbot, monkeypatch)
    disk.space_freed()
    coach.press(Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)  # quit during the rest:
    coach.press(Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)  # asked, then confirmed
    journal = Journal(data_dir())
    assert [entry["reps"] for entry in journal.entries(SETS)] == [2]
    assert len(journal.entries(SESSIONS)) == 1


def test_closing_the_window_mid_set_keeps_the_reps_done(qtbot):
    coach = window_with(qtbot)
    coach.window.today.set_plan(
        SetPlan(legs=LegMode.LEFT, sets=1, reps=9, tempo=Tempo(1000, 1000, 1000), count_in_ms=0)
    )
    coach.start()
    coach.advance(3000 * 3 + 400)  # three reps and a bit
    coach.press(Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert Journal(data_dir()).entries(SETS) == []  # asked first: nothing ended yet
    coach.press(Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    [kept] = Journal(data_dir()).entries(SETS)
    assert (kept["reps"], kept["target_reps"]) == (3, 9)
    assert len(Journal(data_dir()).entries(SESSIONS)) == 1


def test_settings_that_could_not_be_read_are_said_to_be_kept_aside(qtbot):
    (data_dir() / "settings.json").write_text("[" * 100_000)
    coach = Coach(qtbot)
    bar = coach.window.notices.settings_bar
    assert bar is not None and bar.isVisible()
    assert bar.text_label.text().startswith(
        "Your settings could not be read, so HeelCoach starts with its defaults. The old "
        "file is kept as "
    )
    coach.close()


def test_a_forged_note_of_checked_content_costs_the_bad_entry_not_the_window(qtbot):
    from test_today_command import forged_note_over_damaged_entries

    forged_note_over_damaged_entries(data_dir())
    coach = window_with(qtbot)
    journal = coach.window.journal_access.journal
    coach.press(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # the graphs read them all
    qtbot.waitUntil(lambda: coach.window.pages.currentWidget() is coach.window.views.progress_page)
    assert [entry["reps"] for entry in journal.entries(SETS)] == [12]
    assert len(orjson.loads((data_dir() / JOURNAL_FILE).read_bytes())["quarantine"]) == 1
