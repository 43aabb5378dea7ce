"""The pieces every part of the demo generator shares (:mod:`app.demo`): the seeded random
stream, the draft of one case while it is built, and the English forms of charges and terms.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from app.model import CustodyPeriod, Event, Note, Sentence
from app.terms import Term

if TYPE_CHECKING:
    from _typeshed import SupportsLenAndGetItem

T = TypeVar("T")


class DemoRandom(random.Random):
    """A seeded :class:`random.Random` whose ``randint`` and ``choice`` are cheaper (a
    multiplication instead of rejection sampling, bias below 1e-12 for these ranges): they are
    called about 60 times a case. ``new_id()`` gives a 128-bit id as 32 hex digits from the
    same stream, one ``randbytes`` call per 1,024 ids."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.new_id: Callable[[], str] = _id_stream(self).__next__

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))

    def choice(self, seq: SupportsLenAndGetItem[T]) -> T:
        return seq[int(self.random() * len(seq))]


def _id_stream(rng: random.Random) -> Iterator[str]:
    while True:
        block = rng.randbytes(16 * 1024).hex()
        for start in range(0, len(block), 32):
            yield block[start : start + 32]


@dataclass(slots=True)
class CaseDraft:
    """What :class:`app.demo` decided (group, sex, charges, term, status) and what the
    timeline adds (everything else). Mutable: it lives for one case."""

    group: str
    sex: str
    articles: tuple[str, ...]
    category: str
    months: int
    status: str
    birth_date: date | None = None
    arrested_on: date | None = None
    facility: str | None = None
    custody: list[CustodyPeriod] = field(default_factory=list)
    sentence: Sentence | None = None
    notes: list[Note] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)


def articles_text(articles: tuple[str, ...]) -> str:
    """``Article 234.4.3`` / ``Articles 206.3.2, 192.3.2 and 213.2.1``."""
    if len(articles) == 1:
        return f"Article {articles[0]}"
    return f"Articles {', '.join(articles[:-1])} and {articles[-1]}"


def term_text(months: int) -> str:
    """``7 years 6 months``, ``1 year 6 months``, ``2 years``."""
    years, rest = divmod(months, 12)
    parts = []
    if years:
        parts.append(f"{years} year{'s' if years > 1 else ''}")
    if rest:
        parts.append(f"{rest} month{'s' if rest > 1 else ''}")
    return " ".join(parts)


def term_of(months: int) -> Term:
    return Term(years=months // 12, months=months % 12)
