"""Each criterion of docs/rules.md as an interval of days, and the value the case shows for it.

A time-dependent criterion starts or stops holding once (``add`` and the milestones only
move forward), so it is the interval of day ordinals ``[lo, hi]`` on which it holds; a static
one holds always or never. A criterion that needs data the case lacks gives the name of the
missing field instead. Each criterion is made into its test once (:func:`test_of`); the
tests read the case's facts from a :class:`~app.eligibility.facts.Context`, which works each
out once. Pure; safe on any thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from fractions import Fraction
from typing import cast

from app.eligibility.facts import (
    ALWAYS,
    LIFE,
    NEVER,
    NEVER_AFTER,
    NEVER_BEFORE,
    Context,
    Interval,
    credit,
)
from app.eligibility.rules import Criterion
from app.sentence import SentenceDates
from app.sentence.calendar import add_months_days, first_day_within
from app.terms import Term


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

Test = Callable[[Context], Interval | str]
# A criterion made into its test: the value is read, and the criterion's variant chosen,
# once per rule rather than once per case.
Check = Callable[[Criterion], Test]


def _static(holds: bool) -> Interval:
    return ALWAYS if holds else NEVER


def _articles(c: Criterion) -> Test:
    patterns = cast(tuple[str, ...], c.value)
    wanted = c.name == "articles_any"

    def test(ctx: Context) -> Interval | str:
        if ctx.sentence is None:
            return "sentence"
        articles = ctx.articles()
        if not articles:
            return "sentence.articles"
        return ALWAYS if any_article(articles, patterns) is wanted else NEVER

    return test


def _categories(c: Criterion) -> Test:
    listed = frozenset(cast(tuple[str, ...], c.value))
    wanted = c.name == "categories_any"

    def test(ctx: Context) -> Interval | str:
        if ctx.sentence is None:
            return "sentence"
        category = ctx.category()
        if category is None:
            return "sentence.category"
        return ALWAYS if (category in listed) is wanted else NEVER

    return test


def _life(c: Criterion) -> Test:
    wanted = bool(c.value)

    def test(ctx: Context) -> Interval | str:
        if ctx.sentence is None:
            return "sentence"
        return ALWAYS if ctx.life is wanted else NEVER

    return test


def _parole_revoked(c: Criterion) -> Test:
    wanted = bool(c.value)

    def test(ctx: Context) -> Interval | str:
        sentence = ctx.sentence
        if sentence is None:
            return "sentence"
        # unsaid counts as false
        return ALWAYS if bool(getattr(sentence, "prior_parole_revoked", None)) is wanted else NEVER

    return test


def _recidivism(c: Criterion) -> Test:
    listed = frozenset(cast(tuple[str, ...], c.value))

    def test(ctx: Context) -> Interval | str:
        sentence = ctx.sentence
        if sentence is None:
            return "sentence"
        recidivism = getattr(sentence, "recidivism", None)
        if recidivism is None:
            return "sentence.recidivism"
        return ALWAYS if recidivism in listed else NEVER

    return test


def _statuses(c: Criterion) -> Test:
    listed = frozenset(cast(tuple[str, ...], c.value))
    return lambda ctx: ALWAYS if ctx.case.status in listed else NEVER


def _groups(c: Criterion) -> Test:
    listed = frozenset(cast(tuple[str, ...], c.value))
    wanted = c.name == "groups_any"

    def test(ctx: Context) -> Interval | str:
        found = not listed.isdisjoint(ctx.case.person.groups)
        return ALWAYS if found is wanted else NEVER

    return test


def _sex(c: Criterion) -> Test:
    wanted = c.value

    def test(ctx: Context) -> Interval | str:
        sex = ctx.case.person.sex
        return "person.sex" if sex is None else (ALWAYS if sex == wanted else NEVER)

    return test


def _age(c: Criterion) -> Test:
    months = 12 * cast(int, c.value)
    at_least = c.name == "age_at_least"

    def test(ctx: Context) -> Interval | str:
        birth = ctx.case.person.birth_date
        if birth is None:
            return "person.birth_date"
        birthday = add_months_days(birth, months).toordinal()
        return (birthday, NEVER_AFTER) if at_least else (NEVER_BEFORE, birthday - 1)

    return test


def _on_dates(for_life: Interval, test: Callable[[SentenceDates], Interval]) -> Test:
    """A criterion on the sentence's dates: ``test`` of them, ``for_life`` for a life term
    (it has no last day and no fraction milestones), else the field the case lacks."""

    def on_dates(ctx: Context) -> Interval | str:
        comp = ctx.dates()
        if isinstance(comp, str):
            return for_life if comp == LIFE else comp
        return test(comp)

    return on_dates


def _term(c: Criterion) -> Test:
    value = cast(Term, c.value)
    months, days = value.total_months, value.total_days
    more = c.name == "term_more_than"

    def test(comp: SentenceDates) -> Interval:
        longer = comp.end_of_term > add_months_days(comp.start_date, months, days)
        return ALWAYS if longer is more else NEVER

    return _on_dates(_static(more), test)  # life is longer than any term


def _unserved(c: Criterion) -> Test:
    value = cast(Term, c.value)
    at_most = c.name == "unserved_at_most"

    def test(comp: SentenceDates) -> Interval:
        first = first_day_within(comp.last_day, value).toordinal()
        return (first, NEVER_AFTER) if at_most else (NEVER_BEFORE, first - 1)

    return _on_dates(_static(not at_most), test)  # a life term never ends


def _served_fraction(c: Criterion) -> Test:
    value = cast(Fraction, c.value)
    numerator, denominator = value.numerator, value.denominator

    def test(comp: SentenceDates) -> Interval:
        return (comp.milestone(numerator, denominator).toordinal(), NEVER_AFTER)

    return _on_dates(NEVER, test)  # a life term has no fraction milestones


def _served(c: Criterion) -> Test:
    value = cast(Term, c.value)
    months, days = value.total_months, value.total_days

    def test(ctx: Context) -> Interval | str:
        comp = ctx.dates()
        if not isinstance(comp, str):
            # add(start_date, X) − credited_days
            first = add_months_days(comp.start_date, months, days - comp.credited_days)
            return (first.toordinal(), NEVER_AFTER)
        if comp != LIFE:
            return comp
        start = _life_start(ctx)
        if isinstance(start, str):
            return start
        # as for any term, plus the days of any interruption (days not spent serving move
        # every date later)
        extra = interrupted_days(ctx, start) - credit(ctx)
        return (add_months_days(start, months, days + extra).toordinal(), NEVER_AFTER)

    return test


def interrupted_days(ctx: Context, start: date) -> int:
    """Days of the sentence's interruptions after ``start`` (both ends count)."""
    total = 0
    for stop in getattr(ctx.sentence, "interruptions", ()):
        first = max(stop.start, start)
        if stop.end >= first:
            total += (stop.end - first).days + 1
    return total


def _life_start(ctx: Context) -> date | str:
    start = getattr(ctx.sentence, "start_date", None)
    return "sentence.start_date" if start is None else cast(date, start)


def _arrested(c: Criterion) -> Test:
    first, last = cast(tuple[date, date], c.value)

    def test(ctx: Context) -> Interval | str:
        arrested = ctx.case.arrest_date
        if arrested is None:
            return "arrested_on"
        return ALWAYS if first <= arrested <= last else NEVER

    return test


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

# The test of each criterion seen, by identity (the criterion is kept, so its id is not
# reused): a rule's criteria are made into tests once, not once per case.
_TESTS: dict[int, tuple[Criterion, Test]] = {}


def test_of(c: Criterion) -> Test:
    """The test of criterion ``c``: the interval of days on which it holds for a context,
    or the name of the field the case lacks."""
    found = _TESTS.get(id(c))
    if found is not None and found[0] is c:
        return found[1]
    test = CHECKS[c.name](c)
    if len(_TESTS) >= 4096:
        _TESTS.clear()
    _TESTS[id(c)] = (c, test)
    return test


# ---------------------------------------------------------------- what the case shows


def _seen_articles(ctx: Context) -> object:
    return None if ctx.sentence is None else list(ctx.articles())


def _seen_category(ctx: Context) -> object:
    return None if ctx.sentence is None else ctx.category()


def _seen_life(ctx: Context) -> object:
    return None if ctx.sentence is None else ctx.life


def _seen_revoked(ctx: Context) -> object:
    sentence = ctx.sentence
    return None if sentence is None else bool(getattr(sentence, "prior_parole_revoked", None))


def _seen_recidivism(ctx: Context) -> object:
    return getattr(ctx.sentence, "recidivism", None)


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


def _seen_on_dates(read: Callable[[SentenceDates, date], object]) -> Callable[[Context], object]:
    """What the case shows for a criterion on the sentence's dates: ``read`` of them on the
    day, :data:`LIFE` for a life term, None when the dates are not known."""

    def seen(ctx: Context) -> object:
        comp = ctx.dates()
        if isinstance(comp, str):
            return LIFE if comp == LIFE else None
        return read(comp, ctx.day)

    return seen


_seen_term = _seen_on_dates(lambda comp, _day: str(comp.effective_term))
_seen_unserved = _seen_on_dates(lambda comp, day: comp.unserved_on(day))
_seen_fraction = _seen_on_dates(lambda comp, day: round(comp.served_fraction_on(day), 4))


def _seen_served(ctx: Context) -> object:
    comp = ctx.dates()
    if comp == LIFE:
        start = _life_start(ctx)
        if isinstance(start, str):
            return None
        served = ctx.day_number - start.toordinal() + 1 + credit(ctx)
    elif isinstance(comp, str):
        return None
    else:
        served = ctx.day_number - comp.start_date.toordinal() + 1 + comp.credited_days
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
