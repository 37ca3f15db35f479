"""One HeelCoach, the desktop way: launching it again brings the running window to the front,
and `heelcoach --start` hands "start today's set" to it, over a local socket.

The data folder's lock (instance_lock) says whether another HeelCoach is running; this is
how the second one talks to it. The running one listens from its first frame on (QtNetwork
loads then, not at start-up); a second launch in the moment before that tries for a short
while, then says so and ends. Neither side ever waits on the other for long, nor shows a
dialog.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

RAISE, START = b"raise", b"start"
ANSWER = b"ok"
HAND_OVER_TRIES = 20
TRY_MS = 100  # 20 tries of at most 100 ms each: two seconds in all, at the very worst


def server_name(folder: Path) -> str:
    """One per user and data folder (two HeelCoaches with two folders may both run)."""
    digest = hashlib.sha256(str(folder.resolve()).encode()).hexdigest()[:16]
    uid = os.getuid() if hasattr(os, "getuid") else 0
    return f"heelcoach-{uid}-{digest}"


def hand_over(folder: Path, request: bytes) -> bool:
    """Tell the HeelCoach running on `folder` to come to the front (`RAISE`) or to start
    today's set (`START`); True once it has answered."""
    import time

    for _try in range(HAND_OVER_TRIES):
        socket = QLocalSocket()
        socket.connectToServer(server_name(folder))
        if socket.waitForConnected(TRY_MS):
            socket.write(request + b"\n")
            socket.waitForBytesWritten(TRY_MS)
            answered = b""
            while ANSWER not in answered and socket.waitForReadyRead(TRY_MS * 5):
                answered += socket.readAll().data()
            socket.disconnectFromServer()
            return ANSWER in answered
        time.sleep(TRY_MS / 1000)  # it may be just starting: its first frame is not up yet
    return False


class InstanceServer(QObject):
    """Listens for later launches on `folder`, and passes each request on."""

    def __init__(self, folder: Path, on_request: Callable[[bytes], None],
                 parent: QObject | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._on_request = on_request
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name(folder)
        # This process holds the data folder's lock: a socket left by one that crashed is
        # nobody's, and is cleared out of the way.
        QLocalServer.removeServer(name)
        if not self._server.listen(name):
            log.warning("later launches cannot reach this one: %s", self._server.errorString())
        self._server.newConnection.connect(self._take_connections)

    @property
    def listening(self) -> bool:
        return self._server.isListening()

    def _take_connections(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.setParent(self)
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            request = socket.readLine().data().strip()
            if request in (RAISE, START):
                log.info("another launch asked: %s", request.decode())
                socket.write(ANSWER + b"\n")
                socket.flush()
                self._on_request(request)
            else:
                log.warning("a local connection sent what no HeelCoach sends: %r", request[:80])
                socket.abort()
                return
