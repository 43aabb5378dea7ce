"""First run: create a vault (who it is for — a lawyer or a relative —, location, passphrase
with strength meter, confirmation), show the recovery code once with Print and Save, and have
the user type part of it back. The choice "I am a relative" is kept in the vault
(:mod:`app.owner`): cases then open in the simpler family view."""

from __future__ import annotations

import secrets
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.private_files import write_private_file
from ui.desktop import file_dialogs
from ui.desktop.controller import Controller
from ui.desktop.dialogs.passphrase_fields import PassphraseFields


def normalise_code(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch.isalnum())


class LocationPage(QWizardPage):
    def __init__(self, default_path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Create a vault"))
        self.setSubTitle(
            self.tr(
                "The vault is one encrypted file. Choose where it is kept and the passphrase "
                "that opens it."
            )
        )
        self.location = QLineEdit(default_path, self)
        self.location.setAccessibleName(self.tr("Vault file"))
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self.on_browse_clicked)
        self.passphrase = PassphraseFields(self)
        self.lawyer_choice = QRadioButton(self.tr("I am a lawyer (or work with one)"), self)
        self.family_choice = QRadioButton(
            self.tr("I am a relative or friend of the person in prison"), self
        )
        self.lawyer_choice.setChecked(True)
        self.role_group = QButtonGroup(self)
        for button in (self.lawyer_choice, self.family_choice):
            self.role_group.addButton(button)
        roles = QVBoxLayout()
        roles.addWidget(self.lawyer_choice)
        roles.addWidget(self.family_choice)
        row = QHBoxLayout()
        row.addWidget(self.location, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("Who are you?"), roles)
        form.addRow(self.tr("Vault file:"), row)
        form.addRow(self.passphrase)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        form.addRow(self.error)
        self.location.textChanged.connect(self.completeChanged)
        self.passphrase.changed.connect(self.completeChanged)

    def on_browse_clicked(self) -> None:
        path = file_dialogs.save_file(
            self,
            self.tr("Where to keep the vault"),
            self.location.text(),
            self.tr("Casework vaults (*.cwvault)"),
        )
        if path:
            if not path.endswith(".cwvault"):
                path += ".cwvault"
            self.location.setText(path)

    def owner_role(self) -> str:
        return "family" if self.family_choice.isChecked() else "lawyer"

    def isComplete(self) -> bool:
        return bool(self.location.text().strip()) and self.passphrase.is_acceptable()

    def validatePage(self) -> bool:
        path = Path(self.location.text().strip()).expanduser()
        if path.exists():
            self.error.setText(
                self.tr("A file already exists there. Choose another name or open that vault.")
            )
            return False
        self.error.clear()
        return True


class RecoveryCodePage(QWizardPage):
    """Creates the vault when shown (on a worker), then shows the recovery code."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.code = ""
        self.setTitle(self.tr("Your recovery code"))
        self.setSubTitle(
            self.tr(
                "If you forget the passphrase, this code is the only way back into the vault. "
                "Print it or write it down now and keep it away from this computer. It is "
                "shown only once."
            )
        )
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.status = QLabel(self.tr("Creating the vault…"), self)
        self.code_label = QLabel(self)
        font = QFont("DejaVu Sans Mono")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.code_label.setFont(font)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.save_button = QPushButton(self.tr("Save to a file…"), self)
        for button in (self.print_button, self.save_button):
            button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.busy)
        layout.addWidget(self.code_label)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.print_button.clicked.connect(self.on_print_clicked)
        self.save_button.clicked.connect(self.on_save_clicked)
        controller.vault_created.connect(self.on_controller_vault_created)
        controller.unlock_failed.connect(self.on_controller_unlock_failed)

    def initializePage(self) -> None:
        if self.code:
            return
        wizard = self.wizard()
        assert isinstance(wizard, CreateVaultWizard)
        wizard.button(QWizard.WizardButton.BackButton).setEnabled(False)
        self.controller.create_vault(
            wizard.location_page.location.text().strip(),
            wizard.location_page.passphrase.passphrase(),
        )

    def on_controller_vault_created(self, code: str) -> None:
        self.code = code
        wizard = self.wizard()
        if isinstance(wizard, CreateVaultWizard):
            self.controller.set_owner_role(wizard.location_page.owner_role())
        self.busy.hide()
        self.status.setText(self.tr("The vault was created. Your recovery code:"))
        self.code_label.setText(code)
        self.print_button.setEnabled(True)
        self.save_button.setEnabled(True)
        wizard = self.wizard()
        if wizard is not None:
            wizard.button(QWizard.WizardButton.CancelButton).setEnabled(False)
        self.completeChanged.emit()

    def on_controller_unlock_failed(self, message: str) -> None:
        self.busy.hide()
        self.status.setText(message or self.tr("The vault was not created."))
        self.status.setStyleSheet("color: #b00020;")

    def isComplete(self) -> bool:
        return bool(self.code)

    def _document(self) -> QTextDocument:
        document = QTextDocument(self)
        document.setPlainText(
            self.tr("Casework recovery code")
            + "\n\n"
            + self.tr("Vault: %1").replace("%1", str(self.controller.vault_path))
            + "\n\n"
            + self.code
            + "\n\n"
            + self.tr("Keep this paper safe and away from the computer.")
        )
        return document

    def on_print_clicked(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self._document().print_(printer)

    def on_save_clicked(self) -> None:
        path = file_dialogs.save_file(
            self, self.tr("Save the recovery code"), "casework-recovery-code.txt"
        )
        if not path:
            return
        write_private_file(path, (self._document().toPlainText() + "\n").encode("utf-8"))
        QMessageBox.information(
            self,
            self.tr("Saved"),
            self.tr(
                "Saved. Move the file to a USB stick or print it, and do not leave it on this "
                "computer."
            ),
        )


class ConfirmCodePage(QWizardPage):
    """Asks for two random groups of the code, so it was really written down."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Check the recovery code"))
        self.groups = sorted(secrets.SystemRandom().sample(range(8), 2))
        self.first = QLineEdit(self)
        self.second = QLineEdit(self)
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.explain)
        self.first_label = QLabel(self)
        self.second_label = QLabel(self)
        form.addRow(self.first_label, self.first)
        form.addRow(self.second_label, self.second)
        self.first.textChanged.connect(self.completeChanged)
        self.second.textChanged.connect(self.completeChanged)

    def initializePage(self) -> None:
        a, b = (g + 1 for g in self.groups)
        self.explain.setText(
            self.tr("From what you wrote down, type group %1 and group %2 of the code.")
            .replace("%1", str(a))
            .replace("%2", str(b))
        )
        self.first_label.setText(self.tr("Group %1:").replace("%1", str(a)))
        self.second_label.setText(self.tr("Group %1:").replace("%1", str(b)))

    def expected(self) -> tuple[str, str]:
        wizard = self.wizard()
        assert isinstance(wizard, CreateVaultWizard)
        parts = wizard.code_page.code.split("-")
        return normalise_code(parts[self.groups[0]]), normalise_code(parts[self.groups[1]])

    def isComplete(self) -> bool:
        typed = (normalise_code(self.first.text()), normalise_code(self.second.text()))
        return typed == self.expected()


class CreateVaultWizard(QWizard):
    def __init__(
        self, controller: Controller, default_path: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Create a vault"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setMinimumSize(640, 460)
        self.location_page = LocationPage(default_path, self)
        self.code_page = RecoveryCodePage(controller, self)
        self.confirm_page = ConfirmCodePage(self)
        self.addPage(self.location_page)
        self.addPage(self.code_page)
        self.addPage(self.confirm_page)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)

    def reject(self) -> None:
        # Once the code is shown the vault exists: leave only through the check.
        if self.code_page.code:
            return
        super().reject()
