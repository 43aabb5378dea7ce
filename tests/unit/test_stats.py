"""Statistics against hand counts (docs/reports.md contract)."""

from __future__ import annotations

from datetime import date

from app.eligibility import parse_rule_text
from app.model import Case, Person, Sentence
from app.stats import (
    compute_stats,
    forecast_months,
    percent_of,
    row_stats,
    stats_csv,
    stats_json,
)
from app.terms import Term

TODAY = date(2025, 12, 1)


def person_case(
    index: int,
    groups: tuple[str, ...],
    status: str = "imprisoned",
    articles: tuple[str, ...] = (),
    start: date | None = None,
    term: str = "P3Y",
) -> Case:
    sentence = None
    if start is not None:
        sentence = Sentence(None, articles, "less_serious", Term.parse(term), start)
    return Case(
        id=f"c{index:04d}",
        person=Person(f"Person {index}", groups=groups),
        status=status,
        sentence=sentence,
    )


def union_list() -> list[Case]:
    """392 people: 249 religious believers (20 of them also civil activists), 60 opposition
    party members, 43 journalists, 40 civil activists; 300 imprisoned, 80 pretrial, 12
    released; the imprisoned convicted under 234.1-1 (100) or 228.4 (200), 50 of the
    228.4 ones also under 234.1-1 (so 150 under 234.1-1)."""
    cases = []
    groups: list[tuple[str, ...]] = (
        [("religious_believers", "civil_activists")] * 20
        + [("religious_believers",)] * 229
        + [("opposition_party_members",)] * 60
        + [("journalists",)] * 43
        + [("civil_activists",)] * 40
    )
    assert len(groups) == 392
    for index, g in enumerate(groups):
        if index < 300:
            articles = ("234.1-1",) if index < 100 else ("228.4",)
            if 100 <= index < 150:
                articles = ("228.4", "234.1-1")
            cases.append(person_case(index, g, "imprisoned", articles, date(2023, 1, 1)))
        elif index < 380:
            cases.append(person_case(index, g, "pretrial"))
        else:
            cases.append(person_case(index, g, "released"))
    return cases


def test_religious_believers_are_249_of_392_or_63_5_percent() -> None:
    stats = stats_json(compute_stats(union_list(), today=TODAY))
    assert stats["total"] == 392
    assert stats["by_group"]["religious_believers"] == {"count": 249, "percent": 63.5}
    # A person in two groups counts once in each.
    assert stats["by_group"]["civil_activists"] == {"count": 60, "percent": 15.3}
    assert stats["by_group"]["opposition_party_members"] == {"count": 60, "percent": 15.3}
    assert stats["by_group"]["journalists"] == {"count": 43, "percent": 11.0}
    assert next(iter(stats["by_group"])) == "religious_believers"


def test_every_status_is_listed_with_its_share_zeros_included() -> None:
    stats = stats_json(compute_stats(union_list(), today=TODAY))
    assert stats["by_status"] == {
        "pretrial": {"count": 80, "percent": 20.4},
        "imprisoned": {"count": 300, "percent": 76.5},
        "released": {"count": 12, "percent": 3.1},
        "deceased": {"count": 0, "percent": 0.0},
        "unknown": {"count": 0, "percent": 0.0},
    }


def test_articles_count_each_person_once_per_article() -> None:
    stats = stats_json(compute_stats(union_list(), today=TODAY))
    assert stats["by_article"] == {
        "228.4": {"count": 200, "percent": 51.0},
        "234.1-1": {"count": 150, "percent": 38.3},
    }


def test_percent_rounds_half_up_to_one_decimal() -> None:
    assert percent_of(249, 392) == 63.5
    assert percent_of(1, 8) == 12.5
    assert percent_of(1, 16) == 6.3  # 6.25 → 6.3, not banker's 6.2
    assert percent_of(1, 3) == 33.3
    assert percent_of(2, 3) == 66.7
    assert percent_of(0, 0) == 0.0


def test_empty_list_gives_zero_totals() -> None:
    stats = stats_json(compute_stats([], today=TODAY))
    assert stats["total"] == 0
    assert stats["by_group"] == {}
    assert stats["by_status"]["imprisoned"] == {"count": 0, "percent": 0.0}


AMNESTY = """
id = "test-amnesty"
title = "Test amnesty"
kind = "amnesty"
effective_date = 2025-12-19
window_end = 2026-04-19

[[clauses]]
effect = "release"
[clauses.when]
articles_any = ["234.1-1"]
unserved_at_most = "P6M"
"""


def test_rule_counts_by_group_and_first_qualifying_month() -> None:
    # Start 2023-06-01 + P3Y: last day 2026-05-31; 6 months left from 2025-11-30 → eligible
    # on the effective date. Start 2023-09-15: last day 2026-09-14 → from 2026-03-14.
    # Start 2024-06-01: last day 2027-05-31 → not in the window.
    cases = [
        person_case(1, ("journalists",), articles=("234.1-1",), start=date(2023, 6, 1)),
        person_case(
            2, ("journalists", "civil_activists"), articles=("234.1-1",), start=date(2023, 9, 15)
        ),
        person_case(3, ("religious_believers",), articles=("234.1-1",), start=date(2024, 6, 1)),
        person_case(4, ("religious_believers",), articles=("228.4",), start=date(2023, 6, 1)),
        # imprisoned, the sentence not recorded yet: needs review (a pretrial person is not
        # looked at by the rule at all, and counts as not eligible)
        person_case(5, ("religious_believers",)),
    ]
    rule = parse_rule_text(AMNESTY)
    stats = stats_json(compute_stats(cases, rule=rule, today=TODAY))
    part = stats["rule"]
    assert part["id"] == "test-amnesty"
    assert part["on"] == "2025-12-19"
    assert part["counts"] == {
        "eligible": 1,
        "eligible_from": 1,
        "not_eligible": 2,
        "needs_review": 1,
    }
    assert part["by_group"]["journalists"] == {
        "eligible": 1,
        "eligible_from": 1,
        "not_eligible": 0,
        "needs_review": 0,
    }
    assert part["by_group"]["civil_activists"]["eligible_from"] == 1
    assert part["by_group"]["religious_believers"] == {
        "eligible": 0,
        "eligible_from": 0,
        "not_eligible": 2,
        "needs_review": 1,
    }
    assert part["by_month"] == {
        "2025-12": 1,
        "2026-01": 0,
        "2026-02": 0,
        "2026-03": 1,
        "2026-04": 0,
    }


def test_on_date_overrides_the_effective_date() -> None:
    cases = [person_case(1, ("journalists",), articles=("234.1-1",), start=date(2023, 9, 15))]
    rule = parse_rule_text(AMNESTY)
    stats = stats_json(compute_stats(cases, rule=rule, on=date(2026, 3, 20), today=TODAY))
    assert stats["rule"]["counts"]["eligible"] == 1
    assert stats["rule"]["by_month"] == {"2026-03": 1, "2026-04": 0}


def test_forecast_without_window_covers_twelve_months() -> None:
    months = forecast_months(date(2025, 12, 19), None)
    assert months[0] == "2025-12"
    assert months[-1] == "2026-11"
    assert len(months) == 12


def test_numbers_export_as_csv_rows() -> None:
    rule = parse_rule_text(AMNESTY)
    text = stats_csv(compute_stats(union_list(), rule=rule, today=TODAY))
    lines = text.splitlines()
    assert lines[0] == "section,key,count,percent"
    assert "total,,392,100.0" in lines
    assert "group,religious_believers,249,63.5" in lines
    # The 150 people under 234.1-1 have their last day on 2025-12-31: eligible on the 19th.
    assert "rule_month,2025-12,150," in lines
    assert any(line.startswith("rule:eligible,test-amnesty,") for line in lines)


def test_list_rows_give_the_same_numbers_as_whole_cases() -> None:
    from app.session import list_row_for

    cases = union_list()
    from_rows = stats_json(row_stats(list_row_for(c) for c in cases))
    assert from_rows == stats_json(compute_stats(cases, today=TODAY))


def test_csv_cells_a_spreadsheet_would_run_are_written_as_text() -> None:
    import csv
    import io

    from app.list_import.read import unquote_cell

    hostile = ('=HYPERLINK("http://x")', "+1+cmd", "-2+3", "@SUM(A1)", "\tx", "\rx")
    cases = [
        person_case(i, (group,), articles=(group,), start=date(2024, 1, 1))
        for i, group in enumerate(hostile)
    ]
    text = stats_csv(compute_stats(cases, today=TODAY))
    rows = list(csv.reader(io.StringIO(text)))
    keys = [row[1] for row in rows if row[0] in ("group", "article")]
    assert len(keys) == 2 * len(hostile)
    assert all(key.startswith("'") for key in keys)
    # read back as list import reads a cell: the text as it was
    assert {unquote_cell(key) for key in keys} == set(hostile)
    assert ["total", "", "6", "100.0"] in rows  # numbers stay numbers
