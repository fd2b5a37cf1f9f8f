"""읽어 주기: the question and what was typed, read aloud where the computer has a voice in the UI language
(Windows ships a Korean one; Linux through speech-dispatcher). Where there is none, the button stays hidden.
The speech engine is started after the first screen is up and never waited for: a missing sound server can make
it fail, never hang the screen."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QTimer, Signal

ENGINE_ENV = "DANGGOL_TTS_ENGINE"  # tests choose Qt's 'mock' engine; by default the platform's own is used
_LANGUAGES = {"ko": QLocale.Language.Korean, "en": QLocale.Language.English}

if TYPE_CHECKING:
    from PySide6.QtTextToSpeech import QTextToSpeech


class ReadAloud(QObject):
    availability_changed = Signal(bool)

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._tts: QTextToSpeech | None = None
        self.available = False
        self.spoken: list[str] = []  # what was said, for the tests and the log

    def start(self) -> None:
        """Look for an engine once the event loop runs; the screen does not wait for it."""
        QTimer.singleShot(0, self._probe)

    def _probe(self) -> None:
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError:  # the module or a library it needs (libpulse) is missing: no voice, no button
            return
        wanted = os.environ.get(ENGINE_ENV)
        engines = [e for e in QTextToSpeech.availableEngines() if e == wanted or (not wanted and e != "mock")]
        if not engines:
            return
        tts = QTextToSpeech(engines[0], self)
        tts.stateChanged.connect(self._state_changed)
        self._tts = tts
        self._state_changed(tts.state())

    def _state_changed(self, state) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if state == QTextToSpeech.State.Ready and not self.available:
            self._choose_voice()
        elif state == QTextToSpeech.State.Error and self.available:
            self._set_available(False)

    def _choose_voice(self) -> None:
        language = _LANGUAGES.get(self._language, QLocale.Language.Korean)
        if self._tts is None:
            return
        matches = [locale for locale in self._tts.availableLocales() if locale.language() == language]
        if matches:
            self._tts.setLocale(matches[0])
        self._set_available(bool(matches))

    def _set_available(self, available: bool) -> None:
        self.available = available
        self.availability_changed.emit(available)

    def set_language(self, language: str) -> None:
        self._language = language
        if self._tts is not None:
            self.available = False
            self._choose_voice()

    def say(self, text: str) -> None:
        if self.available and self._tts is not None and text.strip():
            self._tts.stop()
            self._tts.say(text)
            self.spoken.append(text)
