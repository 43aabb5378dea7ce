"""Fold a person's name, however it is written, to a search key of sound classes.

Azerbaijani Latin, Russian Cyrillic and plain ASCII spellings of one name fold to the
same key: ``Əli Həsənov``, ``Ali Hasanov``, ``Али Гасанов`` and ``HƏSƏNOV`` all contain
the key ``kasanov``. The pipeline, every letter pair and the known collisions are listed
in ``docs/search.md``; the tests pin each pair with real names.

Two steps:

1. *Spelling* (:func:`plain_name`): case-fold, Azerbaijani letters to their usual
   ASCII spelling (``ə``→a, ``ş``→sh, ``ç``→ch, ...), Cyrillic through ``anyascii``
   (with a few context rules it cannot know, such as ``е`` after a vowel being ``ye``),
   apostrophes dropped, everything else that is not a letter or digit a word break.
2. *Sound classes* (:func:`fold_token`): on each ASCII word, digraphs
   (``dzh``, ``dj``, ``zh``, ``ch``, ``sh``, ``kh``), the glide ``y`` rules, then one
   letter per class (``g h k q x`` → ``k``, ``a e`` → ``a``, ``c ç j`` → ``c``, ``s ş``
   → ``s`` ...), and runs of one class collapsed (``Məmmədov`` ↔ ``Мамедов``).

All functions are pure and safe to call from any thread. They never
raise on any ``str``; the result is lower-case ASCII letters and digits, words
separated by single spaces. Nothing is cached at module level, so no name
outlives the caller's own references (the vault's lock must be able to forget names).
"""

from __future__ import annotations

import re
import unicodedata

from anyascii import anyascii

__all__ = ["fold_name", "fold_query", "fold_token", "plain_name", "split_plain"]

# --- step 1: spelling ---------------------------------------------------------------

_APOSTROPHES = "'’ʼʻ`´"
_NO_APOSTROPHES = {ord(a): None for a in _APOSTROPHES}


def _spelling_table() -> dict[int, str]:
    """Per-letter spelling for Latin-1, Latin Extended, combining marks and Cyrillic.

    Built from anyascii once, so the common letters need no per-call library lookup;
    anything outside these blocks still goes through anyascii (``split_plain``).
    """
    blocks = (range(0x80, 0x250), range(0x300, 0x370), range(0x400, 0x530))
    table = {
        code: anyascii(chr(code)).lower().translate(_NO_APOSTROPHES)
        for block in blocks
        for code in block
    }
    # Azerbaijani letters to the ASCII spelling people type without the keyboard layout,
    # and the Cyrillic letters whose anyascii spelling does not serve name matching:
    # ы is the Azerbaijani ı (anyascii gives "y"), the soft and hard signs are silent.
    overrides = {
        "ə": "a",
        "ı": "i",
        "ö": "o",
        "ü": "u",
        "ğ": "g",
        "ç": "ch",
        "ş": "sh",
        "ы": "i",
        "ь": "",
        "ъ": "",
        # ё after a consonant only softens it; after a vowel the context rule below
        # has already written "yo".
        "ё": "o",
    }
    # Apostrophes (Mə'mun, Cyrillic transliterations) join, they do not split.
    overrides.update(dict.fromkeys(_APOSTROPHES, ""))
    table.update({ord(letter): spelling for letter, spelling in overrides.items()})
    return table


_SPELLING = _spelling_table()

# Cyrillic е / ё after a vowel or a separating sign sound "ye" / "yo" (Агаев = Ağayev,
# Алиев = Əliyev); anyascii writes plain "e" there.
_CYRILLIC_IOTATED = re.compile(r"(?<=[аеёиоуыэюяьъ])([её])")
_NOT_WORD = re.compile(r"[^a-z0-9]+")


def _iotate(match: re.Match[str]) -> str:
    return "ye" if match.group(1) == "е" else "yo"


def split_plain(text: str) -> list[str]:
    """Split ``text`` into lower-case ASCII words of its plain spelling.

    This is step 1 of the fold: ``"Əli Həsənov-Ağayev"`` → ``["ali", "hasanov",
    "agayev"]``; ``"Али Гасанов"`` → ``["ali", "gasanov"]``. Hyphens, punctuation and
    white space break words; apostrophes are dropped. Never raises.
    """
    # Dotted capital İ lower-cases to i + combining dot; Azerbaijani means plain i.
    text = unicodedata.normalize("NFC", text).replace("İ", "i").casefold()
    text = _CYRILLIC_IOTATED.sub(_iotate, text).translate(_SPELLING)
    if not text.isascii():
        text = anyascii(text).lower().translate(_NO_APOSTROPHES)
    return _NOT_WORD.sub(" ", text).split()


def plain_name(text: str) -> str:
    """Return the plain lower-case ASCII spelling of ``text``, words space-separated.

    Used to rank a literal spelling above a merely similar-sounding one (``Zakir``
    before ``Zahir`` for the query ``zakir``). Never raises.
    """
    return " ".join(split_plain(text))


# --- step 2: sound classes -----------------------------------------------------------

# Digraphs become their one-letter class so the y rules see one consonant. dzh/dj/zh
# are the Russian and English spellings of Azerbaijani c (Джафаров, Djafarov); ch is ç,
# sh is ş, kh is x (Халилов).
_DIGRAPH = re.compile(r"dzh|dj|zh|ch|sh|kh")
_DIGRAPH_TO = {"dzh": "c", "dj": "c", "zh": "c", "ch": "c", "sh": "s", "kh": "k"}

_VOWELS = "aeiou"
_CONSONANTS = "bcdfghjklmnpqrstvwxz"
_RUNS = re.compile(r"(.)\1+")
# The glide y, in order (each documented in docs/search.md):
_Y_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    # Word-initial ye is Russian е: Yeganə = Егана.
    (re.compile(r"^ye"), "e"),
    # -iyev = -иев, Ülviyyə = Ульвия: y after i before a vowel or at the end is silent.
    (re.compile(r"iy(?=[aeiou]|$)"), "i"),
    # Consonant + y + vowel is a Cyrillic soft vowel (Гюльнар → gyul'nar, Ляман).
    (re.compile(rf"(?<=[{_CONSONANTS}])y(?=[{_VOWELS}])"), ""),
    # Vowel + y + i: İsmayıl = Исмаил, Mikayıl = Микаил.
    (re.compile(rf"(?<=[{_VOWELS}])y(?=i)"), ""),
    # y between consonants or word-final after one is the vowel ы typed as y (Gasymov).
    (re.compile(rf"(?<=[{_CONSONANTS}])y(?=[{_CONSONANTS}]|$)"), "i"),
)

# One letter per sound class; see the table in docs/search.md.
_CLASSES = str.maketrans(
    {
        "e": "a",
        "g": "k",
        "h": "k",
        "q": "k",
        "x": "k",
        "j": "c",
        "w": "v",
    }
)


def _digraph(match: re.Match[str]) -> str:
    return _DIGRAPH_TO[match.group(0)]


def fold_token(word: str) -> str:
    """Fold one word of :func:`split_plain` output (``[a-z0-9]+``) to its sound key.

    ``"hasanov"`` → ``"kasanov"``, ``"dzhafarov"`` → ``"cafarov"``. Other input is
    accepted (the result is then only as good as the input); never raises. Pure, so a
    caller folding many names may memoise it for the duration of one job.
    """
    word = _RUNS.sub(r"\1", _DIGRAPH.sub(_digraph, word))
    for pattern, replacement in _Y_RULES:
        word = pattern.sub(replacement, word)
    return _RUNS.sub(r"\1", word.translate(_CLASSES))


def fold_name(text: str) -> str:
    """Fold a name in any case, Azerbaijani Latin, Russian Cyrillic or ASCII to its key.

    The key is one sound-class word per word of the name, separated by single spaces
    (empty if the name has no letters or digits). ``fold_name(fold_name(x)) ==
    fold_name(x)``. Never raises; pure and thread-safe.
    """
    return " ".join(fold_query(text))


def fold_query(text: str) -> list[str]:
    """Split a search query into folded words, in order, dropping empty ones.

    ``"Гасанов Али"`` → ``["kasanov", "ali"]``. Never raises; pure and thread-safe.
    """
    return [key for key in map(fold_token, split_plain(text)) if key]
