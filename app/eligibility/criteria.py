"""Each criterion of DESIGN §5 as an interval of days, and the value the case shows for it.

A time-dependent criterion starts or stops holding once (``add`` and the milestones only
move forward), so it is the interval of day ordinals ``[lo, hi]`` on which it holds; a static
one holds always or never. A criterion that needs data the case lacks gives the name of the
missing field instead. Pure; safe on any thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from fractions import Fraction
from typing import cast

from app.eligibility.rules import Criterion
from app.model import Case
from app.sentence import JurisdictionProfile, SentenceDates, compute_core
from app.sentence.calendar import add_months_days, first_day_within
from app.terms import Term

NEVER_BEFORE = -(10**9)  # interval bounds meaning "no limit"
NEVER_AFTER = 10**9
ALWAYS = (NEVER_BEFORE, NEVER_AFTER)
NEVER = (1, 0)

Interval = tuple[int, int]


class Context:
    """One case on the evaluation day; the sentence is computed on first use only (a rule
    whose first criterion already fails a case never pays for the sentence arithmetic), and
    only up to its last day (:func:`~app.sentence.compute_core`: rules need no milestones
    beyond the fraction they name)."""

    __slots__ = ("_comp", "_computed", "case", "d", "day", "profile")

    def __init__(
        self, case: Case, day: date, profile: JurisdictionProfile, comp: SentenceDates | None
    ) -> None:
        self.case = case
        self.day = day
        self.d = day.toordinal()
        self.profile = profile
        self._comp = comp
        self._computed = comp is not None

    @property
    def comp(self) -> SentenceDates | None:
        if not self._computed:
            self._comp = compute_core(self.case, on=self.day, profile=self.profile)
            self._computed = True
        return self._comp


def article_matches(article: str, pattern: str) -> bool:
    """Exact match, or with a trailing ``*`` the article and its sub-parts: ``234.1*``
    matches ``234.1``, ``234.1-1`` and ``234.1.2``, not ``234.10``."""
    if not pattern.endswith("*"):
        return article == pattern
    stem = pattern[:-1]
    if article == stem:
        return True
    return article.startswith(stem) and (not stem or stem[-1] in ".-" or article[len(stem)] in ".-")


_MATCHERS: dict[tuple[str, ...], tuple[frozenset[str], tuple[str, ...]]] = {}


def any_article(articles: tuple[str, ...], patterns: tuple[str, ...]) -> bool:
    """Whether any article matches any pattern; exact patterns by set lookup (a rule's
    patterns are split once and kept: a rule runs over thousands of cases)."""
    matcher = _MATCHERS.get(patterns)
    if matcher is None:
        exact = frozenset(p for p in patterns if not p.endswith("*"))
        matcher = (exact, tuple(p for p in patterns if p.endswith("*")))
        _MATCHERS[patterns] = matcher
    exact, wildcards = matcher
    for article in articles:
        if article in exact:
            return True
        for pattern in wildcards:
            if article_matches(article, pattern):
                return True
    return False


# ---------------------------------------------------------------- intervals

Check = Callable[[Criterion, Context], Interval | str]


def _static(holds: bool) -> Interval:
    return ALWAYS if holds else NEVER


def _articles(c: Criterion, ctx: Context) -> Interval | str:
    sentence = ctx.case.sentence
    if sentence is None:
        return "sentence"
    if not sentence.articles:
        return "sentence.articles"
    found = any_article(sentence.articles, cast(tuple[str, ...], c.value))
    return _static(found if c.name == "articles_any" else not found)


def _categories(c: Criterion, ctx: Context) -> Interval | str:
    sentence = ctx.case.sentence
    if sentence is None:
        return "sentence"
    if sentence.category is None:
        return "sentence.category"
    return _static(sentence.category in cast(tuple[str, ...], c.value))


def _groups(c: Criterion, ctx: Context) -> Interval | str:
    wanted = cast(tuple[str, ...], c.value)
    found = any(group in wanted for group in ctx.case.person.groups)
    return _static(found if c.name == "groups_any" else not found)


def _sex(c: Criterion, ctx: Context) -> Interval | str:
    sex = ctx.case.person.sex
    return "person.sex" if sex is None else _static(sex == c.value)


def _age(c: Criterion, ctx: Context) -> Interval | str:
    birth = ctx.case.person.birth_date
    if birth is None:
        return "person.birth_date"
    birthday = add_months_days(birth, 12 * cast(int, c.value)).toordinal()
    if c.name == "age_at_least":
        return (birthday, NEVER_AFTER)
    return (NEVER_BEFORE, birthday - 1)


def _term(c: Criterion, ctx: Context) -> Interval | str:
    comp = ctx.comp
    if comp is None:
        return "sentence"
    value = cast(Term, c.value)
    limit = add_months_days(comp.start_date, value.total_months, value.total_days)
    if c.name == "term_more_than":
        return _static(comp.end_of_term > limit)
    return _static(comp.end_of_term <= limit)


def _unserved(c: Criterion, ctx: Context) -> Interval | str:
    comp = ctx.comp
    if comp is None:
        return "sentence"
    first = first_day_within(comp.last_day, cast(Term, c.value)).toordinal()
    if c.name == "unserved_at_most":
        return (first, NEVER_AFTER)
    return (NEVER_BEFORE, first - 1)


def _served_fraction(c: Criterion, ctx: Context) -> Interval | str:
    comp = ctx.comp
    if comp is None:
        return "sentence"
    value = cast(Fraction, c.value)
    return (comp.milestone(value.numerator, value.denominator).toordinal(), NEVER_AFTER)


def _served(c: Criterion, ctx: Context) -> Interval | str:
    comp = ctx.comp
    if comp is None:
        return "sentence"
    return (comp.served_at_least_date(cast(Term, c.value)).toordinal(), NEVER_AFTER)


def _arrested(c: Criterion, ctx: Context) -> Interval | str:
    arrested = ctx.case.arrest_date
    if arrested is None:
        return "arrested_on"
    first, last = cast(tuple[date, date], c.value)
    return _static(first <= arrested <= last)


CHECKS: dict[str, Check] = {
    "articles_any": _articles,
    "articles_none": _articles,
    "categories_any": _categories,
    "groups_any": _groups,
    "groups_none": _groups,
    "sex": _sex,
    "age_at_least": _age,
    "age_below": _age,
    "term_more_than": _term,
    "term_at_most": _term,
    "unserved_at_most": _unserved,
    "unserved_more_than": _unserved,
    "served_fraction_at_least": _served_fraction,
    "served_at_least": _served,
    "arrested_between": _arrested,
}


# ---------------------------------------------------------------- what the case shows


def _seen_articles(ctx: Context) -> object:
    sentence = ctx.case.sentence
    return None if sentence is None else list(sentence.articles)


def _seen_category(ctx: Context) -> object:
    sentence = ctx.case.sentence
    return None if sentence is None else sentence.category


def _seen_groups(ctx: Context) -> object:
    return list(ctx.case.person.groups)


def _seen_sex(ctx: Context) -> object:
    return ctx.case.person.sex


def _seen_age(ctx: Context) -> object:
    birth = ctx.case.person.birth_date
    if birth is None:
        return None
    years = ctx.day.year - birth.year
    if add_months_days(birth, 12 * years) > ctx.day:  # the criterion's own convention
        years -= 1
    return years


def _seen_arrest(ctx: Context) -> object:
    arrested = ctx.case.arrest_date
    return None if arrested is None else arrested.isoformat()


def _seen_term(ctx: Context) -> object:
    comp = ctx.comp
    return None if comp is None else str(comp.effective_term)


def _seen_unserved(ctx: Context) -> object:
    comp = ctx.comp
    return None if comp is None else comp.unserved_on(ctx.day)


def _seen_fraction(ctx: Context) -> object:
    comp = ctx.comp
    return None if comp is None else round(comp.served_fraction_on(ctx.day), 4)


def _seen_served(ctx: Context) -> object:
    comp = ctx.comp
    if comp is None:
        return None
    served = ctx.d - comp.start_date.toordinal() + 1 + comp.credited_days
    return max(0, served)  # days served including credit


# The value each criterion reports as seen on the evaluation day (JSON-ready).
SEEN: dict[str, Callable[[Context], object]] = {
    "articles_any": _seen_articles,
    "articles_none": _seen_articles,
    "categories_any": _seen_category,
    "groups_any": _seen_groups,
    "groups_none": _seen_groups,
    "sex": _seen_sex,
    "age_at_least": _seen_age,
    "age_below": _seen_age,
    "term_more_than": _seen_term,
    "term_at_most": _seen_term,
    "unserved_at_most": _seen_unserved,
    "unserved_more_than": _seen_unserved,
    "served_fraction_at_least": _seen_fraction,
    "served_at_least": _seen_served,
    "arrested_between": _seen_arrest,
}
