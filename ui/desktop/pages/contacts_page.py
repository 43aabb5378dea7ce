"""Contacts and bundles in the desktop app: your identity and card, contacts with the
fingerprint/QR verification flow, the sync folder with "Sync now", conflicts to review, and
the entry points to the export and import dialogs.

The work goes through :class:`~ui.desktop.bundle_bridge.BundleBridge` (the bundle part of
the controller). The main window adds this page and its Bundles menu. GUI thread only.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import contacts as contact_service
from app.contacts import DEFAULT_PROFILE, PROFILES, Contact
from app.identity import format_fingerprint, qr_matrix, qr_text
from app.private_files import write_private_file
from ui.desktop import file_dialogs, labels
from ui.desktop.bundle_bridge import REFUSALS, BundleBridge
from ui.desktop.controller import Controller
from ui.desktop.models.contacts_model import ConflictsModel, ContactsModel
from ui.desktop.widgets.action_buttons import action_buttons

translate = QCoreApplication.translate


def fingerprint_lines(digits: str) -> str:
    groups = format_fingerprint(digits).split()
    return "\n".join(" ".join(groups[i : i + 4]) for i in range(0, len(groups), 4))


class QrWidget(QWidget):
    """Paints a QR code from :func:`app.identity.qr_matrix` (no image library needed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._matrix: list[list[bool]] = []
        self.setMinimumSize(150, 150)
        self.setAccessibleName(self.tr("QR code of the keys"))

    def set_text(self, text: str) -> None:
        self._matrix = qr_matrix(text) if text else []
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        if not self._matrix:
            return
        size = len(self._matrix)
        cell = max(1, min(self.width(), self.height()) // size)
        for y, row in enumerate(self._matrix):
            for x, dark in enumerate(row):
                if dark:
                    painter.fillRect(x * cell, y * cell, cell, cell, QColor("black"))


class VerifyDialog(QDialog):
    """Compare fingerprints out of band; "They match" marks the contact verified."""

    def __init__(self, contact: Contact, own_fingerprint: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Verify %1").replace("%1", contact.name))
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSize(14)
        theirs = QLabel(fingerprint_lines(contact.fingerprint), self)
        theirs.setFont(mono)
        theirs.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        ours = QLabel(fingerprint_lines(own_fingerprint), self)
        ours.setFont(mono)
        self.qr = QrWidget(self)
        self.qr.set_text(qr_text(contact.age_recipient, contact.minisign_public_key))
        intro = QLabel(
            self.tr(
                "Make sure the keys really are those of %1, before sharing anything. Phone "
                "them or meet them, not through the way the card came to you. Ask them to open "
                "Casework, go to Contacts and read out the numbers under “You”: every group "
                "must be the same as the numbers on the left. Or, side by side, hold your "
                "screens together: their QR code must look exactly like this one."
            ).replace("%1", contact.name),
            self,
        )
        intro.setWordWrap(True)
        if contact.key_changed:
            intro.setText(
                self.tr("The keys of %1 CHANGED. ").replace("%1", contact.name) + intro.text()
            )
        buttons, self.match_button = action_buttons(self, self.tr("The numbers match"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        row = QHBoxLayout()
        row.addWidget(theirs, 1)
        row.addWidget(self.qr)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Yours, to read to them:"), self))
        layout.addWidget(ours)
        layout.addWidget(buttons)


class ContactRoleDialog(QDialog):
    """Who the new contact is: a relative or friend (the family profile, the default) or a
    lawyer (everything, privileged notes too)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who is this contact?"))
        self.family = QRadioButton(
            self.tr("A relative or friend: receives family and public notes only"), self
        )
        self.lawyer = QRadioButton(
            self.tr("A lawyer or colleague: receives everything, privileged notes too"), self
        )
        self.family.setChecked(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.family)
        layout.addWidget(self.lawyer)
        layout.addWidget(buttons)

    def profile(self) -> str:
        return "colleague" if self.lawyer.isChecked() else DEFAULT_PROFILE


class ContactsPage(QWidget):
    """Navigation page "Contacts": identity, contacts, sync folder, conflicts."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.bridge = BundleBridge(controller, self)
        self.last_bundle_folder = ""  # in memory only: a folder may name a client
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("Your name, as contacts will see it"))
        self.own_fingerprint = QLabel(self)
        self.own_fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.own_qr = QrWidget(self)
        save_name = QPushButton(self.tr("Set name"), self)
        save_card = QPushButton(self.tr("Save my card…"), self)
        me = QGroupBox(self.tr("You"), self)
        me_form = QFormLayout()
        name_row = QHBoxLayout()
        name_row.addWidget(self.name_edit, 1)
        name_row.addWidget(save_name)
        me_form.addRow(self.tr("Name:"), name_row)
        me_form.addRow(self.tr("Fingerprint:"), self.own_fingerprint)
        me_form.addRow("", save_card)
        me_row = QHBoxLayout(me)
        me_row.addLayout(me_form, 1)
        me_row.addWidget(self.own_qr)

        self.model = ContactsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        add = QPushButton(self.tr("Add contact from card…"), self)
        self.verify_button = QPushButton(self.tr("Verify…"), self)
        self.profile_combo = QComboBox(self)
        for profile in PROFILES:
            self.profile_combo.addItem(labels.label("profile", profile), profile)
        self.profile_combo.setCurrentIndex(PROFILES.index(DEFAULT_PROFILE))
        self.profile_combo.setToolTip(self.tr("What the selected contact receives"))
        export = QPushButton(self.tr("Export bundle…"), self)
        imp = QPushButton(self.tr("Import bundle…"), self)
        buttons = QHBoxLayout()
        for widget in (add, self.verify_button, QLabel(self.tr("Profile:"), self)):
            buttons.addWidget(widget)
        buttons.addWidget(self.profile_combo)
        buttons.addStretch(1)
        buttons.addWidget(export)
        buttons.addWidget(imp)

        self.folder_edit = QLineEdit(self)
        self.folder_edit.setPlaceholderText(self.tr("A folder shared by Syncthing, or a USB stick"))
        choose = QPushButton(self.tr("Choose…"), self)
        self.sync_button = QPushButton(self.tr("Sync now"), self)
        self.sync_status = QLabel(self.tr("Not synced yet in this session."), self)
        sync = QGroupBox(self.tr("Sync folder"), self)
        sync_layout = QVBoxLayout(sync)
        sync_row = QHBoxLayout()
        sync_row.addWidget(self.folder_edit, 1)
        sync_row.addWidget(choose)
        sync_row.addWidget(self.sync_button)
        sync_layout.addLayout(sync_row)
        sync_layout.addWidget(self.sync_status)

        self.conflicts_model = ConflictsModel(self)
        self.conflicts = QTableView(self)
        self.conflicts.setModel(self.conflicts_model)
        self.conflicts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conflicts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conflicts.verticalHeader().hide()
        self.conflicts.horizontalHeader().setStretchLastSection(True)
        keep = QPushButton(self.tr("Keep shown value"), self)
        use_other = QPushButton(self.tr("Use other value"), self)
        review = QGroupBox(self.tr("Conflicts to review"), self)
        review_layout = QVBoxLayout(review)
        review_layout.addWidget(self.conflicts)
        review_buttons = QHBoxLayout()
        review_buttons.addStretch(1)
        review_buttons.addWidget(keep)
        review_buttons.addWidget(use_other)
        review_layout.addLayout(review_buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(me)
        layout.addWidget(QLabel(self.tr("Contacts"), self))
        self.empty_label = QLabel(
            self.tr(
                "No contacts yet. Ask your lawyer or relative for their card (they save it "
                "with “Save my card…” above), then click “Add contact from card…”."
            ),
            self,
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: #555;")
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 2)
        layout.addLayout(buttons)
        layout.addWidget(sync)
        layout.addWidget(review, 1)

        save_name.clicked.connect(self.on_save_name_clicked)
        save_card.clicked.connect(self.on_save_card_clicked)
        add.clicked.connect(self.on_add_clicked)
        self.verify_button.clicked.connect(self.on_verify_clicked)
        self.profile_combo.activated.connect(self.on_profile_activated)
        self.table.selectionModel().selectionChanged.connect(self.on_contact_selection_changed)
        export.clicked.connect(self.open_export_dialog)
        imp.clicked.connect(self.open_import_dialog)
        choose.clicked.connect(self.on_choose_folder_clicked)
        self.sync_button.clicked.connect(self.on_sync_clicked)
        keep.clicked.connect(lambda: self.resolve_selected(None))
        use_other.clicked.connect(lambda: self.resolve_selected(1))
        self.bridge.contacts_changed.connect(self.refresh)
        self.bridge.sync_finished.connect(self.on_bridge_sync_finished)
        self.bridge.sync_failed.connect(self.on_bridge_sync_failed)
        controller.vault_unlocked.connect(self.refresh)
        controller.vault_locked.connect(self.on_controller_vault_locked)
        if controller.is_unlocked:
            self.refresh()

    # --- state ----------------------------------------------------------------------------

    def refresh(self) -> None:
        if not self.controller.is_unlocked:
            return
        me = self.bridge.identity()
        self.name_edit.setText(me.name)
        self.own_fingerprint.setText(fingerprint_lines(me.fingerprint))
        self.own_qr.set_text(qr_text(me.age_recipient, me.minisign_public_key))
        self.model.set_contacts(self.bridge.contacts())
        self.empty_label.setVisible(self.model.rowCount() == 0)
        self.conflicts_model.set_conflicts(self.bridge.conflicts())
        if not self.folder_edit.text():
            self.folder_edit.setText(self.bridge.sync_folder())

    def on_controller_vault_locked(self) -> None:
        self.last_bundle_folder = ""
        self.model.set_contacts([])
        self.conflicts_model.set_conflicts([])
        for edit in (self.name_edit, self.folder_edit):
            edit.clear()
        self.own_fingerprint.clear()
        self.own_qr.set_text("")
        self.sync_status.setText(self.tr("Locked."))

    def selected_contact(self) -> Contact | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.contact(rows[0].row()) if rows else None

    def _refused(self, exc: Exception) -> None:
        QMessageBox.warning(self, self.tr("Not done"), str(exc))

    # --- actions ------------------------------------------------------------------------

    def on_save_name_clicked(self) -> None:
        try:
            self.bridge.set_name(self.name_edit.text())
        except REFUSALS as exc:
            self._refused(exc)
        self.refresh()

    def on_save_card_clicked(self) -> None:
        try:
            card = self.bridge.card()
        except REFUSALS as exc:
            self._refused(exc)
            return
        path = file_dialogs.save_file(self, self.tr("Save your card"), "card.json", "*.json")
        if path:
            write_private_file(path, card)

    def add_card_file(
        self, path: str, profile: str = DEFAULT_PROFILE
    ) -> contact_service.AddResult | None:
        """Add the card's owner as a contact with ``profile`` (family unless the user said
        the contact is a lawyer)."""
        try:
            result = self.bridge.add_card(path, profile=profile)
        except REFUSALS as exc:
            self._refused(exc)
            return None
        if result.status == "key_changed":
            QMessageBox.warning(
                self,
                self.tr("Keys changed"),
                self.tr(
                    "The keys of %1 changed. Nothing is sent to or accepted from them until "
                    "you compare the new fingerprint with them and verify again."
                ).replace("%1", result.contact.name),
            )
        return result

    def on_add_clicked(self) -> None:
        path = file_dialogs.open_file(
            self, self.tr("Contact card"), "", self.tr("Contact cards (*.json);;All files (*)")
        )
        if not path:
            return
        dialog = ContactRoleDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add_card_file(path, dialog.profile())

    def verify_dialog(self, contact: Contact) -> VerifyDialog:
        return VerifyDialog(contact, self.bridge.identity().fingerprint, self)

    def on_verify_clicked(self) -> None:
        contact = self.selected_contact()
        if contact is None:
            return
        if self.verify_dialog(contact).exec() == QDialog.DialogCode.Accepted:
            self.bridge.verify(contact.name)

    def on_contact_selection_changed(self, *_args: object) -> None:
        """The profile list shows what the selected contact receives."""
        contact = self.selected_contact()
        if contact is not None:
            self.profile_combo.setCurrentIndex(max(0, self.profile_combo.findData(contact.profile)))

    def on_profile_activated(self, _index: int) -> None:
        contact = self.selected_contact()
        if contact is not None:
            self.bridge.set_profile(contact.name, self.profile_combo.currentData())

    def open_export_dialog(self) -> None:
        from ui.desktop.dialogs.export_dialog import ExportDialog

        dialog = ExportDialog(self.bridge, self)
        dialog.exec()
        if dialog.written_path:  # "Import bundle…" then opens where it was saved
            self.last_bundle_folder = str(Path(dialog.written_path).parent)

    def open_import_dialog(self, path: str = "") -> None:
        from ui.desktop.dialogs.import_dialog import ImportDialog

        path = path or file_dialogs.open_file(
            self,
            self.tr("Bundle"),
            self.last_bundle_folder,
            self.tr("Casework bundles (*.cwb);;All files (*)"),
        )
        if path:
            ImportDialog(self.bridge, path, self).exec()

    def on_choose_folder_clicked(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Sync folder"), "", QFileDialog.Option.DontUseNativeDialog
        )
        if folder:
            self.folder_edit.setText(folder)

    def on_sync_clicked(self) -> None:
        folder = self.folder_edit.text().strip()
        if not folder:
            self.sync_status.setText(self.tr("Choose a sync folder first."))
            return
        self.bridge.set_sync_folder(folder)
        self.sync_button.setEnabled(False)
        self.sync_status.setText(self.tr("Syncing…"))
        self.bridge.sync(folder)

    def on_bridge_sync_failed(self, message: str) -> None:
        self.sync_button.setEnabled(True)
        self.sync_status.setText(self.tr("Sync failed: %1").replace("%1", message))

    def on_bridge_sync_finished(self, report: Any) -> None:
        self.sync_button.setEnabled(True)
        text = self.tr("Synced: %1 imported, %2 written, %3 refused.")
        text = text.replace("%1", str(len(report.imported))).replace("%2", str(len(report.written)))
        text = text.replace("%3", str(len(report.errors)))
        reasons = [f"{e['file']}: {e['message']}" for e in report.errors]
        reasons += [b["message"] for b in report.blocked]
        self.sync_status.setText("\n".join([text, *reasons]))
        self.refresh()

    def resolve_selected(self, use: int | None) -> None:
        rows = self.conflicts.selectionModel().selectedRows()
        if not rows:
            return
        conflict = self.conflicts_model.conflict(rows[0].row())
        try:
            if conflict.kind == "deleted_by_sender":
                self.bridge.resolve_deleted(conflict.id, use is not None)
            else:
                self.bridge.resolve(conflict.id, use)
        except REFUSALS as exc:
            self._refused(exc)
        self.refresh()
