"""Qt's own words (the standard buttons of message boxes and dialogs, the wizard's buttons,
a text field's context menu) listed here so they are translated with Casework's own strings.

Qt ships ``qtbase_ru.qm`` (loaded by :func:`ui.desktop.i18n.install_language`) but no
Azerbaijani one, so without these a Russian user would see "Сохранить" and an Azerbaijani
one "Save". The contexts and source texts are Qt's own (``QPlatformTheme``, ``QWizard``,
``QLineEdit``); Casework's translator is installed after Qt's, so its words win where both
have one. Nothing here is called at run time except by :func:`qt_words` in tests.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def qt_words() -> list[str]:
    """Every listed word in the current language (``pyside6-lupdate`` extracts them)."""
    return [
        translate("QPlatformTheme", "OK"),
        translate("QPlatformTheme", "Save"),
        translate("QPlatformTheme", "Save All"),
        translate("QPlatformTheme", "Open"),
        translate("QPlatformTheme", "&Yes"),
        translate("QPlatformTheme", "Yes to &All"),
        translate("QPlatformTheme", "&No"),
        translate("QPlatformTheme", "N&o to All"),
        translate("QPlatformTheme", "Abort"),
        translate("QPlatformTheme", "Retry"),
        translate("QPlatformTheme", "Ignore"),
        translate("QPlatformTheme", "Close"),
        translate("QPlatformTheme", "Cancel"),
        translate("QPlatformTheme", "Discard"),
        translate("QPlatformTheme", "Don't Save"),
        translate("QPlatformTheme", "Apply"),
        translate("QPlatformTheme", "Reset"),
        translate("QPlatformTheme", "Restore Defaults"),
        translate("QPlatformTheme", "Help"),
        translate("QWizard", "< &Back"),
        translate("QWizard", "&Next >"),
        translate("QWizard", "&Finish"),
        translate("QWizard", "Cancel"),
        translate("QWizard", "Go Back"),
        translate("QWizard", "Continue"),
        translate("QWizard", "Commit"),
        translate("QWizard", "Done"),
        translate("QLineEdit", "&Undo"),
        translate("QLineEdit", "&Redo"),
        translate("QLineEdit", "Cu&t"),
        translate("QLineEdit", "&Copy"),
        translate("QLineEdit", "&Paste"),
        translate("QLineEdit", "Delete"),
        translate("QLineEdit", "Select All"),
        translate("QCalendarWidget", "Today"),
    ]
