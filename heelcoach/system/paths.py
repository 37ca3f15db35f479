"""Where things are: the user's data folder (HEELCOACH_DATA_DIR overrides the platform
default) and the files the app ships with."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

from heelcoach.system.lazy_log import LazyLog

log = LazyLog(__name__)

DATA_DIR_VARIABLE = "HEELCOACH_DATA_DIR"
PRIVATE_FOLDER_MODE = 0o700


class DataFolderError(Exception):
    """The data folder cannot be used; str(error) says why, in plain words."""


def data_dir(create: bool = True) -> Path:
    """The data folder, created if it does not exist yet, and readable by the user alone;
    with `create` off, only where it is (nothing is made or changed).

    Call after QCoreApplication's names are set: the default location depends on them.
    """
    override = os.environ.get(DATA_DIR_VARIABLE)
    folder = Path(override).expanduser() if override else default_data_dir()
    if not create:
        return folder
    try:
        folder.mkdir(mode=PRIVATE_FOLDER_MODE, parents=True, exist_ok=True)
    except OSError as error:
        problem = data_folder_problem(folder)
        if problem is not None:
            raise DataFolderError(problem) from error
        from heelcoach.system.disk_problems import plain_words

        raise DataFolderError(
            f"the data folder {folder} could not be made: {plain_words(error)}"
        ) from error
    make_private(folder)
    return folder


def default_data_dir() -> Path:
    """Where the platform keeps an application's data, as Qt's QStandardPaths says. On
    Linux it is worked out without Qt, the XDG way (`heelcoach --today` loads no Qt)."""
    if sys.platform.startswith("linux"):
        from heelcoach import APP_NAME

        xdg = os.environ.get("XDG_DATA_HOME", "")
        base = Path(xdg) if os.path.isabs(xdg) else Path.home() / ".local" / "share"
        return base / APP_NAME
    from PySide6.QtCore import QStandardPaths

    location = QStandardPaths.StandardLocation.AppDataLocation
    return Path(QStandardPaths.writableLocation(location))


def make_private(folder: Path) -> None:
    """Health data: a folder made by someone else (or an older HeelCoach) with looser
    permissions is closed to everyone but its owner. Where that is not possible (a
    read-only disk, another user's folder), it is logged, not fatal."""
    try:
        found = folder.stat()
        if stat.S_IMODE(found.st_mode) != PRIVATE_FOLDER_MODE and found.st_uid == os.getuid():
            os.chmod(folder, PRIVATE_FOLDER_MODE)
    except (OSError, AttributeError) as error:  # AttributeError: no getuid (Windows)
        log.warning("could not make %s private: %s", folder, error)


def resource_file(*parts: str) -> Path:
    """A file shipped in resources/: installed as the package heelcoach.resources, and
    beside the package in a source checkout (`python -m heelcoach` from the root)."""
    try:
        import heelcoach.resources
    except ModuleNotFoundError:
        return Path(__file__).resolve().parents[2].joinpath("resources", *parts)
    return Path(heelcoach.resources.__file__).parent.joinpath(*parts)


def data_folder_problem(folder: Path) -> str | None:
    """Why `folder` cannot be the data folder ("the data folder … is a file, not a
    folder"), found without changing anything; None where it is one, or can be made."""
    for place in (folder, *folder.parents):
        try:
            found = place.stat()
        except (FileNotFoundError, NotADirectoryError):  # not there yet, or under a file
            continue
        except OSError as error:
            from heelcoach.system.disk_problems import plain_words

            return f"the data folder {folder} cannot be used: {plain_words(error)}"
        if stat.S_ISDIR(found.st_mode):
            return None
        if place == folder:
            return f"the data folder {folder} is a file, not a folder"
        return f"the data folder {folder} cannot be made: {place} is a file, not a folder"
    return None
