"""A list row whose verdict is known but not its term or start date, and life terms: stored
as the sentence model holds them, reported as "not yet known" rather than as bad rows."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from app.case_json import case_to_json, parse_case
from app.list_import import apply_import, plan_import, read_list_bytes
from app.sentence import computed_json_for
from app.session import Session
from app.terms import Term
from tests.conftest import FAST_KDF_MIB, PASSPHRASE

TODAY = date(2026, 1, 15)


def plan_of(text: str, existing: list[object] | None = None, **kwargs: object):  # type: ignore[no-untyped-def]
    table = read_list_bytes(text.encode("utf-8"), "list.csv")
    return plan_import(table, existing or [], today=TODAY, **kwargs)  # type: ignore[arg-type]


def test_a_verdict_with_articles_and_no_term_is_imported_as_term_not_yet_known() -> None:
    plan = plan_of(
        "ФИО;Статья;Дата приговора;Срок;Начало срока\nГасанов Али;234.1-1;01.10.2025;;\n"
    )
    assert plan.problems == ()
    ((line, case),) = plan.cases
    assert case.sentence is not None
    assert case.sentence.verdict_date == date(2025, 10, 1)
    assert case.sentence.articles == ("234.1-1",)
    assert case.sentence.term is None and case.sentence.start_date is None
    assert not case.sentence.life
    assert plan.not_yet_known == ((line, "Гасанов Али", ("term", "start_date")),)


def test_a_term_without_its_start_date_is_imported_as_start_not_yet_known() -> None:
    plan = plan_of("full_name,term,articles\nLeyla Aliyeva,5 years,228.4\n")
    assert plan.problems == ()
    ((_, case),) = plan.cases
    assert case.sentence is not None and case.sentence.term == Term(years=5)
    assert plan.not_yet_known == ((2, "Leyla Aliyeva", ("start_date",)),)


def test_a_complete_sentence_is_not_reported_as_not_yet_known() -> None:
    plan = plan_of("full_name,term,start_date\nLeyla Aliyeva,5 years,2024-01-01\n")
    assert plan.not_yet_known == ()


def test_a_bad_term_is_still_a_bad_row_and_the_missing_start_is_not() -> None:
    plan = plan_of("full_name,term\nAli,3 bananas\n")
    assert [(p.line, p.field) for p in plan.problems] == [(2, "term")]
    assert plan.cases == ()


def test_articles_alone_are_still_charges_needing_the_arrest_date() -> None:
    plan = plan_of("full_name,articles\nAli,234.1-1\n")
    assert [p.field for p in plan.problems] == ["arrested_on"]


@pytest.mark.parametrize(
    "written",
    [
        "life",
        "ömürlük",
        "пожизненно",
        "Пожизненное лишение свободы",
        "ömürlük azadlıqdan məhrum etmə",
    ],
)
def test_a_life_term_is_stored_as_life_and_reads_back_as_life(written: str) -> None:
    plan = plan_of(f"ФИО;Срок;Начало срока\nКеримов Эмин;{written};01.03.2015\n")
    assert plan.problems == () and plan.not_yet_known == ()
    ((_, case),) = plan.cases
    assert case.sentence is not None
    assert case.sentence.life is True and case.sentence.term is None
    data = case_to_json(case)
    assert data["sentence"]["term"] == "life"
    again = parse_case(data)
    assert again.sentence is not None and again.sentence.life
    computed = computed_json_for(again, on=TODAY)
    assert computed["life"] is True
    assert computed["last_day"] is None


def test_a_life_term_without_a_start_is_life_with_start_not_yet_known() -> None:
    plan = plan_of("full_name,term,verdict_date\nEmin Karimov,life,2020-05-05\n")
    ((_, case),) = plan.cases
    assert case.sentence is not None and case.sentence.life
    assert plan.not_yet_known == ((2, "Emin Karimov", ("start_date",)),)


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    opened, _ = Session.create(tmp_path / "v.cwvault", PASSPHRASE, kdf_memory_mib=FAST_KDF_MIB)
    yield opened
    opened.close()


def test_imported_unknown_terms_are_stored_and_need_review(session: Session) -> None:
    plan = plan_of("full_name,verdict_date,articles\nAli Hasanov,2025-10-01,234.1-1\n")
    (stored,) = apply_import(session, plan)
    case = session.get_case(stored.id)
    assert case.sentence is not None and case.sentence.term is None
    assert case.sentence.missing == ("sentence.term", "sentence.start_date")
    computed = computed_json_for(case, on=TODAY)
    assert set(computed["needs_review"]) == {"sentence.term", "sentence.start_date"}


def test_a_newer_edition_with_an_empty_term_keeps_the_stored_term(session: Session) -> None:
    first = plan_of("full_name,term,start_date\nAli Hasanov,5 years,2024-01-01\n")
    apply_import(session, first)
    newer = plan_of(
        "full_name,term,start_date,verdict_date\nAli Hasanov,,,2023-12-20\n",
        session.list_rows(),
        update=True,
        load_case=session.get_case,
    )
    (update,) = newer.updates
    after = update.case.sentence
    assert after is not None
    assert after.term == Term(years=5) and after.start_date == date(2024, 1, 1)
    assert after.verdict_date == date(2023, 12, 20)
