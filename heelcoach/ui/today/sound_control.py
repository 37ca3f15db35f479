"""The sound settings at work: the cue sound, the spoken cues, and the panel that sets them.

Built at the first start of a set or the first opening of the panel, not at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from heelcoach.audio.cue_sound import TEST_CUES, CueSound
from heelcoach.audio.spoken_cues import SpokenCues
from heelcoach.core.timeline import Cue
from heelcoach.settings import MUTED, SOUND_PANEL_OPEN, TICKS, VOICE, VOLUME, Option, Settings
from heelcoach.ui.today.sound_panel import SoundPanel
from heelcoach.ui.today.today_page import TodayPage

SOUND_OPTIONS = (VOLUME, MUTED, TICKS, VOICE)


class SoundControl(QObject):
    changed = Signal()  # a sound setting changed (the set screen shows "Muted")

    def __init__(self, settings: Settings, language: str,
                 make_sound: Callable[[], CueSound] | None, voice_engine: str | None,
                 today: TodayPage, parent=None) -> None:  # fmt: skip
        super().__init__(parent)
        self._settings = settings
        self._language = language
        self._make_sound = make_sound
        self._voice_engine = voice_engine
        self._today = today
        self._sound: CueSound | None = None
        self._voice: SpokenCues | None = None
        self.panel: SoundPanel | None = None

    @property
    def sound(self) -> CueSound | None:
        """The cues' sound, opened the first time it is needed; None in silent tests."""
        if self._sound is None and self._make_sound is not None:
            self._sound = self._make_sound()
            self._apply()
        return self._sound

    @property
    def voice(self) -> SpokenCues:
        if self._voice is None:
            self._voice = SpokenCues(self._voice_engine, self)
            self._voice.use_language(self._language)
        return self._voice

    def use_language(self, language: str) -> None:
        self._language = language
        if self._voice is not None:
            self._voice.use_language(language)

    def show_panel(self, visible: bool) -> None:
        if visible and self.panel is None:
            self.panel = SoundPanel(self._values())
            self.panel.edited.connect(self.change)
            self.panel.test_clicked.connect(self.test)
            if self._settings.get(VOICE):
                self.panel.show_voice_problem(self.voice.problem())
        if self.panel is not None:
            self._today.show_sound_panel(self.panel, visible)
        if visible != self._settings.get(SOUND_PANEL_OPEN):
            self._settings.set(SOUND_PANEL_OPEN, visible)

    def change(self, option: Option, value) -> None:
        self._settings.set(option, value)
        if self.panel is not None:
            self.panel.show_values(self._values())
            if option is VOICE:
                self.panel.show_voice_problem(self.voice.problem() if value else None)
        self._apply()
        self.changed.emit()

    def toggle_mute(self) -> None:
        self.change(MUTED, not self._settings.get(MUTED))

    def test(self) -> None:
        """Up, hold and down at the chosen volume, and the voice if it is on."""
        if self.sound is not None:
            self.sound.test()
        self.speak(list(TEST_CUES[:1]))

    def speak(self, cues: list[Cue]) -> None:
        if self._settings.get(VOICE) and not self._settings.get(MUTED):
            self.voice.say(cues)

    def _apply(self) -> None:
        if self._sound is not None:
            self._sound.set_volume(self._settings.get(VOLUME), self._settings.get(MUTED))
            self._sound.set_ticks(self._settings.get(TICKS))

    def _values(self) -> dict[Option, Any]:  # as Settings.get() gives them
        return {option: self._settings.get(option) for option in SOUND_OPTIONS}
