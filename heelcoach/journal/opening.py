"""Opening the journal: journal.json as found on disk, made into the storage the journal
works on, without destroying anything (see journal):

* the half-written files of a writer that was killed are cleared first;
* a journal.json that is not a journal is moved aside under a timestamped name;
* one of an older version is kept in backups/ as found before it is migrated, and so is
  one whose entries are set aside (screening); if it cannot be kept, it opens read-only;
* one of a newer version, or with a damaged version mark, or a read-only file, opens
  read-only.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import stat
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple

from heelcoach.journal import checked_mark, exact_json
from heelcoach.journal.backups import BACKUP_FOLDER, keep_copy, stamp
from heelcoach.journal.journal_file import parse_journal, read_journal_bytes
from heelcoach.journal.migrations import SCHEMA_VERSION, migrate, version_of
from heelcoach.journal.screening import SetAside, screen
from heelcoach.journal.storage import JournalStorage, ReadOnlyReason, Theirs
from heelcoach.system.atomic_file import leftovers_of

log = logging.getLogger(__name__)


class Opened(NamedTuple):
    storage: JournalStorage
    set_aside: list[SetAside]  # the entries set aside on opening, and why
    found_version: int | None  # as the file says; None: damaged


def clear_leftovers(folder: Path, path: Path) -> None:
    """Take away the half-written files of a writer that was killed: journal.json's, the
    checked mark's, and a copy being kept (a migration's)."""
    killed = [
        *leftovers_of(path),
        *leftovers_of(folder / checked_mark.MARK_FILE),
        *(folder / BACKUP_FOLDER).glob(".*.tmp"),
    ]
    for leftover in killed:
        with contextlib.suppress(OSError):
            leftover.unlink()


def open_storage(path: Path, now: Callable[[], datetime], theirs: Theirs) -> Opened:
    """The storage of the journal at `path`, a new one if there is none. Raises
    JournalUnreadableError for a file that is no journal (left where it is), OSError."""
    folder = path.parent
    raw = read_journal_bytes(path)
    if raw is None:  # a new journal: its version is written at once
        data: dict[str, Any] = {}
        migrate(data)
        storage = JournalStorage(path, data, read_only=None, theirs=theirs)
        storage.replace(data)
        return Opened(storage, [], SCHEMA_VERSION)
    mark = checked_mark.passed(folder, raw)  # these very bytes passed before
    long_integers = (mark["long_integers"] if mark is not None
                     else exact_json.may_hold_long_integers(raw))  # fmt: skip
    data, unwritable = parse_journal(raw, long_integers)
    version = version_of(data)
    read_only = read_only_reason(path, version)
    older = read_only is None and version is not None and version < SCHEMA_VERSION
    if older and not kept_as_found(folder, raw, f"version-{version}", now):
        read_only, older = ReadOnlyReason.NOT_BACKED_UP, False
    if older:
        migrate(data)
    set_aside: list[SetAside] = []
    if mark is None or older:
        set_aside = unwritable + screen(data)
        for moved in set_aside:
            log.warning("journal entry set aside: %s", moved)
    storage = JournalStorage(path, data, read_only, long_integers, as_read=raw,
                             theirs=theirs)  # fmt: skip
    set_aside_now = bool(set_aside) and read_only is None
    if older or (set_aside_now and kept_as_found(folder, raw, "as-found", now)):
        storage.replace(data)  # the new version, or the quarantine, in the file at once
    elif mark is None and not set_aside:
        storage.passed_not_noted = raw
    return Opened(storage, set_aside, version)


def read_only_reason(path: Path, version: int | None) -> ReadOnlyReason | None:
    """Why the journal at `path`, of `version` (None: its mark is damaged), can only be
    read; None when it can be written."""
    if version is None:
        return ReadOnlyReason.UNKNOWN_VERSION
    if version > SCHEMA_VERSION:
        return ReadOnlyReason.NEWER_VERSION
    if not path.stat().st_mode & stat.S_IWUSR:
        return ReadOnlyReason.FILE_READ_ONLY
    return None


def kept_as_found(folder: Path, raw: bytes, what: str, now: Callable[[], datetime]) -> bool:
    """Keep the journal as it was found, byte for byte, in backups/, before opening
    changes it (a newer version's form, entries set aside); False if it could not be."""
    if _kept_already(folder, raw, what):
        return True  # an opening stopped before it was done kept it: once is enough
    try:
        keep_copy(folder, f"journal-{what}-{stamp(now())}.json", raw)
    except OSError as error:
        log.error("could not keep the journal as found before changing it: %s", error)
        return False
    return True


def _kept_already(folder: Path, raw: bytes, what: str) -> bool:
    for kept in (folder / BACKUP_FOLDER).glob(f"journal-{what}-*.json"):
        with contextlib.suppress(OSError):
            if kept.stat().st_size == len(raw) and kept.read_bytes() == raw:
                return True
    return False


def move_aside(path: Path, reason: str, now: Callable[[], datetime]) -> Path:
    """Move journal.json, which could not be read for `reason`, aside; where it went."""
    aside = path.with_name(f"journal.unreadable-{stamp(now())}.json")
    counter = 1
    while aside.exists():
        counter += 1
        aside = path.with_name(f"journal.unreadable-{stamp(now())}-{counter}.json")
    shutil.move(path, aside)
    # Handled: the window says what happened and where the file is.
    log.warning("journal.json could not be read (%s); moved to %s", reason, aside)
    return aside
