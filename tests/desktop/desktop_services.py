"""A stand-in for the desktop's services on a private session bus: a screen saver and a
notification server that write down every call they get, one JSON object a line.

Run as a process of its own: `python desktop_services.py CALLS_FILE` (the bus is the one in
DBUS_SESSION_BUS_ADDRESS); it prints "ready" once both names are taken.
"""

import json
import sys

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, Slot
from PySide6.QtDBus import QDBusConnection

CALLS = open(sys.argv[1], "a", encoding="utf-8")  # noqa: SIM115 (open as long as the process)


def note(**call) -> None:
    CALLS.write(json.dumps(call) + "\n")
    CALLS.flush()


@ClassInfo({"D-Bus Interface": "org.freedesktop.ScreenSaver"})
class ScreenSaver(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.next_cookie = 1000

    @Slot(str, str, result="uint")
    def Inhibit(self, application, reason):  # noqa: N802 (the interface's name)
        self.next_cookie += 1
        note(call="Inhibit", application=application, reason=reason, cookie=self.next_cookie)
        return self.next_cookie

    @Slot("uint")
    def UnInhibit(self, cookie):  # noqa: N802
        note(call="UnInhibit", cookie=cookie)


@ClassInfo({"D-Bus Interface": "org.freedesktop.Notifications"})
class Notifications(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.next_id = 0

    @Slot(str, "uint", str, str, str, "QStringList", "QVariantMap", int, result="uint")
    def Notify(self, application, replaces, icon, summary, body, actions, hints, timeout):  # noqa: N802
        self.next_id += 1
        note(call="Notify", application=application, replaces=replaces, icon=icon,
             summary=summary, body=body, actions=list(actions),
             hints={key: str(value) for key, value in hints.items()}, timeout=timeout)  # fmt: skip
        return self.next_id

    @Slot(result="QStringList")
    def GetCapabilities(self):  # noqa: N802
        return ["body"]

    @Slot(result="QString,QString,QString,QString")
    def GetServerInformation(self):  # noqa: N802
        return "test", "HeelCoach tests", "1", "1.2"


app = QCoreApplication([])
bus = QDBusConnection.sessionBus()
everything = QDBusConnection.RegisterOption.ExportAllSlots
services = {"org.freedesktop.ScreenSaver": ScreenSaver(),
            "org.freedesktop.Notifications": Notifications()}  # fmt: skip
for name, service in services.items():
    path = "/" + name.replace(".", "/")
    if not (bus.registerObject(path, service, everything) and bus.registerService(name)):
        sys.exit(f"could not take {name}: {bus.lastError().message()}")
print("ready", flush=True)
app.exec()
