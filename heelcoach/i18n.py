"""The interface language: English or Danish, chosen by --lang, the saved choice or the locale.
Choosing it needs no Qt (`heelcoach --today`); installing it does: Qt's widgets take their
words from Qt's translators, the rest from heelcoach.words (the same catalogues)."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from heelcoach.system.lazy_log import LazyLog
from heelcoach.system.paths import resource_file
from heelcoach.words import catalogue

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QTranslator

log = LazyLog(__name__)

SOURCE_LANGUAGE = "en"
TRANSLATED_LANGUAGES = ("da",)
SUPPORTED_LANGUAGES = (SOURCE_LANGUAGE, *TRANSLATED_LANGUAGES)


LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def system_language() -> str:
    """The user's language, as two letters ("da"), from the environment where it says.

    The locale variables are what QLocale.system() reads on Linux too, so there it is
    English when none says; elsewhere QLocale is asked (its hundreds of enum members cost
    start-up time, so it is the fallback only).
    """
    for variable in LOCALE_VARIABLES:
        value = os.environ.get(variable, "").split(":")[0]
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return value[:2].lower()
    if sys.platform.startswith("linux"):
        return SOURCE_LANGUAGE
    from PySide6.QtCore import QLocale

    return QLocale.system().name()[:2]


def resolve_language(requested: str | None, saved: str, system: str) -> str:
    """--lang wins, then the choice saved in the app, then the system's language."""
    for candidate in (requested, saved, system):
        if candidate in SUPPORTED_LANGUAGES:
            return candidate
    return SOURCE_LANGUAGE


def _app_catalogue(language: str) -> str:
    try:
        return str(resource_file("translations", f"heelcoach_{language}.qm"))
    except ModuleNotFoundError:  # a broken install: carry on untranslated, say so in the log
        return f"heelcoach_{language}.qm"


class Translations:
    """Installs and swaps the app's and Qt's own translators; Qt re-sends LanguageChange."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = SOURCE_LANGUAGE

    def use(self, language: str) -> None:
        """Switch the interface to `language`. English loads only its plural forms."""
        from PySide6.QtCore import QTranslator

        catalogue.use(language)
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        if language != self.language:
            from PySide6.QtCore import QLocale  # hundreds of enum members: only on a switch

            QLocale.setDefault(QLocale(language))  # numbers in spin boxes: 2,5 in Danish
        self.language = language
        catalogues = [(_app_catalogue(language), "")]
        if language != SOURCE_LANGUAGE:
            from PySide6.QtCore import QLibraryInfo

            qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            catalogues.append((f"qtbase_{language}", qt_folder))
        for path, folder in catalogues:
            translator = QTranslator(self._app)
            loaded = translator.load(path, folder) if folder else translator.load(path)
            if loaded:
                self._app.installTranslator(translator)
                self._installed.append(translator)
            else:
                log.warning("no %s translation found at %s", language, path)
