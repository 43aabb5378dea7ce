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
from app.model import CATEGORIES, Case, Sentence
from app.sentence import JurisdictionProfile, SentenceDates, compute_core
from app.sentence.calendar import add_months_days, first_day_within
from app.sentence.credit import credit_days as credit_before
from app.terms import Term

LIFE = "life"  # what :meth:`Context.dates` gives for a life sentence (no last day)

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

    __slots__ = ("_comp", "_computed", "_missing", "case", "d", "day", "profile")

    def __init__(
        self, case: Case, day: date, profile: JurisdictionProfile, comp: SentenceDates | None
    ) -> None:
        self.case = case
        self.day = day
        self.d = day.toordinal()
        self.profile = profile
        self._comp = comp
        self._computed = comp is not None
        self._missing: str | None = ""

    @property
    def comp(self) -> SentenceDates | None:
        """The sentence on the day; None without a sentence, for a life term, or while its
        term or start date is not known (see :meth:`dates` for which)."""
        if not self._computed:
            self._computed = True
            if self.missing() is not None:
                self._comp = None
            else:
                self._comp = compute_core(self.case, on=self.day, profile=self.profile)
        return self._comp

    def missing(self) -> str | None:
        """:func:`dates_missing` of the case's sentence, worked out once."""
        if self._missing == "":
            self._missing = dates_missing(self.case.sentence)
        return self._missing

    def dates(self) -> SentenceDates | str:
        """The sentence's dates, or what stops them: the missing field's name, or
        :data:`LIFE` for a life term (it has no last day and no fraction milestones)."""
        missing = self.missing()
        if missing is not None:
            return missing
        comp = self.comp
        return "sentence" if comp is None else comp


def is_life(sentence: Sentence) -> bool:
    """A life term, the sentence's own or an aggregated verdict's."""
    if getattr(sentence, "life", False):
        return True
    components = getattr(sentence, "components", ())
    return bool(components) and any(getattr(c, "life", False) for c in components)


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


def credited_days(ctx: Context, start: date) -> int:
    """Days of custody before ``start`` credited against the sentence (the profile's
    ratios), for a sentence without computed dates (a life term)."""
    comp = ctx.comp
    if comp is not None:
        return comp.credited_days
    case = ctx.case
    return credit_before(case.custody, start, ctx.profile, None) if case.custody else 0


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
    articles = all_articles(sentence)
    if not articles:
        return "sentence.articles"
    found = any_article(articles, cast(tuple[str, ...], c.value))
    return _static(found if c.name == "articles_any" else not found)


def _categories(c: Criterion, ctx: Context) -> Interval | str:
    sentence = ctx.case.sentence
    if sentence is None:
        return "sentence"
    category = gravest_category(sentence)
    if category is None:
        return "sentence.category"
    found = category in cast(tuple[str, ...], c.value)
    return _static(found if c.name == "categories_any" else not found)


def _life(c: Criterion, ctx: Context) -> Interval | str:
    sentence = ctx.case.sentence
    if sentence is None:
        return "sentence"
    return _static(is_life(sentence) == c.value)


def _parole_revoked(c: Criterion, ctx: Context) -> Interval | str:
    sentence = ctx.case.sentence
    if sentence is None:
        return "sentence"
    revoked = bool(getattr(sentence, "prior_parole_revoked", None))  # unsaid counts as false
    return _static(revoked == c.value)


def _recidivism(c: Criterion, ctx: Context) -> Interval | str:
    sentence = ctx.case.sentence
    if sentence is None:
        return "sentence"
    recidivism = getattr(sentence, "recidivism", None)
    if recidivism is None:
        return "sentence.recidivism"
    return _static(recidivism in cast(tuple[str, ...], c.value))


def _statuses(c: Criterion, ctx: Context) -> Interval | str:
    return _static(ctx.case.status in cast(tuple[str, ...], c.value))


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
    comp = ctx.dates()
    if comp == LIFE:
        return _static(c.name == "term_more_than")  # life is longer than any term
    if isinstance(comp, str):
        return comp
    value = cast(Term, c.value)
    limit = add_months_days(comp.start_date, value.total_months, value.total_days)
    if c.name == "term_more_than":
        return _static(comp.end_of_term > limit)
    return _static(comp.end_of_term <= limit)


def _unserved(c: Criterion, ctx: Context) -> Interval | str:
    comp = ctx.dates()
    if comp == LIFE:
        return _static(c.name == "unserved_more_than")  # a life term never ends
    if isinstance(comp, str):
        return comp
    first = first_day_within(comp.last_day, cast(Term, c.value)).toordinal()
    if c.name == "unserved_at_most":
        return (first, NEVER_AFTER)
    return (NEVER_BEFORE, first - 1)


def _served_fraction(c: Criterion, ctx: Context) -> Interval | str:
    comp = ctx.dates()
    if comp == LIFE:
        return NEVER  # a life term has no fraction milestones
    if isinstance(comp, str):
        return comp
    value = cast(Fraction, c.value)
    return (comp.milestone(value.numerator, value.denominator).toordinal(), NEVER_AFTER)


def _served(c: Criterion, ctx: Context) -> Interval | str:
    comp = ctx.dates()
    value = cast(Term, c.value)
    if comp == LIFE:
        start = _life_start(ctx)
        if isinstance(start, str):
            return start
        # add(start_date, X) − credited_days, as for any term, plus the days of any
        # interruption (days not spent serving move every date later)
        days = value.total_days - credited_days(ctx, start) + interrupted_days(ctx, start)
        return (add_months_days(start, value.total_months, days).toordinal(), NEVER_AFTER)
    if isinstance(comp, str):
        return comp
    return (comp.served_at_least_date(value).toordinal(), NEVER_AFTER)


def interrupted_days(ctx: Context, start: date) -> int:
    """Days of the sentence's interruptions after ``start`` (both ends count)."""
    total = 0
    for stop in getattr(ctx.case.sentence, "interruptions", ()):
        first = max(stop.start, start)
        if stop.end >= first:
            total += (stop.end - first).days + 1
    return total


def _life_start(ctx: Context) -> date | str:
    start = getattr(ctx.case.sentence, "start_date", None)
    return "sentence.start_date" if start is None else cast(date, start)


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
    "categories_none": _categories,
    "groups_any": _groups,
    "groups_none": _groups,
    "recidivism_any": _recidivism,
    "statuses": _statuses,
    "life": _life,
    "prior_parole_revoked": _parole_revoked,
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
    return None if sentence is None else list(all_articles(sentence))


def _seen_category(ctx: Context) -> object:
    sentence = ctx.case.sentence
    return None if sentence is None else gravest_category(sentence)


def _seen_life(ctx: Context) -> object:
    sentence = ctx.case.sentence
    return None if sentence is None else is_life(sentence)


def _seen_revoked(ctx: Context) -> object:
    sentence = ctx.case.sentence
    return None if sentence is None else bool(getattr(sentence, "prior_parole_revoked", None))


def _seen_recidivism(ctx: Context) -> object:
    return getattr(ctx.case.sentence, "recidivism", None)


def _seen_status(ctx: Context) -> object:
    return ctx.case.status


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
    comp = ctx.dates()
    if comp == LIFE:
        return LIFE
    return None if isinstance(comp, str) else str(comp.effective_term)


def _seen_unserved(ctx: Context) -> object:
    comp = ctx.dates()
    if comp == LIFE:
        return LIFE
    return None if isinstance(comp, str) else comp.unserved_on(ctx.day)


def _seen_fraction(ctx: Context) -> object:
    comp = ctx.dates()
    if comp == LIFE:
        return LIFE
    return None if isinstance(comp, str) else round(comp.served_fraction_on(ctx.day), 4)


def _seen_served(ctx: Context) -> object:
    comp = ctx.dates()
    if comp == LIFE:
        start = _life_start(ctx)
        if isinstance(start, str):
            return None
        served = ctx.d - start.toordinal() + 1 + credited_days(ctx, start)
    elif isinstance(comp, str):
        return None
    else:
        served = ctx.d - comp.start_date.toordinal() + 1 + comp.credited_days
    return max(0, served)  # days served including credit


# The value each criterion reports as seen on the evaluation day (JSON-ready).
SEEN: dict[str, Callable[[Context], object]] = {
    "articles_any": _seen_articles,
    "articles_none": _seen_articles,
    "categories_any": _seen_category,
    "categories_none": _seen_category,
    "groups_any": _seen_groups,
    "groups_none": _seen_groups,
    "recidivism_any": _seen_recidivism,
    "statuses": _seen_status,
    "life": _seen_life,
    "prior_parole_revoked": _seen_revoked,
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
