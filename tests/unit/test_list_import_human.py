"""Lists as people keep them: titles, values, terms and dates in English, Azerbaijani and
Russian; new groups; a notes column; a newer edition of a list applied as a diff."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.list_import import apply_import, plan_columns, plan_import, read_list_bytes
from app.list_import.columns import describe_columns
from app.list_import.human import LIFE, group_id, parse_term_text
from app.session import Session
from app.terms import Term, TermError
from app.words import term_words
from tests.conftest import FAST_KDF_MIB, PASSPHRASE

TODAY = date(2026, 1, 15)


def plan_of(text: str, existing: list[object] | None = None, **kwargs: object):  # type: ignore[no-untyped-def]
    table = read_list_bytes(text.encode("utf-8"), "list.csv")
    return plan_import(table, existing or [], today=TODAY, **kwargs)  # type: ignore[arg-type]


RUSSIAN_LIST = (
    "ФИО;Дата рождения;Пол;Группа;Статус;Статья;Категория;Срок;Начало срока;"
    "Дата приговора;Режим;Примечание\n"
    "Гасанов Али;25.01.1971;муж;Журналисты;В заключении;234.1-1;средней тяжести;"
    "3 года 6 месяцев;15/04/2023;01.10.2023;общий;Адвокат встретился 3 марта\n"
)
AZERBAIJANI_LIST = (
    '"Soyad, ad",Doğum tarixi,Cins,Qrup,Vəziyyət,Maddə,Kateqoriya,Cəza müddəti,'
    "Cəzanın başlanğıcı,Qeyd\n"
    "Məmmədova Leyla,1990-05-05,Qadın,Gəncə işi,Həbsdə,228.4,ağır,9 il,2024-02-01,Qeyd edilib\n"
)
ENGLISH_LIST = (
    "Full name , SENTENCE,Start date,Status,Group,Notes\n"
    "Rashad Aliyev,life,2020-01-01,imprisoned,Human rights defenders,\n"
)


def test_russian_titles_and_values_are_read_without_a_mapping() -> None:
    found = plan_of(RUSSIAN_LIST)
    assert found.problems == ()
    ((_, case),) = found.cases
    assert case.person.full_name == "Гасанов Али"
    assert case.person.birth_date == date(1971, 1, 25)
    assert case.person.sex == "male"
    assert case.person.groups == ("journalists",)
    assert case.status == "imprisoned"
    assert case.sentence is not None
    assert case.sentence.term == Term(years=3, months=6)
    assert case.sentence.start_date == date(2023, 4, 15)
    assert case.sentence.category == "less_serious"
    assert [(n.text, n.visibility) for n in case.notes] == [
        ("Адвокат встретился 3 марта", "privileged")
    ]
    assert found.new_groups == ()
    assert "'ФИО' → full name" in describe_columns(found.columns)


def test_azerbaijani_titles_values_and_a_new_group() -> None:
    found = plan_of(AZERBAIJANI_LIST)
    assert found.problems == ()
    ((_, case),) = found.cases
    assert case.person.full_name == "Məmmədova Leyla"
    assert case.person.sex == "female"
    assert case.status == "imprisoned"
    assert case.person.groups == ("ganja_case",)
    assert case.sentence is not None and case.sentence.term == Term(years=9)
    assert case.sentence.category == "grave"


def test_english_titles_any_case_and_a_life_sentence() -> None:
    found = plan_of(ENGLISH_LIST)
    assert found.problems == ()
    ((_, case),) = found.cases
    assert case.sentence is not None and case.sentence.life
    assert case.person.groups == ("human_rights_defenders",)
    assert case.notes == ()


def test_unknown_groups_are_new_groups_reported_not_refused() -> None:
    found = plan_of("full_name,groups\nA,Teachers; Журналисты-блогеры; journalists\nB,teachers\n")
    assert found.problems == ()
    assert [c.person.groups for _, c in found.cases] == [
        ("teachers", "zhurnalisty_blogery", "journalists"),
        ("teachers",),
    ]
    assert found.new_groups == ("teachers", "zhurnalisty_blogery")


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("9 years", Term(years=9)),
        ("3 y 6 m", Term(years=3, months=6)),
        ("3y6m", Term(years=3, months=6)),
        ("9 il", Term(years=9)),
        ("3 il 6 ay", Term(years=3, months=6)),
        ("9 лет", Term(years=9)),
        ("3 года 6 месяцев", Term(years=3, months=6)),
        ("1 год", Term(years=1)),
        ("6 мес.", Term(months=6)),
        ("2 years and 10 days", Term(years=2, days=10)),
        ("9 лет лишения свободы", Term(years=9)),
        ("5 il azadlıqdan məhrum etmə", Term(years=5)),
        ("P3Y6M", Term(years=3, months=6)),
        ("p70w", Term(weeks=70)),
    ],
)
def test_terms_as_people_write_them(text: str, term: Term) -> None:
    assert parse_term_text(text) == term


@pytest.mark.parametrize("text", ["life", "Life imprisonment", "ömürlük", "Пожизненно"])
def test_life_terms_in_three_languages(text: str) -> None:
    assert parse_term_text(text) == LIFE


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("9", "is not a term"),
        ("3 bananas", "'bananas' is not a unit"),
        ("3 years 2 years", "years are given twice"),
        ("0 years", "no time"),
        ("101 years", "longer than 100 years"),
        ("about 3 years", "is not a term"),
        ("", "empty"),
    ],
)
def test_a_term_that_is_not_one_says_how_to_write_it(text: str, message: str) -> None:
    with pytest.raises(TermError, match=message):
        parse_term_text(text)


terms = st.builds(
    Term,
    years=st.integers(0, 40),
    months=st.integers(0, 11),
    weeks=st.integers(0, 10),
    days=st.integers(0, 30),
).filter(lambda t: not t.is_zero())


@given(terms, st.sampled_from(["en", "az", "ru"]))
def test_a_term_as_printed_in_any_language_reads_back_the_same(term: Term, lang: str) -> None:
    assert parse_term_text(term_words(term, lang)) == term
    assert parse_term_text(str(term)) == term


@given(st.text(max_size=40))
def test_any_text_is_a_term_or_a_term_error(text: str) -> None:
    try:
        found = parse_term_text(text)
    except TermError:
        return
    assert found == LIFE or (isinstance(found, Term) and not found.is_zero())


def test_group_names_become_ids() -> None:
    assert group_id("Religious believers") == "religious_believers"
    assert group_id("Jurnalistlər") == "journalists"
    assert group_id("Ganja case") == "ganja_case"
    assert group_id("—") == ""


def test_two_usual_titles_for_one_field_take_the_first() -> None:
    columns = plan_columns(["ФИО", "Статья", "Обвинение"])
    assert columns.fields == ("full_name", "articles", None)
    assert columns.ignored == ("Обвинение",)


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    opened, _ = Session.create(tmp_path / "v.cwvault", PASSPHRASE, kdf_memory_mib=FAST_KDF_MIB)
    yield opened
    opened.close()


FIRST_EDITION = (
    "ФИО;Статус;Группа;Срок;Начало срока\n"
    "Гасанов Али;под следствием;Журналисты;;\n"
    "Алиева Лейла;В заключении;Журналисты;5 лет;01.02.2022\n"
    "Керимов Эмин;В заключении;Верующие;2 года;01.03.2022\n"
)
SECOND_EDITION = (
    "ФИО;Статус;Группа;Срок;Начало срока\n"
    "Həsənov Əli;В заключении;Журналисты;3 года 6 месяцев;15.04.2023\n"
    'Алиева Лейла;В заключении;"Журналисты; Правозащитники";5 лет;01.02.2022\n'
    "Новый Человек;под следствием;;;\n"
)


def test_a_newer_edition_updates_people_as_a_diff_shown_first(session: Session) -> None:
    first = plan_import(read_list_bytes(FIRST_EDITION.encode(), "a.csv"), session.list_rows(),
                        today=TODAY)  # fmt: skip
    apply_import(session, first)
    assert session.case_count() == 3

    second = plan_import(read_list_bytes(SECOND_EDITION.encode(), "b.csv"), session.list_rows(),
                         today=TODAY, update=True, load_case=session.get_case)  # fmt: skip
    assert [c.person.full_name for _, c in second.cases] == ["Новый Человек"]
    by_line = {u.line: u for u in second.updates}
    assert sorted(by_line) == [2, 3]
    ali = by_line[2]
    assert [c.field for c in ali.changes] == ["status", "sentence"]
    assert ali.changes[0].describe() == "status: Pretrial → Imprisoned"
    assert "3 years 6 months, 15 April 2023" in ali.changes[1].describe()
    assert [c.describe() for c in by_line[3].changes] == [
        "groups: Journalists → Journalists, Human rights defenders"
    ]
    assert [name for _, name in second.not_in_list] == ["Керимов Эмин"]
    assert session.case_count() == 3  # planning wrote nothing

    apply_import(session, second)
    assert session.case_count() == 4
    stored = {c.person.full_name: c for c in session.list_cases()}
    assert stored["Гасанов Али"].status == "imprisoned"
    sentence = stored["Гасанов Али"].sentence
    assert sentence is not None and sentence.term == Term(years=3, months=6)
    assert stored["Алиева Лейла"].person.groups == ("journalists", "human_rights_defenders")
    assert stored["Керимов Эмин"].status == "imprisoned"  # not in the list: left as it was


def test_without_update_the_same_people_are_only_duplicates(session: Session) -> None:
    first = plan_import(read_list_bytes(FIRST_EDITION.encode(), "a.csv"), session.list_rows(),
                        today=TODAY)  # fmt: skip
    apply_import(session, first)
    again = plan_import(read_list_bytes(SECOND_EDITION.encode(), "b.csv"), session.list_rows(),
                        today=TODAY)  # fmt: skip
    assert again.updates == () and again.not_in_list == ()
    assert len(again.duplicates) == 2


@pytest.mark.parametrize(
    ("written", "code"),
    [("общий", "general"), ("Строгий", "strict"), ("ciddi", "strict"), ("Общий режим", "general"),
     ("xüsusi", "special"), ("колония-поселение", "settlement"), ("Lefortovo", "Lefortovo")],
)  # fmt: skip
def test_a_regime_written_without_the_word_regime_is_its_code(written: str, code: str) -> None:
    found = plan_of(f"full_name,term,start_date,regime\nAli,P1Y,2024-01-01,{written}\n")
    ((_, case),) = found.cases
    assert case.sentence is not None and case.sentence.regime == code
