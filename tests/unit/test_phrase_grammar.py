# ruff: noqa: E501  (a table of phrases in three languages, one case a line)
"""Printed phrases as a native speaker writes them: Russian amounts in the genitive after
"более / не более / не менее / менее", Azerbaijani amounts in the ablative before "çox / az",
Azerbaijani ordinals with the suffix the number's last word takes, and counts that agree
with their number."""

from __future__ import annotations

from datetime import date

import pytest

from app.eligibility import Reason
from app.eligibility.words import criterion_head, reason_words, seen_words
from app.reports.summary import _more
from app.terms import Term
from app.words import (
    az_number_ablative,
    az_ordinal,
    count_words,
    days_words,
    person_word,
    term_words,
)

ON = date(2026, 1, 15)


@pytest.mark.parametrize(
    ("number", "years", "months", "days"),
    [
        (1, "1 года", "1 месяца", "1 дня"),
        (2, "2 лет", "2 месяцев", "2 дней"),
        (5, "5 лет", "5 месяцев", "5 дней"),
        (11, "11 лет", "11 месяцев", "11 дней"),
        (21, "21 года", "21 месяца", "21 дня"),
        (25, "25 лет", "25 месяцев", "25 дней"),
    ],
)
def test_russian_amounts_in_the_genitive(number: int, years: str, months: str, days: str) -> None:
    assert count_words(number, "year", "ru", "genitive") == years
    assert count_words(number, "month", "ru", "genitive") == months
    assert count_words(number, "day", "ru", "genitive") == days


@pytest.mark.parametrize(
    ("number", "nominative"),
    [(1, "1 год"), (2, "2 года"), (5, "5 лет"), (11, "11 лет"), (21, "21 год"), (25, "25 лет")],
)
def test_the_nominative_stays_the_default(number: int, nominative: str) -> None:
    assert count_words(number, "year", "ru") == nominative
    assert count_words(number, "year", "en", "genitive") == count_words(number, "year", "en")


@pytest.mark.parametrize(
    ("number", "years", "months", "days"),
    [
        (1, "1 ildən", "1 aydan", "1 gündən"),
        (2, "2 ildən", "2 aydan", "2 gündən"),
        (5, "5 ildən", "5 aydan", "5 gündən"),
        (11, "11 ildən", "11 aydan", "11 gündən"),
        (21, "21 ildən", "21 aydan", "21 gündən"),
        (25, "25 ildən", "25 aydan", "25 gündən"),
    ],
)
def test_azerbaijani_amounts_in_the_ablative(
    number: int, years: str, months: str, days: str
) -> None:
    assert count_words(number, "year", "az", "ablative") == years
    assert count_words(number, "month", "az", "ablative") == months
    assert count_words(number, "day", "az", "ablative") == days
    assert count_words(number, "week", "az", "ablative") == f"{number} həftədən"


def test_a_whole_term_takes_the_case_of_its_phrase() -> None:
    term = Term(years=3, months=6)
    assert term_words(term, "ru", "genitive") == "3 лет 6 месяцев"
    assert term_words(term, "az", "ablative") == "3 il 6 aydan"
    assert term_words(Term(years=21, months=1), "ru", "genitive") == "21 года 1 месяца"
    assert term_words(term, "en", "ablative") == "3 years 6 months"


@pytest.mark.parametrize(
    ("name", "threshold", "ru", "az"),
    [
        ("unserved_more_than", "P1Y", "неотбытая часть более 1 года", "çəkilməmiş hissə 1 ildən çox"),
        ("unserved_more_than", "P6M", "неотбытая часть более 6 месяцев", "çəkilməmiş hissə 6 aydan çox"),
        ("unserved_at_most", "P6M", "неотбытая часть не более 6 месяцев", "çəkilməmiş hissə ən çoxu 6 ay"),
        ("term_more_than", "P2Y", "срок более 2 лет", "cəza müddəti 2 ildən çox"),
        ("term_more_than", "P21Y", "срок более 21 года", "cəza müddəti 21 ildən çox"),
        ("term_at_most", "P5Y", "срок не более 5 лет", "cəza müddəti ən çoxu 5 il"),
        ("served_at_least", "P25Y", "отбыто не менее 25 лет", "ən azı 25 il çəkilib"),
        ("served_at_least", "P11D", "отбыто не менее 11 дней", "ən azı 11 gün çəkilib"),
        ("age_at_least", 21, "возраст не менее 21 года", "yaşı ən azı 21"),
        ("age_below", 18, "возраст менее 18 лет", "yaşı 18-dən az"),
        ("age_below", 6, "возраст менее 6 лет", "yaşı 6-dan az"),
    ],
)  # fmt: skip
def test_comparisons_put_the_amount_in_the_case_they_govern(
    name: str, threshold: object, ru: str, az: str
) -> None:
    assert criterion_head(name, threshold, "ru") == ru
    assert criterion_head(name, threshold, "az") == az


def test_a_printed_reason_reads_in_the_genitive() -> None:
    reason = Reason("met", "unserved_more_than", 400, "P1Y", True)
    text = reason_words(reason, ON, "ru")
    assert text.startswith("неотбытая часть более 1 года: на 15 января 2026 осталось 400 дней")
    assert "1 год:" not in text
    assert reason_words(reason, ON, "az").startswith("çəkilməmiş hissə 1 ildən çox: 15 yanvar")
    assert reason_words(reason, ON, "en").startswith("unserved part more than 1 year: ")


def test_ages_the_case_shows_read_as_each_language_says_them() -> None:
    assert seen_words(Reason("met", "age_at_least", 21, 18, True), ON, "ru") == (
        "21 год на 15 января 2026"
    )
    assert seen_words(Reason("met", "age_at_least", 35, 18, True), ON, "az") == (
        "15 yanvar 2026 tarixinə 35 yaş"
    )
    assert seen_words(Reason("met", "age_at_least", 35, 18, True), ON, "en") == (
        "35 years old on 15 January 2026"
    )


def test_a_period_of_arrest_and_listed_codes_read_as_words() -> None:
    period = ["2020-01-01", "2021-05-05"]
    assert criterion_head("arrested_between", period, "ru") == (
        "дата задержания — с 1 января 2020 по 5 мая 2021"
    )
    assert criterion_head("arrested_between", period, "en") == (
        "arrested between 1 January 2020 and 5 May 2021"
    )
    assert criterion_head("statuses", ["imprisoned"], "ru") == "статус — один из в заключении"
    assert criterion_head("recidivism_any", ["dangerous"], "en") == (
        "repeat offence is one of dangerous repeat offence"
    )


@pytest.mark.parametrize(
    ("number", "ordinal"),
    [(1, "1-ci"), (2, "2-ci"), (3, "3-cü"), (4, "4-cü"), (6, "6-cı"), (9, "9-cu"),
     (10, "10-cu"), (40, "40-cı"), (76, "76-cı"), (100, "100-cü"), (2021, "2021-ci")],
)  # fmt: skip
def test_azerbaijani_ordinals_follow_the_last_word_of_the_number(number: int, ordinal: str) -> None:
    assert az_ordinal(number) == ordinal


def test_azerbaijani_numbers_in_the_ablative() -> None:
    assert [az_number_ablative(n) for n in (18, 6, 30, 3, 100)] == [
        "18-dən",
        "6-dan",
        "30-dan",
        "3-dən",
        "100-dən",
    ]


def test_one_left_out_reads_in_the_singular() -> None:
    assert _more(3, 4, "more.events", "en") == "1 earlier event not printed."
    assert _more(3, 7, "more.events", "en") == "4 earlier events not printed."
    assert _more(3, 4, "more.notes", "ru") == "Не напечатано более ранних заметок: 1."
    assert _more(3, 5, "more.deadlines", "ru") == "Не напечатано более поздних сроков: 2."
    assert _more(3, 3, "more.events", "ru") == ""


def test_about_takes_the_genitive_in_russian() -> None:
    assert days_words(400, "ru") == "400 дней (около 1 года 1 месяца)"
    assert days_words(800, "ru") == "800 дней (около 2 лет 2 месяцев)"
    assert days_words(400, "az") == "400 gün (təxminən 1 il 1 ay)"
    assert days_words(400, "en") == "400 days (about 1 year 1 month)"


def test_a_released_woman_reads_released_in_the_feminine() -> None:
    assert person_word("status", "released", "female", "ru") == "Освобождена"
    assert person_word("status", "deceased", "female", "ru") == "Умерла"
    assert person_word("status", "released", "male", "ru") == "Освобождён"
    assert person_word("status", "released", "female", "en") == "Released"
    assert person_word("status", "imprisoned", "female", "ru") == "В заключении"


def test_a_russian_summary_of_a_released_woman_agrees_with_her() -> None:
    from dataclasses import replace

    from app.reports.summary import build_summary
    from tests.unit.test_summary import PRINTED, rich_case

    case = rich_case()
    woman = replace(case, status="released", person=replace(case.person, sex="female"))
    summary = build_summary(woman, [], profile="family", printed_on=PRINTED, lang="ru")
    section = summary.section("person")
    assert section is not None
    rows = {row.label: row.value for row in section.rows}
    assert rows["Статус"] == "Освобождена"
    assert "Задержан" not in rows


def test_a_russian_list_export_of_women_reads_back_the_same_status() -> None:
    from app.case_json import parse_case
    from app.example_case import example_case_json
    from app.list_export import export_csv
    from app.list_import import plan_import, read_list_bytes

    women = [
        parse_case(example_case_json(person={"full_name": name, "sex": "female"}, status=status))
        for name, status in (("Leyla Aliyeva", "released"), ("Gülnarə Əliyeva", "deceased"))
    ]
    data = export_csv(women, ("full_name", "status"), ON, "ru")
    assert data.decode("utf-8-sig").splitlines()[1:] == [
        "Leyla Aliyeva,Освобождена",
        "Gülnarə Əliyeva,Умерла",
    ]
    plan = plan_import(read_list_bytes(data, "list.csv"), [], today=ON)
    assert [case.status for _, case in plan.cases] == ["released", "deceased"]


@pytest.mark.parametrize(
    ("name", "threshold", "seen", "az", "ru"),
    [
        ("unserved_more_than", "P6M", 400, "çəkilməmiş hissə 6 aydan çox: 15 yanvar 2026 tarixinə 400 gün qalıb — ödənilir", "неотбытая часть более 6 месяцев: на 15 января 2026 осталось 400 дней — выполнено"),
        ("unserved_more_than", "P1Y", 400, "çəkilməmiş hissə 1 ildən çox:", "неотбытая часть более 1 года:"),
        ("term_more_than", "P2Y", "P3Y", "cəza müddəti 2 ildən çox: 3 il — ödənilir", "срок более 2 лет: 3 года — выполнено"),
        ("age_below", 18, 17, "yaşı 18-dən az: 15 yanvar 2026 tarixinə 17 yaş", "возраст менее 18 лет: 17 лет на 15 января 2026"),
        ("age_at_least", 21, 70, "yaşı ən azı 21:", "возраст не менее 21 года:"),
    ],
)  # fmt: skip
def test_the_cli_and_the_printed_summary_say_a_reason_the_same_way(
    name: str, threshold: object, seen: object, az: str, ru: str
) -> None:
    # one renderer: the CLI's line is the criterion as a summary prints it, then the case
    reason = Reason("met", name, seen, threshold, True)  # type: ignore[arg-type]
    assert reason_words(reason, ON, "az").startswith(az)
    assert reason_words(reason, ON, "ru").startswith(ru)
    for lang in ("en", "az", "ru"):
        assert reason_words(reason, ON, lang).startswith(
            criterion_head(name, threshold, lang) + ": "
        )


def test_the_cli_says_an_age_in_russian_with_its_plural() -> None:
    reason = Reason("met", "age_at_least", 21, 18, True)
    assert ": 21 год на 15 января 2026 — " in reason_words(reason, ON, "ru")
    fraction = Reason("met", "served_fraction_at_least", 0.625, "1/2", True)
    assert "62,5%" in reason_words(fraction, ON, "ru")
