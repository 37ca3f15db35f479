"""A desktop notification: over org.freedesktop.Notifications, else in the system tray.

Notify is sent with jeepney, a small pure-Python D-Bus library, not QtDBus: its signature
has an unsigned int beside a map of variants, and PySide6 can send neither an unsigned int
from Python nor (through the interface's introspected types) a call with a map that has no
Qt type annotation, which real servers (GNOME Shell, KDE, dunst) do not give. They refuse a
call of the wrong signature, so QtDBus's Notify from Python never reaches them.
"""

from __future__ import annotations

import logging

from heelcoach import APP_ID, APP_NAME

log = logging.getLogger(__name__)

SERVICE = INTERFACE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
SIGNATURE = "susssasa{sv}i"
SHOWN_FOR_MS = 0  # 0: until the runner closes it (the server's own rule)
TRAY_SHOWN_FOR_MS = 15_000
TIMEOUT_S = 5


def notify(summary: str, body: str) -> bool:
    """True once the notification server took it."""
    from jeepney import DBusAddress, MessageType, new_method_call
    from jeepney.io.blocking import open_dbus_connection

    server = DBusAddress(PATH, bus_name=SERVICE, interface=INTERFACE)
    hints = {"desktop-entry": ("s", APP_ID)}
    arguments: tuple[object, ...] = (APP_NAME, 0, APP_ID, summary, body, [], hints, SHOWN_FOR_MS)
    call = new_method_call(server, "Notify", SIGNATURE, arguments)
    try:
        with open_dbus_connection(bus="SESSION") as bus:
            reply = bus.send_and_get_reply(call, timeout=TIMEOUT_S)
    except Exception as error:  # no bus, a bus that went away, a timeout: said, not raised
        log.info("no notification server (%s)", error)
        return False
    if reply.header.message_type is MessageType.error:
        log.info("the notification server refused it: %s", reply.body)
        return False
    return True


def show_in_tray(summary: str, body: str) -> bool:
    """Where the desktop has a system tray but no notification server; True if shown."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QSystemTrayIcon

    app = QApplication.instance() or QApplication([APP_NAME])
    if not QSystemTrayIcon.isSystemTrayAvailable():
        return False
    from heelcoach.desktop.app_icon import app_icon

    tray = QSystemTrayIcon(app_icon())
    tray.show()
    tray.showMessage(summary, body, QSystemTrayIcon.MessageIcon.Information, TRAY_SHOWN_FOR_MS)
    tray.messageClicked.connect(app.quit)
    QTimer.singleShot(TRAY_SHOWN_FOR_MS, app.quit)
    app.exec()
    tray.hide()
    return True
