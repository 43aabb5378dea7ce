"""Rule evaluation (docs/rules.md): each criterion alone and combined, precedence, exclusions,
forecast inside and outside the window, needs_review naming the field, result JSON."""

from __future__ import annotations

import json
from datetime import date

import pytest

from app.eligibility import (
    Rule,
    RuleResult,
    article_matches,
    evaluate_rule,
    parse_rule_text,
    render_reason,
    render_result,
    result_json,
    review,
    reviewed_json,
)
from app.model import Case, CustodyPeriod, EligibilityNote, Event, Person, Sentence
from app.terms import Term

D = date.fromisoformat


def make_case(
    *,
    start: str = "2023-04-15",
    term: str = "P3Y",
    articles: tuple[str, ...] = ("234.1-1",),
    category: str | None = "less_serious",
    birth: str | None = "1985-03-02",
    sex: str | None = "male",
    groups: tuple[str, ...] = ("journalists",),
    custody: tuple[tuple[str, str | None], ...] = (("2023-02-01", "2023-04-14"),),
    arrested_on: str | None = None,
    events: tuple[Event, ...] = (),
    sentence: bool = True,
    status: str | None = None,
) -> Case:
    return Case(
        id="c1",
        person=Person(
            "Əli Həsənov",
            birth_date=None if birth is None else D(birth),
            sex=sex,
            groups=groups,
        ),
        status=status or ("imprisoned" if sentence else "pretrial"),
        arrested_on=None if arrested_on is None else D(arrested_on),
        custody=tuple(
            CustodyPeriod(D(a), None if b is None else D(b), "pretrial_detention")
            for a, b in custody
        ),
        sentence=Sentence(D("2023-10-01"), articles, category, Term.parse(term), D(start))
        if sentence
        else None,
        events=events,
    )


def rule(when: str, *, header: str = "", exclusions: str = "", more: str = "") -> Rule:
    text = f"""
id = "test-rule"
title = "Test rule"
kind = "amnesty"
{header}

[[clauses]]
effect = "release"
[clauses.when]
{when}
{more}
{exclusions}
"""
    return parse_rule_text(text, "test.toml")


def evaluate(r: Rule, case: Case, on: str | None = "2025-12-19") -> RuleResult:
    return evaluate_rule(r, case, on=None if on is None else D(on), today=D("2025-01-01"))


# Case default: start 2023-04-15, P3Y, 73 days credit -> last day 2026-01-31.


def test_default_case_last_day() -> None:
    r = rule('articles_any = ["234.1-1"]')
    assert evaluate(r, make_case()).status == "eligible"


# ------------------------------------------------------------------ each criterion alone


@pytest.mark.parametrize(
    ("when", "status"),
    [
        ('articles_any = ["234.1-1"]', "eligible"),
        ('articles_any = ["234.1*"]', "eligible"),
        ('articles_any = ["234.10*"]', "not_eligible"),
        ('articles_none = ["234.1*"]', "not_eligible"),
        ('articles_none = ["228.4"]', "eligible"),
        ('categories_any = ["less_serious", "minor"]', "eligible"),
        ('categories_any = ["grave"]', "not_eligible"),
        ('groups_any = ["journalists"]', "eligible"),
        ('groups_any = ["military"]', "not_eligible"),
        ('groups_none = ["journalists"]', "not_eligible"),
        ('sex = "male"', "eligible"),
        ('sex = "female"', "not_eligible"),
        ("age_at_least = 40", "eligible"),  # 40 on 2025-03-02
        ("age_at_least = 41", "not_eligible"),  # 41 only on 2026-03-02, after the last day
        ("age_below = 41", "eligible"),
        ('term_more_than = "P2Y"', "eligible"),
        ('term_more_than = "P3Y"', "not_eligible"),
        ('term_at_most = "P36M"', "eligible"),  # P36M and P3Y end on the same day
        ('term_at_most = "P2Y11M"', "not_eligible"),
        ('unserved_at_most = "P2M"', "eligible"),  # 2026-01-31 <= 2026-02-19
        ('unserved_at_most = "P1M12D"', "eligible"),  # 2026-01-31 <= 2026-01-31: boundary holds
        ('unserved_more_than = "P1M12D"', "not_eligible"),
        ('unserved_more_than = "P1M"', "eligible"),  # 2026-01-31 > 2026-01-19
        ('served_fraction_at_least = "3/4"', "eligible"),
        ('served_at_least = "P2Y"', "eligible"),
        ("arrested_between = [2023-01-01, 2023-12-31]", "eligible"),
        ("arrested_between = [2023-02-02, 2023-12-31]", "not_eligible"),
    ],
)
def test_each_criterion_alone(when: str, status: str) -> None:
    assert evaluate(rule(when), make_case()).status == status


@pytest.mark.parametrize(
    ("article", "matches"),
    [("234.1", True), ("234.1-1", True), ("234.1.2", True), ("234.10", False), ("234", False)],
)
def test_article_pattern_with_star(article: str, matches: bool) -> None:
    assert article_matches(article, "234.1*") is matches
    assert article_matches(article, "234.1") is (article == "234.1")


def test_arrest_date_prefers_arrested_on_over_custody() -> None:
    r = rule("arrested_between = [2023-01-10, 2023-01-20]")
    assert evaluate(r, make_case()).status == "not_eligible"  # custody from 2023-02-01
    assert evaluate(r, make_case(arrested_on="2023-01-15")).status == "eligible"


def test_criteria_combined_must_all_hold() -> None:
    r = rule('articles_any = ["234.1-1"]\nsex = "female"')
    assert evaluate(r, make_case()).status == "not_eligible"
    assert evaluate(r, make_case(sex="female")).status == "eligible"


# ------------------------------------------------------------------ forecast

AMNESTY_HEADER = "effective_date = 2025-12-19\nwindow_end = 2026-04-19"


def test_forecast_inside_the_window() -> None:
    r = rule('articles_any = ["234.1-1"]\nunserved_at_most = "P6M"', header=AMNESTY_HEADER)
    case = make_case(start="2023-12-14")  # last day 2026-10-01 (P3Y, 73 days credit)
    result = evaluate(r, case, on=None)
    assert result.on == D("2025-12-19")  # the rule's effective date
    assert result.status == "eligible_from"
    assert result.date == D("2026-04-01")  # 2026-10-01 <= add(2026-04-01, P6M)
    assert result.effect == "release"
    assert result.clause == 0


def test_forecast_on_window_end_counts_and_after_it_does_not() -> None:
    r = rule('unserved_at_most = "P6M"', header=AMNESTY_HEADER)
    on_edge = make_case(start="2024-01-01")  # last day 2026-10-19 -> qualifies 2026-04-19
    assert evaluate(r, on_edge, on=None).date == D("2026-04-19")
    too_late = make_case(start="2024-01-02")  # last day 2026-10-20 -> 2026-04-20
    result = evaluate(r, too_late, on=None)
    assert result.status == "not_eligible"
    assert result.reasons[0].code == "met_from"
    assert result.reasons[0].since == D("2026-04-20")


def test_without_a_window_the_forecast_runs_to_the_last_day() -> None:
    r = rule("age_at_least = 41")  # birthday 2026-03-02
    assert evaluate(r, make_case()).status == "not_eligible"  # last day 2026-01-31
    later = evaluate(r, make_case(start="2023-12-14"))  # last day 2026-10-01
    assert (later.status, later.date) == ("eligible_from", D("2026-03-02"))


def test_forecast_of_parole_floor_after_fraction() -> None:
    # docs/sentence-conventions.md: minor, start 2025-01-01, P10M: half 2025-06-01, 6 months served
    # 2025-07-01.
    r = rule('served_fraction_at_least = "1/2"\nserved_at_least = "P6M"')
    case = make_case(start="2025-01-01", term="P10M", category="minor", custody=())
    result = evaluate(r, case, on="2025-05-01")
    assert (result.status, result.date) == ("eligible_from", D("2025-07-01"))
    codes = {reason.criterion: (reason.code, reason.since) for reason in result.reasons}
    assert codes["served_fraction_at_least"] == ("met_from", D("2025-06-01"))
    assert codes["served_at_least"] == ("met_from", D("2025-07-01"))


# ------------------------------------------------------------------ precedence

TWO_CLAUSES = """
[[clauses]]
effect = "reduce"
reduce_by = "P6M"
[clauses.when]
{second}
"""


def test_first_clause_that_holds_wins() -> None:
    r = rule('articles_any = ["234.1-1"]', more=TWO_CLAUSES.format(second='sex = "male"'))
    result = evaluate(r, make_case())
    assert (result.status, result.clause, result.effect) == ("eligible", 0, "release")


def test_later_clause_holding_today_beats_an_earlier_forecast() -> None:
    r = rule("age_at_least = 41", more=TWO_CLAUSES.format(second='sex = "male"'))
    result = evaluate(r, make_case(start="2023-12-14"))
    assert (result.status, result.clause, result.effect) == ("eligible", 1, "reduce")
    assert result.reduce_by == Term(months=6)
    assert render_result(result) == "eligible on 2025-12-19 (reduce by P6M, clause 2)"


def test_earliest_forecast_wins_and_a_tie_goes_to_the_earlier_clause() -> None:
    case = make_case(start="2023-12-14")  # last day 2026-10-01
    r = rule("age_at_least = 41", more=TWO_CLAUSES.format(second='unserved_at_most = "P8M"'))
    result = evaluate(r, case)
    assert (result.date, result.clause) == (D("2026-02-01"), 1)  # before the 2026-03-02 birthday
    tie = rule("age_at_least = 41", more=TWO_CLAUSES.format(second="age_at_least = 41"))
    assert evaluate(tie, case).clause == 0


# ------------------------------------------------------------------ exclusions

EXCLUDE_JOURNALISTS = '[exclusions]\ngroups_any = ["journalists"]'


def test_exclusion_gives_not_eligible_whatever_the_clauses_say() -> None:
    r = rule('articles_any = ["234.1-1"]', exclusions=EXCLUDE_JOURNALISTS)
    result = evaluate(r, make_case())
    assert result.status == "not_eligible"
    assert [(x.criterion, x.holds) for x in result.reasons] == [("exclusions.groups_any", True)]
    assert evaluate(r, make_case(groups=("civil_activists",))).status == "eligible"


def test_exclusion_by_article_pattern() -> None:
    r = rule('sex = "male"', exclusions='[exclusions]\narticles_any = ["234*"]')
    assert evaluate(r, make_case()).status == "not_eligible"
    assert evaluate(r, make_case(articles=("228.4",))).status == "eligible"


def test_exclusion_that_starts_later_stops_the_forecast() -> None:
    # Qualifies from 2026-04-01, but is excluded from the 41st birthday on 2026-03-02.
    r = rule(
        'unserved_at_most = "P6M"',
        header=AMNESTY_HEADER,
        exclusions="[exclusions]\nage_at_least = 41",
    )
    assert evaluate(r, make_case(start="2023-12-14"), on=None).status == "not_eligible"
    no_birthday = rule(
        'unserved_at_most = "P6M"',
        header=AMNESTY_HEADER,
        exclusions="[exclusions]\nage_at_least = 42",
    )
    assert evaluate(no_birthday, make_case(start="2023-12-14"), on=None).date == D("2026-04-01")


# ------------------------------------------------------------------ needs_review


def test_needs_review_names_the_missing_field() -> None:
    r = rule("age_at_least = 18")
    result = evaluate(r, make_case(birth=None))
    assert result.status == "needs_review"
    assert result.missing == ("person.birth_date",)
    reason = result.reasons[0]
    assert (reason.code, reason.holds, reason.field) == ("missing", None, "person.birth_date")
    assert "person.birth_date is missing" in render_reason(reason, result.on)
    assert render_result(result) == "needs review: missing person.birth_date"


@pytest.mark.parametrize(
    ("when", "kwargs", "field"),
    [
        ('sex = "female"', {"sex": None}, "person.sex"),
        ('categories_any = ["minor"]', {"category": None}, "sentence.category"),
        ('articles_any = ["234.1-1"]', {"articles": ()}, "sentence.articles"),
        # imprisoned, the sentence not yet recorded (a pretrial person is not looked at)
        ('unserved_at_most = "P6M"', {"sentence": False, "status": "imprisoned"}, "sentence"),
        ("arrested_between = [2023-01-01, 2023-12-31]", {"custody": ()}, "arrested_on"),
    ],
)
def test_each_missing_field_is_named(when: str, kwargs: dict[str, object], field: str) -> None:
    result = evaluate(rule(when), make_case(**kwargs))  # type: ignore[arg-type]
    assert (result.status, result.missing) == ("needs_review", (field,))


def test_missing_data_does_not_matter_when_another_criterion_rules_the_clause_out() -> None:
    r = rule('articles_any = ["228.4"]\nage_at_least = 18')
    assert evaluate(r, make_case(birth=None)).status == "not_eligible"


def test_another_clause_that_holds_wins_over_missing_data() -> None:
    r = rule("age_at_least = 18", more=TWO_CLAUSES.format(second='sex = "male"'))
    assert evaluate(r, make_case(birth=None)).status == "eligible"


def test_undecidable_exclusion_leads_to_review_when_nothing_qualifies() -> None:
    r = rule('sex = "female"', exclusions="[exclusions]\nage_below = 18")
    result = evaluate(r, make_case(birth=None))
    assert (result.status, result.missing) == ("needs_review", ("person.birth_date",))


# ------------------------------------------------------------------ evaluation day, adjustments


def test_evaluation_day_is_on_then_effective_date_then_today() -> None:
    with_date = rule('sex = "male"', header="effective_date = 2025-12-19")
    without = rule('sex = "male"')
    case = make_case()
    assert evaluate_rule(with_date, case, on=D("2025-06-01"), today=D("2025-01-01")).on == D(
        "2025-06-01"
    )
    assert evaluate_rule(with_date, case, on=None, today=D("2025-01-01")).on == D("2025-12-19")
    assert evaluate_rule(without, case, on=None, today=D("2025-01-01")).on == D("2025-01-01")


def test_an_amnesty_reduction_before_the_day_counts() -> None:
    reduction = Event("e1", D("2025-06-01"), "amnesty_reduction", reduce_by=Term(months=6))
    r = rule('unserved_at_most = "P4M"')  # on 2025-12-19: last day by 2026-04-19
    case = make_case(start="2023-12-14")  # last day 2026-10-01, after the reduction 2026-04-01
    assert evaluate(r, case).status == "eligible_from"
    assert evaluate(r, make_case(start="2023-12-14", events=(reduction,))).status == "eligible"


# ------------------------------------------------------------------ JSON, notes


def test_result_json_has_exactly_the_contract_keys() -> None:
    r = rule('articles_any = ["234.1-1"]\nunserved_at_most = "P6M"', header=AMNESTY_HEADER)
    out = result_json(evaluate(r, make_case(start="2023-12-14"), on=None))
    assert list(out) == ["case_id", "name", "status", "date", "effect", "clause", "reasons"]
    assert out["status"] == "eligible_from" and out["date"] == "2026-04-01"
    assert out["name"] == "Əli Həsənov"
    assert [list(reason) for reason in out["reasons"]] == [
        ["criterion", "seen", "threshold", "holds", "text"]
    ] * 2
    unserved = out["reasons"][1]
    assert unserved["criterion"] == "unserved_at_most"
    assert unserved["seen"] == 286  # 2026-10-01 - 2025-12-19
    assert unserved["threshold"] == "P6M"
    assert unserved["holds"] is False
    assert "holds from 2026-04-01" in unserved["text"]
    json.dumps(out)  # every value is plain JSON


def test_not_eligible_lists_every_clause_criterion_with_the_value_seen() -> None:
    r = rule('categories_any = ["grave"]\nage_at_least = 60')
    result = evaluate(r, make_case())
    assert [(x.criterion, x.seen, x.holds) for x in result.reasons] == [
        ("categories_any", "less_serious", False),
        ("age_at_least", 40, False),
    ]


def test_override_is_shown_beside_the_computed_status() -> None:
    note = EligibilityNote(
        "n1",
        "test-rule",
        "parole refused",
        override="not_eligible",
        reason="refused on 2025-05-01; next application after six months",
        date=D("2025-05-01"),
    )
    other = EligibilityNote("n2", "another-rule", "irrelevant")
    case = Case(**{**make_case().__dict__, "eligibility_notes": (note, other)})
    reviewed = review(evaluate(rule('sex = "male"'), case), case)
    assert reviewed.result.status == "eligible"
    assert reviewed.override == note and reviewed.differs
    assert reviewed.notes == (note,)
    out = reviewed_json(reviewed)
    assert out["status"] == "eligible"
    assert out["override"]["status"] == "not_eligible"


# ------------------------------------------------------------------ an act's days


def test_a_rule_tested_each_day_makes_nobody_eligible_outside_the_acts_days() -> None:
    from dataclasses import replace

    act = rule(
        'unserved_at_most = "P6M"',
        header="effective_date = 2021-11-05\nwindow_end = 2022-03-05",
    )

    def serving(term: str) -> Case:  # sentenced on 2019-06-01 and serving from that day
        case = make_case(start="2019-06-01", term=term, custody=())
        assert case.sentence is not None
        return replace(case, sentence=replace(case.sentence, verdict_date=D("2019-06-01")))

    # Last day 2024-05-31: six months or less left only after the window closed.
    assert evaluate(act, serving("P5Y"), on="2023-12-01").status == "not_eligible"
    # Last day 2022-01-31: six months left from 2021-07-31, before the act was in force.
    early = serving("P2Y8M")
    for on in ("2021-06-01", "2021-09-01"):
        result = evaluate(act, early, on=on)
        assert (result.status, result.date) == ("eligible_from", D("2021-11-05"))
    result = evaluate(act, early, on="2021-12-01")
    assert (result.status, result.date) == ("eligible", D("2021-12-01"))
