"""The built-in rule pack: CC Art. 76 parole and the reported amnesties, on cases a lawyer
can check by hand."""

from __future__ import annotations

from datetime import date

import pytest

from app.eligibility import Rule, RuleResult, evaluate_rule, load_builtin_rules
from app.model import Case, CustodyPeriod, Person, Sentence
from app.terms import Term

D = date.fromisoformat
RULES = {rule.id: rule for rule in load_builtin_rules()}


def make_case(
    start: str,
    term: str,
    category: str,
    articles: tuple[str, ...] = ("234.1-1",),
    custody: tuple[str, str] | None = None,
) -> Case:
    return Case(
        id="c",
        person=Person("Гасан Алиев"),
        status="imprisoned",
        custody=()
        if custody is None
        else (CustodyPeriod(D(custody[0]), D(custody[1]), "pretrial_detention"),),
        sentence=Sentence(None, articles, category, Term.parse(term), D(start)),
    )


def run(rule_id: str, case: Case, on: str | None = None) -> RuleResult:
    return evaluate_rule(
        RULES[rule_id], case, on=None if on is None else D(on), today=D("2025-06-01")
    )


def test_pack_has_the_three_rules_each_marked_for_verification() -> None:
    assert sorted(RULES) == ["az-amnesty-2021-11", "az-amnesty-2025-12", "az-cc-76-parole"]
    for rule in RULES.values():
        assert isinstance(rule, Rule)
        assert rule.verify_note and "verif" in rule.verify_note.lower()
        assert rule.source
        assert rule.filename.startswith("builtin:")


def test_amnesty_2025_dates() -> None:
    rule = RULES["az-amnesty-2025-12"]
    assert (rule.effective_date, rule.window_end) == (D("2025-12-19"), D("2026-04-19"))
    assert rule.kind == "amnesty"


# ------------------------------------------------------------------ parole, DESIGN §4


@pytest.mark.parametrize(
    ("start", "term", "category", "on", "status", "when"),
    [
        # minor, P10M: half 2025-06-01, but 6 months served only on 2025-07-01
        ("2025-01-01", "P10M", "minor", "2025-05-01", "eligible_from", "2025-07-01"),
        ("2025-01-01", "P10M", "minor", "2025-07-01", "eligible", "2025-07-01"),
        # less serious, P4Y: half 2024-03-15
        ("2022-03-15", "P4Y", "less_serious", "2023-01-01", "eligible_from", "2024-03-15"),
        # grave, P5Y: two thirds 2024-05-20
        ("2021-01-20", "P5Y", "grave", "2024-05-19", "eligible_from", "2024-05-20"),
        ("2021-01-20", "P5Y", "grave", "2024-05-20", "eligible", "2024-05-20"),
        # especially grave, P8Y: three quarters = 72 months -> 2026-01-10
        ("2020-01-10", "P8Y", "especially_grave", "2025-06-01", "eligible_from", "2026-01-10"),
        # less serious, P3Y3M: half 2024-08-25
        ("2023-01-10", "P3Y3M", "less_serious", "2024-01-01", "eligible_from", "2024-08-25"),
    ],
)
def test_parole_examples(
    start: str, term: str, category: str, on: str, status: str, when: str
) -> None:
    result = run("az-cc-76-parole", make_case(start, term, category), on)
    assert (result.status, result.date) == (status, D(when))
    assert result.effect == "eligible"


def test_parole_counts_pretrial_credit() -> None:
    # P2Y from 2022-09-01 with 60 days of detention: half 2023-07-03 (2023-09-01 − 60 days)
    case = make_case("2022-09-01", "P2Y", "less_serious", custody=("2022-01-10", "2022-03-10"))
    result = run("az-cc-76-parole", case, "2023-01-01")
    assert (result.status, result.date) == ("eligible_from", D("2023-07-03"))


def test_parole_without_category_needs_review() -> None:
    case = Case(
        id="c",
        person=Person("Ayan"),
        sentence=Sentence(None, ("228.4",), None, Term(years=3), D("2024-01-01")),
    )
    result = run("az-cc-76-parole", case, "2025-06-01")
    # the status is unknown too (the case does not say): whether the person is still
    # serving is named among the missing data
    assert (result.status, result.missing) == ("needs_review", ("sentence.category", "status"))


# ------------------------------------------------------------------ amnesty of December 2025


@pytest.mark.parametrize(
    ("start", "status", "when"),
    [
        # P3Y from 2023-06-01: last day 2026-05-31 -> at most 6 months left on 2025-12-19
        ("2023-06-01", "eligible", "2025-12-19"),
        # last day 2026-09-30 -> at most 6 months left from 2026-03-30, inside the window
        ("2023-10-01", "eligible_from", "2026-03-30"),
        # last day 2026-10-19 -> from 2026-04-19, the window's last day
        ("2023-10-20", "eligible_from", "2026-04-19"),
        # last day 2026-10-20 -> from 2026-04-20, after the window
        ("2023-10-21", "not_eligible", None),
    ],
)
def test_amnesty_2025_release_window(start: str, status: str, when: str | None) -> None:
    result = run("az-amnesty-2025-12", make_case(start, "P3Y", "less_serious"))
    assert result.on == D("2025-12-19")
    assert (result.status, result.date) == (status, None if when is None else D(when))
    if status != "not_eligible":
        assert result.effect == "release"


def test_amnesty_2025_needs_article_234_1_1() -> None:
    result = run("az-amnesty-2025-12", make_case("2023-06-01", "P3Y", "less_serious", ("228.4",)))
    assert result.status == "not_eligible"
    assert result.reasons[0].seen == ["228.4"]


def test_amnesty_2025_for_a_client_without_sentence_needs_review() -> None:
    case = Case(id="p", person=Person("Ayan"), status="imprisoned")
    result = run("az-amnesty-2025-12", case)
    assert (result.status, result.missing) == ("needs_review", ("sentence",))


def test_amnesty_2025_does_not_look_at_a_person_awaiting_trial() -> None:
    # a pretrial client is not serving a sentence: the act's release clauses do not apply
    case = Case(id="p", person=Person("Ayan"), status="pretrial")
    result = run("az-amnesty-2025-12", case)
    assert result.status == "not_eligible"
    assert (result.reasons[0].code, result.reasons[0].field) == ("not_serving", "status")


def test_amnesty_2021_less_serious_with_six_months_left() -> None:
    # last day 2022-01-31: released on the act's day, 2021-11-05
    result = run("az-amnesty-2021-11", make_case("2019-02-01", "P3Y", "less_serious"))
    assert (result.status, result.date, result.clause) == ("eligible", D("2021-11-05"), 1)
    grave_late = run("az-amnesty-2021-11", make_case("2020-02-01", "P3Y", "grave"))
    assert grave_late.status == "not_eligible"  # 2023-01-31: more than 6 months after 2022-03-05
