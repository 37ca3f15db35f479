"""The window's size and place, remembered across restarts, and never larger than the screen."""

from __future__ import annotations

import binascii

from PySide6.QtWidgets import QWidget

from heelcoach.settings import WINDOW_GEOMETRY, Settings

SCREEN_SHARE = 0.95  # a first window: most of the screen, read from the step two metres off
LARGEST_FIRST_SIZE = (1600, 1000)  # on a large monitor, a window, not a wall
FRAME_ALLOWANCE = 48  # the window manager's title bar and borders, around the window


def restore_geometry(window: QWidget, settings: Settings) -> None:
    saved = settings.get(WINDOW_GEOMETRY)
    try:
        restored = bool(saved) and window.restoreGeometry(binascii.a2b_base64(saved))
    except binascii.Error:
        restored = False
    room = window.screen().availableGeometry()  # a small laptop: never taller than it
    if not restored:
        window.resize(*first_size(room.width(), room.height()))
    width = min(window.width(), room.width() - FRAME_ALLOWANCE)
    height = min(window.height(), room.height() - FRAME_ALLOWANCE)
    resized = (width, height) != (window.width(), window.height())
    if resized:
        window.resize(width, height)
    if resized or not restored:  # placed by us: a window manager may put its foot off-screen
        left = room.x() + max(0, (room.width() - width - FRAME_ALLOWANCE) // 2)
        top = room.y() + max(0, (room.height() - height - FRAME_ALLOWANCE) // 2)
        window.move(left, top)


def first_size(width: int, height: int) -> tuple[int, int]:
    """The window's size at the first start, on a screen with `width` × `height` free."""
    largest_width, largest_height = LARGEST_FIRST_SIZE
    return (min(round(width * SCREEN_SHARE), largest_width),
            min(round(height * SCREEN_SHARE), largest_height))  # fmt: skip


def save_geometry(window: QWidget, settings: Settings) -> None:
    geometry = binascii.b2a_base64(window.saveGeometry().data(), newline=False)
    settings.set(WINDOW_GEOMETRY, geometry.decode("ascii"))
