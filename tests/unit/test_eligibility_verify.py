"""A rule's verify notes in three languages (docs/rules.md): ``verify_az``/``verify_ru`` for
the rule and each clause, optional, read with the rule and shown in the reader's language."""

from __future__ import annotations

from datetime import date

import pytest

from app.eligibility import (
    RuleError,
    clause_source,
    clause_verify,
    evaluate_rule,
    load_builtin_rules,
    parse_rule_text,
    rule_source,
    rule_verify,
    verify_flag,
    verify_words,
)
from app.model import Case, Person, Sentence
from app.terms import Term

RULE = """
id = "ngo-women"
title = "Women"
kind = "amnesty"
verify = "Check the act."
verify_az = "Aktı yoxlayın."
verify_ru = "Сверьте с актом."
[[clauses]]
effect = "release"
source = "Part 1"
source_ru = "Часть 1"
verify = "Reported."
verify_az = "Mətbuatın məlumatına əsasən."
[clauses.when]
sex = "female"
"""

SOURCES = 'kind = "amnesty"\nsource = "The act, 2025"\nsource_az = "Akt, 2025"'


def test_a_rule_gives_its_verify_notes_in_azerbaijani_and_russian() -> None:
    rule = parse_rule_text(RULE.replace('kind = "amnesty"', SOURCES), "women.toml")
    assert rule_source(rule, "az") == "Akt, 2025"
    assert rule_source(rule, "ru") == "The act, 2025"  # as written when not translated
    assert rule.verify_note == "Check the act."
    assert rule_verify(rule, "az") == "Aktı yoxlayın."
    assert rule_verify(rule, "ru") == "Сверьте с актом."
    assert rule_verify(rule, "en") == "Check the act."


def test_a_clause_without_a_translation_shows_its_note_as_written() -> None:
    rule = parse_rule_text(RULE, "women.toml")
    assert clause_verify(rule, 0, "az") == "Mətbuatın məlumatına əsasən."
    assert clause_verify(rule, 0, "ru") == "Reported."
    assert clause_source(rule, 0, "ru") == "Часть 1"
    assert clause_source(rule, 0, "az") == "Part 1"
    assert clause_verify(rule, None, "az") == ""  # no deciding clause, no note


def test_a_rule_without_notes_has_none_in_any_language() -> None:
    text = "\n".join(line for line in RULE.splitlines() if not line.startswith("verify"))
    rule = parse_rule_text(text, "women.toml")
    assert rule.verify_note is None
    assert rule_verify(rule, "ru") == "" and clause_verify(rule, 0, "az") == ""


def test_a_verify_note_in_another_language_is_an_error_naming_the_key() -> None:
    with pytest.raises(RuleError) as caught:
        parse_rule_text(RULE.replace("verify_ru", "verify_de", 1), "women.toml")
    assert "verify_de" in str(caught.value)
    with pytest.raises(RuleError) as caught:
        parse_rule_text(RULE.replace('verify_az = "Mətbuat', "verify_az = 3 #", 1), "women.toml")
    assert "clauses[0].verify_az" in str(caught.value)


def test_every_built_in_note_is_translated() -> None:
    for rule in load_builtin_rules():
        english = rule.verify_note
        assert english
        for lang in ("az", "ru"):
            assert rule_verify(rule, lang) not in ("", english), (rule.id, lang)
        for index, clause in enumerate(rule.clauses):
            assert clause.verify, (rule.id, index)
            for lang in ("az", "ru"):
                assert clause_verify(rule, index, lang) not in ("", clause.verify)


def test_the_deciding_clause_note_is_the_one_a_result_points_to() -> None:
    rule = {r.id: r for r in load_builtin_rules()}["az-amnesty-2025-12"]
    woman = Case(
        id="c1",
        person=Person("Aynur", sex="female"),
        status="imprisoned",
        sentence=Sentence(
            date(2024, 1, 10), ("221.3",), "less_serious", Term(years=4), date(2024, 1, 10)
        ),
    )
    result = evaluate_rule(rule, woman, on=None, today=date(2026, 1, 1))
    assert result.status == "eligible" and result.clause == 0
    assert clause_verify(rule, result.clause, "ru").startswith("По сообщениям прессы")


def test_the_note_and_its_mark_read_in_each_language() -> None:
    assert verify_words("Aktı yoxlayın.", "az") == "qeyd: Aktı yoxlayın."
    assert verify_words("Сверьте с актом.", "ru") == "примечание: Сверьте с актом."
    assert verify_words("", "ru") == ""
    assert (verify_flag("en"), verify_flag("az"), verify_flag("ru")) == (
        "(verify)",
        "(yoxlanılmalıdır)",
        "(требует проверки)",
    )


def test_every_built_in_source_is_translated() -> None:
    for rule in load_builtin_rules():
        for lang in ("az", "ru"):
            assert rule_source(rule, lang) not in ("", rule.source), (rule.id, lang)
        for index, clause in enumerate(rule.clauses):
            assert clause.source, (rule.id, index)
            for lang in ("az", "ru"):
                assert clause_source(rule, index, lang) not in ("", clause.source)
