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

from PySide6.QtCore import QObject, QTimer
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

RAISE, START = b"raise", b"start"
ANSWER = b"ok"
HAND_OVER_TRIES = 20
TRY_MS = 100  # 20 tries of at most 100 ms each: two seconds in all, at the very worst


MAX_WAITING = 16  # connections at once: more are dropped (a flood must not use up the files)
REQUEST_MS = 2000  # a connection that has not asked within this is dropped


def server_name(folder: Path) -> str:
    """One per user and data folder (two HeelCoaches with two folders may both run): a
    socket in the user's own runtime folder, where no other user can put one first."""
    digest = hashlib.sha256(os.fsencode(folder.resolve())).hexdigest()[:16]
    uid = os.getuid() if hasattr(os, "getuid") else 0
    name = f"heelcoach-{uid}-{digest}"
    private = private_folder()
    return name if private is None else str(private / name)


def private_folder() -> Path | None:
    """$XDG_RUNTIME_DIR, private to the user by the spec, if it is a folder of ours that
    only we can enter; else a folder made for it in the user's cache, checked the same
    way; None where neither is (Windows: Qt's pipes have their own access control)."""
    if os.name != "posix":
        return None
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and _is_private(Path(runtime)):
        return Path(runtime)
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "heelcoach-run"
    try:
        cache.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError:
        return None
    return cache if _is_private(cache) else None


def _is_private(folder: Path) -> bool:
    import stat

    try:
        found = folder.lstat()
    except OSError:
        return False
    return (stat.S_ISDIR(found.st_mode) and found.st_uid == os.getuid()
            and found.st_mode & 0o077 == 0)  # fmt: skip


def same_user(socket: QLocalSocket) -> bool:
    """Whether the process at the other end of `socket` runs as this user (the kernel's
    word for it, SO_PEERCRED, where there is one)."""
    import socket as sockets
    import struct

    if not hasattr(sockets, "SO_PEERCRED"):
        return True  # no such check here: the private folder is the guard
    descriptor = int(socket.socketDescriptor())
    if descriptor < 0:
        return False
    try:
        peer = sockets.socket(fileno=os.dup(descriptor))  # closing it closes the copy only
    except OSError:  # out of descriptors: not checked, so not trusted
        return False
    try:
        credentials = peer.getsockopt(sockets.SOL_SOCKET, sockets.SO_PEERCRED,
                                      struct.calcsize("3i"))  # fmt: skip
    except OSError:
        return False
    finally:
        peer.close()
    _pid, uid, _gid = struct.unpack("3i", credentials)
    return uid == os.getuid()


def hand_over(folder: Path, request: bytes) -> bool:
    """Tell the HeelCoach running on `folder` to come to the front (`RAISE`) or to start
    today's set (`START`); True once it has answered."""
    import time

    for _try in range(HAND_OVER_TRIES):
        socket = QLocalSocket()
        socket.connectToServer(server_name(folder))
        if socket.waitForConnected(TRY_MS):
            if not same_user(socket):
                log.warning("the socket %s belongs to another user: nothing handed over",
                            server_name(folder))  # fmt: skip
                socket.abort()
                return False
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
        self._server.setMaxPendingConnections(MAX_WAITING)
        self._name = server_name(folder)
        self._waiting: set[QLocalSocket] = set()
        self._listen()
        self._server.newConnection.connect(self._take_connections)
        self._watch = QTimer(self)  # out of files, Qt stops listening: listen again
        self._watch.setInterval(REQUEST_MS)
        self._watch.timeout.connect(self._listen_again)
        self._watch.start()

    def close(self) -> None:
        """Stop listening, and drop the connections that have not asked yet."""
        self._watch.stop()
        self._server.close()
        for socket in list(self._waiting):
            self._waiting.discard(socket)
            socket.abort()

    def _listen(self) -> None:
        # This process holds the data folder's lock: a socket left by one that crashed is
        # nobody's, and is cleared out of the way.
        QLocalServer.removeServer(self._name)
        if not self._server.listen(self._name):
            log.warning("later launches cannot reach this one: %s", self._server.errorString())

    def _listen_again(self) -> None:
        if not self._server.isListening():
            self._server.close()
            self._listen()

    @property
    def listening(self) -> bool:
        return self._server.isListening()

    @property
    def waiting(self) -> int:
        """Connections taken that have not asked for anything yet."""
        return len(self._waiting)

    def _take_connections(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.setParent(self)
            if len(self._waiting) >= MAX_WAITING or not same_user(socket):
                socket.abort()
                socket.deleteLater()
                continue
            self._waiting.add(socket)
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))
            QTimer.singleShot(REQUEST_MS, socket, socket.abort)  # silent for long: dropped
            if socket.bytesAvailable():
                self._read(socket)
        self._listen_again()

    def _forget(self, socket: QLocalSocket) -> None:
        self._waiting.discard(socket)
        socket.deleteLater()

    def _read(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            request = bytes(socket.readLine().data()).strip()
            if request in (RAISE, START):
                log.info("another launch asked: %s", request.decode())
                socket.write(ANSWER + b"\n")
                socket.flush()
                self._on_request(request)
            else:
                log.warning("a local connection sent what no HeelCoach sends: %r", request[:80])
                socket.abort()
                return
