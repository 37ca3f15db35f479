"""The window's size and place, remembered across restarts, and never larger than the screen."""

from __future__ import annotations

import binascii

from PySide6.QtWidgets import QWidget

from heelcoach.settings import WINDOW_GEOMETRY, Settings

DEFAULT_SIZE = (960, 720)
FRAME_ALLOWANCE = 48  # the window manager's title bar and borders, around the window


def restore_geometry(window: QWidget, settings: Settings) -> None:
    saved = settings.get(WINDOW_GEOMETRY)
    try:
        restored = bool(saved) and window.restoreGeometry(binascii.a2b_base64(saved))
    except binascii.Error:
        restored = False
    if not restored:
        window.resize(*DEFAULT_SIZE)
    room = window.screen().availableGeometry()  # a small laptop: never taller than it
    width = min(window.width(), room.width() - FRAME_ALLOWANCE)
    height = min(window.height(), room.height() - FRAME_ALLOWANCE)
    resized = (width, height) != (window.width(), window.height())
    if resized:
        window.resize(width, height)
    if resized or not restored:  # placed by us: a window manager may put its foot off-screen
        left = room.x() + max(0, (room.width() - width - FRAME_ALLOWANCE) // 2)
        top = room.y() + max(0, (room.height() - height - FRAME_ALLOWANCE) // 2)
        window.move(left, top)


def save_geometry(window: QWidget, settings: Settings) -> None:
    geometry = binascii.b2a_base64(window.saveGeometry().data(), newline=False)
    settings.set(WINDOW_GEOMETRY, geometry.decode("ascii"))
