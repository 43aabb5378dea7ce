"""Sentence terms as ISO 8601 durations (``P3Y6M``, ``P70W``, ``P10D``) and fractions.

Pure values, no I/O. Adding a term to a date is :func:`app.sentence.calendar.add`
(docs/sentence-conventions.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DURATION = re.compile(r"^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$")


# Longer than any sentence a court hands down, and short enough that dates stay in range.
MAX_TOTAL_MONTHS = 100 * 12
MAX_TOTAL_DAYS = 100 * 366


class TermError(ValueError):
    """A duration string is not a whole-number ISO 8601 ``PnYnMnWnD`` value."""


@dataclass(frozen=True, order=True)
class Term:
    """A length of time in calendar units; months and days are kept apart (never normalised)."""

    years: int = 0
    months: int = 0
    weeks: int = 0
    days: int = 0

    @classmethod
    def parse(cls, text: str) -> Term:
        """Parse ``PnYnMnWnD`` (any subset, in that order). Raises :class:`TermError`."""
        if not isinstance(text, str):
            raise TermError(f"expected an ISO 8601 duration string such as 'P3Y6M', got {text!r}")
        match = _DURATION.match(text.strip().upper())
        if match is None:
            raise TermError(
                f"{text!r} is not an ISO 8601 duration such as 'P3Y', 'P2Y6M', 'P70W' or 'P10D'"
            )
        years, months, weeks, days = (int(g) if g else 0 for g in match.groups())
        term = cls(years, months, weeks, days)
        if term.total_months > MAX_TOTAL_MONTHS or term.total_days > MAX_TOTAL_DAYS:
            raise TermError(f"{text!r} is longer than 100 years")
        return term

    @property
    def total_months(self) -> int:
        """12·Y + M: the part of the term counted on the calendar."""
        return 12 * self.years + self.months

    @property
    def total_days(self) -> int:
        """7·W + D: the part of the term counted in days."""
        return 7 * self.weeks + self.days

    def is_zero(self) -> bool:
        return self.total_months == 0 and self.total_days == 0

    def __str__(self) -> str:
        parts = [
            f"{value}{unit}"
            for value, unit in (
                (self.years, "Y"),
                (self.months, "M"),
                (self.weeks, "W"),
                (self.days, "D"),
            )
            if value
        ]
        return "P" + ("".join(parts) if parts else "0D")

    def human(self) -> str:
        """Short English form for logs and traces, e.g. ``3 y 6 m``; the UI renders its own."""
        parts = [
            f"{value} {unit}"
            for value, unit in (
                (self.years, "y"),
                (self.months, "m"),
                (self.weeks, "w"),
                (self.days, "d"),
            )
            if value
        ]
        return " ".join(parts) if parts else "0 d"


_FRACTION = re.compile(r"^\s*(\d{1,4})\s*/\s*(\d{1,4})\s*$")


def parse_fraction(text: object) -> tuple[int, int]:
    """A fraction ``"n/d"`` with 0 < n/d <= 1 (a pardon's cut of the unserved part, ``"1/2"``),
    as (numerator, denominator). Raises :class:`TermError`."""
    match = _FRACTION.match(text) if isinstance(text, str) else None
    if match is None:
        raise TermError(f"expected a fraction such as '1/2' or '1/3', got {text!r}")
    numerator, denominator = int(match.group(1)), int(match.group(2))
    if denominator == 0 or numerator == 0 or numerator > denominator:
        raise TermError(f"{text!r} must be a fraction above 0 and at most 1, such as '1/2'")
    return numerator, denominator
