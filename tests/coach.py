"""A main window on a fake clock, driven the way a user drives it."""

from datetime import datetime

from PySide6.QtCore import QLocale

from heelcoach.app import application
from heelcoach.i18n import Translations
from heelcoach.settings import Settings
from heelcoach.system.paths import data_dir
from heelcoach.ui.main_window import MainWindow


class FakeClock:
    """A clock that moves only when the test says so."""

    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


class Coach:
    """A main window on a fake clock, with the moves a user makes."""

    def __init__(self, qtbot, language: str = "en", voice_engine: str | None = None,
                 first_start: bool = False, now: datetime | None = None) -> None:  # fmt: skip
        """`first_start`: the runner has never answered the questions about the heel (off:
        they did, with no red flag, as every runner past the first day). `now`: the wall
        clock's time (the journal's dates, Today's day), 25 November 2026, 18:00 unless said."""
        self.qtbot = qtbot
        self.clock = FakeClock()
        self.now = now or datetime(2026, 11, 25, 18, 0)  # the wall clock the journal sees
        if not first_start:
            from heelcoach.journal.journal import Journal

            journal = Journal(data_dir(), now=lambda: self.now)
            journal.add_answer(at="2026-11-01T08:00:00", question="red_flags", yes=[])
            journal.close()
        self.app = application()
        self.translations = Translations(self.app)
        self.translations.use(language)
        self.settings = Settings(data_dir())
        self.window = MainWindow(
            self.settings, self.translations, clock=self.clock, voice_engine=voice_engine,
            journal_folder=data_dir(), now=lambda: self.now,
        )  # fmt: skip
        qtbot.addWidget(self.window)
        self.window.show()
        self.window.activateWindow()
        qtbot.waitUntil(self.window.isActiveWindow)
        qtbot.waitUntil(lambda: bool(self.window.actions()))  # wired after the first frame
        qtbot.waitUntil(lambda: self.window.journal_tried)  # and the journal opened

    @property
    def driver(self):
        return self.window.driver

    @property
    def page(self):
        return self.window.heel_raise_page

    def press(self, key, modifier=None) -> None:
        from PySide6.QtCore import Qt

        target = self.window.focusWidget() or self.window
        self.qtbot.keyClick(target, key, modifier or Qt.KeyboardModifier.NoModifier)

    def start(self) -> None:
        """Space on Today starts the set; on a rest day (and with the heel questions open)
        it asks first, once for each, and the press after starts."""
        from PySide6.QtCore import Qt

        self.press(Qt.Key.Key_Space)
        for _question in range(3):  # the questions, a red flag, a rest day
            if self.window.pages.currentWidget() is not self.window.today:
                break
            self.press(Qt.Key.Key_Space)
        assert self.window.pages.currentWidget() is self.window.heel_raise_page

    def advance(self, ms: float, step: float = 250.0) -> None:
        """Move the clock forward in steps the app can see, as real time would."""
        while ms > 0:
            move = min(step, ms)
            self.clock.now += move
            ms -= move
            with self.qtbot.waitSignal(self.driver.changed, timeout=2000):
                pass

    def screen(self) -> dict[str, str]:
        page = self.page
        return {
            "phase": page.phase_label.text(),
            "seconds": page.seconds_label.text(),
            "set": page.set_label.text(),
            "rep": page.rep_label.text(),
            "leg": page.leg_label.text(),
            "next": page.next_label.text(),
            "status": page.status_label.text(),
        }

    def close(self) -> None:
        self.window.close()
        self.translations.use("en")
        QLocale.setDefault(QLocale("en"))
