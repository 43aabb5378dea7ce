"""Property tests of the sentence arithmetic (hypothesis)."""

from __future__ import annotations

import random
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta
from hypothesis import given, settings
from hypothesis import strategies as st

from app.model import ADJUSTMENT_KINDS, Case, CustodyPeriod, Event, Person, Sentence
from app.sentence import add, compute_core, compute_sentence
from app.sentence.calendar import add_months_days, first_day_within
from app.sentence.compute import milestone_date
from app.terms import Term


def add_term(start: date, term: Term) -> date:
    """An independent oracle for the calendar addition: python-dateutil's relativedelta adds
    the total months (clamped once), then the days."""
    return start + relativedelta(months=term.total_months, days=term.total_days)


dates = st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31))
terms = st.builds(
    Term,
    years=st.integers(0, 25),
    months=st.integers(0, 11),
    weeks=st.integers(0, 60),
    days=st.integers(0, 40),
).filter(lambda t: t.total_months * 30 + t.total_days >= 7)
kinds = st.sampled_from(["pretrial_detention", "house_arrest", "administrative_detention", "other"])


@st.composite
def custody_periods(draw: st.DrawFn, start: date) -> tuple[CustodyPeriod, ...]:
    periods = []
    for _ in range(draw(st.integers(0, 4))):
        first = start - timedelta(days=draw(st.integers(1, 900)))
        length = draw(st.integers(0, 400))
        end = None if draw(st.booleans()) and not periods else first + timedelta(days=length)
        periods.append(CustodyPeriod(first, end, draw(kinds)))
    return tuple(periods)


@st.composite
def cases(draw: st.DrawFn) -> Case:
    start = draw(dates)
    events = []
    for index in range(draw(st.integers(0, 3))):
        events.append(
            Event(
                id=f"e{index}",
                date=start + timedelta(days=draw(st.integers(0, 2000))),
                kind=draw(st.sampled_from(ADJUSTMENT_KINDS)),
                reduce_by=draw(st.none() | st.builds(Term, months=st.integers(0, 12))),
                new_term=draw(st.none() | terms),
            )
        )
    return Case(
        id="c",
        person=Person("P"),
        custody=draw(custody_periods(start)),
        sentence=Sentence(None, ("234.1-1",), "grave", draw(terms), start),
        events=tuple(events),
    )


@settings(max_examples=300)
@given(dates, st.integers(-400, 400), st.integers(-400, 400))
def test_fast_calendar_equals_add_term(start: date, months: int, days: int) -> None:
    term = Term(months=abs(months), days=abs(days))
    assert add(start, term) == add_term(start, term)
    assert add_months_days(start, months, days) == start + relativedelta(months=months, days=days)


@given(dates, terms)
def test_first_day_within_is_the_first_day_with_at_most_term_left(last: date, term: Term) -> None:
    day = first_day_within(last, term)
    assert last <= add_term(day, term)
    assert add_term(day - timedelta(days=1), term) < last


@given(cases(), st.integers(1, 500), dates)
def test_more_credit_never_moves_the_last_day_later(case: Case, extra: int, on: date) -> None:
    assert case.sentence is not None
    start = case.sentence.start_date
    more = CustodyPeriod(
        start - timedelta(days=extra), start - timedelta(days=1), "pretrial_detention"
    )
    before = compute_sentence(case, on=on)
    after = compute_sentence(Case(**{**case.__dict__, "custody": (*case.custody, more)}), on=on)
    assert before is not None and after is not None
    assert after.credited_days >= before.credited_days
    assert after.last_day <= before.last_day


@given(cases(), dates)
def test_milestones_are_ordered_and_never_after_the_last_day(case: Case, on: date) -> None:
    c = compute_sentence(case, on=on)
    assert c is not None
    assert c.half <= c.two_thirds <= c.three_quarters <= c.last_day
    assert (c.half, c.two_thirds, c.three_quarters) == (
        milestone_date(c, 1, 2),
        milestone_date(c, 2, 3),
        milestone_date(c, 3, 4),
    )


@given(cases(), dates)
def test_unserved_falls_by_one_per_day_until_zero(case: Case, on: date) -> None:
    # Adjustments dated after both days would apply to neither; keep them out of the way.
    plain = Case(**{**case.__dict__, "events": ()})
    today = compute_sentence(plain, on=on)
    tomorrow = compute_sentence(plain, on=on + timedelta(days=1))
    assert today is not None and tomorrow is not None
    assert today.unserved_days is not None and tomorrow.unserved_days is not None
    if today.term_served_by_credit:  # the credit covers the term: nothing left, ever
        assert today.unserved_days == tomorrow.unserved_days == 0
        return
    if today.unserved_days > 0:
        assert tomorrow.unserved_days == today.unserved_days - 1
        assert tomorrow.served_fraction >= today.served_fraction
    else:
        assert tomorrow.unserved_days == 0
    assert today.unserved_days == max(0, (today.last_day - on).days)


@given(cases(), dates, st.randoms())
def test_results_do_not_depend_on_list_order(case: Case, on: date, rnd: random.Random) -> None:
    custody, events = list(case.custody), list(case.events)
    rnd.shuffle(custody)
    rnd.shuffle(events)
    shuffled = Case(**{**case.__dict__, "custody": tuple(custody), "events": tuple(events)})
    a, b = compute_sentence(case, on=on), compute_sentence(shuffled, on=on)
    assert a is not None and b is not None
    assert a._replace(case=None) == b._replace(case=None)
    assert a.trace == b.trace


@given(cases(), dates)
def test_core_agrees_with_the_full_computation(case: Case, on: date) -> None:
    full, first = compute_sentence(case, on=on), compute_core(case, on=on)
    assert full is not None and first is not None
    assert (first.last_day, first.credited_days, first.effective_term, first.end_of_term) == (
        full.last_day,
        full.credited_days,
        full.effective_term,
        full.end_of_term,
    )
    assert first.term_days == full.term_days
    assert first.served_fraction_on(on) == full.served_fraction
    assert (first.milestone(1, 2), first.milestone(2, 3), first.milestone(3, 4)) == (
        full.half,
        full.two_thirds,
        full.three_quarters,
    )
