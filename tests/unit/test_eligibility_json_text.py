"""The CLI's eligibility JSON written in one go (app/eligibility/json_text.py) is, byte for
byte, what dumping each result's dictionary gives (docs/rules.md: the result JSON is a
contract): the built-in rules and an own rule with quotes and non-ASCII values, on the
demo cases and on cases with missing data, life terms and lawyers' overrides."""

from __future__ import annotations

import dataclasses
import functools
import json
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.demo import generate_cases
from app.eligibility import (
    ReviewedResult,
    Rule,
    evaluate_rule,
    json_text,
    load_builtin_rules,
    parse_rule_text,
    review,
    reviewed_json,
)
from app.eligibility.json_text import results_json_text
from app.model import Case, EligibilityNote, Person, Sentence
from app.terms import Term

D = date.fromisoformat
TODAY = D("2026-01-10")

OWN_RULE = """
id = "own-rule"
title = "Our list"
kind = "pardon"
[[clauses]]
effect = "eligible"
[clauses.when]
groups_any = ["jurnalistlər \\"Azadlıq\\"", "qadınlar"]
sex = "female"
age_at_least = 50
[[clauses]]
effect = "release"
[clauses.when]
articles_any = ["234.1*", "263.2"]
served_fraction_at_least = "1/3"
[exclusions]
categories_any = ["especially_grave"]
"""


def expected(items: list[ReviewedResult]) -> str:
    """What the CLI printed before: each reviewed result's JSON without its notes, one per
    line, with Python's own JSON encoder."""
    dicts = []
    for item in items:
        data = reviewed_json(item)
        data.pop("notes")
        dicts.append(data)
    if not dicts:
        return "[]\n"
    return "[" + ",\n ".join(json.dumps(d, ensure_ascii=False) for d in dicts) + "]\n"


def odd_cases() -> list[Case]:
    """Cases the demo may not have: nothing known, a life term, quotes in a name, overrides."""
    note = EligibilityNote("n1", "own-rule", "checked", "eligible", 'told "yes"', D("2025-12-01"))
    return [
        Case(id="empty", person=Person('Ayşə "Ana" Əliyeva')),
        Case(
            id="life",
            person=Person("Life Term", birth_date=D("1950-01-01"), sex="female"),
            status="imprisoned",
            sentence=Sentence(
                D("2010-01-01"), ("234.1",), "grave", None, D("2010-01-01"), life=True
            ),
        ),
        Case(
            id="noted",
            person=Person("Noted", sex="female", groups=("qadınlar",)),
            status="unknown",
            sentence=Sentence(D("2024-01-01"), ("263.2",), None, Term.parse("P2Y"), None),
            eligibility_notes=(note, dataclasses.replace(note, id="n2", override=None)),
        ),
    ]


@functools.cache
def all_cases() -> tuple[Case, ...]:
    return (*generate_cases(300, today=TODAY), *odd_cases())


def rules() -> list[Rule]:
    return [*load_builtin_rules(), parse_rule_text(OWN_RULE, "own.toml")]


@pytest.mark.parametrize("rule", rules(), ids=lambda r: r.id)
@pytest.mark.parametrize("on", [None, D("2024-03-01")])
def test_json_text_is_what_the_dictionaries_dump_to(rule: Rule, on: date | None) -> None:
    items = [review(evaluate_rule(rule, c, on=on, today=TODAY), c) for c in all_cases()]
    assert results_json_text(items) == expected(items)


def test_the_cases_cover_every_kind_of_reason_and_result() -> None:
    # so the comparison above sees every code, status, seen value and override
    cases = all_cases()
    codes, statuses, seen_kinds, overrides = set(), set(), set(), 0
    for rule in rules():
        for case in cases:
            item = review(evaluate_rule(rule, case, on=None, today=TODAY), case)
            statuses.add(item.result.status)
            overrides += item.override is not None
            for reason in item.result.reasons:
                codes.add(reason.code)
                seen_kinds.add(type(reason.seen).__name__)
    assert codes == {"met", "met_from", "not_met", "missing", "not_serving"}
    assert statuses == {"eligible", "eligible_from", "not_eligible", "needs_review"}
    assert {"str", "int", "float", "list", "bool", "NoneType"} <= seen_kinds
    assert overrides > 0


def test_no_results_is_an_empty_list() -> None:
    assert results_json_text([]) == "[]\n" == expected([])


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=4),
    max_leaves=8,
)


@given(JSON_VALUES)
def test_a_value_is_written_as_json_dumps_writes_it(value: object) -> None:
    assert json_text._value(value) == json.dumps(value, ensure_ascii=False)


@settings(max_examples=50, deadline=None)
@given(
    names=st.lists(st.text(min_size=1, max_size=12), min_size=1, max_size=4),
    sex=st.sampled_from(["female", "male", None]),
)
def test_any_name_and_reason_is_written_as_the_dictionaries_dump_to(
    names: list[str], sex: str | None
) -> None:
    # quotes, backslashes, control characters, surrogates and emoji in names and groups
    own = parse_rule_text(OWN_RULE, "own.toml")
    cases = [
        Case(
            id=f"case{i}",
            person=Person(name, birth_date=D("1960-05-05"), sex=sex, groups=(name,)),
            status="imprisoned",
            sentence=Sentence(
                D("2024-01-01"), ("234.1",), "grave", Term.parse("P5Y"), D("2024-01-01")
            ),
        )
        for i, name in enumerate(names)
    ]
    items = [review(evaluate_rule(own, c, on=None, today=TODAY), c) for c in cases]
    assert results_json_text(items) == expected(items)
