"""What the user set survives a restart; what is broken in the file does not break the app."""

import subprocess
import sys
from pathlib import Path

import pytest
from coach import Coach
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QImage

from heelcoach import APP_ID
from heelcoach.core.exercises.heel_raise import LegMode, SetPlan
from heelcoach.settings import SETTINGS_FILE, Settings
from heelcoach.system.paths import resource_file
from heelcoach.ui.window_geometry import FRAME_ALLOWANCE, restore_geometry


def test_the_plan_a_user_edits_is_there_after_a_restart(qtbot, data_folder):
    first = Coach(qtbot)
    today = first.window.today
    qtbot.mouseClick(today.details_button, Qt.MouseButton.LeftButton)
    today.details.sets_box.setValue(4)
    today.details.reps_box.setValue(10)
    today.legs_box.setCurrentIndex(2)
    today.legs_box.activated.emit(2)
    today.details.rest_box.setValue(90)
    today.details.up_box.setValue(4.5)
    first.close()

    again = Coach(qtbot)
    today = again.window.today
    plan = today.plan()
    assert (plan.sets, plan.reps, plan.legs, plan.rest_ms) == (4, 10, LegMode.BOTH, 90_000)
    assert plan.tempo.up_ms == 4500
    assert today.details is not None and today.details.isVisible()
    assert today.details.up_box.value() == 4.5
    assert "4 sets × 10 reps, tempo 4.5-2-3 s" in today.summary.text()
    again.close()


def test_the_detailed_numbers_are_not_built_until_asked_for(coach):
    today = coach.window.today
    assert today.details is None
    today.details_button.click()
    assert today.details.isVisible()
    today.details_button.click()
    assert not today.details.isVisible()


def test_choosing_self_dosed_turns_the_sets_into_sets_to_failure_and_back(coach):
    today = coach.window.today
    coach.qtbot.waitUntil(lambda: coach.window.coach is not None)
    coach.window.coach.show_menu()  # the program is chosen in the Program menu
    coach.window.coach.menu.heavy_action.trigger()
    coach.window.coach.menu.close()
    plan = today.plan()
    assert plan.to_failure and plan.rest_ms == 120_000
    assert today.summary.text().startswith("Sets to failure, tempo 3-2-3 s (up-hold-down), "
                                           "2:00 rest between sets.")  # fmt: skip
    coach.window.coach.menu.step_action.trigger()
    assert (today.plan().sets, today.plan().reps, today.plan().to_failure) == (3, 12, False)
    assert today.summary.text() == (
        "3 sets × 12 reps, tempo 3-2-3 s (up-hold-down), 2:00 rest between sets. "
        "The session takes 14:06. Body weight."
    )


def test_the_window_size_is_remembered(qtbot):
    first = Coach(qtbot)
    first.window.resize(853, 707)
    first.close()
    again = Coach(qtbot)
    assert (again.window.width(), again.window.height()) == (853, 707)
    again.close()


def test_the_disclaimer_shows_on_first_run_only(qtbot):
    first = Coach(qtbot)
    assert first.window.notices.disclaimer.isVisible()
    assert "does not diagnose" in first.window.notices.disclaimer.text_label.text()
    qtbot.mouseClick(first.window.notices.disclaimer.close_button, Qt.MouseButton.LeftButton)
    assert not first.window.notices.disclaimer.isVisible()
    first.close()
    again = Coach(qtbot)
    assert again.window.notices.disclaimer is None
    again.close()


def test_a_mangled_settings_file_falls_back_to_the_default_plan_value_by_value(qtbot, data_folder):
    data_folder.mkdir(parents=True, exist_ok=True)
    (data_folder / SETTINGS_FILE).write_text(
        '{"plan/sets": "many", "plan/reps": -4, "plan/up_seconds": "banana",'
        ' "plan/legs": "sideways", "window/geometry": "zz", "interface/language": 7}'
    )
    assert Settings(data_folder).plan() == SetPlan(reps=1)  # -4 clamped, the rest defaults
    coach = Coach(qtbot)
    assert coach.window.today.plan() == SetPlan()  # and the coach's first session on them
    coach.press(Qt.Key.Key_Space)
    assert coach.page.phase_label.text() == "● Get ready"
    coach.close()


def test_a_settings_file_that_is_not_json_is_kept_aside_not_overwritten(qtbot, data_folder):
    data_folder.mkdir(parents=True, exist_ok=True)
    (data_folder / SETTINGS_FILE).write_bytes(b"\x00\xffnot json")
    coach = Coach(qtbot)
    assert coach.window.today.plan() == SetPlan()
    coach.window.today.legs_box.activated.emit(1)
    coach.close()
    kept = list(data_folder.glob(f"{SETTINGS_FILE}.unreadable-*"))
    assert [path.read_bytes() for path in kept] == [b"\x00\xffnot json"]
    assert Coach(qtbot).window.today.plan().legs is LegMode.RIGHT


def test_the_window_has_its_icon(coach):
    coach.qtbot.waitUntil(lambda: not coach.window.windowIcon().isNull())
    assert coach.window.windowIcon().pixmap(64, 64).width() == 64


def test_the_window_icon_is_the_svg_as_the_script_renders_it(qapp, tmp_path):
    script = Path(__file__).resolve().parents[2] / "packaging" / "make_icon.py"
    subprocess.run([sys.executable, str(script), str(tmp_path)], check=True, capture_output=True)
    name = f"{APP_ID}.png"
    shipped, fresh = QImage(str(resource_file("icons", name))), QImage(str(tmp_path / name))
    assert shipped.width() == 256
    assert shipped == fresh
    for pixels in (16, 24, 32, 48, 64, 128, 256):  # the desktop's sizes
        size = f"{pixels}x{pixels}"
        shipped = QImage(str(resource_file("icons", "hicolor", size, name)))
        assert shipped.width() == pixels
        assert shipped == QImage(str(tmp_path / "hicolor" / size / name))


def test_the_first_run_notice_steps_aside_during_a_set(qtbot):
    first = Coach(qtbot)
    first.press(Qt.Key.Key_Space)
    assert not first.window.notices.disclaimer.isVisible()
    first.press(Qt.Key.Key_Escape)
    assert first.window.notices.disclaimer.isVisible()
    first.close()


class _WindowOn:
    """The parts of a window that restore_geometry uses, on a screen of a given size."""

    def __init__(self, room: QRect) -> None:
        self.room = room
        self.geometry = QRect(room.x() + 40, room.y() + 51, 100, 100)  # where openbox put it

    def restoreGeometry(self, _saved) -> bool:  # noqa: N802 (Qt's name)
        return False

    def resize(self, width: int, height: int) -> None:
        self.geometry.setSize(QSize(width, height))

    def move(self, left: int, top: int) -> None:
        self.geometry.moveTo(left, top)

    def width(self) -> int:
        return self.geometry.width()

    def height(self) -> int:
        return self.geometry.height()

    def screen(self):
        return self

    def availableGeometry(self) -> QRect:  # noqa: N802 (Qt's name)
        return self.room


@pytest.mark.parametrize("room", [QRect(0, 0, 1024, 600), QRect(0, 24, 1366, 744),
                                  QRect(1920, 0, 1280, 800)])  # fmt: skip
def test_a_first_window_is_placed_whole_on_the_screen_with_its_title_bar(tmp_path, room):
    window = _WindowOn(room)
    restore_geometry(window, Settings(tmp_path))
    with_frame = window.geometry.adjusted(0, 0, FRAME_ALLOWANCE, FRAME_ALLOWANCE)
    assert room.contains(with_frame), (window.geometry, room)
    assert window.height() >= min(720, room.height() - FRAME_ALLOWANCE)


@pytest.mark.parametrize("room", [QRect(0, 0, 1366, 768), QRect(0, 24, 1366, 744),
                                  QRect(1920, 0, 1280, 800)])  # fmt: skip
def test_a_first_window_fills_most_of_a_laptop_screen_and_is_centred(tmp_path, room):
    window = _WindowOn(room)
    restore_geometry(window, Settings(tmp_path))
    assert window.width() >= 0.85 * room.width() and window.height() >= 0.85 * room.height()
    with_frame = window.geometry.adjusted(0, 0, FRAME_ALLOWANCE, FRAME_ALLOWANCE)
    assert room.contains(with_frame)
    left, right = with_frame.left() - room.left(), room.right() - with_frame.right()
    top, bottom = with_frame.top() - room.top(), room.bottom() - with_frame.bottom()
    assert abs(left - right) <= 1 and abs(top - bottom) <= 1


def test_the_first_window_fills_most_of_the_screen_it_opens_on(qtbot):
    coach = Coach(qtbot)  # no size saved yet
    window = coach.window
    room = window.screen().availableGeometry()
    assert window.width() >= min(0.85 * room.width(), 1600)
    assert window.height() >= min(0.85 * room.height(), 1000)
    assert window.frameGeometry().center().x() - room.center().x() in range(-30, 30)
    coach.close()
