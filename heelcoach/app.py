"""Start-up: the command line, QApplication, the data folder, and the wiring of the window."""

from __future__ import annotations

import os
import sys
import time
from types import SimpleNamespace

from PySide6.QtWidgets import QApplication

from heelcoach import APP_ID, APP_NAME, __version__
from heelcoach.commands.cli import parse_args
from heelcoach.i18n import Translations, resolve_language, system_language
from heelcoach.settings import LANGUAGE, Settings
from heelcoach.system.instance_lock import (
    AlreadyRunningError,
    DataFolderUnusableError,
    lock_data_folder,
)
from heelcoach.system.lean_start import after_first_frame
from heelcoach.system.logs import configure_logging, install_exception_hook
from heelcoach.system.paths import DataFolderError, data_dir
from heelcoach.system.screen_check import no_screen_reason
from heelcoach.ui.main_window import MainWindow

ALREADY_RUNNING_EXIT = 3
DATA_FOLDER_UNUSABLE_EXIT = 4
PRIVATE_FILES_UMASK = 0o077
"""Health data: whatever the app creates is readable by the user alone."""


def application() -> QApplication:
    QApplication.setApplicationName(APP_NAME)
    QApplication.setApplicationVersion(__version__)
    QApplication.setDesktopFileName(APP_ID)
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # Qt names the window's class after argv[0]: "heelcoach" however it was started (not
    # "__main__.py" for python -m), as the desktop entry's StartupWMClass says.
    return QApplication(["heelcoach"])


def create_window(app: QApplication, options: SimpleNamespace) -> MainWindow:
    """Everything between QApplication and a window ready to show; raises if any part fails.

    The language comes first, so that even "already running" is said in the user's."""
    folder = data_dir()
    settings = Settings(folder)
    translations = Translations(app)
    translations.use(resolve_language(options.lang, settings.get(LANGUAGE), system_language()))
    lock = lock_data_folder(folder)
    try:
        log_path = configure_logging(folder)
        window = MainWindow(settings, translations, make_sound=open_cue_sound,
                            journal_folder=folder)  # fmt: skip
        install_exception_hook(log_path, window.notices.tell_uncaught_error)
    except BaseException:
        lock.release()
        raise
    window.data_folder_lock = lock  # held until the window goes
    return window


def open_cue_sound():
    """The set's sound, opened on the first start (QtMultimedia loads then, not at start-up)."""
    from heelcoach.audio.cue_sound import CueSound

    sound = CueSound()
    sound.open()
    return sound


def main(argv: list[str] | None = None) -> int:
    started = time.perf_counter()
    options = parse_args(sys.argv[1:] if argv is None else argv)
    os.umask(PRIVATE_FILES_UMASK)
    if (reason := no_screen_reason()) is not None:
        print(reason, file=sys.stderr)
        return 1
    errors_seen = None
    if options.smoke_test:
        from heelcoach.ui.smoke_test import ErrorsSeen

        errors_seen = ErrorsSeen()
    try:
        app = application()
        window = create_window(app, options)
    except AlreadyRunningError as error:
        return _already_running(options, str(error))
    except DataFolderUnusableError as error:
        return _cannot_start(app, options, str(error), DATA_FOLDER_UNUSABLE_EXIT)
    except DataFolderError as error:
        message = f"HeelCoach could not start: {error}."
        return _cannot_start(app, options, message, DATA_FOLDER_UNUSABLE_EXIT)
    except Exception as error:  # start-up fails with words, not a traceback
        print(f"HeelCoach could not start: {error}", file=sys.stderr)
        return 1
    window.ready.connect(after_first_frame)
    try:
        if errors_seen is not None:  # --smoke-test
            from heelcoach.ui.smoke_test import run_smoke_test

            return run_smoke_test(app, window, started, errors_seen)
        window.ready.connect(lambda: _quit_on_signals(app, window))
        window.ready.connect(lambda: _listen_for_later_launches(window))
        present(window, options)
        return app.exec()
    finally:
        if window.data_folder_lock is not None:
            window.data_folder_lock.release()


def _quit_on_signals(app: QApplication, window: MainWindow) -> None:
    """SIGTERM, SIGINT and SIGHUP close the window (a running set keeps its reps), and the
    app quits. Set up after the first frame: until then there is nothing to keep."""
    import logging

    from heelcoach.system.quit_signals import QUIT_SIGNALS, QuitSignals

    def close(number: int) -> None:
        if number in QUIT_SIGNALS:
            logging.getLogger(__name__).info("signal %d: closing as the window would", number)
            window.close_now()

    quit_signals = window.quit_signals = QuitSignals(app)
    quit_signals.received.connect(close)
    # The desktop logging out: the window closes without asking, keeping a set's reps.
    app.commitDataRequest.connect(lambda _manager: window.close_without_asking())


def _listen_for_later_launches(window: MainWindow) -> None:
    from heelcoach.system.single_instance import START, InstanceServer

    def answer(request: bytes) -> None:
        if window.isMinimized():
            window.showNormal()
        window.raise_()
        window.activateWindow()
        on_today = window.pages.currentWidget() is window.today
        if request == START and on_today and QApplication.activeModalWidget() is None:
            window.today.start_button.click()  # as the runner would: a rest day asks first

    window.instance_server = InstanceServer(data_dir(create=False), answer, window)


def _already_running(options: SimpleNamespace, message: str) -> int:
    """Another HeelCoach has the data folder: it is brought to the front (and starts today's
    set, with --start). No dialog, no waiting; exit 3 if it could not be reached."""
    if not options.smoke_test:
        from heelcoach.system.single_instance import RAISE, START, hand_over

        if hand_over(data_dir(create=False), START if options.start else RAISE):
            then = " to start today's set" if options.start else ""
            print(f"{message} Its window is brought to the front{then}.")
            return 0
        message += " It did not answer (busy, or just starting): try again in a moment."
    print(message, file=sys.stderr)
    return ALREADY_RUNNING_EXIT


def _cannot_start(app: QApplication, options: SimpleNamespace, message: str, status: int) -> int:
    """No window can open: the message is printed, and shown in a box when started from a
    desktop (where nobody reads the terminal)."""
    print(message, file=sys.stderr)
    from_a_terminal = sys.stderr is not None and sys.stderr.isatty()
    if not (options.smoke_test or from_a_terminal or app.platformName() == "offscreen"):
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(None, APP_NAME, message)
    return status


def present(window: MainWindow, options: SimpleNamespace) -> None:
    window.show()
    if options.start:
        window.start_when_shown()
