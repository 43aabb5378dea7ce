"""The app's recovery dialog revokes the used code and shows its replacement once."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from storage.errors import WrongPassphrase
from tests.ui.gui_support import open_window, type_text
from ui.desktop.preferences import Preferences

NEW = "new river lamp cotton seventeen"


@pytest.fixture
def preferences(tmp_path: Path) -> Preferences:
    prefs = Preferences(tmp_path / "config" / "desktop.ini")
    prefs.language = "en"
    return prefs


def test_recovery_in_the_app_shows_a_new_code_and_the_used_one_stops_working(
    qtbot, tmp_path, preferences
):
    from app.session import Session

    path = tmp_path / "v.cwvault"
    session, code = Session.create(path, "forgotten passphrase", kdf_memory_mib=8)
    session.close()
    window = open_window(qtbot, path, preferences)
    try:
        qtbot.mouseClick(window.lock_page.recovery_button, Qt.MouseButton.LeftButton)
        dialog = window.recovery_dialog
        type_text(dialog.code, code)
        type_text(dialog.passphrase.first, NEW)
        type_text(dialog.passphrase.second, NEW)
        with qtbot.waitSignal(window.controller.recovery_code_replaced, timeout=20_000):
            dialog.buttons.accepted.emit()
        shown = window.new_recovery_code_dialog
        assert shown.isVisible()
        new_code = shown.code.text()
        assert new_code.count("-") == 7 and new_code != code
        shown.buttons.accepted.emit()
        assert not shown.isVisible()
    finally:
        window.controller.shutdown()
    with pytest.raises(WrongPassphrase, match="recovery code"):
        Session.open_with_recovery(path, code)
    Session.open_with_recovery(path, new_code).close()
