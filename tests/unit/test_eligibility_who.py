"""Who a rule looks at (docs/rules.md, "Who is evaluated"): only people serving a sentence on
the evaluation day D. Released, deceased, not yet sentenced and served-out people are never
eligible, in evaluation and in statistics; an unknown status is a question, not a yes."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from app.eligibility import Rule, evaluate_rule, load_builtin_rules, parse_rule_text
from app.model import STATUSES, Case, CustodyPeriod, Person, Sentence
from app.sentence import compute_core
from app.stats import compute_stats, stats_json
from app.terms import Term

D = date.fromisoformat
BUILTIN = {rule.id: rule for rule in load_builtin_rules()}

# Holds for anyone: only the who-is-evaluated rules can say no.
ANYONE = """
id = "anyone"
title = "Anyone serving"
kind = "amnesty"
effective_date = 2021-11-05
window_end = 2022-03-05
{extra}

[[clauses]]
effect = "release"
[clauses.when]
"""


def anyone(extra: str = "") -> Rule:
    return parse_rule_text(ANYONE.format(extra=extra), "anyone.toml")


def make_case(
    status: str = "imprisoned",
    *,
    verdict: str | None = "2019-12-20",
    start: str = "2020-01-01",
    term: str = "P3Y",
    custody: tuple[str, str] | None = None,
    category: str | None = "less_serious",
) -> Case:
    return Case(
        id="c1",
        person=Person("Rəşad Məmmədov"),
        status=status,
        custody=()
        if custody is None
        else (CustodyPeriod(D(custody[0]), D(custody[1]), "pretrial_detention"),),
        sentence=Sentence(
            None if verdict is None else D(verdict),
            ("234.1-1",),
            category,
            Term.parse(term),
            D(start),
        ),
    )


def run(rule: Rule, case: Case, on: str | None = None) -> tuple[str, str | None]:
    result = evaluate_rule(rule, case, on=None if on is None else D(on), today=D("2026-01-01"))
    first = result.reasons[0] if result.reasons else None
    return result.status, None if first is None else first.field


def test_imprisoned_person_serving_on_the_day_is_looked_at() -> None:
    # P3Y from 2020-01-01: last day 2022-12-31, serving on 2021-11-05
    assert run(anyone(), make_case())[0] == "eligible"


def test_released_person_is_never_eligible() -> None:
    assert run(anyone(), make_case("released")) == ("not_eligible", "status")


def test_deceased_person_is_never_eligible() -> None:
    assert run(anyone(), make_case("deceased")) == ("not_eligible", "status")


def test_person_awaiting_trial_is_not_looked_at_by_default() -> None:
    assert run(anyone(), make_case("pretrial")) == ("not_eligible", "status")


def test_person_sentenced_after_the_act_is_not_yet_sentenced_on_its_day() -> None:
    # the example: convicted in 2026, evaluated under the act of 5 November 2021
    case = make_case(verdict="2026-02-10", start="2025-03-01")
    result = evaluate_rule(BUILTIN["az-amnesty-2021-11"], case, on=None, today=D("2026-06-01"))
    assert result.status == "not_eligible"
    reason = result.reasons[0]
    assert (reason.code, reason.field, reason.since) == (
        "not_serving",
        "not_sentenced",
        D("2026-02-10"),
    )
    assert result.on == D("2021-11-05")


def test_term_served_before_the_day_is_not_eligible() -> None:
    # P1Y from 2020-01-01: last day 2020-12-31, before 2021-11-05
    result = evaluate_rule(anyone(), make_case(term="P1Y"), on=None, today=D("2026-01-01"))
    assert result.status == "not_eligible"
    reason = result.reasons[0]
    assert (reason.field, reason.until) == ("term_served", D("2020-12-31"))


def test_term_served_on_the_day_itself_still_counts_as_serving() -> None:
    # P1Y from 2020-11-06: last day 2021-11-05, the act's own day — still serving
    assert run(anyone(), make_case(start="2020-11-06", term="P1Y"))[0] == "eligible"


def test_sentence_fully_covered_by_pretrial_credit_is_served_by_credit() -> None:
    # detention 2019-01-01..2020-06-30 = 547 days; start 2020-07-01 + P1Y → 2021-06-30,
    # minus 547 days → last day 2019-12-31, before the start: served by credit
    case = make_case(start="2020-07-01", term="P1Y", custody=("2019-01-01", "2020-06-30"))
    result = evaluate_rule(anyone(), case, on=D("2020-07-01"), today=D("2026-01-01"))
    assert result.status == "not_eligible"
    reason = result.reasons[0]
    assert (reason.field, reason.until) == ("term_served_by_credit", D("2019-12-31"))


def test_unknown_status_makes_a_qualifying_case_needs_review() -> None:
    result = evaluate_rule(anyone(), make_case("unknown"), on=None, today=D("2026-01-01"))
    assert (result.status, result.missing, result.date) == ("needs_review", ("status",), None)


def test_unknown_status_does_not_turn_a_no_into_a_question() -> None:
    rule = parse_rule_text(ANYONE.format(extra="") + 'categories_any = ["grave"]\n', "grave.toml")
    assert run(rule, make_case("unknown"))[0] == "not_eligible"


def test_statuses_widen_the_rule_to_people_awaiting_trial() -> None:
    rule = anyone('statuses = ["imprisoned", "pretrial"]')
    assert run(rule, make_case("pretrial"))[0] == "eligible"
    # ...and no longer to an unknown status
    assert run(rule, make_case("unknown")) == ("not_eligible", "status")


def test_forecast_stops_at_the_last_day_even_inside_the_window() -> None:
    # P2Y from 2020-01-01: last day 2021-12-31. Age 30 is reached on 2022-01-10 (inside the
    # window to 2022-03-05) but after the last day: the person is free by then.
    text = ANYONE.format(extra="") + "age_at_least = 30\n"
    rule = parse_rule_text(text, "age.toml")
    case = make_case(term="P2Y")
    case = Case(
        id=case.id,
        person=Person("X", birth_date=D("1992-01-10")),
        status=case.status,
        sentence=case.sentence,
    )
    assert run(rule, case)[0] == "not_eligible"


def test_statistics_do_not_count_released_deceased_or_served_out_people() -> None:
    cases = [
        make_case(),
        make_case("released"),
        make_case("deceased"),
        make_case(term="P1Y"),  # served out on 2020-12-31
        make_case(verdict="2026-02-10", start="2025-03-01"),  # sentenced later
    ]
    cases = [Case(f"c{i}", c.person, c.status, sentence=c.sentence) for i, c in enumerate(cases)]
    part = stats_json(compute_stats(cases, rule=anyone(), today=D("2026-01-01")))["rule"]
    assert part["counts"] == {
        "eligible": 1,
        "eligible_from": 0,
        "not_eligible": 4,
        "needs_review": 0,
    }


# ---------------------------------------------------------------- property


@st.composite
def cases(draw: st.DrawFn) -> Case:
    start = date(2015, 1, 1) + timedelta(days=draw(st.integers(0, 4000)))
    verdict = start + timedelta(days=draw(st.integers(-200, 200)))
    term = Term(years=draw(st.integers(0, 6)), months=draw(st.integers(0, 11)))
    if term.total_months == 0:
        term = Term(days=draw(st.integers(1, 400)))
    custody: tuple[CustodyPeriod, ...] = ()
    if draw(st.booleans()):
        length = draw(st.integers(0, 3000))
        first = start - timedelta(days=length + 1)
        custody = (CustodyPeriod(first, start - timedelta(days=1), "pretrial_detention"),)
    category = draw(st.sampled_from(["minor", "less_serious", "grave", "especially_grave"]))
    return Case(
        id="p",
        person=Person("P", birth_date=date(1970, 1, 1)),
        status=draw(st.sampled_from(STATUSES)),
        custody=custody,
        sentence=Sentence(verdict, ("234.1-1",), category, term, start),
    )


RULES = [*BUILTIN.values(), anyone(), anyone('statuses = ["imprisoned", "unknown", "pretrial"]')]


@settings(max_examples=300, deadline=None)
@given(
    case=cases(),
    rule_index=st.integers(0, len(RULES) - 1),
    offset=st.integers(-3000, 3000),
)
def test_no_released_deceased_or_served_out_case_is_ever_counted_eligible(
    case: Case, rule_index: int, offset: int
) -> None:
    rule = RULES[rule_index]
    on = date(2021, 1, 1) + timedelta(days=offset)
    result = evaluate_rule(rule, case, on=on, today=on)
    counts = stats_json(compute_stats([case], rule=rule, on=on, today=on))["rule"]["counts"]
    assert counts[result.status] == 1  # statistics count exactly what evaluation says
    if result.status not in ("eligible", "eligible_from"):
        return
    assert case.status not in ("released", "deceased")
    sentence = case.sentence
    assert sentence is not None and sentence.verdict_date is not None
    day = result.on
    if "pretrial" not in rule.statuses:  # a rule widened to people awaiting trial
        assert sentence.verdict_date <= day
    comp = compute_core(case, on=day)
    assert comp is not None
    assert comp.last_day >= max(on, day)  # still serving on D
    assert comp.last_day >= comp.start_date  # not served by credit
    if result.status == "eligible_from":
        assert result.date is not None
        assert result.date > on  # a forecast is a later day...
        if rule.window_end is not None:  # ...within the window, if the rule has one
            assert result.date <= rule.window_end
        later = compute_core(case, on=result.date)
        assert later is not None and later.last_day >= result.date  # still serving then
