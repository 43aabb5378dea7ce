"""Settings: language (default: the system's), the idle time before the vault locks and,
while a vault is open, whom it belongs to (a lawyer, or a relative: the simpler view and
family printouts). GUI thread only."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ui.desktop.i18n import LANGUAGES
from ui.desktop.preferences import Preferences


class SettingsDialog(QDialog):
    def __init__(
        self,
        preferences: Preferences,
        parent: QWidget | None = None,
        *,
        owner_role: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.preferences = preferences
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(460)
        self.language = QComboBox(self)
        self.language.addItem(self.tr("The system's language"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(preferences.language)))
        self.auto_lock = QDoubleSpinBox(self)
        self.auto_lock.setDecimals(0)
        self.auto_lock.setRange(1, 240)
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_lock.setValue(max(1.0, round(preferences.auto_lock_minutes)))
        note = QLabel(self.tr("The vault also locks with Ctrl+L and when the screen locks."), self)
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        # Kept in the open vault, not in the preferences: None while it is locked.
        self.owner = QComboBox(self)
        self.owner.addItem(self.tr("A lawyer (or someone who works with one)"), "lawyer")
        self.owner.addItem(self.tr("A relative or friend of the person in prison"), "family")
        self.owner.setCurrentIndex(max(0, self.owner.findData(owner_role or "lawyer")))
        form = QFormLayout()
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Lock after being idle for:"), self.auto_lock)
        if owner_role is not None:
            form.addRow(self.tr("This vault belongs to:"), self.owner)
        else:
            self.owner.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def chosen_owner_role(self) -> str:
        return str(self.owner.currentData())

    def accept(self) -> None:
        self.preferences.language = str(self.language.currentData())
        self.preferences.auto_lock_minutes = float(self.auto_lock.value())
        super().accept()
