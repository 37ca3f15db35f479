"""HeelCoach in the desktop's menu: the .desktop file (with its "Start today's set" action),
the icon (SVG and hicolor PNGs) and the AppStream metainfo, in the user's XDG folders.

The entry starts this very HeelCoach (the bundle's executable, or the Python it was
installed into), so it works for the pip install and the bundle alike.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING

from heelcoach import APP_ID
from heelcoach.desktop.command import checked, desktop_exec, heelcoach_command
from heelcoach.system.atomic_file import write_atomically
from heelcoach.system.paths import DATA_DIR_VARIABLE, resource_file

if TYPE_CHECKING:
    from collections.abc import Mapping

    Environ = Mapping[str, str]  # os.environ, or a test's stand-in

HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256)
SHARED_FILE_MODE = 0o644  # the menu and the icon theme read these


def data_home(environ: Environ = os.environ) -> Path:
    return Path(environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def desktop_file(environ: Environ = os.environ) -> Path:
    return data_home(environ) / "applications" / f"{APP_ID}.desktop"


def placed_files(environ: Environ = os.environ) -> dict[Path, Path]:
    """Where each shipped file goes: {target: source}."""
    home = data_home(environ)
    icons = home / "icons" / "hicolor"
    placed = {
        desktop_file(environ): resource_file("desktop", f"{APP_ID}.desktop"),
        home / "metainfo" / f"{APP_ID}.metainfo.xml":
            resource_file("desktop", f"{APP_ID}.metainfo.xml"),
        icons / "scalable" / "apps" / f"{APP_ID}.svg": resource_file("icons", f"{APP_ID}.svg"),
    }  # fmt: skip
    for pixels in HICOLOR_SIZES:
        size = f"{pixels}x{pixels}"
        placed[icons / size / "apps" / f"{APP_ID}.png"] = resource_file(
            "icons", "hicolor", size, f"{APP_ID}.png"
        )
    return placed


def entry_text(source: Path) -> str:
    """The shipped .desktop file, its Exec= lines starting this HeelCoach."""
    command = heelcoach_command()
    folder = os.environ.get(DATA_DIR_VARIABLE)
    if folder:  # the menu opens the journal this HeelCoach keeps, as its reminders do
        command = ["env", f"{DATA_DIR_VARIABLE}={checked(folder)}", *command]
    exec_line = desktop_exec(command)
    lines = []
    for line in source.read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec=heelcoach"):
            line = f"Exec={exec_line}{line.removeprefix('Exec=heelcoach')}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def install(environ: Environ = os.environ) -> list[Path]:
    """Put every file in place (again, over an older install); returns what was written.
    Each is written whole under a fresh name, then renamed: nothing planted there (a link)
    is followed. Raises OSError, UnsafeNameError (a data folder no entry can carry)."""
    written = []
    for target, source in placed_files(environ).items():
        target.parent.mkdir(parents=True, exist_ok=True)
        if target == desktop_file(environ):
            content = entry_text(source).encode("utf-8")
        else:
            content = source.read_bytes()
        write_atomically(target, content, mode=SHARED_FILE_MODE)
        written.append(target)
    _refresh_caches(environ)
    return written


def uninstall(environ: Environ = os.environ) -> list[Path]:
    """Take out what install() put in; returns what was there."""
    removed = []
    for target in placed_files(environ):
        if target.exists():
            target.unlink()
            removed.append(target)
    _refresh_caches(environ)
    return removed


def _refresh_caches(environ: Environ) -> None:
    """The menu and the icon theme learn of the change now, where their tools exist."""
    home = data_home(environ)
    for tool, folder in (("update-desktop-database", home / "applications"),
                         ("gtk-update-icon-cache", home / "icons" / "hicolor")):  # fmt: skip
        found = shutil.which(tool)
        if found is not None and folder.is_dir():
            subprocess.run([found, "-q", str(folder)], capture_output=True, timeout=30,
                           check=False)  # fmt: skip
