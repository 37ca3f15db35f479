"""Calls over the D-Bus session bus, with the argument types the other side expects.

PySide6 sends a Python int as a signed 32-bit integer, and most services check the
signature of a call (Notify's replaces_id, UnInhibit's cookie are unsigned). Invoked
through the interface's introspected meta-object, each argument is sent as the type it is
declared with. A service that is not there answers at once; one that hangs is given up on
after a second, so a call never holds up a set for long.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, QMetaObject, Qt
from PySide6.QtDBus import QDBusConnection, QDBusInterface

log = logging.getLogger(__name__)

TIMEOUT_MS = 1000


def session_bus() -> QDBusConnection:
    """The user's session bus (the tests put a private one in its place)."""
    return QDBusConnection.sessionBus()


class ServiceMissingError(Exception):
    """The service is not on the bus, or its interface is not what it should be."""


class CallFailedError(Exception):
    """The service answered with an error; str(error) is its message."""


def interface(service: str, path: str, name: str) -> QDBusInterface:
    bus = session_bus()
    if not bus.isConnected():
        raise ServiceMissingError("no D-Bus session bus")
    registered = bus.interface().isServiceRegistered(service)
    if not registered.isValid() or not registered.value():
        raise ServiceMissingError(f"{service} is not on the session bus")
    found = QDBusInterface(service, path, name, bus)
    found.setTimeout(TIMEOUT_MS)
    if not found.isValid():
        raise ServiceMissingError(f"{service}: {found.lastError().message()}")
    return found


def call(target: QDBusInterface, method: str, *arguments: tuple[str, Any],
         returns: str | None = None) -> Any:  # fmt: skip
    """`arguments`: (Qt type name, value) pairs, as the interface declares them."""
    typed = [Q_ARG(kind, value) for kind, value in arguments]
    direct = Qt.ConnectionType.DirectConnection
    result: object
    if returns is None:
        result = QMetaObject.invokeMethod(target, method, direct, *typed)
    else:
        result = QMetaObject.invokeMethod(target, method, direct, Q_RETURN_ARG(returns), *typed)
    error = target.lastError()
    if error.isValid():
        raise CallFailedError(f"{method}: {error.message()}")
    return result
