"""Security behaviour of the desktop app: wrong passphrase, auto-lock, the clipboard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from tests.ui.gui_support import make_vault, open_window, type_text, unlock
from ui.desktop.preferences import Preferences
from ui.desktop.security import ClipboardGuard


@pytest.fixture
def preferences(tmp_path: Path) -> Preferences:
    prefs = Preferences(tmp_path / "config" / "desktop.ini")
    prefs.language = "en"
    return prefs


def test_wrong_passphrase_says_so_and_keeps_the_vault_locked(qtbot, tmp_path, preferences):
    window = open_window(qtbot, make_vault(tmp_path / "v.cwvault"), preferences)
    try:
        page = window.lock_page
        type_text(page.passphrase, "not the passphrase")
        with qtbot.waitSignal(window.controller.unlock_failed, timeout=20_000):
            qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
        assert page.error.isVisible()
        assert page.error.text().startswith("Wrong passphrase")
        assert window.screens.currentWidget() is page
        assert window.cases_page.model.rowCount() == 0
        unlock(qtbot, window)  # the right one still works
        assert window.cases_page.model.rowCount() == 1
    finally:
        window.controller.shutdown()


def test_auto_lock_fires_after_the_idle_time(qtbot, tmp_path, preferences):
    preferences.auto_lock_minutes = 0.01  # 0.6 s
    window = open_window(qtbot, make_vault(tmp_path / "v.cwvault"), preferences)
    try:
        unlock(qtbot, window)
        assert window.cases_page.model.rowCount() == 1
        with qtbot.waitSignal(window.controller.vault_locked, timeout=5_000):
            pass
        assert window.screens.currentWidget() is window.lock_page
        assert window.cases_page.model.rowCount() == 0
        assert window.home_page.releases.rowCount() == 0
        assert window.windowTitle() == "Casework"
    finally:
        window.controller.shutdown()


def test_copied_field_is_cleared_from_the_clipboard(qtbot):
    guard = ClipboardGuard(seconds=0.2)
    guard.copy("Prison No. 13")
    assert QGuiApplication.clipboard().text() == "Prison No. 13"
    with qtbot.waitSignal(guard.cleared, timeout=3_000):
        pass
    assert QGuiApplication.clipboard().text() == ""


def test_text_copied_from_a_field_is_cleared_too(qtbot):
    from PySide6.QtWidgets import QLineEdit

    guard = ClipboardGuard(seconds=0.2)
    field = QLineEdit("Penitentiary institution No. 13")
    qtbot.addWidget(field)
    field.show()
    field.selectAll()
    with qtbot.waitSignal(guard.cleared, timeout=3_000):
        field.copy()
    assert QGuiApplication.clipboard().text() == ""


def test_recovery_code_opens_the_vault_and_sets_a_new_passphrase(qtbot, tmp_path, preferences):
    from app.session import Session

    path = tmp_path / "v.cwvault"
    session, code = Session.create(path, "forgotten passphrase", kdf_memory_mib=8)
    session.close()
    window = open_window(qtbot, path, preferences)
    try:
        qtbot.mouseClick(window.lock_page.recovery_button, Qt.MouseButton.LeftButton)
        dialog = window.recovery_dialog
        type_text(dialog.code, code.lower())
        type_text(dialog.passphrase.first, "new river lamp cotton seventeen")
        type_text(dialog.passphrase.second, "new river lamp cotton seventeen")
        with qtbot.waitSignal(window.controller.vault_unlocked, timeout=20_000):
            dialog.buttons.accepted.emit()
        window.controller.lock()
        unlock(qtbot, window, "new river lamp cotton seventeen")
        assert window.screens.currentWidget() is window.workspace
    finally:
        window.controller.shutdown()
