"""`heelcoach --test-sound`: up, hold and down, as a set plays them, then exit.

For a runner checking their speakers, and for checking a build (the bundle's CI plays it
into a null sink and finds the three cues in the recording). Exit 1, with the reason, when
no sound could be played.
"""

from __future__ import annotations

import sys
import time
from types import SimpleNamespace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QtMsgType, qInstallMessageHandler

from heelcoach import APP_NAME

if TYPE_CHECKING:
    from PySide6.QtCore import QMessageLogContext

LONGEST_WAIT_S = 15


def main(options: SimpleNamespace) -> int:
    from heelcoach.audio.cue_sound import CueSound
    from heelcoach.i18n import Translations, resolve_language, system_language
    from heelcoach.settings import LANGUAGE, MUTED, VOLUME, Settings
    from heelcoach.system.paths import data_dir

    qInstallMessageHandler(_only_failures)  # not QtMultimedia's notes on its backends
    QCoreApplication.setApplicationName(APP_NAME)
    app = QCoreApplication.instance() or QCoreApplication([APP_NAME])
    settings = Settings(data_dir(create=False), read_only=True)
    Translations(app).use(resolve_language(options.lang, settings.get(LANGUAGE),
                                           system_language()))  # fmt: skip
    sound = CueSound()
    if not sound.open():
        print(f"heelcoach: no sound: {sound.reason}", file=sys.stderr)
        return 1
    sound.set_volume(settings.get(VOLUME), settings.get(MUTED))
    sound.test()
    deadline = time.monotonic() + LONGEST_WAIT_S
    while sound.is_playing and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    if sound.reason:
        print(f"heelcoach: the sound stopped: {sound.reason}", file=sys.stderr)
        return 1
    print("Played up, hold and down.")
    return 0


def _only_failures(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
        print(message, file=sys.stderr)
