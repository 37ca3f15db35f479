"""Replace a file so that a crash at any moment leaves either the old or the new content.

The bytes go to a temporary file in the same folder, are flushed to disk, and the
temporary file then takes the real name in one rename; the folder is synced so that
the rename itself survives a power cut. The temporary file has a random name and is
created fresh (O_EXCL), never through a symbolic link (O_NOFOLLOW): nothing planted in
the folder can make the write land anywhere else.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

PRIVATE_FILE_MODE = 0o600
NEW_FILE_FLAGS = (
    os.O_WRONLY
    | os.O_CREAT
    | os.O_EXCL
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_CLOEXEC", 0)
)


def temporary_name(path: Path) -> Path:
    """Where a write to `path` is prepared: `.name.<writer's pid>-<random>.tmp`, beside it."""
    return path.with_name(f".{path.name}.{os.getpid()}-{random_text()}.tmp")


def random_text() -> str:
    """16 hex digits from the OS's randomness (the secrets module would load OpenSSL)."""
    return os.urandom(8).hex()


def leftovers_of(path: Path) -> list[Path]:
    """Temporary files of writes to `path` that never finished: their writer was killed.
    Those of a writer still running (another export to the same file) are not leftovers."""
    found = []
    for temporary in path.parent.glob(f".{path.name}.*.tmp"):
        writer = temporary.name[len(path.name) + 2 : -len(".tmp")].partition("-")[0]
        if not (writer.isascii() and writer.isdigit() and _running(int(writer))):
            found.append(temporary)
    return found


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True  # someone's: not ours to remove
    return True


def write_atomically(
    path: Path, data: bytes, mode: int = PRIVATE_FILE_MODE, durable: bool = True
) -> None:
    """Replace `path` with `data`. `durable=False` skips the syncs, for a file whose loss
    in a power cut costs nothing (a cache): the old or the new content, all the same."""
    temporary = temporary_name(path)
    descriptor = os.open(temporary, NEW_FILE_FLAGS, mode)
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(descriptor, view) :]
            if durable:
                os.fsync(descriptor)
        finally:
            os.close(descriptor)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
        raise
    if durable:
        _sync_folder(path.parent)


@contextlib.contextmanager
def written_atomically(path: Path, mode: int = PRIVATE_FILE_MODE) -> Iterator[BinaryIO]:
    """A file to stream into that takes the name `path` only once the block ends well: a
    crash, an error or a full disk on the way leaves `path` as it was and no half file."""
    temporary = temporary_name(path)
    descriptor = os.open(temporary, NEW_FILE_FLAGS, mode)
    try:
        with os.fdopen(descriptor, "w+b") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
        raise
    _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows has no folder handle to sync; its rename is already durable.
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
