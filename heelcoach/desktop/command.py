"""How the desktop starts HeelCoach (its menu entry, its reminders' timers): the command
that runs this very HeelCoach, the bundle's or the Python one it was installed into, quoted
by each file format's own rules, so that no folder name can add a line or a command."""

from __future__ import annotations

import sys
from pathlib import Path


class UnsafeNameError(ValueError):
    """A name no desktop entry or systemd unit can carry (a line break, a control code,
    bytes that are not UTF-8)."""

    def __init__(self, name: str) -> None:
        shown = name.encode("utf-8", "backslashreplace").decode("ascii", "backslashreplace")
        super().__init__(
            f"the folder name {shown!r} holds a line break, another control character or "
            "bytes that are not UTF-8, which no desktop entry or reminder can carry: use a "
            "folder without them"
        )


def heelcoach_command() -> list[str]:
    if getattr(sys, "frozen", False):  # the bundle: its own executable
        return [str(Path(sys.executable).resolve())]
    return [str(Path(sys.executable).absolute()), "-m", "heelcoach"]


def checked(argument: str) -> str:
    """`argument`, if every format here can carry it. Raises UnsafeNameError."""
    if any(ord(character) < 0x20 or ord(character) == 0x7F for character in argument):
        raise UnsafeNameError(argument)
    try:
        argument.encode("utf-8")  # a byte of another encoding is kept as half a character
    except UnicodeEncodeError:
        raise UnsafeNameError(argument) from None
    return argument


def desktop_exec(arguments: list[str]) -> str:
    """An Exec= value of a .desktop file: each argument in double quotes, with `"`, `` ` ``,
    `$` and `\\` escaped by a backslash, `%` doubled (field codes), and then every
    backslash doubled again (the rule for string values, applied before the quoting)."""
    out = []
    for argument in map(checked, arguments):
        escaped = "".join("\\" + c if c in '"`$\\' else c for c in argument)
        out.append('"' + escaped.replace("%", "%%").replace("\\", "\\\\") + '"')
    return " ".join(out)


def systemd_exec(arguments: list[str]) -> str:
    """An ExecStart= value: each argument in double quotes with C escapes, `$` doubled (no
    variable is expanded) and `%` doubled (no specifier is)."""
    return " ".join(_systemd_quoted(argument).replace("$", "$$") for argument in arguments)


def systemd_environment(name: str, value: str) -> str:
    """An Environment= value setting `name` to `value` (no `$` is expanded there)."""
    return _systemd_quoted(f"{name}={value}")


def _systemd_quoted(argument: str) -> str:
    escaped = checked(argument).replace("\\", "\\\\").replace('"', '\\"').replace("%", "%%")
    return f'"{escaped}"'
