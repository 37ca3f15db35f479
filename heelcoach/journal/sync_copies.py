"""The copies of journal.json that sync tools leave beside it when two computers changed it
at once: Syncthing's `journal.sync-conflict-<date>-<time>-<device>.json`, Nextcloud's
`journal (conflicted copy <date> <time>).json`, Dropbox's `journal (<device>'s conflicted
copy <date>).json`. Each may hold entries the journal lacks; HeelCoach offers to merge them
in, then keeps the copy in backups/."""

from __future__ import annotations

import re
import stat
from pathlib import Path

SYNC_COPY = re.compile(r"journal(\.sync-conflict-.*| \(.*conflicted copy.*\).*)\.json",
                       re.IGNORECASE)  # fmt: skip


def sync_copies(folder: Path) -> list[Path]:
    """The sync tools' copies of the journal in `folder`, oldest name first."""
    try:
        names = sorted(path.name for path in folder.iterdir())
    except OSError:
        return []
    found = []
    for name in names:
        path = folder / name
        if SYNC_COPY.fullmatch(name) and _is_regular_file(path):
            found.append(path)
    return found


def _is_regular_file(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.lstat().st_mode)  # not through a link
    except OSError:
        return False
