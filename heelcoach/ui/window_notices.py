"""The notices at the top of the main window: the first-run words on what HeelCoach is not,
and what went wrong with the journal or the settings. Never a dialog; each bar is built
the first time it has something to say."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QVBoxLayout, QWidget

from heelcoach.settings import (
    CHECK_IN_REMINDER_AT,
    DISCLAIMER_SEEN,
    REMINDERS_OFFERED,
    TRAINING_REMINDER_AT,
    Settings,
)
from heelcoach.words.plain import fill

if TYPE_CHECKING:
    from heelcoach.journal.journal import Journal, JournalUnavailableError
    from heelcoach.ui.focus_home import FocusHome
    from heelcoach.ui.notice_bar import NoticeBar

log = logging.getLogger(__name__)


class WindowNotices(QObject):
    def __init__(self, layout: QVBoxLayout, settings: Settings, parent: QWidget) -> None:
        """The bars go at the top of `layout`; `settings` remembers the disclaimer was read."""
        super().__init__(parent)
        self._window = parent
        self._layout = layout
        self._settings = settings
        self.disclaimer: NoticeBar | None = None
        self.journal: NoticeBar | None = None
        self.settings_bar: NoticeBar | None = None
        self.error_bar: NoticeBar | None = None
        self.reminders_bar: NoticeBar | None = None
        self.sync_bar: NoticeBar | None = None
        self._merge_sync_copy: Callable[[], None] = lambda: None
        self.focus_home: FocusHome | None = None  # Start, once Today is made

    def _bar(self) -> NoticeBar:
        from heelcoach.ui.notice_bar import NoticeBar

        bar = NoticeBar()
        self._layout.insertWidget(0, bar)
        if self.focus_home is not None:
            self.focus_home.watch(bar)  # dismissed, it gives the focus back to Start
        return bar

    # the disclaimer ----------------------------------------------------------------------
    def offer_disclaimer(self) -> None:
        """On the first run, until it is dismissed."""
        if not self._settings.get(DISCLAIMER_SEEN):
            self._show_disclaimer()

    def _show_disclaimer(self) -> None:
        if self.disclaimer is None:
            self.disclaimer = self._bar()
            self.disclaimer.dismissed.connect(lambda: self._settings.set(DISCLAIMER_SEEN, True))
        self.disclaimer.show_notice(
            self.tr(
                "HeelCoach guides your training; it does not diagnose. If your heel pain "
                "has not eased after 4-6 weeks of training, if you are unsure what it is, "
                "or if it limits your daily life, see a physiotherapist or doctor."
            ),
            self.tr("Got it"),
        )

    def follow_page(self, on_first_screen: bool, journal_access) -> None:
        # A notice not yet dismissed waits on the first screen; the set screen is for the set.
        if self.disclaimer is not None and not self._settings.get(DISCLAIMER_SEEN):
            self.disclaimer.setVisible(on_first_screen)
        if self.reminders_bar is not None and not self.reminders_bar.answered:
            self.reminders_bar.setVisible(on_first_screen)
        if on_first_screen and journal_access.opened is not None:  # back from a first session?
            self.offer_reminders(journal_access.opened)

    def retranslate(self) -> None:
        if self.disclaimer is not None and self.disclaimer.isVisibleTo(self._window):
            self._show_disclaimer()
        if self.reminders_bar is not None and self.reminders_bar.isVisibleTo(self._window):
            self._show_reminders_offer(self.reminders_bar)

    # the journal -------------------------------------------------------------------------
    def tell_about_journal(self, text: str) -> None:
        if self.journal is None:
            self.journal = self._bar()
        self.journal.show_notice(text, self.tr("OK"))

    def tell_how_journal_opened(self, journal: Journal) -> None:
        """What opening found, if anything needs saying: a file moved aside, entries set
        aside, a journal that can only be read."""
        said = []
        if journal.moved_aside is not None:
            said.append(fill(self.tr(
                "Your journal could not be read, so a new one was started. Nothing "
                "was deleted: the old file is kept as %1."
            ), journal.moved_aside))  # fmt: skip
        if journal.set_aside:
            said.append(fill(self.tr(
                "%n entries in your journal could not be read, so they are not shown. "
                "Nothing was deleted: they are kept as they were, in %1.", "",
                len(journal.set_aside),
            ), journal.path))  # fmt: skip
        if journal.read_only is not None:
            said.append(self.read_only_text(journal))
        if said:
            self.tell_about_journal(" ".join(said))

    def journal_restored(self, journal: Journal) -> None:
        """A restored backup makes the journal the user's again: what was said of the old
        one no longer holds."""
        if self.journal is not None and journal.read_only is None:
            self.journal.hide()

    def tell_journal_unavailable(self, error: JournalUnavailableError) -> None:
        from heelcoach.system.disk_problems import plain_words

        self.tell_about_journal(fill(self.tr(
            "Your journal %1 cannot be opened (%2), so nothing you do is recorded now. "
            "Nothing in it was changed."
        ), error.path, plain_words(error.cause)))  # fmt: skip

    def read_only_text(self, journal: Journal) -> str:
        from heelcoach.journal.journal import ReadOnlyReason
        from heelcoach.journal.migrations import SCHEMA_VERSION

        reason = journal.read_only
        if reason is ReadOnlyReason.NEWER_VERSION:
            return fill(
                self.tr(
                    "Your journal was written by a newer HeelCoach (journal version %1; this one "
                    "reads up to %2). It is shown and can be exported, but nothing is saved to "
                    "it: update HeelCoach to record again."
                ),
                journal.found_version,
                SCHEMA_VERSION,
            )
        if reason is ReadOnlyReason.UNKNOWN_VERSION:
            return self.tr(
                "The version mark in your journal is damaged, so HeelCoach cannot tell which "
                "version wrote it. It is shown and can be exported, but nothing is saved to "
                "it. To record again, restore a backup (History, Ctrl+H)."
            )
        if reason is ReadOnlyReason.NOT_BACKED_UP:
            return fill(
                self.tr(
                    "Your journal is from an older HeelCoach and must be brought up to this "
                    "version, but it could not first be copied to %1. It is shown and can be "
                    "exported, but nothing is saved to it until that copy can be made."
                ),
                journal.folder / "backups",
            )
        return fill(
            self.tr(
                "Your journal %1 is read-only. It is shown and can be exported, but nothing is "
                "saved to it until it is writable again."
            ),
            journal.path,
        )

    def tell_not_saved(self, why: str, kept: bool = False) -> None:
        text = fill(self.tr("Could not save to the journal: %1"), why)
        if kept:
            text += ". " + self.tr("It is kept, and saved as soon as the disk takes it.")
        self.tell_about_journal(text)

    def tell_kept_saved(self) -> None:
        if self.journal is not None:
            self.tell_about_journal(self.tr("What could not be saved before is saved now."))

    def tell_unsaved_at_close(self, count: int) -> None:
        self.tell_about_journal(self.tr(
            "%n entries are not saved yet: the disk refuses them. To keep them, free some space "
            "first, then close HeelCoach again. If you close again without freeing space, "
            "HeelCoach quits and these entries are lost.", "", count))  # fmt: skip

    def tell_not_saved_read_only(self, journal: Journal) -> None:
        self.tell_about_journal(
            fill(self.tr("This was not saved. %1"), self.read_only_text(journal))
        )

    # a journal shared through a sync tool -----------------------------------------------------
    def offer_sync_copy(self, path: Path, merge: Callable[[], None]) -> None:
        """A sync tool's copy of the journal is beside it: merge it in (`merge`), or not now."""
        if self.sync_bar is None:
            self.sync_bar = self._bar()
            self.sync_bar.acted.connect(lambda: self._merge_sync_copy())
        self._merge_sync_copy = merge
        self.sync_bar.show_notice(fill(self.tr(
            "Your sync tool left a second copy of your journal beside it, %1, after this "
            "computer and another changed the journal at the same time. It may hold entries "
            "your journal lacks. Merge them in? Nothing is deleted, and the copy is kept."
        ), path.name), self.tr("Not now"), self.tr("&Merge it in"))  # fmt: skip

    def tell_copy_merged(self, added: int, conflicts: int, backups: Path) -> None:
        text = self.tr("Merged: %n entries from the copy were added to your journal.", "",
                       added)  # fmt: skip
        if conflicts:
            text += " " + self.conflicts_text(conflicts)
        text += " " + fill(self.tr("The copy is kept in %1."), backups)
        self.tell_about_journal(text)

    def tell_copy_not_merged(self, path: Path, why: str) -> None:
        self.tell_about_journal(fill(self.tr(
            "The copy %1 could not be merged: %2. It is left as it was."
        ), path.name, why))  # fmt: skip

    def tell_nearly_full(self, journal: Journal) -> None:
        from heelcoach.journal.journal_file import MAX_JOURNAL_BYTES

        size = journal.path.stat().st_size if journal.path.exists() else 0
        self.tell_about_journal(fill(self.tr(
            "Your journal is %1 MiB, close to the %2 MiB HeelCoach can keep. Keep a backup "
            "(History, Ctrl+H), then delete entries you no longer need."
        ), round(size / 2**20), MAX_JOURNAL_BYTES // 2**20))  # fmt: skip

    def tell_conflicts(self, count: int) -> None:
        self.tell_about_journal(self.conflicts_text(count))

    def conflicts_text(self, count: int) -> str:
        return self.tr(
            "%n entries were changed both on this computer and on another before they could "
            "see each other's change. Both versions are kept: look in History and delete the "
            "one that is wrong.", "", count)  # fmt: skip

    # reminders, offered once -------------------------------------------------------------
    def offer_reminders(self, journal: Journal) -> None:
        """Once, when there is a first session to build on, unless reminders are set."""
        settings = self._settings
        if (
            settings.get(REMINDERS_OFFERED)
            or settings.get(TRAINING_REMINDER_AT)
            or settings.get(CHECK_IN_REMINDER_AT)
        ):
            return
        from heelcoach.journal.entries import SESSIONS

        if not journal.counts().get(SESSIONS):
            return
        settings.set(REMINDERS_OFFERED, True)  # once: Program… → Reminders… has them after
        if self.reminders_bar is None:
            self.reminders_bar = self._bar()
            self.reminders_bar.acted.connect(self._set_up_reminders)
        self._show_reminders_offer(self.reminders_bar)

    def _show_reminders_offer(self, bar: NoticeBar) -> None:
        bar.show_notice(self.tr(
            "HeelCoach can remind you on training days with a desktop notification, even when "
            "it is closed."
        ), self.tr("No, thanks"), self.tr("Set up &reminders…"))  # fmt: skip

    def _set_up_reminders(self) -> None:
        from heelcoach.ui.reminders_dialog import RemindersDialog

        RemindersDialog.show_for(self._settings, self._window)

    # an uncaught error -------------------------------------------------------------------
    def tell_uncaught_error(self, what: str, log_path: Path) -> None:
        if self.error_bar is None:
            self.error_bar = self._bar()
        self.error_bar.show_notice(fill(self.tr(
            "Something went wrong inside HeelCoach (%1). What you were doing goes on where it "
            "can. The details are in %2."
        ), what, log_path), self.tr("OK"))  # fmt: skip

    # the settings ------------------------------------------------------------------------
    def tell_about_settings(self, moved_aside: Path | None) -> None:
        if moved_aside is None:
            return
        if self.settings_bar is None:
            self.settings_bar = self._bar()
        self.settings_bar.show_notice(fill(self.tr(
            "Your settings could not be read, so HeelCoach starts with its defaults. The old "
            "file is kept as %1."
        ), moved_aside), self.tr("OK"))  # fmt: skip
