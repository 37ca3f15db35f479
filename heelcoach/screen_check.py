"""Whether Qt will find a screen: without one, on Linux, it aborts with a core dump."""

from __future__ import annotations

import os
import sys


def no_screen_reason(environ=os.environ) -> str | None:
    """Why Qt would find no screen on Linux (it then aborts with a core dump); else None."""
    if not sys.platform.startswith("linux") or environ.get("QT_QPA_PLATFORM"):
        return None
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "HeelCoach needs a screen: neither DISPLAY nor WAYLAND_DISPLAY is set. Start it from "
        "a desktop session, or set QT_QPA_PLATFORM=offscreen to run it without one."
    )
