"""The screen stays on while a set runs: held off over D-Bus, let go on pause, stop, done
and quit (a private bus, with a stand-in screen saver that writes down what it is told)."""

import pytest
from coach import Coach
from PySide6.QtCore import Qt

from heelcoach.core.exercises.heel_raise import LegMode, SetPlan, Tempo

ONE_REP = SetPlan(legs=LegMode.LEFT, sets=1, reps=1, tempo=Tempo(300, 200, 300), count_in_ms=0)


@pytest.fixture
def coach(qtbot, on_private_bus):
    made = Coach(qtbot)
    made.window.today.set_plan(ONE_REP)
    yield made
    made.close()


def run_to_the_end(coach) -> None:
    for _step in range(40):
        if coach.page.phase_label.text() == "✔ Done!":
            return
        coach.advance(100)
    raise AssertionError(f"the set never ended: {coach.page.phase_label.text()}")


def held(bus) -> list[str]:
    return [call["call"] for call in bus.calls() if call["call"] in ("Inhibit", "UnInhibit")]


def test_a_running_set_holds_the_screen_saver_off_and_a_pause_lets_it_go(coach, on_private_bus):
    assert held(on_private_bus) == []  # nothing until a set starts
    coach.start()
    coach.advance(100)
    [inhibit] = on_private_bus.calls("Inhibit")
    assert inhibit["application"] == "HeelCoach"
    assert "set is running" in inhibit["reason"]
    assert coach.window.screen_awake.holding

    coach.press(Qt.Key.Key_Space)  # pause
    assert held(on_private_bus) == ["Inhibit", "UnInhibit"]
    assert on_private_bus.calls("UnInhibit")[0]["cookie"] == inhibit["cookie"]
    coach.press(Qt.Key.Key_Space)  # resume
    coach.advance(100)
    assert held(on_private_bus) == ["Inhibit", "UnInhibit", "Inhibit"]


def test_the_screen_saver_is_let_go_when_the_set_is_done(coach, on_private_bus):
    coach.start()
    run_to_the_end(coach)
    assert held(on_private_bus) == ["Inhibit", "UnInhibit"]
    assert not coach.window.screen_awake.holding


def test_stopping_or_closing_the_window_lets_it_go(coach, on_private_bus):
    coach.start()
    coach.advance(100)
    coach.press(Qt.Key.Key_Escape)  # no reps done yet: one Esc stops
    assert held(on_private_bus) == ["Inhibit", "UnInhibit"]
    coach.start()
    coach.advance(100)
    coach.window.close()
    assert held(on_private_bus) == ["Inhibit", "UnInhibit", "Inhibit", "UnInhibit"]


def test_a_stretch_session_holds_it_off_too(coach, on_private_bus):
    from heelcoach.core.exercises.intervals import IntervalPlan

    plan = IntervalPlan(runs_ms=(2000,), walk_ms=2000, warm_up_ms=0, count_in_ms=0)
    coach.window.session.start(plan, None)
    coach.clock.now += 100
    coach.qtbot.waitUntil(lambda: coach.window.screen_awake.holding)
    assert held(on_private_bus) == ["Inhibit"]


def test_without_a_screen_saver_on_the_bus_the_set_runs_as_before(qtbot, monkeypatch):
    from PySide6.QtDBus import QDBusConnection

    import heelcoach.desktop.dbus

    nowhere = QDBusConnection.connectToBus("unix:path=/nonexistent/bus", "heelcoach-no-bus")
    monkeypatch.setattr(heelcoach.desktop.dbus, "session_bus", lambda: nowhere)
    coach = Coach(qtbot)
    try:
        coach.window.today.set_plan(ONE_REP)
        coach.start()
        run_to_the_end(coach)
        assert not coach.window.screen_awake.holding
    finally:
        coach.close()
        QDBusConnection.disconnectFromBus("heelcoach-no-bus")
