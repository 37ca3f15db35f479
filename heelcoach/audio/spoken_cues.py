"""Spoken cues ("Up, 3", "Hold", "Down"), through the platform's speech engine.

An option beside the beeps, never instead of them: speech engines start speaking when
they are ready, tens of milliseconds after the beat, so the beep stays the exact cue and
the voice says what it means. QtTextToSpeech is imported only when the voice is first used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from heelcoach.core.timeline import Cue, CueKind, Phase
from heelcoach.system.placeholders import fill

if TYPE_CHECKING:
    from PySide6.QtTextToSpeech import QTextToSpeech


def _phase_words() -> dict[Phase | None, str]:
    """What the voice says as each phase begins (%1: the rep or hold)."""
    translate = QCoreApplication.translate
    return {
        Phase.UP: translate("SpokenCues", "Up, %1"),
        Phase.HOLD: translate("SpokenCues", "Hold"),
        Phase.DOWN: translate("SpokenCues", "Down"),
        Phase.STRETCH: translate("SpokenCues", "Stretch, %1"),
        Phase.RELEASE: translate("SpokenCues", "Let go"),
        Phase.SWITCH: translate("SpokenCues", "Other side"),
        Phase.CURLS: translate("SpokenCues", "Curl the towel in, at your own pace"),
        Phase.RUN: translate("SpokenCues", "Run"),
        Phase.WALK: translate("SpokenCues", "Walk"),
    }


def spoken_text(cue: Cue) -> str:
    """What the voice says for `cue`, in the interface's language; "" for a silent cue."""
    translate = QCoreApplication.translate
    kind = cue.kind
    if kind is CueKind.PHASE_START:
        words = _phase_words().get(cue.phase, "")
        return fill(words, cue.value)
    if kind is CueKind.COUNT_DOWN:
        return str(cue.value)
    if kind in (CueKind.REST_ENDING, CueKind.TEN_SECONDS_LEFT, CueKind.CHANGE_COMING):
        return translate("SpokenCues", "Ten seconds")
    if kind is CueKind.HALFWAY:
        return translate("SpokenCues", "Halfway")
    heel_raise = cue.phase is not None and (cue.phase.is_rep_phase or cue.phase is Phase.REST)
    if kind is CueKind.SET_COMPLETE:
        return (
            translate("SpokenCues", "Set done") if heel_raise else translate("SpokenCues", "Done")
        )
    if kind is CueKind.SESSION_COMPLETE:
        if heel_raise:
            return translate("SpokenCues", "Well done, that was the last set")
        return translate("SpokenCues", "Well done, that is all for today")
    return ""


class SpokenCues(QObject):
    """Says cues aloud; `problem()` tells why it cannot, in words."""

    def __init__(self, engine: str | None = None, parent: QObject | None = None) -> None:
        """`engine` names a QtTextToSpeech engine ("mock" in tests); None: the platform's."""
        super().__init__(parent)
        self._engine_name = engine
        self._speech: QTextToSpeech | None = None
        self._problem: str | None = None
        self._language = ""

    def problem(self) -> str | None:
        """None when the voice works, else why not (no engine, engine failed to start)."""
        self._ensure_engine()
        return self._problem

    @property
    def engine(self) -> QTextToSpeech | None:
        """The QTextToSpeech in use, started on first use; None when there is none."""
        return self._ensure_engine()

    def use_language(self, language: str) -> None:
        """Speak with a voice for `language` ("en", "da") if the engine has one."""
        self._language = language
        if self._speech is not None:
            self._choose_locale(self._speech)

    def say(self, cues: list[Cue]) -> None:
        """Say the last cue due that has words: when cues bunch up, the newest one counts."""
        texts = [text for text in map(spoken_text, cues) if text]
        if not texts or (speech := self._ensure_engine()) is None:
            return
        speech.say(texts[-1])  # interrupts a word still being said: it would be late

    def _ensure_engine(self) -> QTextToSpeech | None:
        """The engine, started if it has not been tried yet; None when there is none."""
        if self._speech is None and self._problem is None:
            self._problem = self._start_engine()
        return self._speech

    def _start_engine(self) -> str | None:
        translate = QCoreApplication.translate
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError as error:
            return fill(translate("SpokenCues", "speech could not be loaded (%1)"), error)
        engines = QTextToSpeech.availableEngines()
        name = self._engine_name or (engines[0] if engines else None)
        if name is None or name not in engines:
            return translate("SpokenCues", "no speech engine is installed")
        speech = QTextToSpeech(name, self)
        if speech.state() == QTextToSpeech.State.Error:
            detail = speech.errorString() or name
            return fill(translate("SpokenCues", "the speech engine did not start (%1)"), detail)
        self._speech = speech
        self._choose_locale(speech)
        return None

    def _choose_locale(self, speech: QTextToSpeech) -> None:
        if not self._language:
            return
        for locale in speech.availableLocales():
            if locale.name().split("_")[0] == self._language:
                speech.setLocale(locale)
                return
