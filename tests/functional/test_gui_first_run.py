"""A new user's first session, clicked through the real window: create a vault, add a case,
find it by its Cyrillic spelling, edit it, lock, unlock, and see the edit."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from tests.conftest import PASSPHRASE
from tests.ui.gui_support import activate, open_window, type_text, unlock
from ui.desktop.dialogs.case_editor import CaseEditor
from ui.desktop.dialogs.create_vault_wizard import normalise_code
from ui.desktop.main_window import MainWindow
from ui.desktop.preferences import Preferences


@pytest.fixture
def preferences(tmp_path: Path) -> Preferences:
    prefs = Preferences(tmp_path / "config" / "desktop.ini")
    prefs.language = "en"
    return prefs


def create_vault_through_wizard(qtbot, window: MainWindow) -> None:
    assert window.screens.currentWidget() is window.welcome_page
    qtbot.mouseClick(window.welcome_page.create_button, Qt.MouseButton.LeftButton)
    wizard = window.create_wizard
    page = wizard.location_page
    assert page.location.text() == str(window.controller.vault_path)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    type_text(page.passphrase.first, "lamp")
    assert not next_button.isEnabled()  # too weak, and not repeated
    type_text(page.passphrase.first, " river cotton seventeen Ə")
    type_text(page.passphrase.second, "lamp river cotton seventeen Ə")
    assert next_button.isEnabled()
    with qtbot.waitSignal(window.controller.vault_unlocked, timeout=20_000):
        qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    code = wizard.code_page.code_label.text()
    assert code.count("-") == 7
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    confirm = wizard.confirm_page
    groups = code.split("-")
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    qtbot.keyClicks(confirm.first, "XXXX")
    assert not finish.isEnabled()
    confirm.first.clear()
    qtbot.keyClicks(confirm.first, groups[confirm.groups[0]].lower())
    qtbot.keyClicks(confirm.second, groups[confirm.groups[1]])
    assert finish.isEnabled()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert window.screens.currentWidget() is window.workspace
    assert normalise_code(code)


def add_case(qtbot, window: MainWindow) -> CaseEditor:
    qtbot.mouseClick(window.cases_page.new_button, Qt.MouseButton.LeftButton)
    editor = next(iter(window.editors.values()))
    activate(qtbot, editor)
    assert editor.windowTitle() == "New case — Casework"
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "Full name" in editor.error.text()  # inline validation names the field
    type_text(editor.person.full_name, "Əli Həsənov")
    editor.person.status.setCurrentIndex(editor.person.status.findData("imprisoned"))
    editor.tabs.setCurrentIndex(1)
    editor.sentence.box.setChecked(True)
    editor.sentence.years.setValue(3)
    # A sentence whose start date is not yet known is stored, never refused.
    with qtbot.waitSignal(window.controller.case_saved):
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not editor.error.isVisible()
    assert "Not yet known: Start date" in editor.sentence.computed.text()
    editor.sentence.start_date.set_value(date(2023, 4, 15))
    with qtbot.waitSignal(window.controller.case_saved):
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not editor.error.isVisible()
    assert editor.windowTitle() == "Case — Casework"  # never the client's name
    assert "2026" in editor.sentence.computed.text()  # last day 14/04/2026
    editor.close()
    return editor


def test_first_run_create_add_find_edit_lock_unlock(qtbot, tmp_path, preferences) -> None:
    vault = tmp_path / "vault" / "mine.cwvault"
    window = open_window(qtbot, vault, preferences)
    try:
        create_vault_through_wizard(qtbot, window)
        window.show_page(window.cases_page)
        add_case(qtbot, window)
        page = window.cases_page
        assert page.proxy.rowCount() == 1

        # Found by its Russian spelling, although no alias was typed.
        type_text(page.search, "Гасанов")
        assert page.proxy.rowCount() == 1
        type_text(page.search, "x")
        assert page.proxy.rowCount() == 0
        qtbot.keyClick(page.search, Qt.Key.Key_Backspace)
        assert page.proxy.rowCount() == 1

        # Enter opens it; edit the facility and the status.
        qtbot.keyClick(page.search, Qt.Key.Key_Return)
        editor = next(iter(window.editors.values()))
        activate(qtbot, editor)
        type_text(editor.person.facility, "Prison No. 13")
        editor.person.status.setCurrentIndex(editor.person.status.findData("released"))
        with qtbot.waitSignal(window.controller.case_saved):
            qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        editor.close()

        # Ctrl+L locks: the list is gone and the lock screen shows.
        activate(qtbot, window)
        with qtbot.waitSignal(window.controller.vault_locked):
            qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        assert window.screens.currentWidget() is window.lock_page
        assert page.model.rowCount() == 0
        assert not page.search.text()

        unlock(qtbot, window, "lamp river cotton seventeen Ə")
        assert page.model.rowCount() == 1
        assert page.model.index(0, 3).data() == "Released"
        case = window.controller.get_case(page.model.case_row(0).case_id)
        assert case.facility == "Prison No. 13"
    finally:
        window.controller.shutdown()


def test_unsaved_edits_come_back_after_unlock_without_being_saved(
    qtbot, tmp_path, preferences
) -> None:
    from tests.ui.gui_support import make_vault

    vault = make_vault(tmp_path / "v.cwvault")
    window = open_window(qtbot, vault, preferences)
    try:
        unlock(qtbot, window)
        case_id = window.controller.case_rows()[0].case_id
        window.open_case(case_id)
        editor = window.editors[case_id]
        type_text(editor.person.facility, " (east wing)")
        with qtbot.waitSignal(window.controller.vault_locked):
            window.controller.lock()
        assert not editor.isVisible()  # kept as a draft, off screen
        unlock(qtbot, window, PASSPHRASE)
        assert not window.controller.get_case(case_id).facility.endswith("(east wing)")
        assert editor.isVisible() and editor.person.facility.text().endswith("(east wing)")
    finally:
        window.controller.shutdown()
