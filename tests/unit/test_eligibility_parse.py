"""The TOML rule format (docs/rules.md): the contract example parses; bad input gives an error
naming file, line and key."""

from __future__ import annotations

from datetime import date
from fractions import Fraction
from pathlib import Path

import pytest

from app.eligibility import RuleError, load_rule_file, parse_rule_text
from app.terms import Term

RULE_FORMAT_EXAMPLE = """\
id = "az-amnesty-2025-12"
title = "Amnesty act of 19 December 2025 (as reported)"
kind = "amnesty"                 # amnesty | parole | pardon | replacement
effective_date = 2025-12-19      # evaluated on this date by default
window_end = 2026-04-19          # optional: also forecast who qualifies up to this date
source = "…"

[[clauses]]                      # first clause that holds wins
effect = "release"               # release | reduce | eligible
[clauses.when]                   # every criterion given must hold
articles_any = ["234.1-1"]
unserved_at_most = "P6M"

[[clauses]]
effect = "reduce"
reduce_by = "P6M"
[clauses.when]
categories_any = ["less_serious"]
unserved_more_than = "P1Y"

[exclusions]                     # any of these excludes the case
articles_any = ["…"]
groups_any = []
"""


def test_design_example_parses() -> None:
    rule = parse_rule_text(RULE_FORMAT_EXAMPLE.replace('["…"]', '["283*"]'), "amnesty.toml")
    assert rule.id == "az-amnesty-2025-12"
    assert (rule.effective_date, rule.window_end) == (date(2025, 12, 19), date(2026, 4, 19))
    assert [c.effect for c in rule.clauses] == ["release", "reduce"]
    assert rule.clauses[1].reduce_by == Term(months=6)
    first = rule.clauses[0].criteria
    assert [(c.name, c.threshold) for c in first] == [
        ("articles_any", ["234.1-1"]),
        ("unserved_at_most", "P6M"),
    ]
    assert first[1].value == Term(months=6)
    assert [c.name for c in rule.exclusions] == ["articles_any", "groups_any"]
    assert rule.filename == "amnesty.toml"


def test_every_value_kind_parses() -> None:
    rule = parse_rule_text(
        """
id = "all"
title = "All criteria"
kind = "parole"
verify = "verify against the official text"
[[clauses]]
effect = "eligible"
[clauses.when]
sex = "female"
age_at_least = 60
served_fraction_at_least = "2/3"
arrested_between = [2023-01-01, 2023-12-31]
""",
        "all.toml",
    )
    values = {c.name: c.value for c in rule.clauses[0].criteria}
    assert values == {
        "sex": "female",
        "age_at_least": 60,
        "served_fraction_at_least": Fraction(2, 3),
        "arrested_between": (date(2023, 1, 1), date(2023, 12, 31)),
    }
    assert rule.verify_note == "verify against the official text"


def error_for(text: str) -> RuleError:
    with pytest.raises(RuleError) as caught:
        parse_rule_text(text, "rules/mine.toml")
    return caught.value


BASE = """\
id = "mine"
title = "My rule"
kind = "amnesty"
effective_date = 2025-12-19

[[clauses]]
effect = "release"
[clauses.when]
articles_any = ["234.1-1"]

[[clauses]]
effect = "reduce"
reduce_by = "P6M"
[clauses.when]
unserved_more_than = "P1Y"
"""


def test_invalid_toml_names_file_and_line() -> None:
    error = error_for(BASE.replace('effect = "reduce"', 'effect = "reduce'))
    assert (error.file, error.line) == ("rules/mine.toml", 12)
    assert error.key == "effect"
    assert "invalid TOML" in error.message
    assert str(error).startswith("rules/mine.toml:12: effect: invalid TOML")


@pytest.mark.parametrize(
    ("old", "new", "line", "key", "words"),
    [
        (
            'unserved_more_than = "P1Y"',
            'unserved_more_thn = "P1Y"',
            15,
            "clauses[1].when.unserved_more_thn",
            "unknown criterion",
        ),
        (
            'unserved_more_than = "P1Y"',
            'unserved_more_than = "1 year"',
            15,
            "clauses[1].when.unserved_more_than",
            "bad duration",
        ),
        ('reduce_by = "P6M"', 'reduce_by = "6M"', 13, "clauses[1].reduce_by", "bad duration"),
        (
            'unserved_more_than = "P1Y"',
            'served_fraction_at_least = "0.5"',
            15,
            "clauses[1].when.served_fraction_at_least",
            "bad fraction",
        ),
        (
            'unserved_more_than = "P1Y"',
            'served_fraction_at_least = "3/2"',
            15,
            "clauses[1].when.served_fraction_at_least",
            "bad fraction",
        ),
        (
            "effective_date = 2025-12-19",
            'effective_date = "2025-02-30"',
            4,
            "effective_date",
            "bad date",
        ),
        (
            "effective_date = 2025-12-19",
            "effective_date = 2025-12-19T10:00:00",
            4,
            "effective_date",
            "bad date",
        ),
        (
            'articles_any = ["234.1-1"]',
            "arrested_between = [2023-12-31, 2023-01-01]",
            9,
            "clauses[0].when.arrested_between",
            "bad date",
        ),
        ('effect = "release"', 'effect = "free"', 7, "clauses[0].effect", "bad effect"),
        ('kind = "amnesty"', 'kind = "mercy"', 3, "kind", "unknown kind"),
        (
            'articles_any = ["234.1-1"]',
            'categories_any = ["serious"]',
            9,
            "clauses[0].when.categories_any",
            "unknown category",
        ),
        (
            'articles_any = ["234.1-1"]',
            'articles_any = "234.1-1"',
            9,
            "clauses[0].when.articles_any",
            "list of non-empty strings",
        ),
        (
            'articles_any = ["234.1-1"]',
            "age_at_least = -3",
            9,
            "clauses[0].when.age_at_least",
            "age",
        ),
        ('title = "My rule"', 'titel = "My rule"', 2, "titel", "unknown key"),
    ],
)
def test_bad_values_name_file_line_and_key(
    old: str, new: str, line: int, key: str, words: str
) -> None:
    assert old in BASE
    error = error_for(BASE.replace(old, new))
    assert (error.file, error.line, error.key) == ("rules/mine.toml", line, key)
    assert words in error.message
    assert str(error).startswith(f"rules/mine.toml:{line}: {key}: ")


def test_reduce_needs_reduce_by() -> None:
    error = error_for(BASE.replace('reduce_by = "P6M"\n', ""))
    assert (error.line, error.key) == (11, "clauses[1].reduce_by")


def test_unknown_exclusion_criterion() -> None:
    error = error_for(BASE + '\n[exclusions]\narticle_any = ["283*"]\n')
    assert (error.line, error.key) == (18, "exclusions.article_any")


def test_missing_clauses_and_id() -> None:
    assert error_for('id = "x"\ntitle = "t"\nkind = "amnesty"\n').key == "clauses"
    assert error_for(BASE.replace('id = "mine"\n', "")).key == "id"


def test_window_before_effective_date() -> None:
    error = error_for(
        BASE.replace(
            "effective_date = 2025-12-19", "effective_date = 2025-12-19\nwindow_end = 2025-01-01"
        )
    )
    assert (error.line, error.key) == (5, "window_end")


def test_inline_table_errors_still_find_the_line() -> None:
    text = (
        BASE.split("[[clauses]]")[0] + '[[clauses]]\neffect = "release"\nwhen = { sx = "male" }\n'
    )
    error = error_for(text)
    assert (error.line, error.key) == (8, "clauses[0].when.sx")


def test_load_rule_file(tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(BASE, encoding="utf-8")
    assert load_rule_file(path).id == "mine"
    with pytest.raises(RuleError) as caught:
        load_rule_file(tmp_path / "absent.toml")
    assert caught.value.line == 0 and "cannot read" in caught.value.message
    path.write_bytes(b"\xff\xfe")
    with pytest.raises(RuleError, match="not UTF-8"):
        load_rule_file(path)
