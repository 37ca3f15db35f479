"""The guided set writes itself into the journal; the pain questions never hold it up."""

from PySide6.QtCore import Qt

from heelcoach.core.exercises.heel_raise import LegMode, SetPlan, Tempo
from heelcoach.journal.entries import SESSIONS, SETS
from heelcoach.journal.journal import Journal

QUICK = SetPlan(
    legs=LegMode.LEFT,
    sets=2,
    reps=2,
    tempo=Tempo(1000, 1000, 1000),
    count_in_ms=1000,
    rest_ms=20_000,
    load_kg=7.5,
)


def journal_of(coach):
    return Journal(coach.window.journal.folder)


def run_to(coach, phase_text, limit_ms=60_000):
    while not coach.page.phase_label.text().startswith(phase_text) and limit_ms > 0:
        coach.advance(250)
        limit_ms -= 250
    assert coach.page.phase_label.text().startswith(phase_text)  # a rest shows its clock


def test_each_set_is_written_when_it_ends_and_the_pain_key_corrects_it(coach):
    coach.window.today.set_plan(QUICK)
    coach.press(Qt.Key.Key_Space)
    assert coach.screen()["status"] == "2 × 2 · 7.5 kg in the backpack"  # before the first rep
    run_to(coach, "◆ Rest")
    [first] = journal_of(coach).entries(SETS)
    assert (first["reps"], first["target_reps"], first["leg"], first["load_kg"]) == (
        2,
        2,
        "left",
        7.5,
    )
    assert first["tempo_ms"] == [1000, 1000, 1000, 0]
    assert first["pain"] is None
    prompt = coach.page.pain_prompt
    assert prompt.isVisible()
    assert prompt.question.text() == "How much did it hurt during that set (left leg)? 0-10"

    coach.press(Qt.Key.Key_1)
    coach.press(Qt.Key.Key_0)  # 1 then 0: ten
    assert journal_of(coach).entry(SETS, first.doc_id)["pain"] == 10
    coach.advance(1000)
    assert coach.page.phase_label.text() == "◆ Rest 0:19"  # the rest timer ran on meanwhile
    coach.press(Qt.Key.Key_3)
    assert journal_of(coach).entry(SETS, first.doc_id)["pain"] == 3


def test_the_session_is_written_at_the_end_with_the_pain_after_it(coach, qtbot):
    coach.window.today.set_plan(QUICK)
    coach.press(Qt.Key.Key_Space)
    run_to(coach, "▲ Up")
    run_to(coach, "◆ Rest")
    prompt = coach.page.pain_prompt
    prompt.skip()  # skipping is fine: the set is kept without a rating
    assert prompt.question.text() == "Could you have done more (left leg)?"
    prompt.skip()
    run_to(coach, "✔ Done!")
    assert prompt.question.text() == "How much did it hurt during that set (left leg)? 0-10"
    qtbot.mouseClick(prompt.buttons[2], Qt.MouseButton.LeftButton)
    assert prompt.zone_label.text() == "2/10 is green: fine."  # what follows, the coach says
    more = "Could you have done more (left leg)?"
    qtbot.waitUntil(lambda: prompt.question.text() == more, timeout=10_000)
    coach.press(Qt.Key.Key_1)  # yes, easily: the next session may be heavier
    qtbot.waitUntil(lambda: "after the session" in prompt.question.text(), timeout=10_000)
    coach.press(Qt.Key.Key_1)
    journal = journal_of(coach)
    sets = journal.entries(SETS)
    assert [entry["pain"] for entry in sets] == [None, 2]
    assert [entry["effort"] for entry in sets] == [None, "easy"]
    [session] = journal.entries(SESSIONS)
    assert session["pain_after"] == 1
    assert {entry["session"] for entry in sets} == {"2026-11-25T18:00:00"}


def test_a_set_stopped_early_keeps_the_reps_done(coach):
    coach.window.today.set_plan(SetPlan(sets=1, reps=5, legs=LegMode.RIGHT, count_in_ms=0,
                                        tempo=Tempo(1000, 1000, 1000)))  # fmt: skip
    coach.press(Qt.Key.Key_Space)
    coach.advance(3000 * 3 + 500)  # three reps and a bit: more than half the set
    coach.press(Qt.Key.Key_Escape)
    assert coach.screen()["status"] == (
        "Stop now? The 3 reps done are saved. Esc: stop · Space: keep going"
    )
    coach.press(Qt.Key.Key_Escape)
    journal = journal_of(coach)
    [entry] = journal.entries(SETS)
    assert (entry["reps"], entry["target_reps"], entry["leg"]) == (3, 5, "right")
    assert entry["stopped"] is True
    assert len(journal.entries(SESSIONS)) == 1
    assert coach.page.phase_label.text().startswith("■ Stopped after 0:")
    coach.press(Qt.Key.Key_7)  # stopped because it hurt: the most telling answer
    assert coach.page.pain_prompt.zone_label.text().startswith("7/10 is red")
    assert journal_of(coach).entry(SETS, entry.doc_id)["pain"] == 7


def test_the_morning_check_in_asks_once_a_day_and_is_saved(qtbot):
    from datetime import date

    from coach import Coach

    from heelcoach.journal.journal import Journal
    from heelcoach.system.paths import data_dir

    Journal(data_dir()).add_set(at="2026-11-23T18:00:00", leg="left", target_reps=12, reps=12)
    coach = Coach(qtbot)
    qtbot.waitUntil(lambda: coach.window.check_in is not None)
    panel = coach.window.check_in
    assert panel.isVisible() and panel.worse_box.isVisible()
    assert not panel.saved_label.isVisible()
    coach.press(Qt.Key.Key_6)
    assert panel.saved_label.isVisible()
    assert panel.saved_label.text() == "Saved: 6/10. Thank you."
    panel.worse_box.click()
    entry = journal_of(coach).check_in_for(date(2026, 11, 25))
    assert (entry["first_steps_pain"], entry["worse_after_training"]) == (6, True)
    coach.close()

    again = Coach(qtbot)  # the same day: answered already
    qtbot.wait(100)
    assert again.window.check_in is None
    again.close()


def test_before_any_training_the_check_in_does_not_ask_about_the_last_one(coach):
    coach.qtbot.waitUntil(lambda: coach.window.check_in is not None)
    panel = coach.window.check_in
    assert panel.isVisible() and not panel.worse_box.isVisible()


def test_not_now_puts_the_check_in_off_until_tomorrow(qtbot):
    from coach import Coach

    coach = Coach(qtbot)
    qtbot.waitUntil(lambda: coach.window.check_in is not None)
    coach.window.check_in.prompt.skip_button.click()
    assert not coach.window.check_in.isVisible()
    coach.close()
    again = Coach(qtbot)
    qtbot.wait(100)
    assert again.window.check_in is None
    again.close()


def test_a_note_on_the_session_is_typed_on_the_done_screen_and_kept(coach, qtbot):
    coach.window.today.set_plan(
        SetPlan(legs=LegMode.LEFT, sets=1, reps=1, tempo=Tempo(1000, 1000, 1000), count_in_ms=0)
    )
    note = coach.page.session_note
    coach.press(Qt.Key.Key_Space)
    assert not note.isVisible()  # nothing to note while the set runs
    run_to(coach, "✔ Done!")
    assert note.isVisible()
    coach.press(Qt.Key.Key_4)  # the number keys still answer the pain question
    qtbot.mouseClick(note.field, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(note.field, "new shoes 2")
    qtbot.keyClick(note.field, Qt.Key.Key_Return)
    assert note.saved_label.text() == "Saved"
    [session] = journal_of(coach).entries(SESSIONS)
    assert session["note"] == "new shoes 2"
    qtbot.keyClicks(note.field, ", left heel stiff")
    coach.press(Qt.Key.Key_Escape)  # back to the first screen: what was typed is kept
    assert coach.window.pages.currentWidget() is coach.window.today
    [session] = journal_of(coach).entries(SESSIONS)
    assert session["note"] == "new shoes 2, left heel stiff"
    assert [entry["pain"] for entry in journal_of(coach).entries(SETS)] == [4]


def test_the_journal_is_backed_up_once_a_day_just_after_it_opens(qtbot):
    from coach import Coach

    from heelcoach.system.paths import data_dir

    coach = Coach(qtbot)
    backup = data_dir() / "backups" / "journal-2026-11-25.json"
    qtbot.waitUntil(backup.exists)
    assert backup.read_bytes() == (data_dir() / "journal.json").read_bytes()
    coach.close()


TRY = SetPlan(sets=2, reps=6, legs=LegMode.LEFT, count_in_ms=0, tempo=Tempo(1000, 1000, 1000))


def test_a_try_stopped_early_in_the_first_set_is_not_a_session_unless_the_runner_says_so(coach):
    coach.window.today.set_plan(TRY)
    coach.press(Qt.Key.Key_Space)
    coach.advance(3000 * 2 + 500)  # two reps of six: a try
    coach.press(Qt.Key.Key_Escape)
    prompt = coach.page.pain_prompt
    assert prompt.question.text() == "Count this as today's session?"
    assert [b.text() for b in prompt.buttons if b.isVisible()] == [
        "1: Yes, count it", "2: No, I was just trying it out"]  # fmt: skip
    assert not prompt.skip_button.isVisible()  # Space keeps going: the line below says so
    assert coach.screen()["status"] == (
        "1: count it · Esc or 2: just trying it out, save nothing · Space: keep going"
    )
    assert not coach.driver.is_ticking
    coach.press(Qt.Key.Key_Escape)  # no, the default
    assert coach.window.pages.currentWidget() is coach.window.today
    journal = journal_of(coach)
    assert journal.entries(SETS) == [] and journal.entries(SESSIONS) == []
    assert coach.window.coach.refresh().kind.value == "training"  # Today as it was
    coach.press(Qt.Key.Key_Space)  # and Start starts, no "you trained today already"
    assert coach.window.pages.currentWidget() is coach.page


def test_a_try_the_runner_counts_is_written_as_stopped_and_asked_about(coach):
    coach.window.today.set_plan(TRY)
    coach.press(Qt.Key.Key_Space)
    coach.advance(3000 * 2 + 500)
    coach.press(Qt.Key.Key_Escape)
    coach.press(Qt.Key.Key_1)  # yes, count it
    assert coach.page.phase_label.text().startswith("■ Stopped after 0:")
    [entry] = journal_of(coach).entries(SETS)
    assert (entry["reps"], entry["stopped"]) == (2, True)
    coach.qtbot.waitUntil(lambda: "hurt" in coach.page.pain_prompt.question.text(), timeout=10_000)


def test_space_goes_on_with_the_try_as_if_nothing_was_asked(coach):
    coach.window.today.set_plan(TRY)
    coach.press(Qt.Key.Key_Space)
    coach.advance(3000 * 2 + 500)
    coach.press(Qt.Key.Key_Escape)
    coach.press(Qt.Key.Key_Space)  # keep going: 3-2-1, then the rep again
    assert coach.driver.is_ticking and coach.page.pain_prompt.isHidden()
    coach.advance(3000 + 3000 * 4)
    assert len(journal_of(coach).entries(SETS)) == 1  # the first set, whole


def test_a_set_in_the_red_makes_the_sets_to_come_lighter_and_the_rest_screen_says_so(coach):
    coach.window.today.set_plan(SetPlan(sets=3, reps=3, legs=LegMode.LEFT, count_in_ms=0,
                                        rest_ms=10_000, tempo=Tempo(1000, 1000, 1000)))  # fmt: skip
    coach.press(Qt.Key.Key_Space)
    coach.advance(3000 * 3 + 500)  # set 1 done: its rest
    coach.press(Qt.Key.Key_7)
    assert coach.screen()["status"] == (
        "That set hurt 7/10, so the sets to come are lighter: 2 reps instead of 3."
    )
    coach.window.resize(1024, 600)  # a small laptop: still read from the step
    coach.app.processEvents()
    assert coach.page.status_label.font().pixelSize() >= 20
    coach.advance(10_000)
    assert coach.screen()["rep"] == "Rep 1 of 2"
    coach.advance(3000 * 2 + 500)
    sets = journal_of(coach).entries(SETS)
    assert [(entry["reps"], entry["target_reps"]) for entry in sets] == [(3, 3), (2, 2)]


def test_a_red_set_of_one_rep_at_body_weight_claims_nothing_lighter(coach):
    coach.window.today.set_plan(SetPlan(sets=2, reps=1, legs=LegMode.LEFT, count_in_ms=0,
                                        rest_ms=10_000, tempo=Tempo(1000, 1000, 1000)))  # fmt: skip
    coach.press(Qt.Key.Key_Space)
    coach.advance(3000 + 500)
    coach.press(Qt.Key.Key_7)
    assert "lighter" not in coach.screen()["status"]
    assert coach.page.pain_prompt.zone_label.text() == "7/10 is red: too much."


BOTH_LEGS = SetPlan(sets=2, reps=3, legs=LegMode.BOTH, count_in_ms=3000, rest_ms=10_000,
                    tempo=Tempo(1000, 1000, 1000))  # fmt: skip


def test_a_red_set_rated_at_the_change_of_leg_leaves_the_other_legs_set_as_it_began(coach):
    coach.window.today.set_plan(BOTH_LEGS)
    coach.press(Qt.Key.Key_Space)
    coach.advance(3000 + 3000 * 3 + 500)  # the left leg done: the right leg's count-in
    coach.press(Qt.Key.Key_7)
    assert coach.screen()["status"].startswith("That set hurt 7/10, so the sets to come")
    coach.advance(3000)
    assert (coach.screen()["leg"], coach.screen()["rep"]) == ("Right leg", "Rep 1 of 3")
    coach.advance(3000 * 3 + 10_000 + 3000 + 500)  # the right leg, the rest, set 2 begins
    assert (coach.screen()["leg"], coach.screen()["rep"]) == ("Left leg", "Rep 1 of 2")
    coach.advance(3000 * 2 + 3000 + 3000 * 2 - 1000)  # to the end of the session, exactly
    sets = journal_of(coach).entries(SETS)
    assert [(entry["leg"], entry["reps"], entry["target_reps"]) for entry in sets] == [
        ("left", 3, 3), ("right", 3, 3), ("left", 2, 2), ("right", 2, 2)]  # fmt: skip


def test_stopping_in_the_rest_after_a_lighter_rating_writes_no_set_that_never_began(coach):
    coach.window.today.set_plan(BOTH_LEGS)
    coach.press(Qt.Key.Key_Space)
    coach.advance(3000 + 3000 * 3 + 500)
    coach.press(Qt.Key.Key_7)
    coach.advance(2500 + 3000 * 3 + 2000)  # the right leg done: in the rest
    assert coach.page.phase_label.text().startswith("◆ Rest")
    coach.press(Qt.Key.Key_Escape)
    coach.press(Qt.Key.Key_Escape)  # stop, if it asks
    sets = journal_of(coach).entries(SETS)
    assert [(entry["leg"], entry["reps"], entry["stopped"]) for entry in sets] == [
        ("left", 3, False), ("right", 3, False)]  # fmt: skip
    [session] = journal_of(coach).entries(SESSIONS)
    assert session["stopped"]  # ended before its last set: the next plan is not one set


def test_with_weight_a_set_in_the_red_takes_a_step_out_of_the_backpack(coach):
    coach.window.today.set_plan(SetPlan(sets=2, reps=2, legs=LegMode.LEFT, count_in_ms=0,
                                        rest_ms=10_000, load_kg=5.0,
                                        tempo=Tempo(1000, 1000, 1000)))  # fmt: skip
    coach.press(Qt.Key.Key_Space)
    coach.advance(3000 * 2 + 500)
    coach.press(Qt.Key.Key_8)
    assert coach.screen()["status"] == (
        "That set hurt 8/10, so the sets to come are lighter: take 2.5 kg out of the "
        "backpack, 2.5 kg left."
    )
    coach.window.resize(1024, 600)  # the longest of the notes, on a small laptop
    coach.app.processEvents()
    assert coach.page.status_label.font().pixelSize() >= 16
    coach.advance(10_000 + 3000 * 2 - 500)  # to the end of the session, exactly
    assert [entry["load_kg"] for entry in journal_of(coach).entries(SETS)] == [5.0, 2.5]
