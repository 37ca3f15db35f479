"""--smoke-test: wait for the main window's first painted frame, report how long it took.

It fails (exit 1, the message printed) on an uncaught exception or any error logged before
it ends, as a frozen app's smoke test must, to be trusted in CI."""

from __future__ import annotations

import logging
import os
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from collections.abc import Callable

    from heelcoach.ui.main_window import MainWindow

FIRST_FRAME_TIMEOUT_MS = 20_000


def seconds_since_process_start() -> float | None:
    """Read from /proc (Linux); None where the process start time is not known."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        with open("/proc/uptime", encoding="ascii") as uptime:
            up = float(uptime.read().split()[0])
    except (OSError, IndexError, ValueError):
        return None
    started_ticks = int(fields[19])
    return up - started_ticks / os.sysconf("SC_CLK_TCK")


class _FirstPaint(QObject):
    def __init__(self, on_painted: Callable[[], None]) -> None:
        super().__init__()
        self._on_painted = on_painted

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # Let the paint finish and reach the backing store before we report.
            QTimer.singleShot(0, self._on_painted)
        return False


class ErrorsSeen(logging.Handler):
    """Every error logged from now on (the root logger's), until closed."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.messages: list[str] = []
        logging.getLogger().addHandler(self)

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(f"{record.name}: {record.getMessage()}")

    def close(self) -> None:
        logging.getLogger().removeHandler(self)
        super().close()


def run_smoke_test(app: QApplication, window: MainWindow, main_started: float,
                   errors: ErrorsSeen) -> int:  # fmt: skip
    """Show the window, exit 0 after its first frame is painted; 1 if it never is, or if
    an error was logged (an uncaught exception is logged too) since `errors` began."""
    try:
        code = _first_frame(app, window, main_started)
    finally:
        errors.close()
    if errors.messages:
        print(f"HeelCoach smoke test failed: {len(errors.messages)} error(s) logged; the "
              f"first: {errors.messages[0]}", flush=True)  # fmt: skip
        return 1
    return code


def _first_frame(app: QApplication, window: MainWindow, main_started: float) -> int:
    outcome = {"code": 1}

    def painted() -> None:
        since_main_ms = (time.perf_counter() - main_started) * 1000
        since_start = seconds_since_process_start()
        since_start_text = (
            f"{since_start * 1000:.0f} ms since process start, " if since_start else ""
        )
        print(
            f"HeelCoach smoke test: first frame painted ({since_start_text}"
            f"{since_main_ms:.0f} ms since main())",
            flush=True,
        )
        window.journal  # noqa: B018 (it must open, whatever state the file is in)
        outcome["code"] = 0
        app.quit()

    def timed_out() -> None:
        print(
            f"HeelCoach smoke test failed: no frame painted within "
            f"{FIRST_FRAME_TIMEOUT_MS / 1000:.0f} s",
            flush=True,
        )
        app.quit()

    watcher = _FirstPaint(painted)
    window.installEventFilter(watcher)
    QTimer.singleShot(FIRST_FRAME_TIMEOUT_MS, timed_out)
    window.show()
    app.exec()
    window.close()
    return outcome["code"]
