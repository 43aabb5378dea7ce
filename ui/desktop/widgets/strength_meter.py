"""A passphrase strength meter: a coloured bar over the score of the passphrase policy
(app/passphrase_policy.py, shared with the CLI)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from app.passphrase_policy import LEVELS, MIN_ACCEPTED_SCORE, estimate_bits, score

translate = QCoreApplication.translate

# The policy lives in app/ so the CLI applies the same one.
__all__ = ["LEVELS", "MIN_ACCEPTED_SCORE", "StrengthMeter", "describe", "estimate_bits", "score"]


def describe(level: int) -> str:
    return [
        translate("StrengthMeter", "Very weak"),
        translate("StrengthMeter", "Weak"),
        translate("StrengthMeter", "Fair"),
        translate("StrengthMeter", "Good"),
        translate("StrengthMeter", "Strong"),
    ][max(0, min(4, level))]


_COLOURS = ("#b00020", "#d35400", "#b7950b", "#2e7d32", "#1b5e20")


class StrengthMeter(QWidget):
    """Shows the strength of the text given to :meth:`on_passphrase_edited`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bar = QProgressBar(self)
        self._bar.setRange(0, 4)
        self._bar.setTextVisible(False)
        self._bar.setFixedHeight(8)
        self._label = QLabel(self)
        self._label.setMinimumWidth(90)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._bar, 1)
        layout.addWidget(self._label)
        self.level = 0
        self.on_passphrase_edited("")

    def on_passphrase_edited(self, text: str) -> None:
        self.level = score(text) if text else 0
        self._bar.setValue(self.level if text else 0)
        colour = _COLOURS[self.level]
        self._bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        self._label.setText(describe(self.level) if text else "")
        self._label.setStyleSheet(f"color: {colour};")
