"""One HeelCoach per data folder: a second one would write the same journal."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile

LOCK_FILE = "heelcoach.lock"


class AlreadyRunningError(Exception):
    """Another HeelCoach holds the data folder; str(error) tells the user."""


def lock_data_folder(folder: Path) -> QLockFile:
    """Hold the data folder for as long as the returned lock lives."""
    lock = QLockFile(str(folder / LOCK_FILE))
    lock.setStaleLockTime(0)  # only a lock whose process has died is stale, however old
    if not lock.tryLock(0):
        message = QCoreApplication.translate(
            "InstanceLock", "HeelCoach is already running with the data folder %1."
        )
        raise AlreadyRunningError(message.replace("%1", str(folder)))
    return lock
