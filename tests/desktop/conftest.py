"""A private D-Bus session bus with a test screen saver and notification server on it: what
HeelCoach sends the desktop is written down, and nothing reaches the user's own desktop."""

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

SERVICES = Path(__file__).with_name("desktop_services.py")


class Bus:
    def __init__(self, address: str, calls: Path) -> None:
        self.address = address
        self._calls = calls

    def calls(self, name: str | None = None) -> list[dict]:
        lines = self._calls.read_text(encoding="utf-8").splitlines() if self._calls.exists() else []
        found = [json.loads(line) for line in lines]
        return [call for call in found if name is None or call["call"] == name]


@pytest.fixture
def private_bus(tmp_path):
    """A session bus of the test's own, with the stand-in services on it."""
    if shutil.which("dbus-daemon") is None:
        raise RuntimeError("dbus-daemon is missing: apt-get install dbus-daemon")
    socket = tmp_path / "bus"
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1",
         f"--address=unix:path={socket}"], stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    address = daemon.stdout.readline().strip()
    calls = tmp_path / "calls.jsonl"
    services = subprocess.Popen(
        [sys.executable, str(SERVICES), str(calls)], stdout=subprocess.PIPE, text=True,
        env={**os.environ, "DBUS_SESSION_BUS_ADDRESS": address},
    )  # fmt: skip
    try:
        assert services.stdout.readline().strip() == "ready"
        yield Bus(address, calls)
    finally:
        for process in (services, daemon):
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=10)


@pytest.fixture
def on_private_bus(private_bus, monkeypatch):
    """This process's HeelCoach talks to the private bus, not the session's."""
    from PySide6.QtDBus import QDBusConnection

    import heelcoach.desktop.dbus

    name = f"heelcoach-test-{id(private_bus)}"
    connection = QDBusConnection.connectToBus(private_bus.address, name)
    assert connection.isConnected()
    monkeypatch.setattr(heelcoach.desktop.dbus, "session_bus", lambda: connection)
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", private_bus.address)
    yield private_bus
    QDBusConnection.disconnectFromBus(name)
