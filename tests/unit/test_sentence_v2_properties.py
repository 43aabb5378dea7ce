"""Property tests (hypothesis) of life terms, interruptions, pardons and the month-end
conventions."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from app.model import Case, Event, Interruption
from app.sentence import compute_core, compute_sentence
from tests.unit.test_sentence_properties import cases, dates

fractions = st.sampled_from(["1/2", "1/3", "2/3", "1/4", "3/4", "1/1"])


def _sentence_start(case: Case) -> date:
    assert case.sentence is not None and case.sentence.start_date is not None
    return case.sentence.start_date


@given(cases(), st.integers(0, 3000), st.integers(0, 400), dates)
def test_interruptions_never_move_the_last_day_earlier(
    case: Case, offset: int, length: int, on: date
) -> None:
    assert case.sentence is not None
    first = _sentence_start(case) + timedelta(days=offset)
    gap = Interruption(first, first + timedelta(days=length), "escape")
    moved = replace(case, sentence=replace(case.sentence, interruptions=(gap,)))
    before, after = compute_sentence(case, on=on), compute_sentence(moved, on=on)
    assert before is not None and after is not None
    assert before.last_day is not None and after.last_day is not None
    assert after.last_day >= before.last_day
    if before.released_on is None and after.released_on is None:
        assert (after.last_day - before.last_day).days == length + 1
    for name in ("half", "two_thirds", "three_quarters"):
        assert getattr(after, name) >= getattr(before, name)


@given(cases(), dates)
def test_life_never_has_a_last_day_nor_milestones(case: Case, on: date) -> None:
    assert case.sentence is not None
    # Only a pardon's release or a new term of years gives a life term a last day.
    plain = tuple(replace(e, release_on=None, new_term=None) for e in case.events)
    life = replace(case, sentence=replace(case.sentence, life=True, term=None), events=plain)
    c = compute_sentence(life, on=on)
    assert c is not None and c.life
    assert (c.last_day, c.unserved_days, c.half, c.two_thirds, c.three_quarters) == (None,) * 5
    assert c.served_days >= c.credited_days
    core = compute_core(life, on=on)
    assert core is not None and core.life
    assert core.served_at_least_date(c.core.effective_term) == core.start_date - timedelta(
        days=core.credited_days - core.interruption_days
    )


@given(cases(), st.integers(0, 3000), fractions, dates)
def test_fractional_pardon_never_moves_the_last_day_later(
    case: Case, offset: int, fraction: str, on: date
) -> None:
    day = _sentence_start(case) + timedelta(days=offset)
    cut = Event("p", day, "pardon", reduce_unserved_by=fraction)
    before = compute_sentence(case, on=on)
    after = compute_sentence(replace(case, events=(*case.events, cut)), on=on)
    assert before is not None and after is not None
    assert before.last_day is not None and after.last_day is not None
    assert after.last_day <= before.last_day


@given(cases(), st.integers(0, 3000), st.integers(0, 3000), dates)
def test_no_adjustment_undoes_a_release(case: Case, offset: int, length: int, on: date) -> None:
    start = _sentence_start(case)
    day = start + timedelta(days=offset)
    release = Event("r", day, "pardon", release_on=day + timedelta(days=length))
    c = compute_sentence(replace(case, events=(release, *case.events)), on=on)
    assert c is not None and c.last_day is not None
    if day <= on:
        assert c.last_day <= day + timedelta(days=length)


@given(cases(), dates)
def test_alternative_last_day_only_for_month_end_starts_and_a_few_days_apart(
    case: Case, on: date
) -> None:
    c = compute_sentence(case, on=on)
    assert c is not None and c.last_day is not None
    if c.alternative_last_day is not None:
        assert _sentence_start(case).day >= 29
        assert c.effective_term is not None and c.effective_term.total_months > 0
        assert 1 <= abs((c.alternative_last_day - c.last_day).days) <= 3
