"""English words for the codes a printed report shows (statuses, groups, kinds...).

The desktop app has its own translated tables (``ui/desktop/labels.py``); printed reports are
built in ``app/`` and use these, so the CLI prints the same document. Pure.
"""

from __future__ import annotations

from app.deadline_kinds import kind_label
from app.groups import Names, display_name
from app.terms import Term

_SPECIAL = {
    "lgbt": "LGBT people",
    "echr_application": "Application to the ECHR",
    "pretrial": "Pretrial",
    "less_serious": "Less serious",
    "especially_grave": "Especially grave",
    "other": "Other",
}


def label(code: str | None) -> str:
    """``religious_believers`` → ``Religious believers``; None → ``—``."""
    if not code:
        return "—"
    if code in _SPECIAL:
        return _SPECIAL[code]
    text = code.replace("_", " ").strip()
    return text[:1].upper() + text[1:]


def deadline_label(kind: str, language: str = "en") -> str:
    """A deadline kind's name, from the one table of :mod:`app.deadline_kinds`."""
    return kind_label(kind, language)


def group_labels(
    codes: tuple[str, ...] | list[str], language: str = "en", names: Names | None = None
) -> str:
    """Groups by their display names (the vault's ``names`` first, then the built-in ones,
    else the id made readable: :func:`app.groups.display_name`); ``—`` for none."""
    return ", ".join(display_name(code, language, names) for code in codes) if codes else "—"


def labels(codes: tuple[str, ...] | list[str]) -> str:
    return ", ".join(label(code) for code in codes) if codes else "—"


def _unit(value: int, name: str) -> str:
    return f"{value} {name}{'' if value == 1 else 's'}"


def term_words(term: Term) -> str:
    """``P3Y6M`` → ``3 years 6 months``; ``P10D`` → ``10 days``."""
    parts = [
        _unit(value, name)
        for value, name in (
            (term.years, "year"),
            (term.months, "month"),
            (term.weeks, "week"),
            (term.days, "day"),
        )
        if value
    ]
    return " ".join(parts) if parts else "0 days"


def days_words(days: int) -> str:
    """``1`` → ``1 day``; ``400`` → ``400 days (about 1 year 1 month)``."""
    text = _unit(days, "day")
    if days >= 60:
        years, rest = divmod(days, 365)
        months = round(rest / 30.44)
        if months == 12:
            years, months = years + 1, 0
        about = " ".join(
            part
            for part in (
                _unit(years, "year") if years else "",
                _unit(months, "month") if months else "",
            )
            if part
        )
        text += f" (about {about})"
    return text
