"""The interface language: English or Danish, chosen by --lang, the saved choice or the locale."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
TRANSLATED_LANGUAGES = ("da",)
SUPPORTED_LANGUAGES = (SOURCE_LANGUAGE, *TRANSLATED_LANGUAGES)


def resolve_language(requested: str | None, saved: str, system_locale: QLocale) -> str:
    for candidate in (requested, saved):
        if candidate in SUPPORTED_LANGUAGES:
            return candidate
    system = system_locale.name().split("_")[0]
    return system if system in SUPPORTED_LANGUAGES else SOURCE_LANGUAGE


def _app_catalogue(language: str) -> str:
    from importlib import resources  # only needed for a translated interface

    folder = resources.files("heelcoach.resources.translations")
    return str(folder / f"heelcoach_{language}.qm")


class Translations:
    """Installs and swaps the app's and Qt's own translators; Qt re-sends LanguageChange."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = SOURCE_LANGUAGE

    def use(self, language: str) -> None:
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        self.language = language
        QLocale.setDefault(QLocale(language))
        if language == SOURCE_LANGUAGE:
            return
        from PySide6.QtCore import QLibraryInfo  # only needed for a translated interface

        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        catalogues = ((_app_catalogue(language), ""), (f"qtbase_{language}", qt_folder))
        for path, folder in catalogues:
            translator = QTranslator(self._app)
            loaded = translator.load(path, folder) if folder else translator.load(path)
            if loaded:
                self._app.installTranslator(translator)
                self._installed.append(translator)
            else:
                log.warning("no %s translation found at %s", language, path)
