"""Render the app's screens to PNG, from the app itself: for the README, the AppStream
metainfo, and for looking at what we build.

    python packaging/screenshots.py [output folder, default packaging/screenshots]

The set screen is caught mid-rep on a fake clock, so every run draws the same picture;
the history shows four months of a made-up runner's journal (synthetic_journal.py).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("HEELCOACH_DATA_DIR", tempfile.mkdtemp(prefix="heelcoach-shots-"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from datetime import date, datetime, timedelta

from synthetic_journal import journal_data, write

from heelcoach.app import application
from heelcoach.core.exercises.heel_raise import LegMode, SetPlan
from heelcoach.i18n import Translations
from heelcoach.settings import DISCLAIMER_SEEN, REMINDERS_OFFERED, WALKING_CONFIRMED_ON, Settings
from heelcoach.system.paths import data_dir
from heelcoach.ui.main_window import MainWindow

SIZES = ((1366, 768), (1024, 600))
"""The README's screen, then a small laptop's (its pictures in a folder of their own)."""
MID_REP_MS = 5000 + 3 * 8000 + 1500  # count-in, three reps, half-way up the fourth
LEG_CHANGE_MS = 5000 + 12 * 8000 + 2000  # the left leg's set done, the right's count-in
IN_REST_MS = 2 * (5000 + 12 * 8000) + 20_000  # both legs done, 20 s into the rest
DONE_AFTER_MS = 2 * (5000 + 3 * 8000) + 10_000 + 1000  # two short sets and their rest
CLOCK_STEP_MS = 250  # under a second, or the set pauses as if the machine stalled
ROOT = Path(__file__).resolve().parent.parent
TODAY = date(2026, 11, 25)
HISTORY_DAYS = 151  # a session on the last day: the days run every other one from the first


class StoppedClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def settle(app, seconds: float = 0.03) -> None:
    """Let the event loop run long enough for the display timer to fire."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.002)


def shoot(window: MainWindow, app, path: Path) -> None:
    settle(app)
    window.grab().save(str(path))
    print(path)


def flare_two_days_ago(data: dict) -> dict:
    """The last session (two days ago) reached 7/10, and this morning's first steps were
    worse than usual: a training day with advice to ease off."""
    last = max(entry["at"][:10] for entry in data["sets"].values())
    for entry in data["sets"].values():
        if entry["at"].startswith(last):
            entry["pain"] = 7
    data["check_ins"][str(len(data["check_ins"]) + 1)] = {
        "date": (TODAY - timedelta(days=1)).isoformat(), "first_steps_pain": 6,
        "worse_after_training": True, "note": "",
    }  # fmt: skip
    return data


def asked(data: dict, *yes: str) -> dict:
    """The questions about the heel answered at the first start: yes to `yes`."""
    first = min(entry["date"] for entry in data["check_ins"].values())
    data["answers"] = {"1": {"at": f"{first}T07:00:00", "question": "red_flags", "yes": list(yes),
                             "symptoms_for": "3_to_12_months", "note": ""}}  # fmt: skip
    return data


def no_fall(days: int) -> dict:
    """Six weeks and more of training with first steps at 5 all along."""
    data = journal_data(days, TODAY - timedelta(days=1))
    for entry in data["check_ins"].values():
        entry["first_steps_pain"], entry["worse_after_training"] = 5, False
    for entry in data["sets"].values():
        entry["pain"] = 3
    return data


def window_on(app, settings, translations, data: dict, now: datetime, size: tuple[int, int],
              clock=None) -> MainWindow:  # fmt: skip
    journal_folder = Path(tempfile.mkdtemp(prefix="heelcoach-shots-journal-"))
    if data and "answers" not in data:
        asked(data)  # past the first start
    write(journal_folder, data)
    window = MainWindow(settings, translations, clock=clock or StoppedClock(),
                        journal_folder=journal_folder, now=lambda: now)  # fmt: skip
    window.resize(*size)
    window.show()
    settle(app, 0.6)  # the journal opens after the first frame; the coach and check-in come
    return window


def main() -> int:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "packaging" / "screenshots"
    app = application()
    settings = Settings(data_dir())
    settings.set(DISCLAIMER_SEEN, True)
    settings.set(REMINDERS_OFFERED, True)  # the dialog has a screenshot of its own
    translations = Translations(app)  # one: it takes its catalogue out before the next
    for size in SIZES:
        out = root if size == SIZES[0] else root / f"{size[0]}x{size[1]}"
        out.mkdir(parents=True, exist_ok=True)
        shoot_every_page(app, settings, translations, out, size)
    shoot_illustrations(app, root)
    return 0


def shoot_every_page(app, settings: Settings, translations: Translations, out: Path,
                     size: tuple[int, int]) -> None:  # fmt: skip
    morning = datetime(2026, 11, 25, 7, 30)
    for language in ("en", "da"):
        translations.use(language)
        # A training day after a flare: the advice, its reasons, the lighter plan a key away.
        data = flare_two_days_ago(journal_data(HISTORY_DAYS, TODAY - timedelta(days=2)))
        data["check_ins"] = {key: entry for key, entry in data["check_ins"].items()
                             if entry["date"] < TODAY.isoformat()}  # fmt: skip
        window = window_on(app, settings, translations, data, morning, size)
        shoot(window, app, out / f"today-{language}.png")
        window.close()
        shoot_verdicts(app, settings, translations, out, size, language)
        # A rest day, the morning after a session: the check-in asks.
        clock = StoppedClock()
        data = journal_data(HISTORY_DAYS, TODAY - timedelta(days=1))
        data["check_ins"] = {key: entry for key, entry in data["check_ins"].items()
                             if entry["date"] != TODAY.isoformat()}  # fmt: skip
        window = window_on(app, settings, translations, data, morning, size, clock)
        shoot(window, app, out / f"today-rest-{language}.png")
        window.show_learn()
        shoot(window, app, out / f"learn-{language}.png")
        window.back_to_today()
        window.show_history()
        history = window.views.history_page
        history.tree.expand(history.model.index(1, 0))  # the last training day, open too
        shoot(window, app, out / f"history-{language}.png")
        window.back_to_today()
        window.show_progress()
        shoot(window, app, out / f"progress-{language}.png")
        window.back_to_today()
        window.show_sound_panel(True)
        shoot(window, app, out / f"sound-{language}.png")
        window.show_sound_panel(False)
        shoot_reminders(window, app, settings, out / f"reminders-{language}.png")
        window.start_session(SetPlan(legs=LegMode.BOTH, load_kg=7.5))
        advance(app, clock, MID_REP_MS)
        shoot(window, app, out / f"set-{language}.png")
        advance(app, clock, LEG_CHANGE_MS)
        shoot(window, app, out / f"set-leg-change-{language}.png")
        prompt = window.heel_raise_page.pain_prompt
        prompt.press_digit(2)  # the left leg's pain, then how hard it was
        settle(app, 1.4)
        prompt.press_digit(2)
        advance(app, clock, IN_REST_MS)
        shoot(window, app, out / f"set-rest-{language}.png")
        window.stop()
        window.stop()  # the reps done are kept
        window.back_to_today()
        window.start_session(SetPlan(sets=2, reps=3, legs=LegMode.LEFT, load_kg=7.5,
                                     rest_ms=10_000))  # fmt: skip
        advance(app, clock, clock.now + DONE_AFTER_MS)
        for pain in (2, 1, 3, 1, 2):  # each set's pain and effort, then the heel after
            prompt.press_digit(pain)
            settle(app, 1.4)
        shoot(window, app, out / f"set-done-{language}.png")
        window.stop()
        shoot_lighter_and_try(window, app, clock, out, language)
        shoot_stretches_and_running(window, app, settings, clock, out, language)
        window.close()


def shoot_verdicts(app, settings: Settings, translations: Translations, out: Path,
                   size: tuple[int, int], language: str) -> None:  # fmt: skip
    """The first start (its questions), a red flag answered yes, and six weeks without a
    fall: the verdict first on each."""
    morning = datetime(2026, 11, 25, 7, 30)
    window = window_on(app, settings, translations, {}, morning, size)
    shoot(window, app, out / f"today-first-{language}.png")
    window.close()
    data = asked(journal_data(40, TODAY - timedelta(days=1)), "numbness", "rest_or_night")
    window = window_on(app, settings, translations, data, morning, size)
    shoot(window, app, out / f"today-red-flag-{language}.png")
    window.close()
    window = window_on(app, settings, translations, no_fall(50), morning, size)
    shoot(window, app, out / f"today-seek-help-{language}.png")
    window.close()


def shoot_lighter_and_try(window: MainWindow, app, clock: StoppedClock, out: Path,
                          language: str) -> None:  # fmt: skip
    """A set in the red: the rest says the sets to come are lighter. Then a try stopped in
    its first set: whether it counts."""
    prompt = window.heel_raise_page.pain_prompt
    window.start_session(SetPlan(sets=3, reps=12, legs=LegMode.LEFT, rest_ms=60_000))
    advance(app, clock, clock.now + 5000 + 12 * 8000 + 1000)
    prompt.press_digit(7)
    settle(app, 1.4)
    prompt.press_digit(2)
    advance(app, clock, clock.now + 5000)
    shoot(window, app, out / f"set-lighter-{language}.png")
    window.stop()
    window.stop()
    window.stop()
    window.back_to_today()
    window.start_session(SetPlan(sets=3, reps=12, legs=LegMode.LEFT))
    advance(app, clock, clock.now + 5000 + 3 * 8000 + 1500)
    window.stop()
    shoot(window, app, out / f"set-try-{language}.png")
    window.stop()  # no, it was a try
    window.back_to_today()


def shoot_reminders(window: MainWindow, app, settings: Settings, path: Path) -> None:
    from heelcoach.ui.reminders_dialog import RemindersDialog

    dialog = RemindersDialog(settings, window)
    dialog.training.setChecked(True)
    dialog.show()
    settle(app)
    dialog.grab().save(str(path))
    print(path)
    dialog.close()


def shoot_stretches_and_running(window: MainWindow, app, settings: Settings,
                                clock: StoppedClock, out: Path, language: str) -> None:  # fmt: skip
    """The checklist back to running, a stretch held, a walk/run session running."""
    settings.set(WALKING_CONFIRMED_ON, TODAY.isoformat())
    window.show_exercises()
    shoot(window, app, out / f"running-checklist-{language}.png")
    window.exercises.start_stretches()
    advance(app, clock, clock.now + 5000 + 18_000)  # 18 s into the first calf stretch
    shoot(window, app, out / f"stretch-{language}.png")
    window.stop()
    window.exercises.start_walk_run()
    advance(
        app, clock, clock.now + 5000 + 300_000 + 3 * 60_000 + 22_000, step_ms=400, settle_s=0.02
    )  # every step seen: a second without a look pauses as a stall
    shoot(window, app, out / f"walk-run-{language}.png")  # the second run, 22 s in
    window.stop()
    settings.set(WALKING_CONFIRMED_ON, "")


def shoot_illustrations(app, out: Path) -> None:
    """Each drawing, large, on the set screen's dark background."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    from heelcoach.core.kinds import all_kinds
    from heelcoach.ui.session.illustration import illustration_path
    from heelcoach.ui.session.session_page import BACKGROUND

    for exercise in (kind.key for kind in all_kinds() if kind.drawing):
        image = QImage(800, 600, QImage.Format.Format_RGB32)
        image.fill(BACKGROUND)
        painter = QPainter(image)
        QSvgRenderer(str(illustration_path(exercise))).render(painter, QRectF(0, 0, 800, 600))
        painter.end()
        path = out / f"illustration-{exercise}.png"
        image.save(str(path))
        print(path)


def advance(app, clock: StoppedClock, to_ms: int, step_ms: int = CLOCK_STEP_MS,
            settle_s: float = 0.01) -> None:  # fmt: skip
    while clock.now < to_ms:
        clock.now = min(to_ms, clock.now + step_ms)
        settle(app, settle_s)


if __name__ == "__main__":
    sys.exit(main())
