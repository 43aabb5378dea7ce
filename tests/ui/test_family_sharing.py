"""Sharing with family, as a mother and her son's lawyer do it: a new contact is family
unless said otherwise, an unverified contact says how to verify, the verify dialog speaks
plainly, bundles are saved as .cwb where "Import bundle…" finds them, notes carry their date
and author with what is new marked, and a relative's vault opens cases in a simple view."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app import contacts
from app.owner import owner_role
from app.session import Session
from tests.conftest import PASSPHRASE
from tests.ui.gui_support import unlock
from tests.ui.test_contacts import make, make_two_vaults
from ui.desktop.dialogs.export_dialog import ExportDialog
from ui.desktop.dialogs.import_dialog import ImportDialog
from ui.desktop.pages.contacts_page import ContactRoleDialog, VerifyDialog


@pytest.fixture
def vaults(tmp_path: Path) -> dict[str, Any]:
    return make_two_vaults(tmp_path)


def _answer_role(lawyer: bool) -> None:
    """Answer the "Who is this contact?" question once it shows."""

    def answer() -> None:
        dialog = next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, ContactRoleDialog)),
            None,
        )
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(30, answer)
            return
        assert dialog.family.isChecked()  # family unless the user says otherwise
        if lawyer:
            dialog.lawyer.click()
        dialog.accept()

    QTimer.singleShot(30, answer)


def test_a_new_contact_is_family_unless_the_user_says_lawyer(
    qtbot: Any, window_factory: Any, vaults: dict[str, Any], monkeypatch: Any, tmp_path: Path
) -> None:
    window = window_factory(vaults["mother"])
    unlock(qtbot, window)
    page = window.contacts_page
    window.show_page(page)
    assert page.empty_label.isVisible()  # an empty page says what to do first
    card = str(vaults["dir"] / "lawyer.card")
    monkeypatch.setattr("ui.desktop.file_dialogs.open_file", lambda *_a, **_k: card)
    _answer_role(lawyer=False)
    page.on_add_clicked()
    assert page.model.contact(0).profile == "family"
    assert page.model.index(0, 2).data() == "Family: family and public notes"
    assert not page.empty_label.isVisible()

    other_card, _ = make(tmp_path / "colleague.cwvault", "Rəşad Colleague")
    (tmp_path / "colleague.card").write_bytes(other_card)
    monkeypatch.setattr(
        "ui.desktop.file_dialogs.open_file", lambda *_a, **_k: str(tmp_path / "colleague.card")
    )
    _answer_role(lawyer=True)
    page.on_add_clicked()
    profiles = {page.model.contact(r).name: page.model.contact(r).profile for r in range(2)}
    assert profiles == {"Ləman Lawyer": "family", "Rəşad Colleague": "colleague"}


def test_unverified_contact_says_why_it_cannot_be_chosen_and_how_to_verify(
    qtbot: Any, window_factory: Any, vaults: dict[str, Any]
) -> None:
    session = Session.open(vaults["lawyer"], PASSPHRASE)
    card, _ = make(vaults["dir"] / "brother.cwvault", "Elçin Brother")
    contacts.add_contact(session, card)  # not verified
    session.close()
    window = window_factory(vaults["lawyer"])
    unlock(qtbot, window)
    dialog = ExportDialog(window.contacts_page.bridge, window.contacts_page)
    qtbot.addWidget(dialog)
    items = [dialog.recipients.item(r) for r in range(dialog.recipients.rowCount())]
    brother = next(i for i in items if i.text().startswith("Elçin Brother"))
    assert not brother.isEnabled()
    assert "not verified yet" in brother.text() and "Verify…" in brother.text()
    assert "compare" in brother.toolTip().lower()


def test_verify_dialog_explains_in_plain_words_and_names_no_command(
    qtbot: Any, window_factory: Any, vaults: dict[str, Any]
) -> None:
    session = Session.open(vaults["mother"], PASSPHRASE)
    contacts.add_contact(session, (vaults["dir"] / "lawyer.card").read_bytes())
    session.close()
    window = window_factory(vaults["mother"])
    unlock(qtbot, window)
    page = window.contacts_page
    dialog = page.verify_dialog(page.model.contact(0))
    qtbot.addWidget(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(type(page.own_fingerprint)))
    assert "read out" in texts and "QR code" in texts
    assert "casework" not in texts.replace("Casework", "")  # no command to type
    assert "identity show" not in texts
    assert isinstance(dialog, VerifyDialog)


def test_save_as_adds_cwb_and_import_opens_where_the_bundle_was_saved(
    qtbot: Any, window_factory: Any, vaults: dict[str, Any], monkeypatch: Any
) -> None:
    window = window_factory(vaults["lawyer"])
    unlock(qtbot, window)
    page = window.contacts_page
    target = vaults["dir"] / "out" / "for-mother"
    target.parent.mkdir()
    dialog = ExportDialog(page.bridge, page)
    qtbot.addWidget(dialog)
    monkeypatch.setattr("ui.desktop.file_dialogs.save_file", lambda *_a, **_k: str(target))
    dialog.on_choose_clicked()
    assert dialog.output.text() == str(target) + ".cwb"
    dialog.recipients.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.cases.item(0).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(page.bridge.export_finished, timeout=20_000):
        dialog.export_button.click()
    assert (target.parent / "for-mother.cwb").exists()
    assert dialog.written_path == str(target) + ".cwb"
    page.last_bundle_folder = str(Path(dialog.written_path).parent)

    asked: list[tuple[Any, ...]] = []
    monkeypatch.setattr(
        "ui.desktop.file_dialogs.open_file", lambda *args, **_k: asked.append(args) or ""
    )
    page.open_import_dialog()
    _parent, _title, folder, filters = asked[0]
    assert folder == str(target.parent)
    assert "*.cwb" in filters and "(" in filters  # a named filter the saved file matches


def test_notes_show_their_date_author_and_what_is_new_in_a_relatives_simple_view(
    qtbot: Any, window_factory: Any, vaults: dict[str, Any], monkeypatch: Any
) -> None:
    from app.owner import set_owner_role

    session = Session.open(vaults["mother"], PASSPHRASE)
    contacts.add_contact(
        session, (vaults["dir"] / "lawyer.card").read_bytes(), verified=True, profile="colleague"
    )
    set_owner_role(session, "family")
    session.close()
    window = window_factory(vaults["mother"])
    unlock(qtbot, window)
    page = window.contacts_page
    importing = ImportDialog(page.bridge, str(vaults["dir"] / "update.cwb"), page)
    qtbot.addWidget(importing)
    qtbot.waitUntil(lambda: importing.apply_button.isEnabled(), timeout=20_000)
    with qtbot.waitSignal(page.bridge.import_applied, timeout=20_000):
        importing.apply_button.click()
    monkeypatch.setattr(
        "ui.desktop.dialogs.case_editor.QMessageBox.question",
        lambda *_a, **_k: QMessageBox.StandardButton.Discard,
    )
    window.open_case(vaults["case_id"])
    editor = window.editors[vaults["case_id"]]
    assert window.controller.owner_role() == "family"
    assert editor.views.currentWidget() is editor.family_view
    text = editor.family_view.body.toPlainText()
    assert "Əli Həsənov" in editor.family_view.title.text()
    last_day = window.controller.compute(window.controller.get_case(vaults["case_id"])).last_day
    assert last_day.strftime("%d/%m/%Y") in text
    assert "Visits on Fridays" in text
    assert "from Ləman Lawyer" in text and "NEW" in text
    assert "234.1-1" not in text and "½" not in text  # no articles, no milestones
    qtbot.mouseClick(editor.view_button, Qt.MouseButton.LeftButton)
    assert editor.views.currentWidget() is editor.tabs  # the full view, one click away
    editor.tabs.setCurrentWidget(editor.notes)
    headers = [
        editor.notes.model.headerData(c, Qt.Orientation.Horizontal)
        for c in range(editor.notes.model.columnCount())
    ]
    assert headers[:3] == ["Visible to", "Added", "Written by"]
    assert editor.notes.model.index(0, 2).data() == "Ləman Lawyer"
    assert editor.notes.model.index(0, 1).data()  # the day it was written
    assert not editor.is_dirty()


def test_the_first_run_wizard_records_a_relatives_vault(qtbot: Any, tmp_path: Path) -> None:
    from tests.ui.gui_support import open_window, type_text
    from ui.desktop.preferences import Preferences

    preferences = Preferences(tmp_path / "desktop.ini")
    preferences.language = "en"
    window = open_window(qtbot, tmp_path / "mine.cwvault", preferences)
    try:
        window.welcome_page.create_button.click()
        wizard = window.create_wizard
        page = wizard.location_page
        assert page.lawyer_choice.isChecked()
        page.family_choice.click()
        strong = "harbour violet engine seventeen pickle"
        type_text(page.passphrase.first, strong)
        type_text(page.passphrase.second, strong)
        with qtbot.waitSignal(window.controller.vault_unlocked, timeout=20_000):
            wizard.next()
        assert window.controller.owner_role() == "family"
    finally:
        window.controller.shutdown()
    session = Session.open(tmp_path / "mine.cwvault", strong)
    assert owner_role(session) == "family"  # what the print dialog reads
    session.close()


def test_a_relatives_case_list_leaves_out_articles_milestones_and_rules(
    qtbot: Any, window_factory: Any, vaults: dict[str, Any]
) -> None:
    from app.owner import set_owner_role
    from ui.desktop.models.case_rows import ARTICLES, ELIGIBILITY, MILESTONE, NAME

    session = Session.open(vaults["lawyer"], PASSPHRASE)
    set_owner_role(session, "family")
    session.close()
    window = window_factory(vaults["lawyer"])
    unlock(qtbot, window)
    table = window.cases_page.table
    assert all(table.isColumnHidden(c) for c in (ARTICLES, MILESTONE, ELIGIBILITY))
    assert not table.isColumnHidden(NAME)
    assert not window.cases_page.article_filter.isVisibleTo(window.cases_page)
