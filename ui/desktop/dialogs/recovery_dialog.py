"""Forgotten passphrase: unlock with the recovery code, then choose a new passphrase."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.desktop.dialogs.passphrase_fields import PassphraseFields


class RecoveryDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open with the recovery code"))
        self.setMinimumWidth(560)
        explain = QLabel(
            self.tr(
                "Type the recovery code you printed or wrote down when the vault was created "
                "(8 groups of 4 characters), then choose a new passphrase."
            ),
            self,
        )
        explain.setWordWrap(True)
        self.code = QLineEdit(self)
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.code.setAccessibleName(self.tr("Recovery code"))
        self.passphrase = PassphraseFields(self)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Recovery code:"), self.code)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Unlock"))
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.error)
        layout.addLayout(form)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.code.textChanged.connect(self.on_input_changed)
        self.passphrase.changed.connect(self.on_input_changed)
        self.on_input_changed()

    def show_error(self, message: str) -> None:
        """Why the last try failed; what was typed stays for correcting."""
        self.error.setText(message)
        self.error.show()

    def on_input_changed(self, *_args: object) -> None:
        ok = len("".join(c for c in self.code.text() if c.isalnum())) >= 32
        ok = ok and self.passphrase.is_acceptable()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def recovery_code(self) -> str:
        return self.code.text().strip()

    def new_passphrase(self) -> str:
        return self.passphrase.passphrase()
