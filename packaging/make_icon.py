"""Render the app's SVG icon to the PNG the window shows (resources/icons/<id>.png) and to
the desktop's hicolor sizes (resources/icons/hicolor/<n>x<n>/<id>.png, 16 to 256 px).

    python packaging/make_icon.py [output folder]

The window takes the PNG: reading an SVG loads Qt's SVG plugin, 1.2 MiB at every start.
The SVG stays the source (and the desktop's scalable icon); a test checks that the
committed PNG is what this script renders from it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_ID = "io.github.heelcoach.HeelCoach"
PIXELS = 256
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def render(svg: Path = ICONS / f"{APP_ID}.svg", pixels: int = PIXELS):
    """The icon as a QImage, square, `pixels` wide (needs a QGuiApplication)."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon, QImage

    image = QIcon(str(svg)).pixmap(QSize(pixels, pixels)).toImage()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def main(folder: Path = ICONS) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([])
    targets = [(folder / f"{APP_ID}.png", PIXELS)]
    targets += [(folder / "hicolor" / f"{n}x{n}" / f"{APP_ID}.png", n) for n in HICOLOR_SIZES]
    for target, pixels in targets:
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(pixels=pixels).save(str(target)):
            print(f"could not write {target}", file=sys.stderr)
            return 1
        print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ICONS))
