"""The screen stays on while a set (or a stretch, a walk/run) runs: the screen saver is held
off over org.freedesktop.ScreenSaver, and let go on pause, stop, done and quit.

Nothing of D-Bus loads until the first session starts. Without a screen saver service (or
a session bus) the set runs as before; the log says why the screen may still go dark.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from heelcoach import APP_NAME

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusInterface


log = logging.getLogger(__name__)

SERVICE = INTERFACE = "org.freedesktop.ScreenSaver"
PATH = "/org/freedesktop/ScreenSaver"


class ScreenAwake(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cookie: int | None = None
        self._service: QDBusInterface | None = None  # set with the cookie
        self._gave_up = False  # until the next release: no retry at every step of a set
        self._said_why = False  # the log says once that the screen saver cannot be held off
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.release)

    @property
    def holding(self) -> bool:
        return self._cookie is not None

    def follow(self, running: bool) -> None:
        """Held while a session runs, let go otherwise (a pause, its end)."""
        if running:
            self.hold()
        else:
            self.release()

    def hold(self) -> None:
        if self._cookie is not None or self._gave_up:
            return
        from heelcoach.desktop.dbus import CallFailedError, ServiceMissingError, call, interface

        reason = self.tr("A set is running: the screen stays on")
        try:
            self._service = interface(SERVICE, PATH, INTERFACE)
            self._cookie = call(self._service, "Inhibit", ("QString", APP_NAME),
                                ("QString", reason), returns="uint")  # fmt: skip
        except (ServiceMissingError, CallFailedError) as error:
            self._gave_up = True
            if not self._said_why:
                self._said_why = True
                log.info("the screen saver cannot be held off (%s): the screen may go dark",
                         error)  # fmt: skip
            return
        log.info("screen saver held off (cookie %s)", self._cookie)

    def release(self) -> None:
        self._gave_up = False
        if self._cookie is None:
            return
        from heelcoach.desktop.dbus import CallFailedError, call

        cookie, self._cookie = self._cookie, None
        assert self._service is not None  # the cookie came from it
        try:
            call(self._service, "UnInhibit", ("uint", cookie))
        except CallFailedError as error:  # it is let go anyway when HeelCoach quits
            log.warning("the screen saver could not be let go: %s", error)
            return
        log.info("screen saver let go (cookie %s)", cookie)
