"""Eligibility rules as values (DESIGN §5): a rule, its clauses and their criteria.

Parsing and validation live in :mod:`app.eligibility.parse`; evaluation in
:mod:`app.eligibility.evaluate`. Pure values, no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from app.terms import Term

KINDS = ("amnesty", "parole", "pardon", "replacement")
EFFECTS = ("release", "reduce", "eligible")

# Criterion name -> kind of value it takes.
LIST_CRITERIA = ("articles_any", "articles_none", "categories_any", "groups_any", "groups_none")
DURATION_CRITERIA = (
    "term_more_than",
    "term_at_most",
    "unserved_at_most",
    "unserved_more_than",
    "served_at_least",
)
AGE_CRITERIA = ("age_at_least", "age_below")
CRITERIA = (
    *LIST_CRITERIA,
    "sex",
    *AGE_CRITERIA,
    *DURATION_CRITERIA,
    "served_fraction_at_least",
    "arrested_between",
)

CriterionValue = tuple[str, ...] | str | int | Term | Fraction | tuple[date, date]
JsonThreshold = list[str] | str | int


class RuleError(ValueError):
    """A rule file is not valid: names the file, the line (1-based; 0 when unknown) and the key
    path (``clauses[0].when.unserved_at_most``; empty for the whole file)."""

    def __init__(self, file: str, line: int, key: str, message: str) -> None:
        self.file = file
        self.line = line
        self.key = key
        self.message = message
        where = f"{file}:{line}" if line else file
        super().__init__(f"{where}: {key}: {message}" if key else f"{where}: {message}")


@dataclass(frozen=True)
class Criterion:
    """One criterion: ``name`` (one of :data:`CRITERIA`), the parsed ``value``, and
    ``threshold``, the value as written in the rule (for results and JSON)."""

    name: str
    value: CriterionValue
    threshold: JsonThreshold


@dataclass(frozen=True)
class Clause:
    """Every criterion must hold; ``effect`` is what the rule then gives."""

    effect: str
    criteria: tuple[Criterion, ...]
    reduce_by: Term | None = None


@dataclass(frozen=True)
class Rule:
    """A rule of DESIGN §5. ``verify_note`` is the optional ``verify`` key (a warning that the
    rule is encoded from reports and must be checked against the official text);
    ``filename`` is where it was read from (``builtin:…`` for the built-in pack)."""

    id: str
    title: str
    kind: str
    clauses: tuple[Clause, ...]
    exclusions: tuple[Criterion, ...] = ()
    effective_date: date | None = None
    window_end: date | None = None
    source: str = ""
    verify_note: str | None = None
    filename: str = ""
