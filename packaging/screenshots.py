"""Render the app's screens to PNG, from the app itself, for the README and for review.

    python packaging/screenshots.py [output folder, default docs/screenshots]

The set screen is caught mid-rep on a fake clock, so every run draws the same picture.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("HEELCOACH_DATA_DIR", tempfile.mkdtemp(prefix="heelcoach-shots-"))

from heelcoach.app import application  # noqa: E402
from heelcoach.core.plan import LegMode, SetPlan  # noqa: E402
from heelcoach.i18n import Translations  # noqa: E402
from heelcoach.paths import data_dir  # noqa: E402
from heelcoach.settings import DISCLAIMER_SEEN, Settings  # noqa: E402
from heelcoach.ui.main_window import MainWindow  # noqa: E402

SIZE = (1280, 800)
ROOT = Path(__file__).resolve().parent.parent


class StoppedClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def shoot(window: MainWindow, app, path: Path) -> None:
    for _ in range(3):
        app.processEvents()
    window.grab().save(str(path))
    print(path)


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = application()
    settings = Settings(data_dir())
    settings.set(DISCLAIMER_SEEN, True)
    for language in ("en", "da"):
        translations = Translations(app)
        translations.use(language)
        clock = StoppedClock()
        window = MainWindow(settings, translations, clock=clock)
        window.resize(*SIZE)
        window.show()
        window.today.set_plan(SetPlan(legs=LegMode.BOTH))
        shoot(window, app, out / f"today-{language}.png")
        window.start_session()
        for _ in range(int(5000 + 8000 * 3 + 1300) // 250):  # into rep 4's "up"
            clock.now += 250
            window.driver.changed.emit(window.driver.snapshot())
            app.processEvents()
        window.driver._on_frame()
        shoot(window, app, out / f"set-{language}.png")
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
