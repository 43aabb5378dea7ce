"""The v2 criteria and readings of docs/rules.md: categories_none, life, prior_parole_revoked,
recidivism_any, statuses, aggregated verdicts, test_on, and a forecast that follows the
case's later adjustments. Every expected date is worked out by hand in the comments."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.eligibility import Rule, RuleError, RuleResult, evaluate_rule, parse_rule_text
from app.model import (
    Case,
    CustodyPeriod,
    Event,
    Interruption,
    Person,
    Sentence,
    SentenceComponent,
)
from app.terms import Term

D = date.fromisoformat


def rule(when: str, header: str = "", exclusions: str = "") -> Rule:
    return parse_rule_text(
        f"""
id = "v2"
title = "v2"
kind = "amnesty"
{header}

[[clauses]]
effect = "release"
[clauses.when]
{when}
{exclusions}
""",
        "v2.toml",
    )


def case(
    *,
    start: str = "2023-04-15",
    term: str = "P3Y",
    category: str | None = "less_serious",
    articles: tuple[str, ...] = ("234.1-1",),
    components: tuple[SentenceComponent, ...] = (),
    life: bool = False,
    revoked: bool | None = None,
    recidivism: str | None = None,
    custody: tuple[str, str] | None = None,
    events: tuple[Event, ...] = (),
    status: str = "imprisoned",
) -> Case:
    return Case(
        id="c",
        person=Person("Tofiq Yaqublu"),
        status=status,
        custody=()
        if custody is None
        else (CustodyPeriod(D(custody[0]), D(custody[1]), "pretrial_detention"),),
        sentence=Sentence(
            D("2000-01-01"),
            articles,
            category,
            Term.parse(term),
            D(start),
            life=life,
            components=components,
            prior_parole_revoked=revoked,
            recidivism=recidivism,
        ),
        events=events,
    )


def run(r: Rule, c: Case, on: str) -> RuleResult:
    return evaluate_rule(r, c, on=D(on), today=D(on))


GRAVE_CO_CONVICTION = SentenceComponent(D("2024-01-10"), ("120.1",), "grave", Term(years=8))


def test_categories_none_excludes_a_grave_co_conviction() -> None:
    r = rule('categories_none = ["grave", "especially_grave"]')
    assert run(r, case(), "2025-01-01").status == "eligible"
    # the sentence's own category says less serious; the aggregated murder verdict is grave
    found = run(r, case(components=(GRAVE_CO_CONVICTION,)), "2025-01-01")
    assert found.status == "not_eligible"
    assert found.reasons[0].seen == "grave"


def test_categories_any_looks_at_the_most_serious_aggregated_verdict() -> None:
    r = rule('categories_any = ["less_serious"]')
    assert run(r, case(components=(GRAVE_CO_CONVICTION,)), "2025-01-01").status == "not_eligible"


def test_articles_of_aggregated_verdicts_count_for_exclusions() -> None:
    r = rule("", exclusions='[exclusions]\narticles_any = ["120*"]')
    assert run(r, case(), "2025-01-01").status == "eligible"
    assert run(r, case(components=(GRAVE_CO_CONVICTION,)), "2025-01-01").status == "not_eligible"


def test_life_criterion() -> None:
    assert run(rule("life = true"), case(life=True), "2025-01-01").status == "eligible"
    assert run(rule("life = true"), case(), "2025-01-01").status == "not_eligible"
    assert run(rule("life = false"), case(), "2025-01-01").status == "eligible"


def test_served_at_least_works_for_a_life_term() -> None:
    # life from 2000-03-01, no credit: 25 years served on add(2000-03-01, P25Y) = 2025-03-01.
    # No window and no last day: the forecast runs without an end.
    r = rule('life = true\nserved_at_least = "P25Y"')
    found = run(r, case(life=True, start="2000-03-01"), "2024-06-01")
    assert (found.status, found.date) == ("eligible_from", D("2025-03-01"))
    assert run(r, case(life=True, start="2000-03-01"), "2025-03-01").status == "eligible"


def test_served_at_least_for_life_counts_pretrial_credit() -> None:
    # detention 1999-12-01..2000-02-29 = 31 + 31 + 29 = 91 days;
    # 2025-03-01 − 91 days = 2024-11-30
    r = rule('life = true\nserved_at_least = "P25Y"')
    c = case(life=True, start="2000-03-01", custody=("1999-12-01", "2000-02-29"))
    found = run(r, c, "2024-06-01")
    assert (found.status, found.date) == ("eligible_from", D("2024-11-30"))


def test_served_at_least_for_life_adds_the_days_of_an_interruption() -> None:
    # life from 2000-03-01; at liberty pending appeal 2001-01-01..2001-01-10 (10 days):
    # 25 years served on 2025-03-01 + 10 days = 2025-03-11
    r = rule('life = true\nserved_at_least = "P25Y"')
    c = case(life=True, start="2000-03-01")
    assert c.sentence is not None
    stop = Interruption(D("2001-01-01"), D("2001-01-10"), "at liberty pending appeal")
    sentence = replace(c.sentence, interruptions=(stop,))
    found = run(r, replace(c, sentence=sentence), "2024-06-01")
    assert (found.status, found.date) == ("eligible_from", D("2025-03-11"))


def test_life_term_has_no_end_and_no_fraction() -> None:
    life = case(life=True, start="2000-03-01")
    assert run(rule('unserved_at_most = "P6M"'), life, "2030-01-01").status == "not_eligible"
    assert run(rule('unserved_more_than = "P6M"'), life, "2030-01-01").status == "eligible"
    assert run(rule('term_more_than = "P15Y"'), life, "2030-01-01").status == "eligible"
    assert run(rule('served_fraction_at_least = "1/2"'), life, "2060-01-01").status == (
        "not_eligible"
    )


def test_prior_parole_revoked_missing_counts_as_false() -> None:
    r = rule("prior_parole_revoked = false")
    assert run(r, case(), "2025-01-01").status == "eligible"
    assert run(r, case(revoked=True), "2025-01-01").status == "not_eligible"
    assert run(rule("prior_parole_revoked = true"), case(revoked=True), "2025-01-01").status == (
        "eligible"
    )


def test_recidivism_any_needs_the_field() -> None:
    r = rule('recidivism_any = ["dangerous", "especially_dangerous"]')
    assert run(r, case(recidivism="dangerous"), "2025-01-01").status == "eligible"
    assert run(r, case(recidivism="none"), "2025-01-01").status == "not_eligible"
    found = run(r, case(), "2025-01-01")
    assert (found.status, found.missing) == ("needs_review", ("sentence.recidivism",))


def test_statuses_criterion() -> None:
    r = rule('statuses = ["imprisoned"]')
    assert run(r, case(), "2025-01-01").status == "eligible"
    # unknown status: the criterion fails, so the rule says no, not "maybe"
    assert run(r, case(status="unknown"), "2025-01-01").status == "not_eligible"


def test_new_criteria_are_checked_when_parsed() -> None:
    with pytest.raises(RuleError, match="expected true or false"):
        rule('life = "yes"')
    with pytest.raises(RuleError, match="unknown recidivism 'often'"):
        rule('recidivism_any = ["often"]')
    with pytest.raises(RuleError, match="unknown status 'free'"):
        rule("", header='statuses = ["free"]')
    with pytest.raises(RuleError, match="test_on"):
        rule("", header='test_on = "weekly"')
    with pytest.raises(RuleError, match="needs an effective_date"):
        rule("", header='test_on = "effective_date"')


# ---------------------------------------------------------------- test_on

WINDOW = "effective_date = 2025-12-19\nwindow_end = 2026-04-19"


@pytest.mark.parametrize(
    ("start", "each_day", "effective_date"),
    [
        # P3Y from 2023-06-01: last day 2026-05-31, at most 6 months left on 2025-12-19
        ("2023-06-01", ("eligible", "2025-12-19"), ("eligible", "2025-12-19")),
        # last day 2026-09-30: 6 months left from 2026-03-30, inside the window — but on the
        # effective date itself more than 6 months are left
        ("2023-10-01", ("eligible_from", "2026-03-30"), ("not_eligible", None)),
    ],
)
def test_test_on_reads_the_window_two_ways(
    start: str, each_day: tuple[str, str | None], effective_date: tuple[str, str | None]
) -> None:
    when = 'unserved_at_most = "P6M"'
    for header, expected in (
        (WINDOW, each_day),
        (WINDOW + '\ntest_on = "effective_date"', effective_date),
    ):
        r = rule(when, header)
        found = evaluate_rule(r, case(start=start), on=None, today=D("2025-12-01"))
        day = None if found.date is None else found.date.isoformat()
        assert (found.status, day) == expected


def test_effective_date_reading_gives_the_same_answer_whatever_the_day() -> None:
    # last day 2026-05-31; asked on 2026-02-01: still eligible as of 2025-12-19
    r = rule('unserved_at_most = "P6M"', WINDOW + '\ntest_on = "effective_date"')
    found = run(r, case(start="2023-06-01"), "2026-02-01")
    assert (found.status, found.date) == ("eligible", D("2025-12-19"))
    # asked before the act is in force: it will apply on its day
    found = run(r, case(start="2023-06-01"), "2025-12-01")
    assert (found.status, found.date) == ("eligible_from", D("2025-12-19"))


# ---------------------------------------------------------------- adjustments


def test_forecast_follows_an_appeal_that_shortens_the_term_later() -> None:
    # P3Y from 2023-10-21: last day 2026-10-20; 6 months left only from 2026-04-20, after
    # the window (2026-04-19): not eligible as the term stands on 2025-12-19.
    r = rule('unserved_at_most = "P6M"', WINDOW)
    assert run(r, case(start="2023-10-21"), "2025-12-19").status == "not_eligible"
    # An appeal on 2026-01-15 cuts 2 months: P2Y10M → add(2023-10-21, 34 months) =
    # 2026-08-21, last day 2026-08-20; at most 6 months left from 2026-02-20
    # (add(2026-02-20, P6M) = 2026-08-20), after the appeal's day and inside the window.
    appeal = Event("e1", D("2026-01-15"), "appeal_change", reduce_by=Term(months=2))
    found = run(r, case(start="2023-10-21", events=(appeal,)), "2025-12-19")
    assert (found.status, found.date) == ("eligible_from", D("2026-02-20"))


def test_a_later_adjustment_does_not_count_before_its_day() -> None:
    # P3Y from 2023-06-15: last day 2026-06-14 → 6 months left from 2025-12-14: eligible on
    # 2025-12-19 whatever a later appeal does. A cut of 8 months on 2026-03-01 gives last
    # day 2025-10-14, but only from 2026-03-01 on; on 2025-12-19 the old term stands.
    appeal = Event("e1", D("2026-03-01"), "appeal_change", reduce_by=Term(months=8))
    r = rule('unserved_at_most = "P6M"', WINDOW)
    found = run(r, case(start="2023-06-15", events=(appeal,)), "2025-12-19")
    assert (found.status, found.date) == ("eligible", D("2025-12-19"))


def test_forecast_ignores_days_after_an_adjustment_releases_the_person() -> None:
    # P3Y from 2023-10-21 (last day 2026-10-20) with age 60 reached on 2026-03-10; a pardon
    # on 2026-02-01 sets the release on 2026-02-01: from then the person is free, so the
    # birthday inside the window does not make them eligible.
    pardon = Event("e1", D("2026-02-01"), "pardon", release_on=D("2026-02-01"))
    c = case(start="2023-10-21", events=(pardon,))
    c = Case(
        c.id,
        Person("X", birth_date=D("1966-03-10")),
        c.status,
        sentence=c.sentence,
        events=c.events,
    )
    r = rule("age_at_least = 60", WINDOW)
    assert run(r, c, "2025-12-19").status == "not_eligible"


# ---------------------------------------------------------------- dates not known yet


def unknown_dates(*, term: bool, start: bool) -> Case:
    """A verdict whose text is not yet known: no term or no start date (``None``)."""
    c = case()
    assert c.sentence is not None
    sentence = Sentence(
        c.sentence.verdict_date,
        c.sentence.articles,
        c.sentence.category,
        c.sentence.term if term else None,  # type: ignore[arg-type]
        c.sentence.start_date if start else None,  # type: ignore[arg-type]
    )
    return Case(c.id, c.person, c.status, sentence=sentence)


@pytest.mark.parametrize(
    ("term", "start", "field"),
    [(False, True, "sentence.term"), (True, False, "sentence.start_date")],
)
def test_a_criterion_on_dates_names_the_missing_term_or_start(
    term: bool, start: bool, field: str
) -> None:
    found = run(
        rule('unserved_at_most = "P6M"'), unknown_dates(term=term, start=start), "2025-01-01"
    )
    assert (found.status, found.missing) == ("needs_review", (field,))


def test_a_yes_without_dates_needs_review_as_the_term_may_be_served() -> None:
    # the clause looks only at the category, but whether the person is still serving on the
    # day cannot be told without the term
    found = run(
        rule('categories_any = ["less_serious"]'),
        unknown_dates(term=False, start=True),
        "2025-01-01",
    )
    assert (found.status, found.missing) == ("needs_review", ("sentence.term",))
    found = run(
        rule('categories_any = ["grave"]'), unknown_dates(term=False, start=True), "2025-01-01"
    )
    assert found.status == "not_eligible"


def test_a_life_term_replaced_by_years_is_judged_as_that_term_from_the_change_on() -> None:
    """Life from 2023-04-15 (73 days of credit), replaced on 2030-01-01 by 20 years:
    last day 2043-04-15 − 1 − 73 days = 2043-01-31; parole at 3/4 (especially grave):
    2023-04-15 + 180 months = 2038-04-15 − 73 days = 2038-02-01 — not 25 years of life."""
    from app.case_json import parse_case
    from app.eligibility import evaluate_rule, load_builtin_rules
    from app.example_case import example_case_json

    data = example_case_json()
    data["sentence"].update({"term": "life", "category": "especially_grave"})
    data["events"].append(
        {"date": "2030-01-01", "kind": "pardon", "text": "commuted", "new_term": "P20Y"}
    )
    case = parse_case(data)
    parole = next(r for r in load_builtin_rules() if r.id == "az-cc-76-parole")
    today = date(2026, 12, 3)
    before = evaluate_rule(parole, case, on=date(2026, 12, 3), today=today)
    assert (before.status, before.date) == ("eligible_from", date(2038, 2, 1))  # forecast
    after = evaluate_rule(parole, case, on=date(2030, 2, 1), today=today)
    assert (after.status, after.date) == ("eligible_from", date(2038, 2, 1))
    served = evaluate_rule(parole, case, on=date(2045, 1, 1), today=today)
    assert served.status == "not_eligible"  # the 20 years ended on 2043-01-31
