"""Forgotten passphrase: unlock with the recovery code, then choose a new passphrase; the
used code is revoked and its replacement shown once (:class:`NewRecoveryCodeDialog`)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
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
                "(8 groups of 4 characters), then choose a new passphrase. The code you type "
                "stops working: a new one is shown once, to write down or print."
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


class NewRecoveryCodeDialog(QDialog):
    """Shows the recovery code that replaced a used one, once."""

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your new recovery code"))
        self.setMinimumWidth(560)
        explain = QLabel(
            self.tr(
                "The recovery code you used no longer opens this vault. Here is its "
                "replacement. Write it down or print it and keep it apart from this computer: "
                "it is shown only this once."
            ),
            self,
        )
        explain.setWordWrap(True)
        self.code = QLabel(code, self)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.code.setFont(font)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setAccessibleName(self.tr("New recovery code"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("I have written it down")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.code)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
