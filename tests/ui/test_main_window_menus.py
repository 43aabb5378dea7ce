"""The main window owns its menus: Bundles and Reports are greyed out while locked, and a
window rebuilt for another language leaves nothing behind that fires on quit."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.ui.gui_support import make_vault, unlock
from ui.desktop.application import DesktopApp, apply_language
from ui.desktop.controller import Controller
from ui.desktop.preferences import Preferences


def _menu_enabled(window: Any, menu: Any) -> bool:
    return menu.isEnabled() and all(a.isEnabled() for a in menu.actions())


def test_bundles_and_reports_menus_are_disabled_while_locked(
    qtbot: Any, window_factory: Any, tmp_path: Path
) -> None:
    window = window_factory(make_vault(tmp_path / "v.cwvault"))
    for menu in (window.bundles_menu, window.reports_menu):
        assert not menu.isEnabled()
        assert not any(action.isEnabled() for action in menu.actions())
    unlock(qtbot, window)
    assert _menu_enabled(window, window.bundles_menu)
    assert _menu_enabled(window, window.reports_menu)
    window.lock()
    assert not window.bundles_menu.isEnabled()
    assert not any(action.isEnabled() for action in window.reports_menu.actions())


def test_quitting_after_two_language_switches_raises_nothing(qtbot: Any, tmp_path: Path) -> None:
    preferences = Preferences(tmp_path / "desktop.ini")
    preferences.language = "en"
    controller = Controller(make_vault(tmp_path / "v.cwvault"), kdf_memory_mib=8)
    desktop = DesktopApp(controller, preferences)
    qtbot.addWidget(desktop.window)
    desktop.window.show()
    try:
        unlock(qtbot, desktop.window)
        with qtbot.capture_exceptions() as exceptions:
            for language in ("ru", "az"):
                preferences.language = language
                old = desktop.window
                old.language_changed.emit()
                qtbot.addWidget(desktop.window)
                qtbot.waitUntil(lambda old=old: not old.isVisible())
                qtbot.wait(50)  # let deleteLater run
            controller.shutdown()  # what quitting does (aboutToQuit)
        assert exceptions == []
        assert not desktop.window.bundles_menu.isEnabled()
        assert desktop.window.screens.currentWidget() is not desktop.window.workspace
    finally:
        controller.shutdown()
        preferences.language = "en"
        apply_language(preferences)
