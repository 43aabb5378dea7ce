"""Whom a vault belongs to can be changed later in Settings, not only in the first-run wizard."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tests.ui.gui_support import make_vault, unlock
from ui.desktop.dialogs.settings_dialog import SettingsDialog


def test_a_lawyers_vault_becomes_a_relatives_in_settings(
    qtbot: Any, window_factory: Any, tmp_path: Path
) -> None:
    window = window_factory(make_vault(tmp_path / "v.cwvault"))
    unlock(qtbot, window)
    assert window.controller.owner_role() == "lawyer"
    seen: list[bool] = []

    def choose_relative() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        seen.append(dialog.owner.isVisibleTo(dialog))
        dialog.owner.setCurrentIndex(dialog.owner.findData("family"))
        dialog.accept()

    QTimer.singleShot(0, choose_relative)
    window.open_settings()
    assert seen == [True]  # offered while the vault is open
    assert window.controller.owner_role() == "family"  # kept in the vault


def test_while_locked_settings_do_not_offer_the_owner(qtbot: Any, preferences: Any) -> None:
    dialog = SettingsDialog(preferences)
    qtbot.addWidget(dialog)
    assert not dialog.owner.isVisibleTo(dialog)
