"""Applies preferences to the running app: theme (text size, contrast) and translators (app and Qt's own)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, QTranslator, Signal
from PySide6.QtWidgets import QApplication

from danggol_desktop.domain.preferences import Preferences
from danggol_desktop.ui.theme import Theme


class Appearance(QObject):
    language_changed = Signal(str)

    def __init__(self, app: QApplication, translations_dir: Path) -> None:
        super().__init__(app)
        self._app = app
        self._translations_dir = translations_dir
        self._translators: list[QTranslator] = []
        self.language = ""
        self.theme = Theme()

    def apply(self, prefs: Preferences) -> None:
        self.theme = Theme(prefs.text_scale, prefs.high_contrast)
        self.theme.apply(self._app)
        if prefs.language != self.language:
            self.set_language(prefs.language)

    def release(self) -> None:
        """Take this appearance's translators off the application (the English file holds only what differs from
        the source text, so a translator left behind would show through)."""
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators = []

    def set_language(self, language: str) -> None:
        self.release()
        qt_dirs = [self._translations_dir, Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
        candidates = [(f"danggol_{language}", [self._translations_dir])]
        if language != "en":
            candidates.append((f"qtbase_{language}", qt_dirs))
        for name, folders in candidates:
            for folder in folders:
                translator = QTranslator(self._app)
                if translator.load(name, str(folder)):
                    self._app.installTranslator(translator)
                    self._translators.append(translator)
                    break
        QLocale.setDefault(QLocale(QLocale.Language.Korean if language == "ko" else QLocale.Language.English))
        self.language = language
        self.language_changed.emit(language)
