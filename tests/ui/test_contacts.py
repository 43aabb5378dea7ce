"""The contacts page, verification flow, export preview and import dialog in the real main
window, the way a mother and a lawyer would use them."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer

from app import contacts, identity
from app.case_json import parse_case
from app.crypto.age import decrypt_bytes
from app.session import Session
from app.sync import export_to
from tests.conftest import FAST_KDF_MIB, PASSPHRASE, example_case
from tests.ui.gui_support import unlock
from ui.desktop.dialogs.export_dialog import ExportDialog, preview_lines
from ui.desktop.dialogs.import_dialog import ImportDialog
from ui.desktop.models.contacts_model import ConflictsModel, ContactsModel
from ui.desktop.pages.contacts_page import VerifyDialog

PRIVILEGED = "PRIVILEGED strategy: challenge the search"


def make(path: Path, name: str, case: bool = False) -> tuple[bytes, str]:
    """A closed vault with an identity (and the example case); its card and case id."""
    session, _ = Session.create(path, PASSPHRASE, kdf_memory_mib=FAST_KDF_MIB)
    try:
        identity.set_identity_name(session, name)
        card = identity.make_card(identity.ensure_identity(session))
        case_id = ""
        if case:
            notes = [
                {"text": PRIVILEGED, "visibility": "privileged"},
                {"text": "Visits on Fridays", "visibility": "family"},
            ]
            case_id = session.add_case(parse_case(example_case(notes=notes))).id
        return card, case_id
    finally:
        session.close()


@pytest.fixture
def vaults(tmp_path: Path) -> dict[str, Any]:
    return make_two_vaults(tmp_path)


def make_two_vaults(tmp_path: Path) -> dict[str, Any]:
    """A lawyer's vault with the example case and a mother's, and the lawyer's bundle to her."""
    lawyer, mother = tmp_path / "lawyer.cwvault", tmp_path / "mother.cwvault"
    lawyer_card, case_id = make(lawyer, "Ləman Lawyer", case=True)
    mother_card, _ = make(mother, "Aynur Mother")
    (tmp_path / "lawyer.card").write_bytes(lawyer_card)
    session = Session.open(lawyer, PASSPHRASE)
    try:
        contacts.add_contact(session, mother_card, verified=True, profile="family")
        export_to(session, ["Aynur Mother"], tmp_path / "update.cwb", case_ids=[case_id])
    finally:
        session.close()
    return {"lawyer": lawyer, "mother": mother, "case_id": case_id, "dir": tmp_path}


def test_contacts_and_conflicts_models_pass_the_model_tester(
    qtmodeltester: Any, tmp_path: Path
) -> None:
    session, _ = Session.create(tmp_path / "v.cwvault", PASSPHRASE, kdf_memory_mib=FAST_KDF_MIB)
    other = tmp_path / "o.cwvault"
    card, _ = make(other, "Someone")
    contacts.add_contact(session, card)
    model = ContactsModel()
    model.set_contacts(contacts.list_contacts(session))
    qtmodeltester.check(model)
    assert model.index(0, 1).data() == "not verified"
    session.close()
    qtmodeltester.check(ConflictsModel())


def test_mother_verifies_the_lawyer_then_sees_the_update_before_applying_it(
    qtbot: Any, window_factory: Any, vaults: dict[str, Any]
) -> None:
    window = window_factory(vaults["mother"])
    unlock(qtbot, window)
    page = window.contacts_page
    window.show_page(page)
    bundle = str(vaults["dir"] / "update.cwb")

    # Before the lawyer is a contact, the bundle is refused with the reason.
    refused = ImportDialog(page.bridge, bundle, page)
    qtbot.addWidget(refused)
    qtbot.waitUntil(lambda: "Refused" in refused.state.text(), timeout=20_000)
    assert "not one of your contacts' keys" in refused.state.text()
    assert not refused.apply_button.isEnabled()
    refused.reject()
    qtbot.waitUntil(lambda: not window.controller.session_busy, timeout=20_000)

    page.add_card_file(str(vaults["dir"] / "lawyer.card"))
    assert page.model.rowCount() == 1
    assert page.model.index(0, 1).data() == "not verified"
    lawyer = page.model.contact(0)
    dialog = page.verify_dialog(lawyer)
    qtbot.addWidget(dialog)
    shown = dialog.findChildren(type(page.own_fingerprint))
    assert any(identity.format_fingerprint(lawyer.fingerprint)[:11] in w.text() for w in shown)
    dialog.close()

    def press_the_numbers_match() -> None:
        shown = [d for d in page.findChildren(VerifyDialog) if d.isVisible()]
        if not shown:
            QTimer.singleShot(50, press_the_numbers_match)
            return
        assert "Ləman Lawyer" in shown[0].windowTitle()
        shown[0].match_button.click()

    page.table.selectRow(0)
    QTimer.singleShot(100, press_the_numbers_match)
    page.on_verify_clicked()
    assert page.model.index(0, 1).data() == "verified"

    importing = ImportDialog(page.bridge, bundle, page)
    qtbot.addWidget(importing)
    qtbot.waitUntil(lambda: importing.apply_button.isEnabled(), timeout=20_000)
    assert importing.sender_label.text() == "Ləman Lawyer"
    assert importing.verification.text().startswith("yes")
    new_cases = importing.changes.item(0)
    assert new_cases.text() == "New cases (1)"
    assert new_cases.child(0).text() == "Əli Həsənov"
    with qtbot.waitSignal(page.bridge.import_applied, timeout=20_000):
        importing.apply_button.click()
    row = window.controller.case_row(vaults["case_id"])
    assert row is not None and row.display[0] == "Əli Həsənov"
    notes = [n.text for n in window.controller.get_case(vaults["case_id"]).notes]
    assert notes == ["Visits on Fridays"]


def test_export_preview_shows_what_the_family_profile_leaves_out(
    qtbot: Any, window_factory: Any, vaults: dict[str, Any]
) -> None:
    window = window_factory(vaults["lawyer"])
    unlock(qtbot, window)
    page = window.contacts_page
    dialog = ExportDialog(page.bridge, page)
    qtbot.addWidget(dialog)
    dialog.recipients.item(0).setCheckState(Qt.CheckState.Checked)
    assert dialog.profile_combo.currentData() == "family"
    dialog.cases.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.update_preview()
    html = dialog.preview.toHtml()
    assert "left out" in html and "Visits on Fridays" in html
    lines = preview_lines(
        {"person": {"full_name": "X"}, "notes": [{"id": "n", "text": PRIVILEGED}]}, "family"
    )
    assert (False, f"Note (Privileged (lawyers only)): “{PRIVILEGED}”") in lines

    target = vaults["dir"] / "from-gui.cwb"
    dialog.output.setText(str(target))
    with qtbot.waitSignal(page.bridge.export_finished, timeout=20_000):
        dialog.export_button.click()
    assert "Wrote" in dialog.status.text()
    window.controller.lock()
    mother = Session.open(vaults["mother"], PASSPHRASE)
    key = identity.ensure_identity(mother).age_identity
    mother.close()
    with zipfile.ZipFile(io.BytesIO(decrypt_bytes([key], target.read_bytes()))) as archive:
        everything = b"".join(archive.read(n) for n in archive.namelist())
    assert b"Visits on Fridays" in everything
    assert PRIVILEGED.encode() not in everything


def test_sync_now_reports_in_the_status_line(
    qtbot: Any, window_factory: Any, vaults: dict[str, Any]
) -> None:
    folder = vaults["dir"] / "Sync"
    folder.mkdir()
    window = window_factory(vaults["lawyer"])
    unlock(qtbot, window)
    page = window.contacts_page
    page.folder_edit.setText(str(folder))
    with qtbot.waitSignal(page.bridge.sync_finished, timeout=20_000):
        page.sync_button.click()
    # The mother already has everything (the export): nothing to write.
    assert page.sync_status.text() == "Synced: 0 imported, 0 written, 0 refused."
    case = window.controller.get_case(vaults["case_id"])
    window.controller.save_case(replace(case, status="released"))
    with qtbot.waitSignal(page.bridge.sync_finished, timeout=20_000):
        page.sync_button.click()
    assert page.sync_status.text().startswith("Synced: 0 imported, 1 written")
    assert len(list(folder.glob("*.cwb"))) == 1
    assert page.bridge.sync_folder() == str(folder)
