"""Where things are: the user's data folder (HEELCOACH_DATA_DIR overrides the platform
default) and the files the app ships with."""

from __future__ import annotations

import os
from pathlib import Path

DATA_DIR_VARIABLE = "HEELCOACH_DATA_DIR"


def data_dir() -> Path:
    """The data folder, created (readable by the user alone) if it does not exist yet.

    Call after QCoreApplication's names are set: the default location depends on them.
    """
    override = os.environ.get(DATA_DIR_VARIABLE)
    if override:
        folder = Path(override).expanduser()
    else:
        from PySide6.QtCore import QStandardPaths

        location = QStandardPaths.StandardLocation.AppDataLocation
        folder = Path(QStandardPaths.writableLocation(location))
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder


def resource_file(*parts: str) -> Path:
    """A file shipped in resources/ (installed as the package heelcoach.resources)."""
    import heelcoach.resources

    return Path(heelcoach.resources.__file__).parent.joinpath(*parts)
