"""The passphrase policy shared by the CLI (``init``, ``passwd``, ``recover``) and the app's
passphrase fields: a rough, conservative entropy estimate, a score from 0 to 4, and the
lowest score accepted for a vault's passphrase (see docs/threat-model.md).

Hand-rolled rather than a dependency: it only has to steer people from short or common
passwords towards several random words; Argon2id does the real protecting. The estimate
counts a character pool for character soup, about 11 bits per word for passphrases of
several words, and penalises repeats, keyboard and alphabet runs, and common passwords.
Pure; no I/O.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

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


@dataclass(frozen=True)
class Strength:
    """The verdict on a new passphrase: its ``score`` (0..4), whether a vault accepts it,
    and, when not, a ``reason`` code the user interface turns into words: ``empty``,
    ``common`` (a well-known password) or ``weak`` (too short or too guessable)."""

    score: int
    accepted: bool
    reason: str | None


def judge(passphrase: str) -> Strength:
    """Judge a new vault passphrase by the one policy of the CLI and the app."""
    if not passphrase.strip():
        return Strength(0, False, "empty")
    level = score(passphrase)
    if level >= MIN_ACCEPTED_SCORE:
        return Strength(level, True, None)
    reason = "common" if passphrase.strip().casefold() in _COMMON else "weak"
    return Strength(level, False, reason)
