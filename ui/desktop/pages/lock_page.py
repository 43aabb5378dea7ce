"""The lock screen: passphrase, unlock on a worker with a busy indicator, clear errors, and the
ways out (recovery code, another vault, a new vault). It shows nothing of the vault but
the path the user chose."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.desktop.controller import Controller
from ui.desktop.widgets.centred_card import centred_card
from ui.desktop.widgets.reveal_toggle import add_reveal_toggle


class LockPage(QWidget):
    recovery_requested = Signal()
    open_other_requested = Signal()
    create_requested = Signal()

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.vault_label = QLabel(self)
        self.vault_label.setWordWrap(True)
        self.vault_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setMinimumWidth(320)
        self.reveal = add_reveal_toggle(self.passphrase)
        self.unlock_button = QPushButton(self.tr("Unlock"), self)
        self.unlock_button.setDefault(True)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setFixedHeight(6)
        self.busy.hide()
        self.busy_label = QLabel(self.tr("Unlocking… deriving the key takes a second."), self)
        self.busy_label.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.hide()
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error.hide()
        self.recovery_button = QPushButton(self.tr("Forgot the passphrase? Use the recovery code…"))
        self.recovery_button.setFlat(True)
        self.other_button = QPushButton(self.tr("Open another vault…"))
        self.other_button.setFlat(True)
        self.create_button = QPushButton(self.tr("Create a new vault…"))
        self.create_button.setFlat(True)

        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.unlock_button)
        links = QVBoxLayout()
        for button in (self.recovery_button, self.other_button, self.create_button):
            button.setStyleSheet("text-align: left; color: #0b57d0;")
            links.addWidget(button)

        inner = centred_card(
            self, self.tr("Casework is locked"), title_scale=1.6, max_width=560, spacing=10
        )
        inner.addWidget(self.vault_label)
        inner.addLayout(row)
        inner.addWidget(self.busy)
        busy_row = QHBoxLayout()
        busy_row.addWidget(self.busy_label, 1)
        busy_row.addWidget(self.cancel_button)
        inner.addLayout(busy_row)
        inner.addWidget(self.error)
        inner.addSpacing(8)
        inner.addLayout(links)

        self.unlock_button.clicked.connect(self.on_unlock_button_clicked)
        self.passphrase.returnPressed.connect(self.on_unlock_button_clicked)
        self.recovery_button.clicked.connect(self.recovery_requested)
        self.other_button.clicked.connect(self.open_other_requested)
        self.create_button.clicked.connect(self.create_requested)
        self.cancel_button.clicked.connect(self.on_cancel_button_clicked)
        controller.unlock_progressed.connect(self.on_controller_unlock_progressed)
        controller.unlock_failed.connect(self.on_controller_unlock_failed)
        controller.vault_unlocked.connect(self.on_controller_vault_unlocked)
        self.refresh()

    def refresh(self) -> None:
        self.vault_label.setText(
            self.tr("Vault: %1").replace("%1", str(self.controller.vault_path))
        )

    def focus_passphrase(self) -> None:
        self.passphrase.setFocus()

    def on_unlock_button_clicked(self) -> None:
        if self.controller.is_unlocking:
            return
        text = self.passphrase.text()
        if not text:
            self._show_error(self.tr("Type the vault's passphrase."))
            return
        self.error.hide()
        self._set_busy(True)
        self.controller.unlock(text)

    def on_cancel_button_clicked(self) -> None:
        self.controller.cancel_unlock()

    def on_controller_unlock_progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.busy.setRange(0, total)
            self.busy.setValue(done)
            self.busy_label.setText(
                self.tr("Opening %1 of %2 cases…")
                .replace("%1", str(done))
                .replace("%2", str(total))
            )

    def on_controller_unlock_failed(self, message: str) -> None:
        self._set_busy(False)
        self.passphrase.selectAll()
        self.passphrase.setFocus()
        if message:
            self._show_error(message)

    def on_controller_vault_unlocked(self) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        self.error.hide()

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _set_busy(self, busy: bool) -> None:
        if busy:
            self.busy.setRange(0, 0)
            self.busy_label.setText(self.tr("Unlocking… deriving the key takes a second."))
        self.busy.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.busy_label.setVisible(busy)
        self.unlock_button.setEnabled(not busy)
        self.passphrase.setEnabled(not busy)
