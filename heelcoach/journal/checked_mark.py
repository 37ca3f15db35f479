"""A note beside journal.json of the last content that passed every check on reading.

Checking years of entries takes longer than parsing them; the same bytes need not be
checked twice. When HeelCoach closes a journal it wrote (only ever checked entries) or
read with every entry passing, it notes the content's length and CRC-32 here; the next
opening checks every entry again unless the bytes are those: not if changed by another
program, a restore, damage on the disk (a change keeps length and CRC-32 alike once in
four billion times). The note is a cache: lost, stale or garbled, it only means the
entries are checked again. (CRC-32, not SHA-256: hashlib loads OpenSSL, 3.6 MiB.)
"""

from __future__ import annotations

import contextlib
import json
import zlib
from pathlib import Path
from typing import Any

from heelcoach.system.atomic_file import write_atomically
from heelcoach.system.safe_read import read_regular_file

MARK_FILE = ".journal.checked"
MAX_MARK_BYTES = 4096  # a note is under a hundred
CHECKS = 3
"""Which checks the note vouches for: raise it whenever a check in entries or screening
changes, so that what passed the old checks is checked by the new ones."""


def digest(raw: bytes) -> str:
    return f"{len(raw)}:{zlib.crc32(raw):08x}"


def passed(folder: Path, raw: bytes) -> dict[str, Any] | None:
    """What was noted of `raw` when it last passed (see `note`), or None if it never did."""
    try:
        mark = json.loads(read_regular_file(folder / MARK_FILE, MAX_MARK_BYTES))
    except (OSError, ValueError):  # missing, not a file (a FIFO would block), garbled
        return None
    if type(mark) is not dict or type(mark.get("long_integers")) is not bool:
        return None
    if mark.get("checks") == CHECKS and mark.get("content") == digest(raw):
        return mark
    return None


def note(folder: Path, raw: bytes, long_integers: bool) -> None:
    """Note that `raw` passed every check; `long_integers`: it holds integers beyond 64
    bits (read exactly). A note that cannot be written is no loss: it is not data."""
    mark = {"checks": CHECKS, "content": digest(raw), "long_integers": long_integers}
    with contextlib.suppress(OSError):
        write_atomically(folder / MARK_FILE, json.dumps(mark).encode("ascii"), durable=False)


def forget(folder: Path) -> None:
    with contextlib.suppress(OSError):
        (folder / MARK_FILE).unlink()
