"""Saving a session as an audio file from the window: the runner picks the session and
the file; the export runs beside the event loop (the screen never stops) and says when the
file is there, or why it is not."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from heelcoach.settings import FILES_FOLDER, Settings
from heelcoach.words.plain import fill

FILTERS = "Ogg Vorbis (*.ogg);;MP3 (*.mp3);;WAV (*.wav)"
Sessions = dict[str, tuple[str, object]]  # by file-name stem: (the session's name, its plan)


class AudioExport(QObject):
    done = Signal(str)  # what happened, in a sentence
    _finished = Signal(str, str)  # from the export's thread: the file, or the reason it failed

    def __init__(self, window: QWidget, settings: Settings, plans: Callable[[], Sessions],
                 parent=None) -> None:  # fmt: skip
        """`plans`: each session on offer, by file-name stem, as (its name, its plan)."""
        super().__init__(parent)
        self._window = window
        self._settings = settings
        self._plans = plans
        self._running: threading.Thread | None = None
        self._finished.connect(self._report)

    def choose(self, anchor: QWidget) -> QMenu:
        """A menu of the sessions, under `anchor`; each asks for a file and saves it."""
        menu = QMenu(anchor)
        for stem, (name, plan) in self._plans().items():
            action = menu.addAction(name)
            action.triggered.connect(lambda _=False, s=stem, p=plan: self.save(s, p))
        menu.popup(anchor.mapToGlobal(anchor.rect().bottomLeft()))
        return menu

    def save(self, stem: str, plan) -> None:
        folder = Path(self._settings.get(FILES_FOLDER) or Path.home())
        if not folder.is_dir():
            folder = Path.home()
        chosen, _ = QFileDialog.getSaveFileName(self._window, self.tr("Save as audio"),
                                                str(folder / f"{stem}.ogg"), FILTERS)  # fmt: skip
        if chosen:
            path = Path(chosen)
            if not path.suffix:
                path = path.with_suffix(".ogg")
            self._settings.set(FILES_FOLDER, str(path.parent))
            self.start(plan, path)

    def start(self, plan, path: Path) -> None:
        """Export `plan`'s session to `path` in a thread of its own; `done` tells."""
        if self._running is not None and self._running.is_alive():
            self.done.emit(self.tr("Still saving the last file: a moment."))
            return
        self.done.emit(fill(self.tr("Saving %1…"), path.name))
        self._running = threading.Thread(target=self._export, args=(plan, path), daemon=True)
        self._running.start()

    def wait(self) -> None:
        """Until the export under way has ended (tests, and the window as it closes)."""
        if self._running is not None:
            self._running.join()

    def _export(self, plan, path: Path) -> None:
        from heelcoach.audio.export import ExportError, export
        from heelcoach.audio.sound_bank import SoundBank
        from heelcoach.system.disk_problems import plain_words
        from heelcoach.system.paths import resource_file

        try:
            export(plan.timeline(), path, SoundBank.load(resource_file("sounds")))
        except ExportError as error:
            self._finished.emit(str(path), str(error))
        except (OSError, ValueError) as error:
            self._finished.emit(str(path), plain_words(error))
        else:
            self._finished.emit(str(path), "")

    def _report(self, path: str, problem: str) -> None:
        if problem:
            self.done.emit(fill(self.tr("%1 was not saved: %2"), path, problem))
        else:
            self.done.emit(fill(self.tr("Saved %1: every cue at its place, to play anywhere."),
                                path))  # fmt: skip
