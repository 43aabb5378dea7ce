"""A case's sentence facts on the evaluation day, worked out once per evaluation and shared
by the check of who a rule looks at and every criterion (docs/rules.md): whether the sentence
has dates (a life term has none), its gravest category, its articles, and its dates on the day.
Pure; safe on any thread.
"""

from __future__ import annotations

from datetime import date
from typing import cast

from app.model import ADJUSTMENT_KINDS, CATEGORIES, Case, Sentence
from app.sentence import JurisdictionProfile, SentenceDates, compute_core, is_life
from app.sentence.credit import credited_days

LIFE = "life"  # what :meth:`Context.dates` gives for a life sentence (no last day)

NEVER_BEFORE = -(10**9)  # interval bounds meaning "no limit"
NEVER_AFTER = 10**9
ALWAYS = (NEVER_BEFORE, NEVER_AFTER)
NEVER = (1, 0)

Interval = tuple[int, int]

_UNKNOWN = "?"  # a fact of the context not worked out yet (no field or category is named so)


class Context:
    """One case on the evaluation day, and its sentence facts, each worked out once and shared
    by the who-is-evaluated check and every criterion of every clause: ``lacks``, why the
    sentence has no dates (:func:`dates_missing`: None when it has them, :data:`LIFE` for a
    life term), ``life``, its gravest category and articles (on first use), and its dates on
    the day (:meth:`dates`). The sentence is computed on first use only, and only up to its
    last day (:func:`~app.sentence.compute_core`: rules need no milestones beyond the
    fraction they name)."""

    __slots__ = (
        "_articles",
        "_category",
        "_comp",
        "_computed",
        "case",
        "day",
        "day_number",
        "lacks",
        "life",
        "profile",
        "sentence",
    )

    def __init__(
        self, case: Case, day: date, profile: JurisdictionProfile, comp: SentenceDates | None
    ) -> None:
        self.case = case
        sentence = self.sentence = case.sentence
        self.day = day
        self.day_number = day.toordinal()
        self.profile = profile
        self._comp = comp
        self._computed = comp is not None
        lacks = dates_missing(sentence)
        if lacks == LIFE and _life_changed_by(case, day):
            # A pardon or appeal dated on or before the day gave the life term a term of
            # years or a release date: from then on it is a term like any other.
            core = compute_core(case, on=day, profile=profile)
            if core is not None and not core.life:
                lacks, self._comp, self._computed = None, core, True
        self.lacks = lacks
        self.life = lacks == LIFE  # dates_missing says LIFE exactly for a life term
        self._category: str | None = _UNKNOWN
        self._articles: tuple[str, ...] | None = None

    def later(self, day: date) -> Context:
        """The same case on a later ``day``: the facts that do not depend on the day (the
        sentence's category, articles) are kept; its dates are not."""
        part = Context(self.case, day, self.profile, None)
        part._category = self._category
        part._articles = self._articles
        return part

    @property
    def comp(self) -> SentenceDates | None:
        """The sentence on the day; None without a sentence, for a life term, or while its
        term or start date is not known (``lacks`` says which)."""
        if not self._computed:
            self._computed = True
            if self.lacks is not None:
                self._comp = None
            else:
                self._comp = compute_core(self.case, on=self.day, profile=self.profile)
        return self._comp

    def category(self) -> str | None:
        """:func:`gravest_category` of the sentence (there is one), worked out once."""
        category = self._category
        if category is _UNKNOWN:
            category = self._category = gravest_category(cast(Sentence, self.sentence))
        return category

    def articles(self) -> tuple[str, ...]:
        """:func:`all_articles` of the sentence (there is one), worked out once."""
        articles = self._articles
        if articles is None:
            articles = self._articles = all_articles(cast(Sentence, self.sentence))
        return articles

    def dates(self) -> SentenceDates | str:
        """The sentence's dates, or what stops them: the missing field's name, or
        :data:`LIFE` for a life term (it has no last day and no fraction milestones)."""
        lacks = self.lacks
        if lacks is not None:
            return lacks
        comp = self._comp if self._computed else self.comp
        return "sentence" if comp is None else comp


def _life_changed_by(case: Case, day: date) -> bool:
    """A dated adjustment on or before ``day`` sets a new term or a release date."""
    return any(
        e.date <= day and (e.new_term is not None or e.release_on is not None)
        for e in case.events
        if e.kind in ADJUSTMENT_KINDS
    )


def dates_missing(sentence: Sentence | None) -> str | None:
    """Why a sentence has no dates to compute: ``sentence`` (none), :data:`LIFE`,
    ``sentence.term`` or ``sentence.start_date`` (not yet known); None when it has them."""
    if sentence is None:
        return "sentence"
    if is_life(sentence):
        return LIFE
    if getattr(sentence, "term", None) is None:
        return "sentence.term"
    if getattr(sentence, "start_date", None) is None:
        return "sentence.start_date"
    return None


def all_articles(sentence: Sentence) -> tuple[str, ...]:
    """The sentence's articles and those of every verdict aggregated into it."""
    components = getattr(sentence, "components", ())
    if not components:
        return sentence.articles
    found = list(sentence.articles)
    for component in components:
        found.extend(component.articles)
    return tuple(dict.fromkeys(found))


def gravest_category(sentence: Sentence) -> str | None:
    """The most serious crime category of the sentence and its aggregated verdicts."""
    components = getattr(sentence, "components", ())
    if not components:
        return sentence.category if sentence.category in CATEGORIES else None
    found = [sentence.category] + [c.category for c in components]
    known = [CATEGORIES.index(c) for c in found if c in CATEGORIES]
    return CATEGORIES[max(known)] if known else None


def credit(ctx: Context) -> int:
    """Days of custody before the sentence's start credited against it (the profile's
    ratios), also for a sentence without computed dates (a life term)."""
    comp = ctx.comp
    return comp.credited_days if comp is not None else credited_days(ctx.case, ctx.profile)
