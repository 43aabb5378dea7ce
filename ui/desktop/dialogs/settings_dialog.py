"""Settings: language (default: the system's) and the idle time before the vault locks."""

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
    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
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
        form = QFormLayout()
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Lock after being idle for:"), self.auto_lock)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def accept(self) -> None:
        self.preferences.language = str(self.language.currentData())
        self.preferences.auto_lock_minutes = float(self.auto_lock.value())
        super().accept()
