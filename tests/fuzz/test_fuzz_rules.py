"""Rule TOML (docs/rules.md) from anyone's file: only ``RuleError`` may come out of the parser,
and a rule it accepts can be evaluated for ordinary cases without raising."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.case_json import parse_case_text
from app.eligibility import Rule, RuleError, evaluate_rule, parse_rule_text
from tests.fuzz.mutation import budget, fuzz_input, load_seeds, note
from tests.fuzz.test_fuzz_case_json import SEEDS as CASE_SEEDS
from tests.fuzz.test_fuzz_case_json import is_calendar_overflow

SEEDS = load_seeds("rules")
CASES = [parse_case_text(data) for name, data in CASE_SEEDS if not name.startswith("finding-")]
TODAY = date(2025, 6, 1)

# Values that reach every criterion's parser: durations, fractions, dates, lists, tables.
VALUES = st.sampled_from(
    [
        '"P6M"',
        '"P0D"',
        '"P99999Y"',
        '"-P1Y"',
        '"2/3"',
        '"0/0"',
        '"3/2"',
        '"1/0"',
        '"x"',
        "2025-12-19",
        "0001-01-01",
        "9999-12-31",
        "[2023-01-01, 2023-12-31]",
        "[2023-12-31, 2023-01-01]",
        "[]",
        '["234.1*"]',
        '["*"]',
        "60",
        "-1",
        "1e9",
        "true",
        "{}",
        '"female"',
        "1979-05-27T07:32:00Z",
    ]
)
CRITERIA = st.sampled_from(
    [
        "articles_any",
        "articles_none",
        "categories_any",
        "groups_any",
        "groups_none",
        "sex",
        "age_at_least",
        "age_below",
        "term_more_than",
        "term_at_most",
        "unserved_at_most",
        "unserved_more_than",
        "served_fraction_at_least",
        "served_at_least",
        "arrested_between",
        "unknown_criterion",
    ]
)


def evaluate_everything(rule: Rule) -> None:
    for case in CASES:
        for on in (None, TODAY, date(1, 1, 1), date(9999, 12, 31)):
            try:
                evaluate_rule(rule, case, on=on, today=TODAY)
            except (ValueError, OverflowError) as exc:
                if not is_calendar_overflow(exc):  # finding F1's family, see the README
                    raise


def check(text: str) -> None:
    try:
        rule = parse_rule_text(text, "fuzz.toml")
    except RuleError as exc:
        assert exc.file == "fuzz.toml" and exc.message
        note("refused")
        return
    note("accepted")
    evaluate_everything(rule)


@pytest.mark.parametrize("name", [name for name, _ in SEEDS])
def test_seed_corpus_replays(name: str) -> None:
    rule = parse_rule_text(dict(SEEDS)[name].decode("utf-8"), name)
    evaluate_everything(rule)


@budget(200)
@given(fuzz_input([data for _, data in SEEDS], max_random=200))
def test_mutated_rule_files_give_only_rule_errors(data: bytes) -> None:
    check(data.decode("utf-8", errors="replace"))


@budget(200)
@given(st.lists(st.tuples(CRITERIA, VALUES), min_size=1, max_size=4), VALUES, VALUES)
def test_generated_criteria_give_only_rule_errors(
    criteria: list[tuple[str, str]], window_end: str, reduce_by: str
) -> None:
    when = "\n".join(f"{name} = {value}" for name, value in criteria)
    check(
        f'id = "generated"\ntitle = "t"\nkind = "amnesty"\neffective_date = 2025-12-19\n'
        f'window_end = {window_end}\n\n[[clauses]]\neffect = "reduce"\n'
        f"reduce_by = {reduce_by}\n[clauses.when]\n{when}\n\n[exclusions]\n{when}\n"
    )
