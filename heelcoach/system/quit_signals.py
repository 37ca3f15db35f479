"""SIGTERM (logout, shutdown), SIGINT (Ctrl+C in the terminal) and SIGHUP (the terminal
closed) end HeelCoach the way closing its window does: a running set keeps its reps, and
the app quits cleanly.

Python runs a signal handler only when the interpreter next gets control, which while Qt
waits for events could be never. So the signal's number is written to a pipe (Python's
wakeup fd) that Qt watches with the rest of its events: no timer, nothing polled.
"""

from __future__ import annotations

import os
import signal
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSocketNotifier, Signal

if TYPE_CHECKING:
    from types import FrameType

QUIT_SIGNALS = (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)


class QuitSignals(QObject):
    received = Signal(int)  # the signal's number

    def __init__(self, parent: QObject | None = None) -> None:
        """Call from the main thread (signal handlers live there)."""
        super().__init__(parent)
        self._reader, self._writer = os.pipe()
        os.set_blocking(self._reader, False)
        os.set_blocking(self._writer, False)
        signal.set_wakeup_fd(self._writer)
        for number in QUIT_SIGNALS:
            signal.signal(number, self._noted)
        self._notifier = QSocketNotifier(self._reader, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)

    @staticmethod
    def _noted(_number: int, _frame: FrameType | None) -> None:
        """The work is done in _read, in Qt's event loop."""

    def _read(self) -> None:
        try:
            numbers = os.read(self._reader, 64)
        except BlockingIOError:
            return
        for number in numbers:
            self.received.emit(number)
