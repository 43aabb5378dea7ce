"""Sentences a lawyer meets beyond a plain term: life, a term or start not yet known, credit
covering the term, the two month-end conventions, interruptions and pardons. Every expected
date is worked out by hand in a comment."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from app.model import Case, CustodyPeriod, Event, Interruption, Person, Sentence
from app.sentence import (
    AZ,
    NEVER,
    Computation,
    compute_core,
    compute_sentence,
    computed_json,
    computed_json_for,
    render_trace,
)
from app.terms import Term

D = date.fromisoformat
UK_FIRST = dataclasses.replace(AZ, subtract_day_first=True)
MONTH_END = dataclasses.replace(AZ, month_end_to_month_end=True)


def make_case(
    start: str | None,
    term: str | None,
    *,
    life: bool = False,
    custody: tuple[tuple[str, str], ...] = (),
    interruptions: tuple[tuple[str, str], ...] = (),
    events: tuple[Event, ...] = (),
    category: str = "grave",
) -> Case:
    return Case(
        id="case-1",
        person=Person("Əli Həsənov"),
        status="imprisoned",
        custody=tuple(CustodyPeriod(D(a), D(b), "pretrial_detention") for a, b in custody),
        sentence=Sentence(
            verdict_date=None,
            articles=("234.1-1",),
            category=category,
            term=None if term is None else Term.parse(term),
            start_date=None if start is None else D(start),
            life=life,
            interruptions=tuple(Interruption(D(a), D(b), "escape") for a, b in interruptions),
        ),
        events=events,
    )


def computed(case: Case, on: str = "2024-01-01", profile=AZ) -> Computation:  # type: ignore[no-untyped-def]
    result = compute_sentence(case, on=D(on), profile=profile)
    assert result is not None
    return result


def pardon(day: str, **change: object) -> Event:
    values = {k: Term.parse(v) if k in ("reduce_by", "new_term") else v for k, v in change.items()}
    if "release_on" in values:
        values["release_on"] = D(str(values["release_on"]))
    return Event(f"e-{day}-{sorted(change)}", D(day), "pardon", **values)  # type: ignore[arg-type]


# ------------------------------------------------------------------ the examples of the docs


@pytest.mark.parametrize(
    ("start", "term", "custody", "expected"),
    [
        ("2023-05-10", "P3Y", (), "2026-05-09"),  # 2026-05-10 − 1 day
        ("2023-08-31", "P6M", (), "2024-02-28"),  # 2024-02-29 (clamped) − 1 day
        # 2024-09-01 − 1 day − 60 days of detention (10..31 Jan = 22, Feb = 28, 1..10 Mar = 10)
        ("2022-09-01", "P2Y", (("2022-01-10", "2022-03-10"),), "2024-07-02"),
    ],
)
def test_last_day_examples_of_the_conventions(
    start: str, term: str, custody: tuple[tuple[str, str], ...], expected: str
) -> None:
    assert computed(make_case(start, term, custody=custody)).last_day == D(expected)


@pytest.mark.parametrize(
    ("start", "term", "name", "expected"),
    [
        ("2022-03-15", "P4Y", "half", "2024-03-15"),  # 24 months
        ("2021-01-20", "P5Y", "two_thirds", "2024-05-20"),  # 40 months
        ("2023-01-10", "P3Y3M", "half", "2024-08-25"),  # 19 months + 0.5 × 30 = 15 days
        ("2025-01-01", "P10M", "half", "2025-06-01"),  # 5 months
    ],
)
def test_milestone_examples_of_the_conventions(
    start: str, term: str, name: str, expected: str
) -> None:
    assert getattr(computed(make_case(start, term)), name) == D(expected)


def test_minor_parole_floor_of_six_months_comes_after_the_half() -> None:
    # P10M from 2025-01-01: half = 5 months = 2025-06-01, but 6 months served only on
    # 2025-07-01 (add(start, P6M) − 0 credit), so parole from 2025-07-01.
    case = make_case("2025-01-01", "P10M", category="minor")
    core = compute_core(case, on=D("2025-01-01"))
    assert core is not None
    assert core.milestone(1, 2) == D("2025-06-01")
    assert core.served_at_least_date(Term(months=6)) == D("2025-07-01")


# ------------------------------------------------------------------ life


def test_life_term_has_no_last_day_nor_milestones_but_counts_time_served() -> None:
    # Detention 2010-01-01..2010-12-31 = 365 days; 2011-01-01..2025-01-01 = 5115 days.
    case = make_case("2011-01-01", None, life=True, custody=(("2010-01-01", "2010-12-31"),))
    c = computed(case, "2025-01-01")
    assert c.life is True
    assert (c.last_day, c.unserved_days, c.half, c.two_thirds, c.three_quarters) == (None,) * 5
    assert c.served_fraction is None
    assert c.served_days == 365 + 5115
    out = computed_json(c)
    assert out is not None
    assert out["life"] is True and out["last_day"] is None and out["unserved_days"] is None
    assert out["half"] is None and out["served_days"] == 5480
    assert any("Life imprisonment" in line for line in out["trace"])


def test_life_term_core_answers_years_served_and_never_ends() -> None:
    case = make_case("2011-01-01", None, life=True, custody=(("2010-01-01", "2010-12-31"),))
    core = compute_core(case, on=D("2025-01-01"))
    assert core is not None and core.life
    assert core.last_day == NEVER
    assert core.milestone(3, 4) == NEVER
    # 25 years served: 2036-01-01 − 365 days of credit = 2035-01-01 (2035 is not a leap year)
    assert core.served_at_least_date(Term(years=25)) == D("2035-01-01")
    assert not core.term_served_by_credit


def test_pardon_releasing_a_life_term_gives_that_last_day() -> None:
    case = make_case(
        "2011-01-01", None, life=True, events=(pardon("2024-05-01", release_on="2024-05-28"),)
    )
    c = computed(case, "2024-05-10")
    assert c.last_day == D("2024-05-28")
    assert c.unserved_days == 18  # 28 May − 10 May


def test_appeal_replacing_a_life_term_with_years_gives_dates() -> None:
    event = Event("e1", D("2012-06-01"), "appeal_change", new_term=Term(years=15))
    c = computed(make_case("2011-01-01", None, life=True, events=(event,)), "2013-01-01")
    assert c.life is False
    assert c.last_day == D("2025-12-31")  # 2026-01-01 − 1 day


# ------------------------------------------------------------------ not yet known


@pytest.mark.parametrize(
    ("start", "term", "missing"),
    [
        ("2023-01-01", None, ["sentence.term"]),
        (None, "P3Y", ["sentence.start_date"]),
        (None, None, ["sentence.term", "sentence.start_date"]),
    ],
)
def test_sentence_not_yet_known_is_computed_as_needs_review(
    start: str | None, term: str | None, missing: list[str]
) -> None:
    case = make_case(start, term)
    assert compute_sentence(case, on=D("2024-01-01")) is None
    assert compute_core(case, on=D("2024-01-01")) is None
    out = computed_json_for(case, on=D("2024-01-01"))
    assert out is not None
    assert out["needs_review"] == missing
    assert out["last_day"] is None and out["half"] is None


def test_life_term_without_a_start_date_needs_only_the_start() -> None:
    case = make_case(None, None, life=True)
    assert case.sentence is not None and case.sentence.missing == ("sentence.start_date",)


# ------------------------------------------------------------------ credit at least the term


def test_credit_covering_the_term_means_served_and_says_by_how_much() -> None:
    # P6M from 2023-01-01: 181 days (Jan..Jun). Detention 2022-01-01..2022-12-31: 365 days.
    # Last day 2023-06-30 − 365 = 2022-06-30, before the start; 365 − 181 = 184 days more.
    case = make_case("2023-01-01", "P6M", custody=(("2022-01-01", "2022-12-31"),))
    c = computed(case, "2022-12-01")
    assert c.term_served_by_credit is True
    assert c.excess_credit_days == 184
    assert c.last_day == D("2022-06-30")
    assert c.unserved_days == 0
    assert c.served_fraction == 1.0
    core = compute_core(case, on=D("2022-12-01"))
    assert (
        core is not None and core.term_served_by_credit and core.unserved_on(D("2022-12-01")) == 0
    )
    out = computed_json(c)
    assert out is not None and out["term_served_by_credit"] is True
    assert out["excess_credit_days"] == 184


def test_credit_exactly_the_term_is_served_with_no_excess() -> None:
    # P10D from 2023-01-11: 10 days; detention 2023-01-01..2023-01-10: 10 days.
    case = make_case("2023-01-11", "P10D", custody=(("2023-01-01", "2023-01-10"),))
    c = computed(case, "2023-01-11")
    assert (c.term_served_by_credit, c.excess_credit_days) == (True, 0)
    assert c.last_day == D("2023-01-10")


def test_credit_short_of_the_term_is_not_served() -> None:
    c = computed(make_case("2023-01-11", "P11D", custody=(("2023-01-01", "2023-01-10"),)))
    assert c.term_served_by_credit is False and c.excess_credit_days == 0


# ------------------------------------------------------------------ month-end conventions


@pytest.mark.parametrize(
    ("start", "term", "ours", "uk"),
    [
        # 29th: 2024-02-29 + 12 months = 2025-02-28 (clamped), − 1 = 2025-02-27;
        # UK: 2024-02-28 + 12 months = 2025-02-28.
        ("2024-02-29", "P1Y", "2025-02-27", "2025-02-28"),
        # 29th: 2023-01-29 + 1 month = 2023-02-28 (clamped), − 1 = 02-27; UK: 01-28 + 1 = 02-28.
        ("2023-01-29", "P1M", "2023-02-27", "2023-02-28"),
        # 30th: 2023-01-30 + 1 month = 2023-02-28, − 1 = 02-27; UK: 01-29 + 1 = 02-28.
        ("2023-01-30", "P1M", "2023-02-27", "2023-02-28"),
        # 31st: 2023-03-31 + 1 month = 2023-04-30, − 1 = 04-29; UK: 03-30 + 1 = 04-30.
        ("2023-03-31", "P1M", "2023-04-29", "2023-04-30"),
        # 31st: 2023-08-31 + 6 months = 2024-02-29, − 1 = 02-28; UK: 08-30 + 6 = 2024-02-29.
        ("2023-08-31", "P6M", "2024-02-28", "2024-02-29"),
        # 31st with days: 2023-01-31 + 1 month = 02-28, + 3 days = 03-03, − 1 = 03-02;
        # UK: 01-30 + 1 month = 02-28, + 3 days = 03-03.
        ("2023-01-31", "P1M3D", "2023-03-02", "2023-03-03"),
    ],
)
def test_month_end_starts_give_the_uk_engines_date_as_alternative(
    start: str, term: str, ours: str, uk: str
) -> None:
    c = computed(make_case(start, term))
    assert c.last_day == D(ours)
    assert c.alternative_last_day == D(uk)
    out = computed_json(c)
    assert out is not None and out["alternative_last_day"] == uk
    assert any("other month-end convention" in line for line in out["trace"])


@pytest.mark.parametrize(
    ("start", "term"),
    [
        ("2023-05-30", "P1M"),  # ours 06-30 − 1 = 06-29; UK 05-29 + 1 month = 06-29: the same
        ("2023-05-10", "P3Y"),  # not a month end: the conventions agree
        ("2023-01-31", "P10D"),  # no months: the conventions agree
        ("2023-01-31", "P2W"),
    ],
)
def test_no_alternative_where_the_conventions_agree(start: str, term: str) -> None:
    c = computed(make_case(start, term))
    assert c.alternative_last_day is None
    out = computed_json(c)
    assert out is not None and out["alternative_last_day"] is None


def test_alternative_takes_credit_and_interruptions_too() -> None:
    # Ours 2023-04-29, UK 2023-04-30 (above); 10 days of credit, 3 days interrupted: −7.
    case = make_case(
        "2023-03-31",
        "P1M",
        custody=(("2023-03-21", "2023-03-30"),),
        interruptions=(("2023-04-02", "2023-04-04"),),
    )
    c = computed(case)
    assert (c.last_day, c.alternative_last_day) == (D("2023-04-22"), D("2023-04-23"))


def test_uk_convention_as_the_profile_gives_ours_as_the_alternative() -> None:
    c = computed(make_case("2024-02-29", "P1Y"), profile=UK_FIRST)
    assert (c.last_day, c.alternative_last_day) == (D("2025-02-28"), D("2025-02-27"))
    assert computed(make_case("2023-05-10", "P3Y"), profile=UK_FIRST).last_day == D("2026-05-09")


def test_month_end_to_month_end_profile_agrees_with_the_uk_engine_on_month_ends() -> None:
    # 2020-08-31 + P1M ends on the last day of September; UK: 08-30 + 1 month = 09-30.
    c = computed(make_case("2020-08-31", "P1M"), profile=MONTH_END)
    assert (c.last_day, c.alternative_last_day) == (D("2020-09-30"), None)
    # 2020-01-30 is not a month end: the default rule (02-29 − 1 = 02-28); UK 01-29 + 1 = 02-29.
    c = computed(make_case("2020-01-30", "P1M"), profile=MONTH_END)
    assert (c.last_day, c.alternative_last_day) == (D("2020-02-28"), D("2020-02-29"))


# ------------------------------------------------------------------ interruptions


def test_interruption_days_move_the_last_day_and_every_milestone() -> None:
    # P3Y from 2023-05-10: last day 2026-05-09, half (18 months) 2024-11-10; 10 days
    # interrupted (1..10 Jan 2024) move both 10 days later.
    case = make_case("2023-05-10", "P3Y", interruptions=(("2024-01-01", "2024-01-10"),))
    c = computed(case, "2024-06-01")
    assert c.last_day == D("2026-05-19")
    assert c.half == D("2024-11-20")
    assert c.two_thirds == D("2025-05-20")  # 24 months + 10 days
    assert c.interruption_days == 10
    core = compute_core(case, on=D("2024-06-01"))
    assert core is not None
    assert core.served_at_least_date(Term(months=6)) == D("2023-11-20")
    # Served on 2024-01-31: 2023-05-10..2024-01-31 is 267 days, 10 of them interrupted.
    assert core.served_days_on(D("2024-01-31")) == 257
    assert "interruption" in [s.code for s in c.trace]


def test_overlapping_interruptions_count_each_day_once_and_not_before_the_start() -> None:
    case = make_case(
        "2023-05-10",
        "P3Y",
        interruptions=(
            ("2024-01-01", "2024-01-10"),
            ("2024-01-05", "2024-01-15"),  # 1..15 Jan: 15 days
            ("2023-05-01", "2023-05-11"),  # only 10..11 May count: 2 days
        ),
    )
    c = computed(case)
    assert c.interruption_days == 17
    assert c.last_day == D("2026-05-26")  # 2026-05-09 + 17 days


# ------------------------------------------------------------------ pardons and releases


def test_pardon_cuts_half_of_the_unserved_part_rounded_down() -> None:
    # P3Y from 2023-05-10: last day 2026-05-09. On 2025-05-09, 365 days are unserved;
    # half is 182.5, cut 182 days (rounded down): 2026-05-09 − 182 days = 2025-11-08.
    case = make_case("2023-05-10", "P3Y", events=(pardon("2025-05-09", reduce_unserved_by="1/2"),))
    assert computed(case, "2025-06-01").last_day == D("2025-11-08")
    assert computed(case, "2025-05-01").last_day == D("2026-05-09")  # not yet pardoned
    steps = [s for s in computed(case, "2025-06-01").trace if s.code == "cut_unserved"]
    assert steps[0].values["unserved_days"] == 365 and steps[0].values["cut_days"] == 182


def test_cut_days_stay_cut_after_a_later_reduction() -> None:
    # After the cut (last day 2025-11-08), an amnesty of 2025-06-01 takes 6 months off the
    # term: 2026-05-09 − 6 months = 2025-11-09, − 182 days cut = 2025-05-11.
    events = (
        pardon("2025-05-09", reduce_unserved_by="1/2"),
        Event("a1", D("2025-06-01"), "amnesty_reduction", reduce_by=Term(months=6)),
    )
    c = computed(make_case("2023-05-10", "P3Y", events=events), "2025-07-01")
    assert c.last_day == D("2025-05-11")


def test_later_adjustment_never_undoes_an_earlier_release() -> None:
    events = (
        pardon("2025-03-01", release_on="2025-03-05"),
        Event("a1", D("2025-04-01"), "appeal_change", new_term=Term(years=10)),
        pardon("2025-05-01", release_on="2025-06-01"),
    )
    c = computed(make_case("2023-05-10", "P5Y", events=events), "2025-07-01")
    assert c.last_day == D("2025-03-05")
    assert c.released_on == D("2025-03-05")
    lines = render_trace(c.trace)
    assert any("does not undo the earlier release on 2025-03-05" in line for line in lines)


def test_trace_keeps_each_adjustment_in_date_order() -> None:
    events = (
        pardon("2025-05-09", reduce_unserved_by="1/3"),
        Event("a1", D("2024-01-15"), "appeal_change", new_term=Term(years=4)),
    )
    codes = [
        s.code for s in computed(make_case("2023-05-10", "P5Y", events=events), "2026-01-01").trace
    ]
    assert codes.index("replace_term") < codes.index("cut_unserved") < codes.index("last_day_cut")


def test_fraction_pardon_of_a_life_term_changes_nothing_and_says_so() -> None:
    case = make_case(
        "2011-01-01", None, life=True, events=(pardon("2020-01-01", reduce_unserved_by="1/2"),)
    )
    c = computed(case, "2021-01-01")
    assert c.last_day is None
    assert "cut_life_ignored" in [s.code for s in c.trace]
