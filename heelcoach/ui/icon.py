"""The app's icon, shared by every window."""

from __future__ import annotations

from heelcoach.paths import resource_file

from PySide6.QtGui import QIcon

from heelcoach import APP_ID


def app_icon() -> QIcon:
    """The themed icon where the desktop has it installed, else the one we ship."""
    shipped = resource_file("icons", f"{APP_ID}.svg")
    return QIcon.fromTheme(APP_ID, QIcon(str(shipped)))
