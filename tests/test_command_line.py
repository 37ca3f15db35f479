"""The command-line contract, run as a user runs it: a separate process."""

import json
import os
import signal
import subprocess
import sys
import tempfile
import textwrap
import time

import pytest
from PySide6.QtCore import Qt

from heelcoach.app import application, create_window, present
from heelcoach.commands.cli import parse_args
from heelcoach.journal.journal import Journal
from heelcoach.system.paths import DATA_DIR_VARIABLE, resource_file


def run_heelcoach(*args, env=None, code=None, timeout=60):
    """Run the installed app in a process of its own, from a folder with no source tree."""
    command = [sys.executable, "-c", code] if code else [sys.executable, "-m", "heelcoach"]
    return subprocess.run(
        [*command, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=tempfile.gettempdir(),
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
    )


def open_heelcoach() -> subprocess.Popen:
    """The app with its window open, in a process of its own, as a user starts it."""
    return subprocess.Popen([sys.executable, "-m", "heelcoach"], cwd=tempfile.gettempdir(),
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip


def test_smoke_test_paints_a_frame_and_says_how_long_it_took(data_folder):
    result = run_heelcoach("--smoke-test")
    assert result.returncode == 0, result.stderr
    assert "first frame painted" in result.stdout
    assert " ms " in result.stdout
    assert (data_folder / "heelcoach.log").exists()


def test_without_a_screen_it_says_so_instead_of_crashing(data_folder):
    no_screen = {
        name: value
        for name, value in os.environ.items()
        if name not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run([sys.executable, "-m", "heelcoach", "--smoke-test"], env=no_screen,
                            capture_output=True, text=True, timeout=60)  # fmt: skip
    assert result.returncode == 1
    assert "HeelCoach needs a screen" in result.stderr
    assert "QT_QPA_PLATFORM=offscreen" in result.stderr


def test_a_display_no_x_server_answers_at_is_said_in_plain_words(data_folder):
    unreachable = {
        **{name: value for name, value in os.environ.items()
           if name not in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM")},
        "DISPLAY": ":49",
    }  # fmt: skip
    command = [sys.executable, "-m", "heelcoach", "--smoke-test"]
    result = subprocess.run(command, env=unreachable, capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "no X server answers at DISPLAY=:49" in result.stderr
    assert "QT_QPA_PLATFORM=offscreen" in result.stderr


def test_smoke_test_fails_with_a_message_when_the_data_folder_is_unusable(tmp_path):
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_text("in the way")
    result = run_heelcoach("--smoke-test", env={DATA_DIR_VARIABLE: str(not_a_folder)})
    assert result.returncode != 0
    assert "HeelCoach could not start" in result.stderr
    assert not_a_folder.read_text() == "in the way"


def test_with_the_data_folder_set_nothing_is_written_anywhere_else(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    data = tmp_path / "data"
    env = {"HOME": str(home), DATA_DIR_VARIABLE: str(data)}
    for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[variable] = str(home / variable.lower())
    result = run_heelcoach("--smoke-test", env=env)
    assert result.returncode == 0, result.stderr
    written = [str(path.relative_to(home)) for path in home.rglob("*") if path.is_file()]
    assert written == []
    assert sorted(path.name for path in data.iterdir()) == [
        ".coach-digest.json", ".journal.checked", "heelcoach.log", "journal.json",
        "settings.json",
    ]  # fmt: skip


def test_files_in_the_data_folder_are_private(data_folder):
    assert run_heelcoach("--smoke-test").returncode == 0
    for path in [data_folder, *data_folder.iterdir()]:
        assert path.stat().st_mode & 0o077 == 0, path


def test_heavy_libraries_and_the_exercise_kinds_are_not_loaded_at_start_up():
    code = textwrap.dedent("""
        import json, sys
        from PySide6.QtCore import QEvent, QObject
        import heelcoach.app as app_module
        HEAVY = ("numpy", "pyqtgraph", "tinydb", "orjson", "PySide6.QtMultimedia",
                 "soundfile", "PySide6.QtSvg", "heelcoach.core.timeline",
                 "heelcoach.core.exercises.common", "heelcoach.core.exercises.holds",
                 "heelcoach.core.exercises.own_pace", "heelcoach.core.exercises.intervals",
                 "heelcoach.core.exercises.stretches", "heelcoach.coach.walk_run",
                 "heelcoach.ui.today.exercises_page", "heelcoach.ui.session.exercise_page",
                 "PySide6.QtDBus", "PySide6.QtNetwork", "heelcoach.desktop.reminders",
                 "heelcoach.desktop.notification", "heelcoach.desktop.dbus",
                 "heelcoach.system.single_instance", "heelcoach.ui.reminders_dialog")
        seen = {}

        class FirstPaint(QObject):
            def eventFilter(self, watched, event):
                if event.type() == QEvent.Type.Paint and not seen:
                    seen["heavy"] = sorted(m for m in HEAVY if m in sys.modules)
                return False

        make_application = app_module.application
        def application():
            app = make_application()
            app.spy = FirstPaint(app)
            app.installEventFilter(app.spy)
            return app
        app_module.application = application
        code = app_module.main(["--smoke-test"])
        print(json.dumps({"code": code, "heavy": seen["heavy"]}))
    """)
    result = run_heelcoach(code=code)
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report == {"code": 0, "heavy": []}


def test_start_up_pauses_garbage_collection_and_pysides_import_scan_until_the_first_frame():
    code = textwrap.dedent("""
        import builtins, gc, json
        from heelcoach.entry import main
        code = main(["--smoke-test"])
        print(json.dumps({"code": code, "collecting": gc.isenabled(),
                          "frozen": gc.get_freeze_count() > 0,
                          "import": builtins.__import__.__name__}))
    """)
    result = run_heelcoach(code=code)
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report == {"code": 0, "collecting": True, "frozen": True, "import": "__import__"}


def test_danish_from_the_command_line():
    code = textwrap.dedent("""
        import sys
        from heelcoach.app import application, create_window
        from heelcoach.commands.cli import parse_args
        window = create_window(application(), parse_args(sys.argv[1:]))
        print(window.today.start_button.text().replace("&", ""))
    """)
    result = run_heelcoach("--lang", "da", code=code)
    assert result.stdout.strip().splitlines()[-1] == "Start (mellemrum)"


def test_an_unknown_language_is_refused_with_a_message():
    result = run_heelcoach("--lang", "fr", "--smoke-test")
    assert result.returncode == 2
    assert "--lang" in result.stderr


@pytest.fixture
def restore_excepthook(monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)


def test_start_opens_straight_into_the_count_in(qtbot, restore_excepthook):
    window = create_window(application(), parse_args(["--start"]))
    qtbot.addWidget(window)
    present(window, parse_args(["--start"]))
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.heel_raise_page)
    assert window.heel_raise_page.phase_label.text() == "● Get ready"
    assert window.heel_raise_page.set_label.text() == "Set 1 of 3"
    assert window.heel_raise_page.rep_label.text() == "12 reps"
    assert window.heel_raise_page.leg_label.text() == "Left leg"
    qtbot.waitUntil(lambda: bool(window.actions()))  # keys are wired after the first frame
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is window.today


def test_a_second_heelcoach_on_the_same_data_folder_says_so_and_leaves_the_journal(data_folder):
    first = open_heelcoach()
    try:
        lock = data_folder / "heelcoach.lock"
        journal = data_folder / "journal.json"
        deadline = time.monotonic() + 30
        while not (lock.exists() and journal.exists()) and time.monotonic() < deadline:
            time.sleep(0.05)
        before = journal.read_bytes()
        second = run_heelcoach("--smoke-test")
        assert second.returncode == 3
        assert f"HeelCoach is already running with the data folder {data_folder}" in second.stderr
        assert journal.read_bytes() == before
    finally:
        first.terminate()
        first.wait(timeout=10)


def test_launching_it_again_hands_start_to_the_running_one_without_a_dialog(data_folder):
    journal = Journal(data_folder)  # the heel questions answered: Start starts at once
    journal.add_answer(at="2026-11-02T07:00:00", question="red_flags", yes=[])
    journal.close()
    first = open_heelcoach()
    try:
        log, lock = data_folder / "heelcoach.log", data_folder / "heelcoach.lock"
        deadline = time.monotonic() + 60
        while not (lock.exists() and lock.read_text().strip() == str(first.pid)):
            assert time.monotonic() < deadline, "the first HeelCoach never took its folder"
            time.sleep(0.05)
        while True:  # until the first one listens (from its first frame on)
            second = run_heelcoach("--start", timeout=30)
            if second.returncode == 0 or time.monotonic() > deadline:
                break
            assert second.returncode == 3, second.stderr  # not reachable yet: said, not hung
        assert second.returncode == 0, second.stderr
        assert "Its window is brought to the front" in second.stdout
        while "rep 1 begins" not in log.read_text() and time.monotonic() < deadline:
            time.sleep(0.1)  # the count-in, then the first rep
        assert "another launch asked: start" in log.read_text()
        assert "rep 1 begins" in log.read_text()
        assert first.poll() is None  # the first one goes on
    finally:
        first.terminate()
        first.wait(timeout=10)


@pytest.mark.parametrize("mistake", [["--bogus"], ["--smoketest"], ["foo"], ["--smoke"],
                                     ["--today", "--bogus"], ["--remind", "lunch"]])  # fmt: skip
def test_an_unknown_option_is_an_error_with_the_usage_not_a_window(mistake):
    result = run_heelcoach(*mistake, timeout=30)
    assert result.returncode == 2
    assert result.stderr.startswith("usage: heelcoach")
    assert "error:" in result.stderr


def test_the_smoke_test_fails_on_an_uncaught_error_and_says_it():
    code = textwrap.dedent("""
        import sys
        from PySide6.QtCore import QTimer
        from heelcoach import app as start_up
        made = start_up.create_window
        def create_window(app, options):
            window = made(app, options)
            QTimer.singleShot(0, lambda: 1 / 0)
            return window
        start_up.create_window = create_window
        sys.exit(start_up.main(["--smoke-test"]))
    """)
    result = run_heelcoach(code=code)
    assert result.returncode == 1
    assert "HeelCoach smoke test failed" in result.stdout
    assert "ZeroDivisionError" in result.stdout


def test_an_uncaught_error_is_logged_shown_in_the_window_and_the_set_goes_on(data_folder):
    code = textwrap.dedent("""
        import time
        from PySide6.QtCore import QTimer
        from heelcoach.app import application, create_window
        from heelcoach.commands.cli import parse_args
        from heelcoach.core.exercises.heel_raise import LegMode, SetPlan, Tempo
        app = application()
        window = create_window(app, parse_args([]))
        window.show()
        window.start_session(SetPlan(legs=LegMode.LEFT, sets=1, reps=2,
                                     tempo=Tempo(400, 300, 400), count_in_ms=0))
        QTimer.singleShot(300, lambda: 1 / 0)
        deadline = time.monotonic() + 20
        phase = window.heel_raise_page.phase_label
        while phase.text() != "✔ Done!" and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        print(window.heel_raise_page.phase_label.text())
        print(window.notices.error_bar.isVisible())
        print(window.notices.error_bar.text_label.text())
    """)
    result = run_heelcoach(code=code)
    phase, visible, notice = result.stdout.splitlines()[-3:]
    assert phase == "✔ Done!", result.stderr
    assert visible == "True"
    assert "ZeroDivisionError: division by zero" in notice
    assert str(data_folder / "heelcoach.log") in notice
    log = (data_folder / "heelcoach.log").read_text()
    assert "Traceback" in log and "ZeroDivisionError" in log


def test_the_log_never_grows_past_its_cap(data_folder):
    import logging

    from heelcoach.system.logs import LOG_BACKUPS, LOG_BYTES, configure_logging

    data_folder.mkdir(parents=True)
    path = configure_logging(data_folder)
    try:
        for _line in range(3 * LOG_BYTES // 100):
            logging.getLogger("test").info("x" * 100)
    finally:
        root = logging.getLogger()
        for handler in [h for h in root.handlers if getattr(h, "heelcoach_log", False)]:
            root.removeHandler(handler)
            handler.close()
    logs = sorted(data_folder.glob("heelcoach.log*"))
    assert [log.name for log in logs] == ["heelcoach.log", "heelcoach.log.1", "heelcoach.log.2"]
    assert all(log.stat().st_size < LOG_BYTES + 1000 for log in logs)
    assert len(logs) == LOG_BACKUPS + 1 and path.exists()


def test_a_full_disk_under_the_log_never_raises_into_the_app(data_folder):
    import errno
    import logging

    from heelcoach.system.logs import configure_logging

    class FullDisk:
        def write(self, _text):
            raise OSError(errno.ENOSPC, "No space left on device")

        flush = tell = lambda self: FullDisk.write(self, "")

    data_folder.mkdir(parents=True)
    configure_logging(data_folder)
    root = logging.getLogger()
    [handler] = [h for h in root.handlers if getattr(h, "heelcoach_log", False)]
    handler.stream = FullDisk()
    try:
        logging.getLogger("test").error("the disk is full: this must not raise")
    finally:
        root.removeHandler(handler)
        handler.stream = None


def test_a_data_folder_that_is_a_file_is_said_in_plain_words(tmp_path):
    in_the_way = tmp_path / "data"
    in_the_way.write_text("not a folder")
    for command in (["--today"], ["--smoke-test"], ["--remind"]):
        result = run_heelcoach(*command, env={DATA_DIR_VARIABLE: str(in_the_way / "inner")})
        assert result.returncode != 0, command
        assert f"{in_the_way} is a file, not a folder" in result.stderr, command
        assert "Errno" not in result.stderr + result.stdout, command


def test_a_lock_left_by_a_killed_heelcoach_does_not_stop_the_next_start(data_folder):
    killed = open_heelcoach()
    lock = data_folder / "heelcoach.lock"
    deadline = time.monotonic() + 30
    while not lock.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    killed.send_signal(signal.SIGKILL)
    killed.wait(timeout=10)
    assert lock.exists()
    assert run_heelcoach("--smoke-test").returncode == 0


def test_with_an_unreadable_journal_the_smoke_test_passes_and_the_file_is_kept(data_folder):
    data_folder.mkdir(parents=True, exist_ok=True)
    damaged = b'{"sets": {"1": {"at": "2026-'
    (data_folder / "journal.json").write_bytes(damaged)
    result = run_heelcoach("--smoke-test")
    assert result.returncode == 0, result.stderr
    [aside] = data_folder.glob("journal.unreadable-*.json")
    assert aside.read_bytes() == damaged


@pytest.mark.parametrize("has_history", [False, True])
def test_pyqtgraph_is_warmed_up_in_idle_time_only_for_a_journal_with_something_to_draw(
    data_folder, has_history
):
    if has_history:
        from heelcoach.journal.journal import Journal

        Journal(data_folder).add_check_in(date="2026-01-01", first_steps_pain=3)
    code = textwrap.dedent("""
        import sys, time
        from heelcoach.app import application, create_window
        from heelcoach.commands.cli import parse_args
        app = application()
        window = create_window(app, parse_args([]))
        window.show()
        before = "pyqtgraph" in sys.modules
        deadline = time.monotonic() + 4.0
        while time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        print(before, "pyqtgraph" in sys.modules)
    """)
    result = run_heelcoach(code=code)
    assert result.stdout.strip().splitlines()[-1] == f"False {has_history}", result.stderr


def test_a_fifo_in_the_logs_place_does_not_hang_the_start(data_folder):
    data_folder.mkdir(parents=True)
    os.mkfifo(data_folder / "heelcoach.log")
    result = run_heelcoach("--smoke-test", timeout=60)
    assert result.returncode == 0, result.stderr
    assert (data_folder / "heelcoach.log").is_file()
    assert len(list(data_folder.glob("heelcoach.log.unusable-*"))) == 1


def test_the_window_class_is_heelcoach_however_it_was_started():
    """X11 names a window's class after argv[0]; python -m would make it "__main__.py",
    and docks would not tie the window to the menu entry (StartupWMClass=heelcoach)."""
    code = "from heelcoach.app import application; print(application().arguments()[0])"
    result = run_heelcoach(code=code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "heelcoach"
    entry = resource_file("desktop", "io.github.heelcoach.HeelCoach.desktop").read_text()
    assert "StartupWMClass=heelcoach" in entry
