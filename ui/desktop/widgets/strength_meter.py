"""A passphrase strength meter: a rough, conservative entropy estimate and a coloured bar.

Hand-rolled rather than a dependency: it only has to steer people from short or common
passwords towards several random words; Argon2id does the real protecting. The estimate
counts a character pool for character soup, about 11 bits per word for passphrases of
several words, and penalises repeats, keyboard and alphabet runs, and common passwords.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

translate = QCoreApplication.translate

_COMMON = frozenset(
    [
        "password",
        "passw0rd",
        "123456",
        "12345678",
        "123456789",
        "qwerty",
        "qwertyuiop",
        "azerty",
        "letmein",
        "welcome",
        "admin",
        "iloveyou",
        "monkey",
        "dragon",
        "football",
        "baseball",
        "sunshine",
        "master",
        "secret",
        "parol",
        "пароль",
        "qwerty123",
        "1q2w3e4r",
        "abc123",
        "azerbaijan",
        "azərbaycan",
        "baku",
        "bakı",
    ]
)
_RUNS = (
    "abcdefghijklmnopqrstuvwxyz",
    "0123456789",
    "qwertyuiop",
    "asdfghjkl",
    "zxcvbnm",
    "йцукенгшщзхъ",
    "фывапролджэ",
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
)

# Score thresholds in bits: very weak, weak, fair, good, strong.
LEVELS = (28.0, 40.0, 60.0, 80.0)
MIN_ACCEPTED_SCORE = 2


def estimate_bits(passphrase: str) -> float:
    """A conservative guess of the passphrase's entropy in bits."""
    text = passphrase.strip()
    if not text:
        return 0.0
    if text.casefold() in _COMMON:
        return 5.0
    pool = 0
    if re.search(r"[a-z]", text):
        pool += 26
    if re.search(r"[A-Z]", text):
        pool += 26
    if re.search(r"[0-9]", text):
        pool += 10
    if re.search(r"[^\w\s]", text):
        pool += 33
    if re.search(r"[^\x00-\x7f]", text):
        pool += 40
    if " " in text:
        pool += 1
    effective = _effective_length(text)
    char_bits = effective * math.log2(max(pool, 2))
    words = [w for w in re.split(r"[\s\-_.,]+", text) if len(w) >= 3]
    if len(words) >= 3:
        # Real words are far from random letters: count them, not their characters.
        word_bits = 11.0 * len(words) + 2.0 * (len(text) - sum(len(w) for w in words))
        return min(char_bits, word_bits)
    if text.isalpha():
        return min(char_bits, 18.0 + 2.0 * max(0, len(text) - 8))  # likely one dictionary word
    return char_bits


def _effective_length(text: str) -> float:
    """Length with repeats and runs counted lightly."""
    lowered = text.casefold()
    length = 0.0
    previous = ""
    for i, ch in enumerate(lowered):
        if ch == previous:
            length += 0.25
        elif i and any(previous + ch in run for run in _RUNS):
            length += 0.4
        else:
            length += 1.0
        previous = ch
    return length


def score(passphrase: str) -> int:
    """0 (very weak) .. 4 (strong)."""
    bits = estimate_bits(passphrase)
    return sum(1 for level in LEVELS if bits >= level)


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
