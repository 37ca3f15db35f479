"""What the user set survives a restart; what is broken in the file does not break the app."""

from PySide6.QtCore import Qt

from heelcoach.core.plan import LegMode, SetPlan
from heelcoach.settings import SETTINGS_FILE
from tests.ui.conftest import Coach


def test_the_plan_a_user_edits_is_there_after_a_restart(qtbot, data_folder):
    first = Coach(qtbot)
    today = first.window.today
    today.sets_box.setValue(4)
    today.reps_box.setValue(10)
    today.legs_box.setCurrentIndex(2)
    today.legs_box.activated.emit(2)
    today.rest_box.setValue(90)
    first.close()

    again = Coach(qtbot)
    plan = again.window.today.plan()
    assert (plan.sets, plan.reps, plan.legs, plan.rest_ms) == (4, 10, LegMode.BOTH, 90_000)
    assert again.window.today.stage_box.currentText() == "Weeks 3-4: 4 × 10, with a loaded backpack"
    again.close()


def test_choosing_a_program_stage_fills_in_sets_and_reps(coach):
    today = coach.window.today
    today.stage_box.activated.emit(2)
    assert (today.sets_box.value(), today.reps_box.value()) == (5, 8)
    assert today.summary.text().startswith("The session takes ")


def test_the_window_size_is_remembered(qtbot):
    first = Coach(qtbot)
    first.window.resize(853, 707)
    first.close()
    again = Coach(qtbot)
    assert (again.window.width(), again.window.height()) == (853, 707)
    again.close()


def test_the_disclaimer_shows_on_first_run_only(qtbot):
    first = Coach(qtbot)
    assert first.window.notice.isVisible()
    assert "does not diagnose" in first.window.notice.text_label.text()
    qtbot.mouseClick(first.window.notice.close_button, Qt.MouseButton.LeftButton)
    assert not first.window.notice.isVisible()
    first.close()
    again = Coach(qtbot)
    assert not again.window.notice.isVisible()
    again.close()


def test_a_mangled_settings_file_falls_back_to_the_default_plan(qtbot, data_folder):
    data_folder.mkdir(parents=True, exist_ok=True)
    (data_folder / SETTINGS_FILE).write_text(
        "[plan]\nsets=many\nreps=-4\nup_seconds=banana\nlegs=sideways\n[window]\ngeometry=zz\n"
    )
    coach = Coach(qtbot)
    assert coach.window.today.plan() == SetPlan()
    coach.press(Qt.Key.Key_Space)
    assert coach.page.phase_label.text() == "● Get ready"
    coach.close()
