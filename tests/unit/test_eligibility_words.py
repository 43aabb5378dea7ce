"""Results and reasons in words a lawyer reads, in English, Azerbaijani and Russian: no
internal id, no ISO date or duration."""

from __future__ import annotations

import re
from datetime import date

import pytest

from app.eligibility import (
    evaluate_rule,
    key_reasons,
    load_builtin_rules,
    parse_rule_text,
    reason_words,
    result_words,
    rule_heading,
    rule_title,
    term_words,
)
from app.eligibility.words import date_words
from app.model import Case, CustodyPeriod, Person, Sentence
from app.terms import Term

D = date.fromisoformat
RULES = {rule.id: rule for rule in load_builtin_rules()}
ISO = re.compile(r"\d{4}-\d{2}-\d{2}|\bP\d|_")


def case(status: str = "imprisoned", **sentence: object) -> Case:
    values: dict[str, object] = {
        "verdict": D("2019-12-20"),
        "start": D("2020-01-01"),
        "term": Term(years=3),
        "custody": (),
    }
    values.update(sentence)
    return Case(
        id="c",
        person=Person("Bəxtiyar Hacıyev"),
        status=status,
        custody=values["custody"],  # type: ignore[arg-type]
        sentence=Sentence(
            values["verdict"],  # type: ignore[arg-type]
            ("234.1-1",),
            "less_serious",
            values["term"],  # type: ignore[arg-type]
            values["start"],  # type: ignore[arg-type]
        ),
    )


def amnesty_2021(c: Case) -> str:
    return result_words(
        evaluate_rule(RULES["az-amnesty-2021-11"], c, on=None, today=D("2026-06-01")), "en"
    )


def test_dates_and_terms_in_three_languages() -> None:
    day = D("2021-11-05")
    assert [date_words(day, lang) for lang in ("en", "az", "ru")] == [
        "5 November 2021",
        "5 noyabr 2021",
        "5 ноября 2021",
    ]
    assert term_words(Term(years=3, months=6), "en") == "3 years 6 months"
    assert term_words(Term(years=3, months=6), "az") == "3 il 6 ay"
    assert term_words(Term(years=3, months=6), "ru") == "3 года 6 месяцев"
    assert term_words(Term(years=21, months=1), "ru") == "21 год 1 месяц"
    assert term_words(Term(years=5, days=12), "ru") == "5 лет 12 дней"
    assert term_words("life", "ru") == "пожизненное лишение свободы"
    # after "более" / "не менее" Russian takes the genitive
    assert term_words(Term(years=1), "ru", genitive=True) == "1 года"
    assert term_words(Term(years=3, months=6), "ru", genitive=True) == "3 лет 6 месяцев"
    assert term_words(Term(months=21), "ru", genitive=True) == "21 месяца"


def test_not_yet_sentenced_in_words() -> None:
    # verdict of 10 February 2026, after the act of 5 November 2021
    text = amnesty_2021(case(verdict=D("2026-02-10"), start=D("2025-11-01")))
    assert text == (
        "Not eligible: not yet sentenced on 5 November 2021 (verdict of 10 February 2026)"
    )


def test_released_and_deceased_in_words() -> None:
    assert amnesty_2021(case("released")) == (
        "Not eligible: released: the rule looks only at people serving a sentence"
    )
    assert amnesty_2021(case("deceased")).startswith("Not eligible: deceased")


def test_term_served_in_words() -> None:
    # P1Y from 2020-01-01: last day 31 December 2020
    assert amnesty_2021(case(term=Term(years=1))) == "Not eligible: term served on 31 December 2020"


def test_term_served_by_credit_in_words() -> None:
    # detention 2019-01-01..2020-12-31 (731 days) against P1Y from 2021-01-01: last day
    # 2021-12-31 − 731 days = 2019-12-31, before the start
    custody = (CustodyPeriod(D("2019-01-01"), D("2020-12-31"), "pretrial_detention"),)
    text = amnesty_2021(
        case(start=D("2021-01-01"), verdict=D("2020-12-30"), term=Term(years=1), custody=custody)
    )
    assert text == (
        "Not eligible: term served by the time in custody before the sentence "
        "(last day 31 December 2019)"
    )


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "Eligible on 5 November 2021: release from the rest of the sentence (clause"),
        ("az", "5 noyabr 2021 tarixinə hüququ var: cəzanın qalan hissəsindən azad edilmə ("),
        ("ru", "Имеет право на 5 ноября 2021: освобождение от оставшейся части наказания (пункт"),
    ],
)
def test_a_clause_that_holds_is_a_sentence(lang: str, expected: str) -> None:
    # P3Y from 2019-02-01: last day 2022-01-31, less than six months left on 2021-11-05
    c = case(start=D("2019-02-01"), verdict=D("2019-01-20"))
    result = evaluate_rule(RULES["az-amnesty-2021-11"], c, on=None, today=D("2026-06-01"))
    text = result_words(result, lang)
    assert text.startswith(expected)
    if lang == "az":  # the clause as an ordinal before "bənd": "(1-ci bənd)"
        assert re.search(r"\(\d+-c[iıuü] bənd\)$", text), text
    for reason in result.reasons:
        assert not ISO.search(reason_words(reason, result.on, lang)), reason


@pytest.mark.parametrize("lang", ["en", "az", "ru"])
def test_no_internal_id_or_iso_value_in_any_reason(lang: str) -> None:
    rule = parse_rule_text(
        """
id = "all"
title = "All"
kind = "parole"
[[clauses]]
effect = "reduce"
reduce_by = "P6M"
[clauses.when]
categories_none = ["especially_grave"]
statuses = ["imprisoned"]
life = false
prior_parole_revoked = false
served_fraction_at_least = "1/2"
served_at_least = "P6M"
unserved_more_than = "P1Y"
[exclusions]
groups_any = ["human_rights_defenders"]
""",
        "all.toml",
    )
    result = evaluate_rule(rule, case(), on=D("2021-08-01"), today=D("2021-08-01"))
    assert result.status == "eligible"
    texts = [result_words(result, lang)] + [
        reason_words(r, result.on, lang) for r in result.reasons
    ]
    for text in texts:
        assert not ISO.search(text), text


def test_titles_in_the_app_language() -> None:
    rule = RULES["az-amnesty-2025-12"]
    assert rule_title(rule, "az") != rule_title(rule, "en")
    assert rule_title(rule, "ru") != rule_title(rule, "en")
    assert rule_title(rule, "fr") == rule.title


# What a printed summary calls (app/reports): the heading, the verdict and the key reasons
# in the summary's language.


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "Amnesty act of 19 December 2025 (as reported) (evaluated on 19 December 2025)"),
        ("az", "amnistiya aktı (mətbuatın məlumatına görə) (19 dekabr 2025 tarixinə görə)"),
        (
            "ru",
            "Акт об амнистии от 19 декабря 2025 года (по сообщениям прессы) (на 19 декабря 2025)",
        ),
    ],
)
def test_a_summary_heading_names_the_rule_and_its_day(lang: str, expected: str) -> None:
    assert rule_heading(RULES["az-amnesty-2025-12"], D("2025-12-19"), lang).endswith(expected)


def test_a_summary_lists_what_rules_a_case_out_in_its_language() -> None:
    # less serious, P3Y from 2020-01-01: more than six months left on 5 November 2021
    result = evaluate_rule(RULES["az-amnesty-2021-11"], case(), on=None, today=D("2026-06-01"))
    assert result.status == "not_eligible"
    assert key_reasons(result, "en")[1] == (
        "unserved part at most 6 months: 421 days left on 5 November 2021 — holds from 1 July 2022"
    )
    assert key_reasons(result, "ru")[1] == (
        "неотбытая часть не более 6 месяцев: на 5 ноября 2021 осталось 421 день"
        " — выполнено с 1 июля 2022"
    )
    for lang in ("en", "az", "ru"):
        texts = key_reasons(result, lang)
        assert texts and len(texts) < len(result.reasons)  # what holds is left out
        assert texts == tuple(
            reason_words(r, result.on, lang) for r in result.reasons if r.code != "met"
        )


def test_a_long_list_of_reasons_ends_with_how_many_more() -> None:
    result = evaluate_rule(RULES["az-amnesty-2021-11"], case(), on=None, today=D("2026-06-01"))
    left_out = len([r for r in result.reasons if r.code != "met"]) - 1
    assert key_reasons(result, "en", limit=1)[-1] == f"… and {left_out} more criteria"
    assert key_reasons(result, "ru", limit=1)[-1] == f"… и ещё {left_out} критерия"
    assert key_reasons(result, "az", limit=1)[-1] == f"… və daha {left_out} meyar"
