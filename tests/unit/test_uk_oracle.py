"""An outside oracle: the UK Ministry of Justice's release-date fixtures (single sentence,
remand credit only) give the same last day as docs/sentence-conventions.md's default convention;
the one UK case
that differs is the named month-end alternative."""

from __future__ import annotations

import csv
import dataclasses
from datetime import date
from pathlib import Path

import pytest

from app.model import Case, CustodyPeriod, Person, Sentence
from app.sentence import AZ, compute_sentence
from app.terms import Term

_HERE = Path(__file__).resolve()
# The shared test data sits beside the checkout (../shared), or beside its parent folder when
# the checkout is one of several worktrees.
ORACLE = next(
    (
        found
        for parent in (_HERE.parents[2].parent, _HERE.parents[2].parent.parent)
        if (found := parent / "shared" / "testdata" / "uk-release-dates").is_dir()
    ),
    _HERE.parents[2].parent / "shared" / "testdata" / "uk-release-dates",
)
CSV = ORACLE / "sentence-expiry.csv"


def _rows() -> list[dict[str, str]]:
    if not CSV.is_file():
        return []
    with CSV.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


ROWS = _rows()
needs_oracle = pytest.mark.skipif(not ROWS, reason=f"UK oracle data not found at {CSV}")


def _case(start: date, term: str, credit_days: int) -> Case:
    # The credit is modelled as remand that ends the day before the sentence starts.
    custody = ()
    if credit_days:
        first = date.fromordinal(start.toordinal() - credit_days)
        last = date.fromordinal(start.toordinal() - 1)
        custody = (CustodyPeriod(first, last, "pretrial_detention"),)
    return Case(
        id="uk",
        person=Person("UK fixture"),
        custody=custody,
        sentence=Sentence(None, (), None, Term.parse(term), start),
    )


@needs_oracle
def test_oracle_has_all_rows() -> None:
    assert len(ROWS) == 86


@needs_oracle
@pytest.mark.parametrize(
    "row", ROWS, ids=lambda r: f"{r['start_date']}+{r['term']}-{r['credit_days']}"
)
def test_default_convention_matches_uk_sentence_expiry(row: dict[str, str]) -> None:
    start = date.fromisoformat(row["start_date"])
    credit = int(row["credit_days"])
    result = compute_sentence(_case(start, row["term"], credit), on=start)
    assert result is not None
    assert result.credited_days == credit
    assert result.last_day == date.fromisoformat(row["last_day"])


def test_month_end_alternative_matches_the_uk_case_that_differs() -> None:
    case = _case(date(2020, 8, 31), "P1M", 0)
    month_end = dataclasses.replace(AZ, month_end_to_month_end=True)
    default = compute_sentence(case, on=date(2020, 9, 1))
    alternative = compute_sentence(case, on=date(2020, 9, 1), profile=month_end)
    assert default is not None and alternative is not None
    assert default.last_day == date(2020, 9, 29)
    assert alternative.last_day == date(2020, 9, 30)
