"""A whole short program, driven by keys, checked on the screen phase by phase."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from heelcoach.core.exercises.heel_raise import LegMode, SetPlan, Tempo

SHORT_PROGRAM = SetPlan(sets=2, reps=2, legs=LegMode.BOTH, tempo=Tempo.from_seconds(0.1, 0.1, 0.1))


def expect(coach, **shown):
    screen = coach.screen()
    assert {key: screen[key] for key in shown} == shown


def walk_one_leg(coach, set_text, leg):
    for rep in (1, 2):
        for phase in ("▲ Up", "■ Hold", "▼ Down"):
            expect(coach, phase=phase, rep=f"Rep {rep} of 2", set=set_text, leg=leg, seconds="1")
            coach.advance(100, step=100)


def test_a_short_program_runs_through_count_in_reps_rest_and_the_second_set(coach):
    coach.window.today.set_plan(SHORT_PROGRAM)
    coach.press(Qt.Key.Key_Space)

    assert coach.window.pages.currentWidget() is coach.page
    expect(
        coach,
        phase="● Get ready",
        seconds="5",
        set="Set 1 of 2",
        rep="2 reps",
        leg="Left leg",
        next="Next: Up 1 s",
    )
    coach.advance(4000)
    expect(coach, seconds="1")
    coach.advance(1000)
    walk_one_leg(coach, "Set 1 of 2", "Left leg")

    expect(coach, phase="Right leg next · 5", leg="Right leg", set="Set 1 of 2")
    coach.advance(5000)
    walk_one_leg(coach, "Set 1 of 2", "Right leg")

    # The right leg's pain is asked: the question has the middle, the clock moves up.
    expect(coach, phase="◆ Rest 2:00", set="Set 2 of 2", next="Next: Get ready 5 s")
    assert coach.page.middle.currentWidget() is coach.page.question_page
    assert coach.page.skip_button.isVisible()
    coach.advance(1000)
    expect(coach, phase="◆ Rest 1:59")
    coach.press(Qt.Key.Key_Plus)
    expect(coach, phase="◆ Rest 2:29")
    coach.press(Qt.Key.Key_N)
    expect(coach, phase="● Get ready", seconds="5", set="Set 2 of 2", leg="Left leg")
    assert not coach.page.skip_button.isVisible()
    assert not coach.page.pain_prompt.has_question  # its time was the rest
    assert not coach.page.pain_prompt.isVisible()

    coach.press(Qt.Key.Key_Space)
    expect(coach, status="Paused. Space resumes.")
    assert coach.page.pause_button.text() == "Resume (Space)"
    coach.clock.now += 60_000
    coach.press(Qt.Key.Key_Space)
    expect(coach, phase="● Get ready", seconds="5", status="2 × 2 · body weight, no backpack")
    coach.advance(5000)
    walk_one_leg(coach, "Set 2 of 2", "Left leg")
    coach.advance(5000)
    walk_one_leg(coach, "Set 2 of 2", "Right leg")

    expect(coach, phase="✔ Done!", set="", rep="", leg="", seconds="8 of 8 reps · body weight",
           status="Next session on Friday · Esc: back")  # fmt: skip
    assert coach.page.rep_marks.text() == "Reps per set (pain): L 2  ·  R 2  ·  L 2  ·  R 2"
    assert not coach.driver.is_ticking
    shown = [button.text() for button in coach.page.findChildren(QPushButton)
             if button.isVisible() and button.parent() is coach.page]  # fmt: skip
    assert shown == ["Back (Esc)", "Full screen (F11)"]  # nothing left to pause or skip
    coach.press(Qt.Key.Key_Escape)
    assert coach.window.pages.currentWidget() is coach.window.today


def test_pause_freezes_the_phase_where_it_was_and_resume_counts_in_to_the_rep_again(coach):
    coach.window.today.set_plan(SetPlan(legs=LegMode.LEFT, count_in_ms=0))
    coach.press(Qt.Key.Key_Space)
    coach.advance(1500)
    bar = coach.page.phase_bar.fraction
    coach.press(Qt.Key.Key_Space)
    coach.clock.now += 45_000
    coach.app.processEvents()
    expect(coach, phase="❚❚ Paused", seconds="2", status="Paused. Space resumes.")
    assert coach.page.phase_bar.fraction == bar == 0.5
    assert not coach.driver.is_ticking
    coach.press(Qt.Key.Key_Space)  # 3-2-1, then the rep again from the start
    expect(coach, phase="● Get ready", seconds="3", rep="Rep 1 of 12")
    assert coach.page.pause_button.text() == "Pause (Space)"
    coach.advance(3000)
    expect(coach, phase="▲ Up", seconds="3", rep="Rep 1 of 12")
    coach.advance(3000)
    expect(coach, phase="■ Hold", seconds="2")


def test_esc_before_any_rep_stops_at_once(coach):
    coach.press(Qt.Key.Key_Space)
    coach.advance(1000)
    coach.press(Qt.Key.Key_Escape)
    assert coach.window.pages.currentWidget() is coach.window.today
    assert not coach.driver.is_ticking


def test_esc_with_reps_done_asks_before_throwing_them_away(coach):
    coach.window.today.set_plan(
        SetPlan(reps=3, legs=LegMode.LEFT, count_in_ms=0, tempo=Tempo(1000, 1000, 1000))
    )
    coach.press(Qt.Key.Key_Space)
    coach.advance(6500)
    coach.press(Qt.Key.Key_Escape)
    assert coach.window.pages.currentWidget() is coach.page
    expect(coach, status="Stop now? The 2 reps done are saved. Esc: stop · Space: keep going")
    assert not coach.driver.is_ticking

    coach.press(Qt.Key.Key_Space)
    expect(coach, status="3 × 3 · body weight, no backpack")  # the dose, as before the first rep
    assert coach.driver.is_ticking

    coach.press(Qt.Key.Key_Escape)
    coach.press(Qt.Key.Key_Escape)
    expect(coach, phase="■ Stopped after 0:07")  # its pain is asked still: stopping tells the most
    assert "How much did it hurt" in coach.page.pain_prompt.question.text()
    coach.press(Qt.Key.Key_Escape)
    assert coach.window.pages.currentWidget() is coach.window.today


def test_falling_behind_more_than_a_second_pauses_and_says_why(coach):
    coach.window.today.set_plan(SetPlan(legs=LegMode.LEFT, count_in_ms=0))
    coach.press(Qt.Key.Key_Space)
    coach.advance(500)
    coach.clock.now += 4200
    with coach.qtbot.waitSignal(coach.driver.changed, timeout=2000):
        pass
    expect(
        coach,
        phase="❚❚ Paused",
        seconds="3",
        status="Paused: the computer stalled for 4.2 s. Space resumes.",
    )
    assert not coach.driver.is_ticking
    coach.press(Qt.Key.Key_Space)
    expect(coach, phase="● Get ready", seconds="3", rep="Rep 1 of 12")
    coach.advance(3000 + 3000)
    expect(coach, phase="■ Hold")


def test_f11_toggles_full_screen(coach):
    coach.press(Qt.Key.Key_F11)
    assert coach.window.isFullScreen()
    coach.press(Qt.Key.Key_F11)
    assert not coach.window.isFullScreen()


def test_nothing_ticks_while_nothing_runs(coach):
    assert not coach.driver.is_ticking
    coach.press(Qt.Key.Key_Space)
    assert coach.driver.is_ticking
    coach.press(Qt.Key.Key_Escape)
    assert not coach.driver.is_ticking


def test_skip_and_extend_do_nothing_outside_rest(coach):
    coach.press(Qt.Key.Key_Space)
    before = coach.screen()
    coach.press(Qt.Key.Key_N)
    coach.press(Qt.Key.Key_Plus)
    assert coach.screen() == before


def test_the_set_screen_text_grows_with_the_window(coach):
    coach.press(Qt.Key.Key_Space)
    sizes = []
    for width, height in ((800, 600), (1600, 1000)):
        coach.window.resize(width, height)
        coach.qtbot.waitUntil(lambda w=width: abs(coach.window.width() - w) < 2)
        coach.app.processEvents()
        sizes.append((coach.page.phase_label.font().pixelSize(),
                      coach.page.seconds_label.font().pixelSize()))  # fmt: skip
    (small_phase, small_seconds), (large_phase, large_seconds) = sizes
    assert large_phase > 1.4 * small_phase
    assert large_seconds > 1.4 * small_seconds
    assert small_phase >= 60  # still readable from the step at 800 x 600


def test_a_hold_at_the_bottom_is_not_called_a_pause(coach):
    plan = SetPlan(sets=1, reps=1, legs=LegMode.LEFT, count_in_ms=0,
                   tempo=Tempo.from_seconds(1, 1, 1, 1))  # fmt: skip
    coach.window.today.set_plan(plan)
    coach.press(Qt.Key.Key_Space)
    coach.advance(3000 + 250)
    assert coach.screen()["phase"] == "▬ Hold low"  # "Paused" is the app's own pause
    coach.press(Qt.Key.Key_Space)
    assert coach.screen()["phase"].endswith("Paused")
