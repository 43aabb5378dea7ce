"""Languages of the desktop app: English (source), Azerbaijani and Russian.

Translations are Qt Linguist files: ``translations/casework_<lang>.ts`` are the sources
(``pyside6-lupdate`` over ``ui/desktop``), ``make translations`` builds the ``.qm`` files
loaded here. Dates are formatted with the chosen language's locale (:func:`locale_for`).
GUI thread only.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

# The top-level ``translations/`` folder: beside ``ui/`` in a checkout, and where the PyInstaller
# spec (packaging/casework.spec) puts the ``.qm`` files in the package.
I18N_DIR = Path(__file__).resolve().parents[2] / "translations"

# Each language names itself, so a user who cannot read the current one still finds theirs.
LANGUAGES: dict[str, str] = {"en": "English", "az": "Azərbaycan dili", "ru": "Русский"}

_installed: list[QTranslator] = []


def system_language() -> str:
    """The first of the user's preferred languages that Casework has, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def resolve_language(preference: str) -> str:
    return preference if preference in LANGUAGES else system_language()


def locale_for(language: str) -> QLocale:
    """The locale whose date format the app uses for ``language``."""
    if language == "az":
        return QLocale(QLocale.Language.Azerbaijani, QLocale.Country.Azerbaijan)
    if language == "ru":
        return QLocale(QLocale.Language.Russian, QLocale.Country.Russia)
    system = QLocale.system()
    if system.language() == QLocale.Language.English:
        return system
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def install_language(language: str) -> str:
    """Install the translators for ``language`` (replacing earlier ones) and make its locale
    the default; returns the language actually used. A missing ``.qm`` (translations not
    built) leaves the English text in place rather than failing."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication first")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = language if language in LANGUAGES else "en"
    QLocale.setDefault(locale_for(language))
    if language == "en":
        return language
    # Qt's own words (Save, Cancel...) first, then Casework's, which win where both translate.
    for name, folders in (
        (f"qtbase_{language}", qt_translation_folders()),
        (f"casework_{language}", [str(I18N_DIR)]),
    ):
        for folder in folders:
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                _installed.append(translator)
                break
    return language


def qt_translation_folders() -> list[str]:
    """Where Qt's own ``qtbase_<lang>.qm`` files are: Qt's configured folder, then the
    PySide6 wheel's ``Qt/translations`` (a packaged app may not configure the first)."""
    import PySide6

    wheel = Path(PySide6.__file__).resolve().parent / "Qt" / "translations"
    configured = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return [folder for folder in dict.fromkeys([configured, str(wheel)]) if folder]
