"""The app's icon, shared by every window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from heelcoach import APP_ID
from heelcoach.system.paths import resource_file

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon


def app_icon() -> QIcon:
    """The themed icon where the desktop has it installed, else the one we ship."""
    from PySide6.QtGui import QIcon  # after the first frame: its type costs ~3 ms to make

    shipped = resource_file("icons", f"{APP_ID}.png")  # an SVG loads Qt's SVG plugin
    return QIcon.fromTheme(APP_ID, QIcon(str(shipped)))
