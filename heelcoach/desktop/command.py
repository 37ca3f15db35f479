"""How the desktop starts HeelCoach (its menu entry, its reminders' timers): the command
that runs this very HeelCoach, the bundle's or the Python one it was installed into."""

from __future__ import annotations

import sys
from pathlib import Path


def heelcoach_command() -> list[str]:
    if getattr(sys, "frozen", False):  # the bundle: its own executable
        return [str(Path(sys.executable).resolve())]
    return [str(Path(sys.executable).absolute()), "-m", "heelcoach"]


def quoted(arguments: list[str]) -> str:
    """For an Exec= line of a .desktop file or a systemd unit: each argument in double
    quotes, with what the specifications reserve escaped."""
    out = []
    for argument in arguments:
        escaped = argument.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`")
        escaped = escaped.replace("$", "\\$").replace("%", "%%")
        out.append(f'"{escaped}"')
    return " ".join(out)
