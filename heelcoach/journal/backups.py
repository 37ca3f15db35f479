"""Copies of the journal in backups/: one a day (the last seven days kept), and one before
anything replaces the journal whole (a migration to a new version, a restore).

Only files named exactly journal-YYYY-MM-DD.json are daily backups and are ever deleted;
the one just written never is, and a backup dated after today (the clock was ahead, or is
behind now) is left alone: it may hold the newest entries. A backups folder that is a
symbolic link is not written to: a copy of the journal would land wherever it points.
"""

from __future__ import annotations

import logging
import os
import re
import stat
from datetime import date, datetime
from pathlib import Path

from heelcoach.system.atomic_file import write_atomically

log = logging.getLogger(__name__)

BACKUP_FOLDER = "backups"
KEEP = 7
DAILY_NAME = re.compile(r"journal-(\d{4}-\d{2}-\d{2})\.json")


class BackupFolderError(OSError):
    """backups/ is not a folder HeelCoach may write to."""


def backup_path(folder: Path, day: date) -> Path:
    return folder / BACKUP_FOLDER / f"journal-{day.isoformat()}.json"


def backup_folder(folder: Path) -> Path:
    """backups/ in the data folder, made if need be; raises BackupFolderError (an OSError)
    when it is a symbolic link or not a folder."""
    backups = folder / BACKUP_FOLDER
    try:
        found = backups.lstat()
    except FileNotFoundError:
        backups.mkdir(mode=0o700)
        return backups
    if stat.S_ISLNK(found.st_mode):
        raise BackupFolderError(f"{backups} is a symbolic link; no backup is written through it")
    if not stat.S_ISDIR(found.st_mode):
        raise BackupFolderError(f"{backups} is not a folder")
    return backups


def keep_copy(folder: Path, name: str, data: bytes) -> Path:
    """Keep `data` as backups/`name`; its path. Raises OSError."""
    target = backup_folder(folder) / name
    write_atomically(target, data)
    return target


def stamp(moment: datetime) -> str:
    return moment.strftime("%Y%m%d-%H%M%S")


def keep_daily_backup(journal: Path, folder: Path, today: date) -> Path | None:
    """Copy the journal as today's backup if there is none yet; keep the last seven days."""
    target = backup_path(folder, today)
    try:
        if target.exists() or not journal.is_file():
            return None
        keep_copy(folder, target.name, journal.read_bytes())
        for old in _to_rotate(target.parent, today):
            old.unlink()
    except OSError as error:
        log.error("could not keep a backup of the journal: %s", error)
        return None
    return target


def daily_backups(backups: Path) -> dict[date, Path]:
    """The daily backups in `backups`, by their day: files named exactly for a real day."""
    found = {}
    for entry in os.scandir(backups):
        match = DAILY_NAME.fullmatch(entry.name)
        if match is None or not entry.is_file(follow_symlinks=False):
            continue
        try:
            found[date.fromisoformat(match.group(1))] = Path(entry.path)
        except ValueError:
            continue  # journal-2026-13-45.json: not a day
    return found


def _to_rotate(backups: Path, today: date) -> list[Path]:
    """All but the newest seven daily backups up to today, today's among them."""
    found = daily_backups(backups)
    days = sorted(day for day in found if day <= today)
    return [found[day] for day in days[:-KEEP]]
