# ruff: noqa: E501  (a table of words in three languages, one code a line)
"""One place per fact for the words a report, the CLI and eligibility use: a crime category,
a status or a sex reads the same in a printed summary's rows, in its eligibility reasons and
in the CLI's; the categories are the Azerbaijani Criminal Code's own (Art. 15); the rules'
titles and verify notes come from the rule files in every language."""

from __future__ import annotations

from datetime import date

import pytest

from app.eligibility import Reason, evaluate_rule, load_builtin_rules, reason_words
from app.eligibility.words import verdict_words
from app.list_import.human import value_code
from app.reports import active_rules, build_summary
from app.reports.stats_html import stats_html
from app.stats import compute_stats
from app.words import inline_word, word
from tests.unit.test_summary import PRINTED, rich_case

ON = date(2026, 1, 15)
RULES = {rule.id: rule for rule in load_builtin_rules()}


@pytest.mark.parametrize(
    ("code", "az", "ru"),
    [
        ("minor", "Böyük ictimai təhlükə törətməyən", "Не представляющее большой общественной опасности"),
        ("less_serious", "Az ağır", "Менее тяжкое"),
        ("grave", "Ağır", "Тяжкое"),
        ("especially_grave", "Xüsusilə ağır", "Особо тяжкое"),
    ],
)  # fmt: skip
def test_crime_categories_are_the_criminal_codes_own(code: str, az: str, ru: str) -> None:
    assert word("category", code, "az") == az
    assert word("category", code, "ru") == ru
    # an eligibility reason says the same word, inside its sentence
    reason = Reason("not_met", "categories_any", code, ["grave"], False)
    if code != "grave":
        assert f": {inline_word(ru)} — " in reason_words(reason, ON, "ru")
        assert f": {inline_word(az)} — " in reason_words(reason, ON, "az")


def test_the_english_categories_stay() -> None:
    codes = ("minor", "less_serious", "grave", "especially_grave")
    assert [word("category", c, "en") for c in codes] == [
        "Minor",
        "Less serious",
        "Grave",
        "Especially grave",
    ]


def test_lists_written_with_the_old_or_the_codes_plural_words_still_import() -> None:
    assert value_code("category", "Средней тяжести") == "less_serious"
    assert value_code("category", "Небольшой тяжести") == "minor"
    assert value_code("category", "менее тяжкие") == "less_serious"
    assert value_code("category", "Не представляющее большой общественной опасности") == "minor"
    assert value_code("category", "особо тяжкие") == "especially_grave"


def test_a_summarys_row_and_its_reasons_use_one_word_for_the_category() -> None:
    summary = build_summary(
        rich_case(), RULES.values(), profile="colleague", printed_on=ON, lang="ru"
    )
    sentence = summary.section("sentence")
    eligibility = summary.section("eligibility")
    assert sentence is not None and eligibility is not None
    rows = {row.label: row.value for row in sentence.rows}
    assert rows["Категория преступления"] == "Менее тяжкое"
    reasons = " ".join(r for block in eligibility.rules for r in block.reasons)
    assert ": менее тяжкое — " in reasons
    assert "Средней тяжести" not in reasons and "в деле:" not in reasons


def test_an_azerbaijani_status_inside_a_sentence_has_no_stray_dot() -> None:
    assert inline_word("İstintaq dövründə") == "istintaq dövründə"
    reason = Reason("not_serving", "serving", "pretrial", None, False, field="status")
    assert reason_words(reason, ON, "az").startswith("istintaq dövründə: qayda yalnız")


def test_a_yes_no_criterion_says_what_the_rule_asks_and_what_the_case_has() -> None:
    reason = Reason("not_met", "prior_parole_revoked", True, False, False)
    assert reason_words(reason, ON, "en") == (
        "earlier parole revoked (the rule asks: no): yes — does not hold"
    )
    assert reason_words(reason, ON, "ru") == (
        "прежнее УДО отменено (по правилу: нет): да — не выполнено"
    )


def test_the_printed_verdict_names_the_clause_as_each_language_does() -> None:
    rule = RULES["az-cc-76-parole"]
    result = evaluate_rule(rule, rich_case(), on=None, today=ON)
    assert result.status == "eligible" and result.clause is not None
    n = result.clause + 1
    assert verdict_words(result, "en").endswith(f"(right to apply, clause {n})")
    assert verdict_words(result, "az").endswith(f"(müraciət hüququ, {n}-cü bənd)")
    assert verdict_words(result, "ru").endswith(f"(право на обращение, пункт {n})")


def test_a_summarys_caution_is_the_rules_own_note_in_the_readers_language() -> None:
    rule = RULES["az-cc-76-parole"]
    summary = build_summary(rich_case(), [rule], profile="colleague", printed_on=ON, lang="az")
    eligibility = summary.section("eligibility")
    assert eligibility is not None
    (block,) = eligibility.rules
    assert block.caution is not None
    assert block.caution.startswith(rule.verify_in("az") or "")
    result = evaluate_rule(rule, rich_case(), on=None, today=ON)
    clause_note = rule.clauses[result.clause or 0].verify_in("az")
    if clause_note:  # the deciding clause's own note follows the rule's
        assert block.caution.endswith(clause_note)


def test_the_statistics_title_of_a_rule_is_in_the_readers_language() -> None:
    rule = active_rules(None, PRINTED)[-1]
    stats = compute_stats([rich_case()], rule=rule, today=PRINTED)
    assert rule.title_in("ru") != rule.title
    html = stats_html(stats, printed_on=PRINTED, lang="ru")
    assert f"<h2>{rule.title_in('ru')}</h2>" in html
