"""Eligibility rules as values (docs/rules.md): a rule, its clauses and their criteria.

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

# Who a rule looks at by default: people serving a sentence (``unknown`` gives needs_review).
DEFAULT_STATUSES = ("imprisoned", "unknown")
# When the conditions are tested: every day up to ``window_end``, or on ``effective_date`` only.
TEST_ON = ("each_day", "effective_date")
# Languages a rule's title and notes may be given in besides English (``title_az``...).
LANGUAGES = ("en", "az", "ru")

# Criterion name -> kind of value it takes.
LIST_CRITERIA = (
    "articles_any",
    "articles_none",
    "categories_any",
    "categories_none",
    "groups_any",
    "groups_none",
    "recidivism_any",
    "statuses",
)
BOOL_CRITERIA = ("life", "prior_parole_revoked")
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
    *BOOL_CRITERIA,
    "sex",
    *AGE_CRITERIA,
    *DURATION_CRITERIA,
    "served_fraction_at_least",
    "arrested_between",
)

CriterionValue = tuple[str, ...] | str | int | bool | Term | Fraction | tuple[date, date]
JsonThreshold = list[str] | str | int | bool | None


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
    """Every criterion must hold; ``effect`` is what the rule then gives. ``source`` and
    ``verify`` are the clause's own provenance (the part of the act it encodes) and a note
    on how far it is verified (optional keys; ``sources``/``verifies`` hold them in
    Azerbaijani and Russian, ``source_az``, ``verify_ru``...)."""

    effect: str
    criteria: tuple[Criterion, ...]
    reduce_by: Term | None = None
    source: str = ""
    verify: str | None = None
    sources: tuple[tuple[str, str], ...] = ()  # ``source_az``, ``source_ru``
    verifies: tuple[tuple[str, str], ...] = ()  # ``verify_az``, ``verify_ru``

    def source_in(self, lang: str) -> str:
        """``source`` in ``lang`` (``az``, ``ru``) when the rule gives it, else as written."""
        return dict(self.sources).get(lang) or self.source

    def verify_in(self, lang: str) -> str | None:
        """``verify`` in ``lang`` when the rule gives it, else as written (None: no note)."""
        return dict(self.verifies).get(lang) or self.verify


@dataclass(frozen=True)
class Rule:
    """A rule (docs/rules.md). ``verify_note`` is the optional ``verify`` key (a warning that
    the rule is encoded from reports and must be checked against the official text);
    ``filename`` is where it was read from (``builtin:…`` for the built-in pack).
    ``statuses``: the case statuses the rule looks at; ``test_on``: one of :data:`TEST_ON`;
    ``titles``/``notes``/``verify_notes``: ``(language, text)`` pairs (``title_az``,
    ``notes_ru``, ``verify_az``...)."""

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
    statuses: tuple[str, ...] = DEFAULT_STATUSES
    test_on: str = "each_day"
    titles: tuple[tuple[str, str], ...] = ()
    notes: tuple[tuple[str, str], ...] = ()
    verify_notes: tuple[tuple[str, str], ...] = ()  # ``verify_az``, ``verify_ru``
    sources: tuple[tuple[str, str], ...] = ()  # ``source_az``, ``source_ru``

    def source_in(self, lang: str) -> str:
        """``source`` in ``lang`` (``az``, ``ru``) when the rule gives it, else as written."""
        return dict(self.sources).get(lang) or self.source

    def title_in(self, lang: str) -> str:
        """The title in ``lang`` (``az``, ``ru``) when the rule gives one, else ``title``."""
        return dict(self.titles).get(lang) or self.title

    def verify_in(self, lang: str) -> str | None:
        """The ``verify`` note in ``lang`` (``az``, ``ru``) when the rule gives one, else
        :attr:`verify_note` as written (None: the rule has no note)."""
        return dict(self.verify_notes).get(lang) or self.verify_note

    def notes_in(self, lang: str) -> str:
        """The ``notes`` text in ``lang`` when given, else in English, else empty."""
        found = dict(self.notes)
        return found.get(lang) or found.get("en", "")

    @property
    def tests_each_day(self) -> bool:
        """True when the forecast runs (``test_on = "each_day"``, or no effective date)."""
        return self.test_on == "each_day" or self.effective_date is None
