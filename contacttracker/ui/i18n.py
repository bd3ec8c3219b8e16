"""The window's language: Qt translators for our texts and Qt's own, and the locale's formats.

The language comes from `--lang`, else from Settings, else from the system; English is the
source language and the fallback. Switching installs new translators, and Qt then sends
every widget a LanguageChange event, which the main window answers by rebuilding its text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from contacttracker.paths import resources_dir
from contacttracker.store import setting_keys as keys
from contacttracker.ui import machine_settings

LANGUAGES = ("uk", "ru", "en")
NATIVE_NAMES = {"uk": "Українська", "ru": "Русский", "en": "English"}

_installed: list[QTranslator] = []
_current = "en"


def translations_dir():
    return resources_dir() / "translations"


def system_language() -> str:
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else "en"


def chosen_language(cli: str | None = None) -> str:
    """`--lang`, else the language picked in Settings, else the system's."""
    if cli in LANGUAGES:
        return cli
    stored = machine_settings.value(keys.LANGUAGE) or ""
    return stored if stored in LANGUAGES else system_language()


def current() -> str:
    return _current


def locale_for(language: str) -> QLocale:
    """The system's own locale when it speaks this language (its regional formats), else the
    language's main one. A C or POSIX system speaks none: the interface language's formats
    then, not "1 12 2026 18:44" with decimal points in a Ukrainian window."""
    system = QLocale.system()
    if system.language() != QLocale.Language.C and system.name().split("_")[0] == language:
        return system
    return QLocale(language)


def install(language: str) -> str:
    """Load our and Qt's translations for `language`; returns the language now in force."""
    global _current
    app = QCoreApplication.instance()
    language = language if language in LANGUAGES else "en"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (
        (f"qtbase_{language}", qt_folder),
        (f"contacttracker_{language}", str(translations_dir())),
    ):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(locale_for(language))
    _current = language
    return language
