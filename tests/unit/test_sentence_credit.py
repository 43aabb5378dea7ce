"""The credit for custody before the sentence, on its own (app/sentence/credit.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from hypothesis import given

from app.model import Case, CustodyPeriod, Person, Sentence
from app.sentence import compute_core
from app.sentence.credit import credited_days
from app.terms import Term
from tests.unit.test_sentence_properties import cases, dates

D = date.fromisoformat


def case_with(*periods: tuple[str, str, str], life: bool = False) -> Case:
    return Case(
        id="c1",
        person=Person("Tofiq Yaqublu"),
        status="imprisoned",
        custody=tuple(CustodyPeriod(D(a), D(b), kind) for a, b, kind in periods),
        sentence=Sentence(
            D("2020-01-01"), ("228.4",), "grave", Term(years=9), D("2020-01-01"), life=life
        ),
    )


def test_each_day_of_pretrial_detention_before_the_start_counts_once() -> None:
    # 2019-11-01..2019-12-31 is 61 days; the overlapping second period adds 2019-10-20..31
    case = case_with(
        ("2019-11-01", "2019-12-31", "pretrial_detention"),
        ("2019-10-20", "2019-11-15", "pretrial_detention"),
    )
    assert credited_days(case) == 61 + 12


def test_custody_after_the_start_is_not_credited() -> None:
    assert credited_days(case_with(("2020-02-01", "2020-03-01", "pretrial_detention"))) == 0


def test_a_life_term_gets_its_credit_too() -> None:
    case = case_with(("2019-12-01", "2019-12-31", "pretrial_detention"), life=True)
    assert credited_days(case) == 31


def test_no_sentence_no_credit() -> None:
    case = case_with(("2019-12-01", "2019-12-31", "pretrial_detention"))
    assert credited_days(replace(case, sentence=None)) == 0


@given(cases(), dates)
def test_credit_is_the_one_the_sentence_arithmetic_counts(case: Case, on: date) -> None:
    core = compute_core(case, on=on)
    assert core is not None
    assert credited_days(case) == core.credited_days
