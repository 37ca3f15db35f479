"""Read a file that may turn out to be anything: only a regular file, and only up to a size.

A FIFO in a file's place would block a plain read for ever, /dev/zero would never end, and
a folder cannot be read at all. Here the file is opened without waiting (O_NONBLOCK), looked
at (fstat) before a byte is read, and read no further than the limit.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import BinaryIO

READ_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)


class NotAFileError(OSError):
    """The path is a folder, a FIFO, a device or a socket; nothing was read from it."""


class TooLargeError(OSError):
    """The file is larger than anything the app would have written there."""

    def __init__(self, path: Path, limit: int) -> None:
        super().__init__(f"{path} is larger than {limit // (1024 * 1024)} MiB")
        self.limit = limit


def kind_of(mode: int) -> str:
    for test, name in ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a named pipe (FIFO)"),
                       (stat.S_ISCHR, "a device"), (stat.S_ISBLK, "a device"),
                       (stat.S_ISSOCK, "a socket")):  # fmt: skip
        if test(mode):
            return name
    return "not a regular file"


def read_regular_file(path: Path, limit: int) -> bytes:
    """The bytes of the regular file at `path` (links followed), at most `limit` of them.

    Raises FileNotFoundError, NotAFileError, TooLargeError, or the OSError that reading met.
    """
    descriptor = os.open(path, READ_FLAGS)
    try:
        found = os.fstat(descriptor)
        if not stat.S_ISREG(found.st_mode):
            raise NotAFileError(f"{path} is {kind_of(found.st_mode)}, not a file")
        if found.st_size > limit:
            raise TooLargeError(path, limit)
        file = os.fdopen(descriptor, "rb", buffering=0)
    except BaseException:
        os.close(descriptor)
        raise
    with file:
        data = _read_up_to(file, limit + 1)
    if len(data) > limit:  # it grew while we read it
        raise TooLargeError(path, limit)
    return data


def _read_up_to(file: BinaryIO, count: int) -> bytes:
    chunks: list[bytes] = []
    left = count
    while left > 0:
        chunk = file.read(left)
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)
