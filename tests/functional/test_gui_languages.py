"""The app in Azerbaijani and Russian: translated screens, dates in the language's format,
and the settings dialog switching language without losing the open vault."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.gui_support import make_vault, unlock
from ui.desktop.application import DesktopApp
from ui.desktop.controller import Controller
from ui.desktop.preferences import Preferences

EXPECTED = {
    "az": ("İşlər", "Son gün", "Həbsdə", "31.01.2026"),
    "ru": ("Дела", "Посл. день", "В заключении", "31.01.2026"),
    "en": ("Cases", "Last day", "Imprisoned", "31/01/2026"),
}


@pytest.mark.parametrize("language", ["az", "ru", "en"])
def test_screens_and_dates_follow_the_language(qtbot, tmp_path: Path, language: str) -> None:
    preferences = Preferences(tmp_path / "desktop.ini")
    preferences.language = language
    controller = Controller(make_vault(tmp_path / "v.cwvault"), kdf_memory_mib=8)
    desktop = DesktopApp(controller, preferences)
    window = desktop.window
    qtbot.addWidget(window)
    window.show()
    try:
        nav, header, status, last_day = EXPECTED[language]
        unlock(qtbot, window)
        assert window.nav_model.item(1).text() == nav
        model = window.cases_page.model
        assert model.headerData(4, window.cases_page.table.horizontalHeader().orientation()) == (
            header
        )
        assert model.index(0, 3).data() == status
        assert model.index(0, 4).data() == last_day
    finally:
        controller.shutdown()
        desktop.preferences.language = "en"
        from ui.desktop.application import apply_language

        apply_language(desktop.preferences)


def test_changing_the_language_keeps_the_vault_open(qtbot, tmp_path: Path) -> None:
    preferences = Preferences(tmp_path / "desktop.ini")
    preferences.language = "en"
    controller = Controller(make_vault(tmp_path / "v.cwvault"), kdf_memory_mib=8)
    desktop = DesktopApp(controller, preferences)
    qtbot.addWidget(desktop.window)
    desktop.window.show()
    try:
        unlock(qtbot, desktop.window)
        preferences.language = "ru"
        desktop.window.language_changed.emit()
        window = desktop.window
        qtbot.addWidget(window)
        assert window.nav_model.item(0).text() == "Главная"
        assert window.cases_page.model.rowCount() == 1
        assert window.screens.currentWidget() is window.workspace
    finally:
        controller.shutdown()
        preferences.language = "en"
        from ui.desktop.application import apply_language

        apply_language(preferences)
