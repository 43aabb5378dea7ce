"""The kinds of deadline and their names in English, Azerbaijani and Russian: the one table
the calendar export (:mod:`app.ics`), printed reports and the desktop app all read.

Pure; safe on any thread. See docs/deadlines.md.
"""

from __future__ import annotations

LANGUAGES = ("en", "az", "ru")

# In display order (a tie on the due date sorts by this order).
KINDS = ("term_served", "detention_end", "appeal", "cassation", "echr", "reminder")

# Kinds that are alerts: something should already have happened (a person whose term is
# served is still held; a detention order ran out with no extension recorded). They stay on
# the lists, however long ago they fell due, until resolved or marked done.
ALERT_KINDS = frozenset({"term_served", "detention_end"})

_NAMES: dict[str, dict[str, str]] = {
    "term_served": {
        "en": "Term served — should be free",
        "az": "Cəza müddəti bitib — azad edilməlidir",
        "ru": "Срок отбыт — должен быть освобождён",
    },
    "detention_end": {
        "en": "Pretrial detention order ends",
        "az": "Həbs qətimkan tədbirinin müddəti bitir",
        "ru": "Истекает срок содержания под стражей",
    },
    "appeal": {
        "en": "Appeal deadline",
        "az": "Apellyasiya şikayəti üçün son gün",
        "ru": "Срок апелляционной жалобы",
    },
    "cassation": {
        "en": "Cassation deadline",
        "az": "Kassasiya şikayəti üçün son gün",
        "ru": "Срок кассационной жалобы",
    },
    "echr": {
        "en": "ECHR application deadline",
        "az": "AİHM-ə ərizə üçün son gün",
        "ru": "Срок жалобы в ЕСПЧ",
    },
    "reminder": {
        "en": "Reminder",
        "az": "Xatırlatma",
        "ru": "Напоминание",
    },
}


def kind_label(kind: str, language: str = "en") -> str:
    """The name of a deadline kind in ``language`` (``en``, ``az`` or ``ru``; another
    language gets English); an unknown kind is humanised, never shown as a raw id."""
    names = _NAMES.get(kind)
    if names is None:
        text = kind.replace("_", " ").strip()
        return text[:1].upper() + text[1:]
    return names.get(language, names["en"])


def labels_for(language: str) -> dict[str, str]:
    """Every kind's name in ``language``, in :data:`KINDS` order."""
    return {kind: kind_label(kind, language) for kind in KINDS}
