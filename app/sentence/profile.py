"""Jurisdiction profiles: every convention of the sentence arithmetic as a named option.

A profile is a frozen value; :data:`AZ` is the default (docs/sentence-conventions.md). To try
another convention
make a changed copy: ``dataclasses.replace(AZ, month_end_to_month_end=True)``.
Pure values, no I/O; safe on any thread.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Final


@dataclass(frozen=True)
class CreditRatio:
    """How custody days of one kind count against the term.

    ``sentence_days`` days of the sentence for every ``custody_days`` days in custody
    (1:1 by default). ``unverified`` is True until a lawyer has confirmed the ratio against
    the law in force; the trace and the docs say so.
    """

    custody_days: int = 1
    sentence_days: int = 1
    unverified: bool = True
    basis: str = ""

    def __post_init__(self) -> None:
        if self.custody_days <= 0 or self.sentence_days < 0:
            raise ValueError("a credit ratio needs custody_days > 0 and sentence_days >= 0")

    def credit(self, days: int) -> int:
        """Credited sentence days for ``days`` days in custody, rounded down to whole days."""
        return days * self.sentence_days // self.custody_days

    def __str__(self) -> str:
        return f"{self.custody_days}:{self.sentence_days}"


@dataclass(frozen=True)
class ParoleFractions:
    """The part of the term to serve before conditional early release, per crime category,
    as (numerator, denominator)."""

    minor: tuple[int, int] = (1, 2)
    less_serious: tuple[int, int] = (1, 2)
    grave: tuple[int, int] = (2, 3)
    especially_grave: tuple[int, int] = (3, 4)

    def for_category(self, category: str) -> tuple[int, int]:
        value: tuple[int, int] = getattr(self, category)
        return value


def _default_ratios() -> MappingProxyType[str, CreditRatio]:
    return MappingProxyType(
        {
            "pretrial_detention": CreditRatio(1, 1, unverified=False, basis="CC Art. 69.3"),
            "house_arrest": CreditRatio(1, 1, unverified=True),
            "administrative_detention": CreditRatio(1, 1, unverified=True),
            "other": CreditRatio(1, 1, unverified=True),
        }
    )


@dataclass(frozen=True)
class JurisdictionProfile:
    """The named conventions of the sentence arithmetic (see docs/sentence-conventions.md).

    - ``credit_ratios``: custody kind -> :class:`CreditRatio`; a kind not listed gets no credit.
    - ``month_end_to_month_end``: the alternative end-of-term rule (off by default): a term
      counted in whole months that starts on a month's last day ends on the last day of the
      final month (2020-08-31 + P1M -> 2020-09-30 instead of 2020-09-29).
    - ``subtract_day_first``: the UK engine's end of term (off by default): a term with months
      ends on ``add(start_date − 1 day, term)`` (2024-02-29 + P1Y -> 2025-02-28, where the
      default gives 2025-02-27). The two differ only for starts on the 29th–31st; the other
      convention's date is then given as ``alternative_last_day``. Which one Azerbaijani
      practice uses is open.
    - ``days_per_month_fraction``: a fraction of a month counts as this many days (30) when
      fraction milestones are computed; every fractional day is rounded up.
    - ``parole_fractions``: CC Art. 76 fractions per category; ``parole_minimum_served`` is
      the floor "never before 6 months served" (as an ISO duration, used by the rule pack).
    - ``adjustments_as_of_day``: only adjustments dated on or before the evaluation day apply
      (a computation "on 2024-01-01" shows the sentence as it stood that day).
    """

    name: str = "AZ"
    credit_ratios: MappingProxyType[str, CreditRatio] = field(default_factory=_default_ratios)
    month_end_to_month_end: bool = False
    subtract_day_first: bool = False
    days_per_month_fraction: int = 30
    parole_fractions: ParoleFractions = field(default_factory=ParoleFractions)
    parole_minimum_served: str = "P6M"
    adjustments_as_of_day: bool = True

    def __hash__(self) -> int:  # MappingProxyType is unhashable; hash what identifies a profile
        return hash(
            (
                self.name,
                tuple(sorted(self.credit_ratios.items(), key=lambda item: item[0])),
                self.month_end_to_month_end,
                self.subtract_day_first,
                self.days_per_month_fraction,
                self.parole_fractions,
                self.parole_minimum_served,
                self.adjustments_as_of_day,
            )
        )


AZ: Final = JurisdictionProfile()
"""The default profile for Azerbaijan (docs/sentence-conventions.md)."""
