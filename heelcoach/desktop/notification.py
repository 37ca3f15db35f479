"""A desktop notification: over org.freedesktop.Notifications, else in the system tray."""

from __future__ import annotations

import logging

from heelcoach import APP_ID, APP_NAME

log = logging.getLogger(__name__)

SERVICE = INTERFACE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
SHOWN_FOR_MS = 0  # 0: until the runner closes it (the server's own rule)
TRAY_SHOWN_FOR_MS = 15_000


def notify(summary: str, body: str) -> bool:
    """True once the notification server took it."""
    from heelcoach.desktop.dbus import CallFailedError, ServiceMissingError, call, interface

    try:
        server = interface(SERVICE, PATH, INTERFACE)
        call(server, "Notify", ("QString", APP_NAME), ("uint", 0), ("QString", APP_ID),
             ("QString", summary), ("QString", body), ("QStringList", []),
             ("QVariantMap", {"desktop-entry": APP_ID}), ("int", SHOWN_FOR_MS),
             returns="uint")  # fmt: skip
    except (ServiceMissingError, CallFailedError) as error:
        log.info("no notification server (%s)", error)
        return False
    return True


def show_in_tray(summary: str, body: str) -> bool:
    """Where the desktop has a system tray but no notification server; True if shown."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QSystemTrayIcon

    app = QApplication.instance() or QApplication([APP_NAME])
    if not QSystemTrayIcon.isSystemTrayAvailable():
        return False
    from heelcoach.ui.icon import app_icon

    tray = QSystemTrayIcon(app_icon())
    tray.show()
    tray.showMessage(summary, body, QSystemTrayIcon.MessageIcon.Information, TRAY_SHOWN_FOR_MS)
    tray.messageClicked.connect(app.quit)
    QTimer.singleShot(TRAY_SHOWN_FOR_MS, app.quit)
    app.exec()
    tray.hide()
    return True
