"""One HeelCoach per data folder: a second one would write the same journal.

The lock is the kernel's (flock) on heelcoach.lock: the kernel lets go of it when its
holder ends, however it ends. So a lock left by a crash or a power cut, an empty or
garbled lock file, or a new process that happens to have the dead one's PID never keeps
anyone out; only a HeelCoach that is running does. Any other reason the lock cannot be
taken (a read-only disk, no permission, a full disk) is said as what it is.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from heelcoach.system.placeholders import fill

LOCK_FILE = "heelcoach.lock"
OPEN_FLAGS = os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC
ATTEMPTS = 5  # a holder that is just quitting removes the file between our open and lock


class AlreadyRunningError(Exception):
    """Another HeelCoach holds the data folder; str(error) tells the user."""


class DataFolderUnusableError(Exception):
    """The data folder cannot be written to; str(error) says why, in plain words."""


class FolderLock:
    """Held until released, or until the process ends."""

    def __init__(self, path: Path, descriptor: int) -> None:
        self.path = path
        self._descriptor: int | None = descriptor

    def release(self) -> None:
        if self._descriptor is None:
            return
        with contextlib.suppress(OSError):
            self.path.unlink()  # while still holding it: nobody can take a file on its way out
        os.close(self._descriptor)
        self._descriptor = None


def lock_data_folder(folder: Path) -> FolderLock:
    """Hold the data folder; raises AlreadyRunningError or DataFolderUnusableError."""
    path = folder / LOCK_FILE
    for _attempt in range(ATTEMPTS):
        try:
            descriptor = os.open(path, OPEN_FLAGS, 0o600)
        except OSError as error:
            raise _unusable(folder, error) from error
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as error:
            os.close(descriptor)
            if error.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                raise _already_running(folder) from error
            raise _unusable(folder, error) from error
        if _still_named(path, descriptor):
            _check_writable(folder)
            _note_holder(descriptor)
            return FolderLock(path, descriptor)
        os.close(descriptor)
    raise _already_running(folder)


def _still_named(path: Path, descriptor: int) -> bool:
    """Whether the file locked is still the one at `path` (not unlinked by a holder that
    was quitting between our open and our lock)."""
    try:
        named, held = path.stat(), os.fstat(descriptor)
    except OSError:
        return False
    return (named.st_dev, named.st_ino) == (held.st_dev, held.st_ino)


def _check_writable(folder: Path) -> None:
    """The lock file may be writable where the folder is not (made by someone else)."""
    if os.statvfs(folder).f_flag & os.ST_RDONLY:
        raise _unusable(folder, OSError(errno.EROFS, os.strerror(errno.EROFS)))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise _unusable(folder, OSError(errno.EACCES, os.strerror(errno.EACCES)))


def _note_holder(descriptor: int) -> None:
    """The PID in the file is for people reading it; nothing depends on it (a full disk
    may keep it out)."""
    with contextlib.suppress(OSError):
        os.ftruncate(descriptor, 0)
        os.write(descriptor, f"{os.getpid()}\n".encode("ascii"))


def _already_running(folder: Path) -> AlreadyRunningError:
    message = QCoreApplication.translate(
        "InstanceLock", "HeelCoach is already running with the data folder %1."
    )
    return AlreadyRunningError(fill(message, folder))


def _unusable(folder: Path, error: OSError) -> DataFolderUnusableError:
    from heelcoach.system.disk_problems import plain_words

    why = plain_words(error)
    if error.errno in (errno.EISDIR, errno.ELOOP):  # the lock file itself is in the way
        why = QCoreApplication.translate("InstanceLock", "its lock file is a folder or a link")
    message = QCoreApplication.translate(
        "InstanceLock", "HeelCoach cannot use its data folder %1: %2."
    )
    return DataFolderUnusableError(fill(message, folder, why))
