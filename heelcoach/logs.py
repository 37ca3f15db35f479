"""Logging to a rotating file in the data folder; Qt's messages and uncaught errors go there too."""

from __future__ import annotations

import logging
import stat
import sys
import time
import traceback
from pathlib import Path

from PySide6.QtCore import QtMsgType, qInstallMessageHandler

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


def _route_qt_message(kind, _context, message: str) -> None:
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


def configure_logging(folder: Path) -> Path:
    path = folder / LOG_FILE
    _clear_the_way(path)
    _rotate(path)
    handler = logging.FileHandler(path, encoding="utf-8")
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


def install_exception_hook(log_path: Path) -> None:
    """An uncaught error is logged and shown in a dialog that says where the log is."""

    def report(kind, error, trace) -> None:
        log.critical("uncaught error:\n%s", "".join(traceback.format_exception(kind, error, trace)))
        from PySide6.QtWidgets import QApplication, QMessageBox

        app = QApplication.instance()
        # A dialog needs someone to click it: not offscreen (tests, --smoke-test).
        if app is not None and app.platformName() != "offscreen":
            QMessageBox.critical(
                None,
                QApplication.translate("ErrorDialog", "HeelCoach hit an error"),
                QApplication.translate(
                    "ErrorDialog", "Something went wrong: %1\n\nThe details are in %2"
                )
                .replace("%1", str(error))
                .replace("%2", str(log_path)),
            )

    sys.excepthook = report
