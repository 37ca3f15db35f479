"""Reminders on training days: off by default, offered once, a systemd user timer per
reminder that runs `heelcoach --remind`, and a notification in `heelcoach --today`'s words
(sent to a stand-in notification server on a private bus)."""

import os
import stat
from datetime import date, datetime, time, timedelta

import pytest
from coach import Coach
from PySide6.QtCore import QTime
from test_command_line import run_heelcoach

from heelcoach.desktop import reminders
from heelcoach.desktop.reminders import Reminder, RemindersError
from heelcoach.journal.journal import Journal
from heelcoach.settings import (
    CHECK_IN_REMINDER_AT,
    REMINDERS_OFFERED,
    TRAINING_REMINDER_AT,
    Settings,
)

TODAY = date.today()


@pytest.fixture
def fake_systemd(tmp_path, monkeypatch):
    """A systemctl that writes down what it is asked; the units go to a folder of the test's."""
    bin_folder = tmp_path / "bin"
    bin_folder.mkdir()
    asked = tmp_path / "systemctl.log"
    systemctl = bin_folder / "systemctl"
    systemctl.write_text(f'#!/bin/sh\necho "$@" >> "{asked}"\n')
    systemctl.chmod(systemctl.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{bin_folder}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return (
        tmp_path / "config" / "systemd" / "user",
        lambda: asked.read_text().splitlines() if asked.exists() else [],
    )


def test_a_reminder_is_a_daily_timer_that_runs_heelcoach_remind(fake_systemd, data_folder):
    _units, asked = fake_systemd
    reminders.apply([Reminder("training", "18:15")])
    [service_path, timer_path] = reminders.installed()
    timer, service = timer_path.read_text(), service_path.read_text()
    assert "OnCalendar=*-*-* 18:15:00" in timer
    assert "Persistent=true" in timer  # a computer off at 18:15 is reminded at the next login
    assert '"-m" "heelcoach" "--remind" "training"' in service
    assert f'Environment="HEELCOACH_DATA_DIR={data_folder}"' in service
    assert timer_path.name.startswith("heelcoach-remind-training-")  # this folder's own
    assert f"--user enable {timer_path.name}" in asked()


def test_turning_reminders_off_takes_out_everything_it_put_in(fake_systemd):
    _units, asked = fake_systemd
    reminders.apply([Reminder("training", "18:00"), Reminder("check-in", "07:30")])
    assert len(reminders.installed()) == 4
    reminders.apply([Reminder("check-in", "07:30")])
    assert [path.suffix for path in reminders.installed()] == [".service", ".timer"]
    assert all("check-in" in path.name for path in reminders.installed())
    reminders.apply([])
    assert reminders.installed() == []
    [last_off] = [line for line in asked() if line.startswith("--user disable --now")][-1:]
    assert "heelcoach-remind-training-" in last_off and "heelcoach-remind-check-in-" in last_off


def test_without_systemd_the_reminder_says_why_and_is_not_kept(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # no systemctl here
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    with pytest.raises(RemindersError, match="does not run systemd"):
        reminders.apply([Reminder("training", "18:00")])
    assert reminders.installed() == []  # nothing kept of what could not be set up


def test_a_session_without_systemds_user_manager_is_said_in_the_users_words(tmp_path, monkeypatch):
    systemctl = tmp_path / "systemctl"  # as in a container: there, but no manager to ask
    systemctl.write_text("#!/bin/sh\necho 'Failed to connect to bus: No medium found' >&2\n"
                         "exit 1\n")  # fmt: skip
    systemctl.chmod(0o755)
    monkeypatch.setenv("PATH", f"{tmp_path}:/usr/bin:/bin")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    with pytest.raises(RemindersError) as raised:
        reminders.apply([Reminder("training", "18:00")])
    assert str(raised.value) == ("your desktop's background service (systemd), which reminders "
                                 "need, is not running in this session")  # fmt: skip


def test_the_dialog_is_off_by_default_and_sets_up_the_times_chosen(qtbot, fake_systemd):
    coach = Coach(qtbot)
    try:
        from heelcoach.ui.reminders_dialog import RemindersDialog

        dialog = RemindersDialog.show_for(coach.settings, coach.window)
        assert not dialog.training.isChecked() and not dialog.check_in.isChecked()
        dialog.training.setChecked(True)
        dialog.training_at.setTime(QTime(19, 45))
        dialog.buttons.accepted.emit()
        assert coach.settings.get(TRAINING_REMINDER_AT) == "19:45"
        assert coach.settings.get(CHECK_IN_REMINDER_AT) == ""
        [_service, timer] = reminders.installed()
        assert "OnCalendar=*-*-* 19:45:00" in timer.read_text()
        assert not dialog.isVisible()
    finally:
        coach.close()


def test_a_problem_is_said_in_the_dialog_which_stays_open(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    coach = Coach(qtbot)
    try:
        from heelcoach.ui.reminders_dialog import RemindersDialog

        dialog = RemindersDialog.show_for(coach.settings, coach.window)
        dialog.check_in.setChecked(True)
        dialog.buttons.accepted.emit()
        assert dialog.isVisible()
        assert "could not be set up" in dialog.problem.text()
        assert "does not run systemd" in dialog.problem.text()
        assert coach.settings.get(CHECK_IN_REMINDER_AT) == ""  # not kept as if it were set
    finally:
        coach.close()


def test_reminders_are_offered_once_after_the_first_session(qtbot, data_folder, fake_systemd):
    fresh = Coach(qtbot)  # no session yet: nothing to offer
    assert fresh.window.notices.reminders_bar is None
    fresh.close()
    journal = Journal(data_folder)
    yesterday = datetime.combine(TODAY - timedelta(days=1), time(18, 0)).isoformat()
    journal.add_session(at=yesterday, pain_after=2)
    journal.close()
    offered = Coach(qtbot)
    bar = offered.window.notices.reminders_bar
    assert bar is not None and bar.isVisible()
    assert "remind you on training days" in bar.text_label.text()
    assert bar.action_button.text() == "Set up &reminders…"
    today = offered.window.today
    today.language_box.setCurrentIndex(today.language_box.findData("da"))
    today.language_box.activated.emit(today.language_box.currentIndex())
    qtbot.waitUntil(lambda: "minde dig om træningsdagene" in bar.text_label.text())  # Danish
    assert bar.close_button.text() != "No, thanks"
    offered.close()  # not answered: offered all the same, and not again
    assert Settings(data_folder).get(REMINDERS_OFFERED)
    again = Coach(qtbot)
    assert again.window.notices.reminders_bar is None
    again.close()


def test_on_a_training_day_the_notification_says_what_heelcoach_today_says(private_bus):
    env = {"DBUS_SESSION_BUS_ADDRESS": private_bus.address}
    result = run_heelcoach("--remind", env=env)
    assert result.returncode == 0, result.stderr
    [notification] = private_bus.calls("Notify")
    today = run_heelcoach("--today").stdout.splitlines()
    assert notification["summary"] == "HeelCoach: heel raises today"
    plan = next(line for line in today if line.startswith("Today ("))
    assert notification["body"].splitlines() == [today[0], plan]  # the verdict, the plan
    assert today[0] == "Start the programme." and today[2].endswith("Training day.")
    assert notification["application"] == "HeelCoach"
    assert notification["replaces"] == 0 and notification["timeout"] == 0


def test_on_a_rest_day_nothing_is_shown(private_bus, data_folder):
    journal = Journal(data_folder)
    yesterday = datetime.combine(TODAY - timedelta(days=1), time(18, 0))
    journal.add_set(at=yesterday.isoformat(), leg="left", target_reps=12, reps=12, pain=2,
                    session=yesterday.isoformat())  # fmt: skip
    journal.close()
    result = run_heelcoach("--remind", "training",
                           env={"DBUS_SESSION_BUS_ADDRESS": private_bus.address})  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Nothing to remind of today" in result.stdout
    assert private_bus.calls("Notify") == []


def test_the_check_in_reminder_asks_until_the_check_in_is_done(private_bus, data_folder):
    env = {"DBUS_SESSION_BUS_ADDRESS": private_bus.address}
    assert run_heelcoach("--remind", "check-in", "--lang", "da", env=env).returncode == 0
    [asked] = private_bus.calls("Notify")
    assert "første skridt" in asked["body"]
    journal = Journal(data_folder)
    journal.add_check_in(date=TODAY.isoformat(), first_steps_pain=2)
    journal.close()
    assert run_heelcoach("--remind", "check-in", env=env).returncode == 0
    assert len(private_bus.calls("Notify")) == 1


def test_with_no_notification_server_and_no_tray_it_says_so(tmp_path):
    nowhere = {"DBUS_SESSION_BUS_ADDRESS": f"unix:path={tmp_path}/no-bus"}
    result = run_heelcoach("--remind", env=nowhere)
    assert result.returncode == 1
    assert "could not be shown" in result.stderr
    assert "Start the programme." in result.stdout  # the words are still there, for the log


def test_the_offer_opens_the_reminders_dialog(qtbot, data_folder, fake_systemd):
    journal = Journal(data_folder)
    journal.add_session(at=datetime.combine(TODAY - timedelta(days=1), time(8, 0)).isoformat(),
                        pain_after=1)  # fmt: skip
    journal.close()
    coach = Coach(qtbot)
    try:
        from heelcoach.ui.reminders_dialog import RemindersDialog

        coach.window.notices.reminders_bar.action_button.click()
        qtbot.waitUntil(lambda: coach.window.findChild(RemindersDialog) is not None)
        dialog = coach.window.findChild(RemindersDialog)
        assert dialog.isVisible() and not dialog.training.isChecked()
        dialog.reject()
    finally:
        coach.close()
