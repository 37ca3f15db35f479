"""Logging to a rotating file in the data folder; Qt's messages and uncaught errors go there too."""

from __future__ import annotations

import logging
import stat
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QtMsgType, qInstallMessageHandler

if TYPE_CHECKING:
    from types import TracebackType

    from PySide6.QtCore import QMessageLogContext

LOG_FILE = "heelcoach.log"
LOG_BYTES = 512 * 1024
LOG_BACKUPS = 2

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}

log = logging.getLogger("heelcoach")


def _route_qt_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    logging.getLogger("qt").log(_QT_LEVELS.get(kind, logging.WARNING), message)


def _rotate(path: Path) -> None:
    """At start-up, move a full log to .1 (and .1 to .2): cheaper than logging.handlers."""
    try:
        if path.stat().st_size < LOG_BYTES:
            return
    except FileNotFoundError:
        return
    for number in range(LOG_BACKUPS, 0, -1):
        older = path.with_name(f"{path.name}.{number - 1}") if number > 1 else path
        if older.exists():
            older.replace(path.with_name(f"{path.name}.{number}"))


def _clear_the_way(path: Path) -> None:
    """Something that is not a file in the log's place (a FIFO would block the opening
    for ever) is moved aside: the log is ours to write."""
    try:
        found = path.lstat()
    except FileNotFoundError:
        return
    if not stat.S_ISREG(found.st_mode):
        path.replace(path.with_name(f"{path.name}.unusable-{time.strftime('%Y%m%d-%H%M%S')}"))


class _CappedFileHandler(logging.FileHandler):
    """A file handler that moves a full log aside, so the log never grows past LOG_BYTES
    (times LOG_BACKUPS + 1), however long the app runs."""

    heelcoach_log: bool  # set on the one configure_logging installs

    def emit(self, record: logging.LogRecord) -> None:
        super().emit(record)
        try:
            if self.stream is not None and self.stream.tell() >= LOG_BYTES:
                self.close()  # the next record opens the file anew
                _rotate(Path(self.baseFilename))
        except OSError:  # a full or failing disk: the log waits, the app goes on
            self.handleError(record)


def configure_logging(folder: Path) -> Path:
    path = folder / LOG_FILE
    _clear_the_way(path)
    _rotate(path)
    handler = _CappedFileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "heelcoach_log", False)]:
        root.removeHandler(old)
        old.close()
    handler.heelcoach_log = True
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    # A log the disk will not take (full) is no reason to print tracebacks: the window says
    # what matters.
    logging.raiseExceptions = False
    qInstallMessageHandler(_route_qt_message)
    return path


def install_exception_hook(log_path: Path, show: Callable[[str, Path], None]) -> None:
    """An uncaught error is logged with its traceback, and `show` is told what it was and
    where the log is (the window's notice: never a dialog). Qt goes on with the next event,
    so a running set carries on where it can."""

    def report(kind: type[BaseException], error: BaseException,
               trace: TracebackType | None) -> None:  # fmt: skip
        log.critical("uncaught error:\n%s", "".join(traceback.format_exception(kind, error, trace)))
        if issubclass(kind, KeyboardInterrupt):
            return
        try:
            show(f"{kind.__name__}: {error}", log_path)
        except Exception:  # the notice itself failed: the log has the error
            log.exception("the notice of an uncaught error could not be shown")

    sys.excepthook = report
