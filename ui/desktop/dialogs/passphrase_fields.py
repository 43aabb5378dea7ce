"""A new passphrase typed twice, with a strength meter, a show/hide toggle and a message
saying what is missing. A "Fair" passphrase is accepted only with a plain warning next to
it, never called good."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from ui.desktop.widgets.reveal_toggle import add_reveal_toggle
from ui.desktop.widgets.strength_meter import MIN_ACCEPTED_SCORE, StrengthMeter

GOOD_SCORE = 3  # "Good" on the meter


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
        self.reveal = add_reveal_toggle(self.first, self.second)
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
        problem = self.problem()
        warning = self.warning()
        self.hint.setText(problem or warning or self.tr("Good. Keep it only in your head."))
        colour = "#555" if problem or not warning else "#b35900"
        weight = "bold" if warning and not problem else "normal"
        self.hint.setStyleSheet(f"color: {colour}; font-weight: {weight};")
        self.changed.emit()

    def warning(self) -> str:
        """Shown for an accepted but only fair passphrase ("" otherwise)."""
        if self.first.text() and MIN_ACCEPTED_SCORE <= self.meter.level < GOOD_SCORE:
            return self.tr(
                "Only fair: someone with a fast computer could guess it in time. Add a word "
                "or two to make it good; you can also go on with this one."
            )
        return ""

    def problem(self) -> str:
        """What stops this passphrase being accepted ("" when it is fine)."""
        if not self.first.text():
            return self.tr(
                "Choose a passphrase of five or more unrelated words, e.g. "
                "“lamp river cotton seventeen orbit”."
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
