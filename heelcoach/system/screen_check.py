"""Whether Qt will find a screen: without one, on Linux, it aborts with a core dump."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping


def no_screen_reason(environ: Mapping[str, str] = os.environ) -> str | None:
    """Why Qt would find no screen on Linux (it then aborts with a core dump); else None."""
    if not sys.platform.startswith("linux") or environ.get("QT_QPA_PLATFORM"):
        return None
    if environ.get("WAYLAND_DISPLAY"):
        return None
    display = environ.get("DISPLAY")
    if not display:
        return (
            "HeelCoach needs a screen: neither DISPLAY nor WAYLAND_DISPLAY is set. Start it "
            "from a desktop session, or set QT_QPA_PLATFORM=offscreen to run it without one."
        )
    if not x_server_answers(display):
        return (
            f"HeelCoach needs a screen: no X server answers at DISPLAY={display}. Start it "
            "from a desktop session, or set QT_QPA_PLATFORM=offscreen to run it without one."
        )
    return None


def x_server_answers(display: str) -> bool:
    """Whether an X server listens at `display` (":0", ":0.1", "host:10"): a connection
    is tried, and closed at once (a fraction of a millisecond); nothing is said to it."""
    import socket

    host, _, number = display.rpartition(":")
    number = number.partition(".")[0]
    if not number.isascii() or not number.isdigit():
        return True  # a form this check does not know: left to Qt
    places: list[tuple[socket.AddressFamily, str | tuple[str, int]]]
    if host in ("", "unix"):
        places = [(socket.AF_UNIX, f"\0/tmp/.X11-unix/X{number}"),  # Linux's abstract socket
                  (socket.AF_UNIX, f"/tmp/.X11-unix/X{number}")]  # fmt: skip
    else:
        places = [(socket.AF_INET6 if ":" in host else socket.AF_INET,
                   (host.strip("[]"), 6000 + int(number)))]  # fmt: skip
    for family, address in places:
        with socket.socket(family, socket.SOCK_STREAM) as connection:
            connection.settimeout(1)
            try:
                connection.connect(address)
            except OSError:
                continue
            return True
    return False
