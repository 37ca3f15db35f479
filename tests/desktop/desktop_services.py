"""A stand-in for the desktop's services on a private session bus: a screen saver and a
notification server that write down every call they get, one JSON object a line.

They answer as GNOME's and KDE's do: a call whose signature is not the interface's exact
one is refused with an error (so a client that sends a signed int for an unsigned one, or a
list of variants for a list of strings, fails here as it would there), and Introspect
gives plain D-Bus XML with no Qt annotations. Written with jeepney, not QtDBus, so that
nothing of Qt's type mapping is shared with the client under test.

Run as a process of its own: `python desktop_services.py CALLS_FILE` (the bus is the one in
DBUS_SESSION_BUS_ADDRESS); it prints "ready" once both names are taken.
"""

import json
import sys

from jeepney import HeaderFields, MessageType, new_error, new_method_return
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

SCREEN_SAVER, NOTIFICATIONS = "org.freedesktop.ScreenSaver", "org.freedesktop.Notifications"
SIGNATURES = {  # (interface, method): (arguments, reply)
    (SCREEN_SAVER, "Inhibit"): ("ss", "u"),
    (SCREEN_SAVER, "UnInhibit"): ("u", ""),
    (NOTIFICATIONS, "Notify"): ("susssasa{sv}i", "u"),
    (NOTIFICATIONS, "GetCapabilities"): ("", "as"),
}
INTROSPECTION = {
    SCREEN_SAVER: """<node><interface name="org.freedesktop.ScreenSaver">
  <method name="Inhibit"><arg type="s" direction="in"/><arg type="s" direction="in"/>
    <arg type="u" direction="out"/></method>
  <method name="UnInhibit"><arg type="u" direction="in"/></method>
</interface></node>""",
    NOTIFICATIONS: """<node><interface name="org.freedesktop.Notifications">
  <method name="Notify"><arg type="s" direction="in"/><arg type="u" direction="in"/>
    <arg type="s" direction="in"/><arg type="s" direction="in"/><arg type="s" direction="in"/>
    <arg type="as" direction="in"/><arg type="a{sv}" direction="in"/>
    <arg type="i" direction="in"/><arg type="u" direction="out"/></method>
  <method name="GetCapabilities"><arg type="as" direction="out"/></method>
</interface></node>""",
}
PATHS = {"/org/freedesktop/ScreenSaver": SCREEN_SAVER,
         "/org/freedesktop/Notifications": NOTIFICATIONS}  # fmt: skip

calls = open(sys.argv[1], "a", encoding="utf-8")  # noqa: SIM115 (as long as the process)
counter = {"cookie": 1000, "id": 0}


def note(**call) -> None:
    calls.write(json.dumps(call) + "\n")
    calls.flush()


def answer(message, interface: str, method: str, arguments: tuple):
    if method == "Inhibit":
        counter["cookie"] += 1
        note(call="Inhibit", application=arguments[0], reason=arguments[1],
             cookie=counter["cookie"])  # fmt: skip
        return (counter["cookie"],)
    if method == "UnInhibit":
        note(call="UnInhibit", cookie=arguments[0])
        return ()
    if method == "Notify":
        application, replaces, icon, summary, body, actions, hints, timeout = arguments
        counter["id"] += 1
        note(call="Notify", application=application, replaces=replaces, icon=icon,
             summary=summary, body=body, actions=list(actions),
             hints={key: value[1] for key, value in hints.items()}, timeout=timeout)  # fmt: skip
        return (counter["id"],)
    return (["body"],)  # GetCapabilities


def serve(connection) -> None:
    while True:
        message = connection.receive()
        header = message.header
        if header.message_type is not MessageType.method_call:
            continue
        fields = header.fields
        path, method = fields.get(HeaderFields.path), fields.get(HeaderFields.member)
        interface = fields.get(HeaderFields.interface) or PATHS.get(path)
        signature = fields.get(HeaderFields.signature, "")
        if interface == "org.freedesktop.DBus.Introspectable" and path in PATHS:
            connection.send(new_method_return(message, "s", (INTROSPECTION[PATHS[path]],)))
            continue
        expected = SIGNATURES.get((interface, method))
        if expected is None or PATHS.get(path) != interface:
            connection.send(new_error(message, "org.freedesktop.DBus.Error.UnknownMethod", "s",
                                      (f"no {interface}.{method} at {path}",)))  # fmt: skip
            continue
        if signature != expected[0]:
            note(call="refused", method=method, signature=signature)
            why = f"{method} takes ({expected[0]}), not ({signature})"
            connection.send(new_error(message, "org.freedesktop.DBus.Error.InvalidArgs", "s",
                                      (why,)))  # fmt: skip
            continue
        connection.send(new_method_return(message, expected[1], answer(message, interface, method,
                                                                        message.body)))  # fmt: skip


with open_dbus_connection(bus="SESSION") as bus:
    for name in (SCREEN_SAVER, NOTIFICATIONS):
        bus.send_and_get_reply(message_bus.RequestName(name))
    print("ready", flush=True)
    serve(bus)
