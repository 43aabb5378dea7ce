"""Locking (Ctrl+L, auto-lock) leaves nothing of the vault on screen: the export, import
and verify dialogs close, and a half-typed edit is kept as a draft — hidden, in memory
only, never saved silently — that comes back after unlock (and is dropped on quit)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from app import contacts
from app.session import Session
from app.sync import export_to
from tests.conftest import PASSPHRASE
from tests.ui.gui_support import activate, type_text, unlock
from tests.ui.test_contacts import make
from ui.desktop.dialogs.export_dialog import ExportDialog
from ui.desktop.dialogs.import_dialog import ImportDialog
from ui.desktop.pages.contacts_page import VerifyDialog


def visible_windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_lock_closes_the_export_import_and_verify_dialogs(
    qtbot: Any, window_factory: Any, tmp_path: Path
) -> None:
    lawyer, mother = tmp_path / "lawyer.cwvault", tmp_path / "mother.cwvault"
    make(lawyer, "Ləman Lawyer", case=True)
    mother_card, _ = make(mother, "Aynur Mother")
    with Session.open(lawyer, PASSPHRASE) as session:
        contacts.add_contact(session, mother_card, profile="family")
        contacts.verify_contact(session, "Aynur Mother")
        export_to(session, ["Aynur Mother"], tmp_path / "own.cwb")
    window = window_factory(lawyer)
    unlock(qtbot, window)
    page = window.contacts_page

    export = ExportDialog(page.bridge, page)
    export.recipients.item(0).setCheckState(Qt.CheckState.Checked)
    export.cases.item(0).setCheckState(Qt.CheckState.Checked)
    export.update_preview()
    assert "Əli Həsənov" in export.preview.toPlainText()
    export.show()
    importing = ImportDialog(page.bridge, str(tmp_path / "own.cwb"), page)
    importing.show()
    qtbot.waitUntil(lambda: not window.controller.session_busy, timeout=20_000)
    verify = page.verify_dialog(page.model.contact(0))
    verify.show()
    assert {export, importing, verify} <= set(visible_windows())

    activate(qtbot, window)
    with qtbot.waitSignal(window.controller.vault_locked):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert visible_windows() == [window]
    assert window.screens.currentWidget() is window.lock_page


def test_auto_lock_ends_a_modal_verify_dialog(
    qtbot: Any, window_factory: Any, tmp_path: Path, preferences: Any
) -> None:
    lawyer, mother = tmp_path / "lawyer.cwvault", tmp_path / "mother.cwvault"
    make(lawyer, "Ləman Lawyer")
    mother_card, _ = make(mother, "Aynur Mother")
    with Session.open(lawyer, PASSPHRASE) as session:
        contacts.add_contact(session, mother_card)
    window = window_factory(lawyer)
    unlock(qtbot, window)
    page = window.contacts_page
    window.show_page(page)
    page.table.selectRow(0)
    seen: list[str] = []

    def lock_while_it_shows() -> None:
        shown = [d for d in page.findChildren(VerifyDialog) if d.isVisible()]
        if not shown:
            QTimer.singleShot(50, lock_while_it_shows)
            return
        seen.append(shown[0].windowTitle())
        window.on_idle_timed_out()  # what the idle timer calls

    QTimer.singleShot(100, lock_while_it_shows)
    page.on_verify_clicked()  # returns when the lock ends the dialog

    assert seen and "Aynur Mother" in seen[0]
    assert not window.controller.is_unlocked
    assert visible_windows() == [window]
    with Session.open(lawyer, PASSPHRASE) as session:
        assert not contacts.find_contact(session, "Aynur Mother").verified


def test_a_half_typed_edit_survives_the_lock_as_a_draft_and_is_not_saved(
    qtbot: Any, window_factory: Any, tmp_path: Path
) -> None:
    vault = tmp_path / "v.cwvault"
    make(vault, "Me", case=True)
    window = window_factory(vault)
    unlock(qtbot, window)
    case_id = window.controller.case_rows()[0].case_id
    history = len(window.controller._require().history(case_id))
    window.open_case(case_id)
    editor = window.editors[case_id]
    type_text(editor.person.facility, " (east wing")

    activate(qtbot, window)
    with qtbot.waitSignal(window.controller.vault_locked):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert visible_windows() == [window]
    with Session.open(vault, PASSPHRASE) as session:  # nothing was saved behind the user
        assert not session.get_case(case_id).facility.endswith("(east wing")
        assert len(session.history(case_id)) == history

    unlock(qtbot, window)
    assert editor.isVisible() and window.editors[case_id] is editor
    assert editor.person.facility.text().endswith("(east wing")
    type_text(editor.person.facility, ")")
    with qtbot.waitSignal(window.controller.case_saved):
        editor.save()
    assert window.controller.get_case(case_id).facility.endswith("(east wing)")


def test_a_draft_kept_over_the_lock_is_dropped_when_the_app_quits(
    qtbot: Any, window_factory: Any, tmp_path: Path
) -> None:
    vault = tmp_path / "v.cwvault"
    make(vault, "Me", case=True)
    window = window_factory(vault)
    unlock(qtbot, window)
    case_id = window.controller.case_rows()[0].case_id
    window.open_case(case_id)
    type_text(window.editors[case_id].person.facility, " (draft")
    with qtbot.waitSignal(window.controller.vault_locked):
        window.controller.lock()

    assert window.close()  # no "unsaved changes" question while locked
    assert not window.editors
    with Session.open(vault, PASSPHRASE) as session:
        assert not session.get_case(case_id).facility.endswith("(draft")
