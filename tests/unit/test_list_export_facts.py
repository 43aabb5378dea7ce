"""The list export reads light cases (the facts read at unlock) for every column but the
facility, and writes the same file as from whole cases."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from app.case_facts import facts_payload, light_case
from app.demo import generate_cases
from app.list_export import COLUMNS, export_csv, export_list, needs_whole_cases
from app.model import Case

FROM_FACTS = tuple(c for c in COLUMNS if not needs_whole_cases([c]))


def _light(case: Case) -> Case:
    row, payload = facts_payload(case)
    return light_case(case.id, payload["case"], row)


@settings(max_examples=25, deadline=None)
@given(
    seed=st.integers(min_value=0, max_value=10**6),
    made=st.integers(0, 3000),
    later=st.integers(-400, 4000),
    lang=st.sampled_from(["en", "az", "ru"]),
)
def test_the_export_from_light_cases_is_the_export_from_whole_cases(
    seed: int, made: int, later: int, lang: str
) -> None:
    made_on = date(2018, 1, 1) + timedelta(days=made)
    on = made_on + timedelta(days=later)
    cases = generate_cases(8, seed=seed, today=made_on)
    lights = [_light(c) for c in cases]
    assert export_csv(lights, FROM_FACTS, on, lang) == export_csv(cases, FROM_FACTS, on, lang)


def test_only_the_facility_needs_whole_cases() -> None:
    assert tuple(c for c in COLUMNS if c != "facility") == FROM_FACTS
    assert needs_whole_cases(["full_name", " Facility "])
    cases = generate_cases(5, seed=2, today=date(2025, 1, 1))
    whole = export_list(cases, ["full_name", "facility"], date(2025, 6, 1), "csv")
    light = export_list(
        [_light(c) for c in cases], ["full_name", "facility"], date(2025, 6, 1), "csv"
    )
    assert any(c.facility for c in cases) and whole != light  # why the facility needs them
