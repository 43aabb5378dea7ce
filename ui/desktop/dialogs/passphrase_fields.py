"""A new passphrase typed twice, with a strength meter and a message saying what is missing."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from ui.desktop.widgets.strength_meter import MIN_ACCEPTED_SCORE, StrengthMeter


class PassphraseFields(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = QLineEdit(self)
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(self.tr("New passphrase"))
        self.second = QLineEdit(self)
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(self.tr("Repeat the passphrase"))
        self.meter = StrengthMeter(self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Passphrase:"), self.first)
        form.addRow(self.tr("Strength:"), self.meter)
        form.addRow(self.tr("Repeat:"), self.second)
        form.addRow("", self.hint)
        self.first.textChanged.connect(self.on_text_changed)
        self.second.textChanged.connect(self.on_text_changed)
        self.on_text_changed("")

    def on_text_changed(self, _text: str) -> None:
        self.meter.on_passphrase_edited(self.first.text())
        self.hint.setText(self.problem() or self.tr("Good. Keep it only in your head."))
        self.changed.emit()

    def problem(self) -> str:
        """What stops this passphrase being accepted ("" when it is fine)."""
        if not self.first.text():
            return self.tr(
                "Choose a passphrase of four or more unrelated words, e.g. "
                "“lamp river cotton seventeen”."
            )
        if self.meter.level < MIN_ACCEPTED_SCORE:
            return self.tr("Too easy to guess: add more words or characters.")
        if self.first.text() != self.second.text():
            return self.tr("Type the same passphrase again below.")
        return ""

    def is_acceptable(self) -> bool:
        return not self.problem()

    def passphrase(self) -> str:
        return self.first.text()
