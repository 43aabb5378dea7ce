"""The desktop app's words for who a rule looks at, and rule titles in the app's language."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QLocale

from app.eligibility import evaluate_rule, load_builtin_rules
from app.model import Case, Person, Sentence
from app.terms import Term
from ui.desktop import labels, reasons
from ui.desktop.models.eligibility_model import WHY, EligibilityModel

D = date.fromisoformat
RULES = {rule.id: rule for rule in load_builtin_rules()}


@pytest.fixture
def english(qapp: object) -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    labels.refresh()
    yield
    QLocale.setDefault(before)
    labels.refresh()


def case(status: str, verdict: str = "2019-12-20", term: str = "P3Y") -> Case:
    return Case(
        id="c1",
        person=Person("Rəşad"),
        status=status,
        sentence=Sentence(
            D(verdict), ("234.1-1",), "less_serious", Term.parse(term), D("2020-01-01")
        ),
    )


def why(c: Case) -> str:
    result = evaluate_rule(RULES["az-amnesty-2021-11"], c, on=None, today=D("2026-01-01"))
    model = EligibilityModel(lambda _id: "")
    model.set_results([result])
    return str(model.index(0, WHY).data())


def test_the_why_column_says_released_and_not_yet_sentenced_in_words(english: None) -> None:
    assert why(case("released")) == "Released: the rule looks only at people serving a sentence"
    text = why(case("imprisoned", verdict="2026-02-10"))
    assert text.startswith("Not yet sentenced on ")
    assert labels.format_date(D("2021-11-05")) in text
    assert labels.format_date(D("2026-02-10")) in text
    assert why(case("imprisoned", term="P1Y")) == "Term served on " + labels.format_date(
        D("2020-12-31")
    )


def test_a_clause_that_holds_reads_as_a_sentence(english: None) -> None:
    # P3Y from 2019-02-01: last day 2022-01-31, at most six months left on 2021-11-05
    c = Case(
        id="c2",
        person=Person("Rəşad"),
        status="imprisoned",
        sentence=Sentence(
            D("2019-01-20"), ("234.1-1",), "less_serious", Term(years=3), D("2019-02-01")
        ),
    )
    assert why(c) == "Clause 2: release from the rest of the sentence"


def test_rule_title_follows_the_app_language(qapp: object) -> None:
    rule = RULES["az-cc-76-parole"]
    before = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.Azerbaijani, QLocale.Country.Azerbaijan))
        assert reasons.rule_title(rule) == rule.title_in("az") != rule.title
        QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
        assert reasons.rule_title(rule).startswith("Условно-досрочное")
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        assert reasons.rule_title(rule) == rule.title
    finally:
        QLocale.setDefault(before)


def test_rule_verify_notes_follow_the_app_language(qapp: object) -> None:
    rule = RULES["az-amnesty-2025-12"]
    before = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.Azerbaijani, QLocale.Country.Azerbaijan))
        assert reasons.rule_verify(rule).startswith("Rəsmi mətnlə tutuşdurun")
        assert reasons.clause_verify(rule, 1).startswith("Mətbuatın məlumatına əsasən")
        QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
        assert reasons.rule_verify(rule).startswith("Сверьте с официальным текстом")
        assert reasons.clause_verify(rule, None) == ""
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        assert reasons.rule_verify(rule) == rule.verify_note
    finally:
        QLocale.setDefault(before)
