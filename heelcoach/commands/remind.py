"""`heelcoach --remind [training|check-in]`: what the reminders' timers run, daily.

On a training day (not a rest day, not once today's session is done) the notification
says what `heelcoach --today` says first: the verdict's title, then the plan Start runs;
the morning one asks for the check-in, unless it is done. Otherwise nothing is shown. It
reads the journal and changes nothing.
"""

from __future__ import annotations

import logging
import sys
from datetime import date
from types import SimpleNamespace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from heelcoach import APP_NAME
from heelcoach.coach.position import DayKind
from heelcoach.desktop.reminder_kinds import CHECK_IN_REMINDER

if TYPE_CHECKING:
    from heelcoach.coach.today import Today
    from heelcoach.coach.training_days import Entries

log = logging.getLogger(__name__)


def training_words(today: Today) -> tuple[str, str] | None:
    """The notification for a training day, in `heelcoach --today`'s words; None otherwise."""
    from heelcoach.words.verdict import plan_line, verdict_title

    if today.kind is not DayKind.TRAINING:
        return None
    summary = QCoreApplication.translate("Reminder", "HeelCoach: heel raises today")
    return summary, f"{verdict_title(today)}.\n{plan_line(today)}"


def check_in_words(check_ins: Entries, day: date) -> tuple[str, str] | None:
    if any(entry.get("date") == day.isoformat() for entry in check_ins):
        return None
    summary = QCoreApplication.translate("Reminder", "HeelCoach: how were your first steps?")
    body = QCoreApplication.translate(
        "Reminder", "How much did your heel hurt during your first steps out of bed today? 0-10"
    )
    return summary, body + "\n" + QCoreApplication.translate(
        "Reminder", "Open HeelCoach to answer."
    )


def main(options: SimpleNamespace, day: date | None = None) -> int:
    from heelcoach.commands.today import read_today
    from heelcoach.i18n import Translations, resolve_language, system_language
    from heelcoach.journal.entries import CHECK_INS
    from heelcoach.journal.reading import read_tables
    from heelcoach.settings import LANGUAGE, Settings
    from heelcoach.system.paths import data_dir, data_folder_problem
    from heelcoach.system.screen_check import no_screen_reason

    QCoreApplication.setApplicationName(APP_NAME)
    has_screen = no_screen_reason() is None
    if QCoreApplication.instance() is None:
        if has_screen:  # the tray is the fallback: it needs a screen
            from PySide6.QtWidgets import QApplication

            QApplication([APP_NAME])
        else:
            QCoreApplication([APP_NAME])
    app = QCoreApplication.instance()
    assert app is not None  # made just above
    folder = data_dir(create=False)
    if (problem := data_folder_problem(folder)) is not None:
        print(f"HeelCoach cannot remind you: {problem}.", file=sys.stderr)
        return 1
    settings = Settings(folder, read_only=True)
    Translations(app).use(resolve_language(options.lang, settings.get(LANGUAGE),
                                           system_language()))  # fmt: skip
    day = day or date.today()
    if options.remind == CHECK_IN_REMINDER:
        said = check_in_words(read_tables(folder)[0][CHECK_INS], day)
    else:
        said = training_words(read_today(folder, settings, day)[0])
    if said is None:
        print("Nothing to remind of today.")
        return 0
    return _show(*said, tray_possible=has_screen)


def _show(summary: str, body: str, tray_possible: bool) -> int:
    from heelcoach.desktop.notification import notify, show_in_tray

    print(f"{summary}\n{body}", flush=True)
    if notify(summary, body) or (tray_possible and show_in_tray(summary, body)):
        return 0
    print("heelcoach: no notification server and no system tray: the reminder could not be "
          "shown.", file=sys.stderr)  # fmt: skip
    return 1
