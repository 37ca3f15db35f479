"""journal.json read from disk and parsed, and nothing more: what the app, a restore and
`heelcoach --today` all read it with (no TinyDB, no Qt)."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from heelcoach.system.safe_read import NotAFileError, TooLargeError, read_regular_file

if TYPE_CHECKING:
    from heelcoach.journal.screening import SetAside

JOURNAL_FILE = "journal.json"
MAX_JOURNAL_BYTES = 16 * 1024 * 1024
"""Five years of training make 2.7 MB: this is over twenty years. Reading, writing and
restoring share this one limit (a backup, indented, may be twice as large): the app never
writes a journal it would refuse to read, and says so well before (NEARLY_FULL_BYTES).
Past it, a file was not written by HeelCoach, and reading it would cost the memory and the
seconds (at every later change too: each one rewrites the whole file) that a runner's
laptop should not spend."""
NEARLY_FULL_BYTES = MAX_JOURNAL_BYTES * 3 // 4


class JournalUnreadableError(Exception):
    """journal.json exists but is not a journal; nothing has been changed."""


def read_journal_bytes(path: Path) -> bytes | None:
    """journal.json's bytes; None if there is none. Raises JournalUnreadableError for what
    is not a journal file (a folder, a FIFO, far too large), OSError if it cannot be read."""
    try:
        return read_regular_file(path, MAX_JOURNAL_BYTES)
    except FileNotFoundError:
        return None
    except (NotAFileError, TooLargeError) as error:
        raise JournalUnreadableError(str(error)) from error


def parse_journal(raw: bytes, long_integers: bool) -> tuple[dict[str, Any], list[SetAside]]:
    """The tables in `raw`, and the rows set aside for values JSON cannot carry (see
    tolerant); `long_integers`: read integers beyond 64 bits exactly (slower). Raises
    JournalUnreadableError for what is not a journal."""
    from heelcoach.journal import exact_json  # orjson: the app's, not `heelcoach --today`'s
    from heelcoach.journal.tolerant import loads_tolerantly

    set_aside: list[SetAside] = []
    try:
        data = exact_json.loads_exactly(raw) if long_integers else exact_json.loads_fast(raw)
    except exact_json.NotJSONError:
        try:
            data, set_aside = loads_tolerantly(raw)
        except exact_json.NotJSONError as error:
            raise JournalUnreadableError(f"not JSON ({error})") from error
    if type(data) is not dict:
        raise JournalUnreadableError("not a journal: the tables are missing")
    return data, set_aside


@contextlib.contextmanager
def collection_paused() -> Iterator[None]:
    """Reading years of entries makes a hundred thousand objects, none of them in a cycle;
    Python's cycle collector would walk them all, several times, for nothing (~5 ms)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
