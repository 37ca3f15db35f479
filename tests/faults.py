"""Faults a runner's machine can produce, for the tests: journals as damaged files leave
them, a disk that fills up, a call that must not hang."""

import contextlib
import errno
import os
import signal

import orjson

from heelcoach.journal.migrations import SCHEMA_VERSION
from heelcoach.system import atomic_file

GOOD_SET = {"at": "2026-11-24T18:00:00", "exercise": "heel_raise", "leg": "left",
            "target_reps": 12, "reps": 12, "load_kg": 5.0, "tempo_ms": [3000, 2000, 3000, 0],
            "pain": 3, "note": "", "session": "2026-11-24T18:00:00", "effort": None,
            "stopped": False, "to_failure": False}  # fmt: skip
META = {"1": {"schema_version": SCHEMA_VERSION}}


def journal_bytes(**tables) -> bytes:
    return orjson.dumps({"meta": META, **tables})


@contextlib.contextmanager
def within(seconds: int):
    """Fail (instead of hanging the suite) if the block takes longer than `seconds`."""

    def too_long(_number, _frame):
        raise TimeoutError(f"still running after {seconds} s: it would hang the app")

    previous = signal.signal(signal.SIGALRM, too_long)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


class FullDisk:
    """Every write into `folder` fails with ENOSPC, as on a full disk (or with `number`:
    EROFS for a disk gone read-only, EIO for a failing one), until `space_freed()`;
    writes anywhere else go through."""

    def __init__(self, monkeypatch, folder, number: int = errno.ENOSPC) -> None:
        self.folder = os.path.realpath(folder)
        self.full = True
        real_write = os.write

        def write(descriptor, data):
            if self.full and self._inside(descriptor):
                raise OSError(number, os.strerror(number))
            return real_write(descriptor, data)

        monkeypatch.setattr(atomic_file.os, "write", write)

    def _inside(self, descriptor: int) -> bool:
        try:
            path = os.readlink(f"/proc/self/fd/{descriptor}")
        except OSError:
            return False
        return path.startswith(self.folder + os.sep)

    def space_freed(self) -> None:
        self.full = False
