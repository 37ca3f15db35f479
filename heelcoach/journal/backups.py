"""Daily rolling backups of the journal: one a day, the last seven kept."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from heelcoach.atomic_file import write_atomically

log = logging.getLogger(__name__)

BACKUP_FOLDER = "backups"
KEEP = 7


def backup_path(folder: Path, day: date) -> Path:
    return folder / BACKUP_FOLDER / f"journal-{day.isoformat()}.json"


def keep_daily_backup(journal: Path, folder: Path, today: date) -> Path | None:
    """Copy the journal as today's backup if there is none yet; drop all but the newest 7."""
    target = backup_path(folder, today)
    if target.exists() or not journal.exists():
        return None
    try:
        target.parent.mkdir(mode=0o700, exist_ok=True)
        write_atomically(target, journal.read_bytes())
        for old in sorted(target.parent.glob("journal-*.json"))[:-KEEP]:
            old.unlink()
    except OSError as error:
        log.error("could not keep a backup of the journal: %s", error)
        return None
    return target
