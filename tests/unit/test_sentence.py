"""Sentence arithmetic: docs/sentence-conventions.md's worked examples, month ends, leap years,
weeks, credit
from several custody periods, adjustments, the trace and the ``computed`` JSON."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from app.model import Case, CustodyPeriod, Event, Person, Sentence
from app.sentence import (
    AZ,
    CreditRatio,
    TraceStep,
    add,
    compute_sentence,
    computed_json,
    render_step,
    render_trace,
)
from app.sentence.compute import Computation, milestone_date
from app.terms import Term

D = date.fromisoformat
MONTH_END = dataclasses.replace(AZ, month_end_to_month_end=True)


def make_case(
    start: str,
    term: str,
    *,
    custody: tuple[tuple[str, str | None, str], ...] = (),
    events: tuple[Event, ...] = (),
    category: str = "less_serious",
) -> Case:
    return Case(
        id="case-1",
        person=Person("Əli Həsənov"),
        status="imprisoned",
        custody=tuple(
            CustodyPeriod(D(a), None if b is None else D(b), kind) for a, b, kind in custody
        ),
        sentence=Sentence(
            verdict_date=None,
            articles=("234.1-1",),
            category=category,
            term=Term.parse(term),
            start_date=D(start),
        ),
        events=events,
    )


def computed(case: Case, on: str = "2024-01-01", profile=AZ) -> Computation:  # type: ignore[no-untyped-def]
    result = compute_sentence(case, on=D(on), profile=profile)
    assert result is not None
    return result


# ------------------------------------------------------------------ adding a duration


@pytest.mark.parametrize(
    ("start", "term", "expected"),
    [
        (
            "2023-08-31",
            "P6M",
            "2024-02-29",
        ),  # docs/sentence-conventions.md: clamp once to the month's last day
        ("2024-02-29", "P1Y1M", "2025-03-29"),  # docs/sentence-conventions.md: total months first
        ("2023-01-31", "P1M", "2023-02-28"),
        ("2024-01-31", "P1M", "2024-02-29"),  # leap year
        ("2024-02-29", "P1Y", "2025-02-28"),
        ("2024-02-29", "P4Y", "2028-02-29"),
        ("2023-05-10", "P2W", "2023-05-24"),
        ("2023-01-31", "P1M3D", "2023-03-03"),  # months clamp first, then days
        ("2022-08-31", "P70W", "2024-01-03"),
    ],
)
def test_add_follows_design_convention(start: str, term: str, expected: str) -> None:
    assert add(D(start), Term.parse(term)) == D(expected)


# ------------------------------------------------------------------ end of term


@pytest.mark.parametrize(
    ("start", "term", "last_day"),
    [
        ("2023-05-10", "P3Y", "2026-05-09"),  # docs/sentence-conventions.md
        ("2023-08-31", "P6M", "2024-02-28"),  # docs/sentence-conventions.md
        ("2024-02-29", "P1Y", "2025-02-27"),
        ("2023-03-01", "P1Y", "2024-02-29"),  # ends on a leap day
        ("2023-05-10", "P10D", "2023-05-19"),
        ("2023-05-10", "P3W", "2023-05-30"),
        ("2023-12-31", "P2M", "2024-02-28"),
    ],
)
def test_last_day_without_credit(start: str, term: str, last_day: str) -> None:
    c = computed(make_case(start, term))
    assert c.last_day == D(last_day)
    assert c.credited_days == 0


def test_month_end_alternative_is_a_named_option() -> None:
    case = make_case("2020-08-31", "P1M")
    assert computed(case).last_day == D("2020-09-29")
    alt = computed(case, profile=MONTH_END)
    assert alt.last_day == D("2020-09-30")
    assert "month_end" in [step.code for step in alt.trace]


def test_month_end_alternative_only_for_terms_counted_in_months_from_a_month_end() -> None:
    assert computed(make_case("2020-08-30", "P1M"), profile=MONTH_END).last_day == D("2020-09-29")
    assert computed(make_case("2020-08-31", "P30D"), profile=MONTH_END).last_day == D("2020-09-29")
    assert computed(make_case("2021-02-28", "P1Y"), profile=MONTH_END).last_day == D("2022-02-28")
    assert computed(make_case("2020-01-31", "P1M"), profile=MONTH_END).last_day == D("2020-02-29")


# ------------------------------------------------------------------ credit


def test_credit_example_of_design() -> None:
    case = make_case(
        "2022-09-01", "P2Y", custody=(("2022-01-10", "2022-03-10", "pretrial_detention"),)
    )
    c = computed(case)
    assert c.credited_days == 60
    assert c.last_day == D("2024-07-02")


def test_several_custody_periods_add_up() -> None:
    case = make_case(
        "2023-01-01",
        "P1Y",
        custody=(
            ("2022-01-01", "2022-01-10", "pretrial_detention"),  # 10 days
            ("2022-06-01", "2022-06-30", "pretrial_detention"),  # 30 days
            ("2022-12-01", "2022-12-05", "house_arrest"),  # 5 days, unverified ratio
        ),
    )
    c = computed(case)
    assert c.credited_days == 45
    assert c.last_day == D("2023-11-16")  # 2023-12-31 − 45 days
    flagged = [s.values["unverified"] for s in c.trace if s.code == "credit_period"]
    assert flagged == [False, False, True]


def test_open_custody_counts_up_to_the_day_before_the_start() -> None:
    case = make_case("2023-04-15", "P3Y", custody=(("2023-02-01", None, "pretrial_detention"),))
    c = computed(case)
    assert c.credited_days == 73  # 2023-02-01..2023-04-14 inclusive
    assert c.last_day == D("2026-01-31")  # 2026-04-14 − 73 days


def test_custody_overlapping_the_start_is_clipped_and_later_custody_ignored() -> None:
    case = make_case(
        "2023-04-15",
        "P1Y",
        custody=(
            ("2023-04-01", "2023-05-31", "pretrial_detention"),
            ("2023-06-01", "2023-06-30", "pretrial_detention"),
        ),
    )
    c = computed(case)
    assert c.credited_days == 14  # 2023-04-01..2023-04-14
    assert [s.code for s in c.trace if s.code.startswith("credit")] == [
        "credit_period",
        "credit_ignored",
        "credit_total",
    ]


def test_overlapping_periods_count_each_day_once() -> None:
    case = make_case(
        "2022-02-01",
        "P1Y",
        custody=(
            ("2022-01-01", "2022-01-20", "pretrial_detention"),
            ("2022-01-11", "2022-01-31", "house_arrest"),
        ),
    )
    assert computed(case).credited_days == 31


def test_credit_ratio_rounds_fractional_days_down() -> None:
    ratios = dict(AZ.credit_ratios)
    ratios["house_arrest"] = CreditRatio(custody_days=2, sentence_days=1, unverified=True)
    from types import MappingProxyType

    profile = dataclasses.replace(AZ, credit_ratios=MappingProxyType(ratios))
    case = make_case("2022-02-01", "P1Y", custody=(("2022-01-01", "2022-01-31", "house_arrest"),))
    c = computed(case, profile=profile)
    assert c.credited_days == 15  # 31 days at 2:1 = 15.5, rounded down
    assert c.last_day == D("2023-01-16")


def test_custody_kind_without_ratio_gets_no_credit() -> None:
    from types import MappingProxyType

    profile = dataclasses.replace(
        AZ,
        credit_ratios=MappingProxyType(
            {"pretrial_detention": AZ.credit_ratios["pretrial_detention"]}
        ),
    )
    case = make_case("2022-02-01", "P1Y", custody=(("2022-01-01", "2022-01-31", "other"),))
    c = computed(case, profile=profile)
    assert c.credited_days == 0
    assert "credit_no_ratio" in [s.code for s in c.trace]


# ------------------------------------------------------------------ unserved part


def test_unserved_counts_down_to_zero_on_the_last_day() -> None:
    case = make_case("2023-05-10", "P3Y")  # last day 2026-05-09
    assert computed(case, "2026-05-08").unserved_days == 1
    assert computed(case, "2026-05-09").unserved_days == 0
    assert computed(case, "2027-01-01").unserved_days == 0
    assert computed(case, "2026-04-09").unserved_days == 30


def test_served_fraction_includes_credit() -> None:
    case = make_case(
        "2022-09-01", "P2Y", custody=(("2022-01-10", "2022-03-10", "pretrial_detention"),)
    )
    c = computed(case, "2023-07-02")  # 304 days since start + 60 credit = 365 of 731
    assert c.served_fraction == pytest.approx(365 / 731)
    assert computed_json(c)["served_fraction"] == 0.4993  # type: ignore[index]
    assert computed(case, "2020-01-01").served_fraction == 0.0
    assert computed(case, "2025-01-01").served_fraction == 1.0


# ------------------------------------------------------------------ milestones


def test_milestone_examples_of_design() -> None:
    assert computed(make_case("2022-03-15", "P4Y")).half == D("2024-03-15")
    assert computed(make_case("2021-01-20", "P5Y", category="grave")).two_thirds == D("2024-05-20")
    assert computed(make_case("2023-01-10", "P3Y3M")).half == D("2024-08-25")
    assert computed(make_case("2025-01-01", "P10M", category="minor")).half == D("2025-06-01")


def test_milestones_on_weeks_and_days_round_up() -> None:
    c = computed(make_case("2024-01-01", "P7W"))  # 49 days
    assert c.half == D("2024-01-26")  # 24.5 -> 25 days
    assert c.two_thirds == D("2024-02-03")  # 32.67 -> 33 days
    assert c.three_quarters == D("2024-02-07")  # 36.75 -> 37 days


def test_milestones_subtract_credit() -> None:
    case = make_case(
        "2022-09-01", "P2Y", custody=(("2022-01-10", "2022-03-10", "pretrial_detention"),)
    )
    c = computed(case)
    assert (c.half, c.two_thirds, c.three_quarters) == (
        D("2023-07-03"),
        D("2023-11-02"),
        D("2024-01-01"),
    )


def test_milestone_for_any_fraction() -> None:
    c = computed(make_case("2023-01-10", "P3Y3M"))
    assert c.milestone(1, 2) == c.half == milestone_date(c, 1, 2)
    assert c.milestone(1, 3) == D("2024-02-10")  # 13 months
    assert c.milestone(5, 6) == D("2025-09-25")  # 32 months 15 days


# ------------------------------------------------------------------ adjustments


def adjustment(day: str, kind: str, **fields: object) -> Event:
    values: dict[str, object] = {}
    for key, value in fields.items():
        values[key] = Term.parse(value) if key in ("reduce_by", "new_term") else D(str(value))
    return Event(id=f"ev-{day}-{kind}", date=D(day), kind=kind, **values)  # type: ignore[arg-type]


def test_amnesty_reduction_shortens_the_term() -> None:
    case = make_case(
        "2023-05-10",
        "P3Y",
        events=(adjustment("2025-12-22", "amnesty_reduction", reduce_by="P6M"),),
    )
    c = computed(case, "2026-01-01")
    assert c.effective_term == Term(years=2, months=6)
    assert c.last_day == D("2025-11-09")
    assert c.half == D("2024-08-10")  # half of 30 months = 15 months
    assert computed(case, "2025-12-01").last_day == D("2026-05-09")  # not yet applied then


def test_appeal_change_replaces_the_term_then_pardon_sets_the_last_day() -> None:
    case = make_case(
        "2023-05-10",
        "P5Y",
        events=(
            adjustment("2025-03-01", "pardon", release_on="2025-03-05"),
            adjustment("2024-01-15", "appeal_change", new_term="P4Y"),
        ),
    )
    c = computed(case, "2025-06-01")
    assert c.effective_term == Term(years=4)
    assert c.last_day == D("2025-03-05")
    assert c.released_on == D("2025-03-05")
    assert c.unserved_days == 0
    codes = [s.code for s in c.trace]
    assert codes.index("replace_term") < codes.index("set_last_day")


def test_reduction_larger_than_the_months_counts_in_days() -> None:
    case = make_case(
        "2024-01-01", "P10W", events=(adjustment("2024-01-20", "pardon", reduce_by="P1M"),)
    )
    c = computed(case, "2024-02-01")
    # 2024-01-01 + 70 days = 2024-03-11, minus one month = 2024-02-11: 41 days remain
    assert c.effective_term == Term(days=41)
    assert c.last_day == D("2024-02-10")


def test_adjustment_kind_without_change_is_traced() -> None:
    case = make_case("2023-05-10", "P3Y", events=(Event("e1", D("2024-01-01"), "sentence_change"),))
    c = computed(case, "2024-06-01")
    assert c.last_day == D("2026-05-09")
    assert "adjustment_no_change" in [s.code for s in c.trace]


def test_non_adjustment_events_do_not_change_the_term() -> None:
    event = Event("e1", D("2024-01-01"), "hearing", reduce_by=Term(months=6))
    assert computed(make_case("2023-05-10", "P3Y", events=(event,))).last_day == D("2026-05-09")


# ------------------------------------------------------------------ trace and JSON


def test_trace_is_structured_and_rendered_in_english() -> None:
    case = make_case(
        "2022-09-01", "P2Y", custody=(("2022-01-10", "2022-03-10", "pretrial_detention"),)
    )
    c = computed(case)
    add_step = next(s for s in c.trace if s.code == "add_term")
    assert add_step == TraceStep(
        "add_term", {"start": D("2022-09-01"), "term": "P2Y", "result": D("2024-09-01")}
    )
    assert render_step(add_step) == "2022-09-01 + P2Y = 2024-09-01"
    lines = render_trace(c.trace)
    assert "Last day: 2024-08-31 - 60 days credit = 2024-07-02" in lines
    assert render_step(TraceStep("future_code", {"x": 1})) == "future_code: x=1"


def test_computed_json_has_the_contract_keys() -> None:
    case = make_case(
        "2022-09-01", "P2Y", custody=(("2022-01-10", "2022-03-10", "pretrial_detention"),)
    )
    out = computed_json(computed(case, "2024-01-01"))
    assert out is not None
    assert {k: out[k] for k in list(out)[:7]} == {
        "last_day": "2024-07-02",
        "credited_days": 60,
        "unserved_days": 183,
        "served_fraction": 0.7497,
        "half": "2023-07-03",
        "two_thirds": "2023-11-02",
        "three_quarters": "2024-01-01",
    }
    assert isinstance(out["trace"], list) and all(isinstance(x, str) for x in out["trace"])


def test_case_without_sentence_has_no_computation() -> None:
    case = Case(id="p", person=Person("Ayan"), status="pretrial")
    assert compute_sentence(case, on=D("2024-01-01")) is None
    assert computed_json(None) is None
