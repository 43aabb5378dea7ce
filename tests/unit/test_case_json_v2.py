"""Case JSON's sentence fields beyond v1 (life, components, revoked parole, recidivism,
interruptions, fractional pardons), the checks a lawyer expects (a zero term, names, group
ids), the warnings, and v1 documents reading and writing exactly as before."""

from __future__ import annotations

import copy
from datetime import date
from typing import Any

import pytest

from app.case_edit import apply_edit
from app.case_json import CaseJsonError, case_to_json, parse_case
from app.case_warnings import case_warnings, render_warning
from app.example_case import example_case_json
from app.model import Interruption

V1: dict[str, Any] = example_case_json(
    notes=[{"text": "…", "visibility": "privileged"}],
    events=[{"date": "2025-03-01", "kind": "hearing", "text": "…"}],
)


def with_sentence(**fields: Any) -> dict[str, Any]:
    data = copy.deepcopy(V1)
    data["sentence"].update(fields)
    return {**data, "sentence": {k: v for k, v in data["sentence"].items() if v is not None}}


def error_field(data: Any) -> str:
    with pytest.raises(CaseJsonError) as caught:
        parse_case(data)
    return caught.value.field


def test_v1_document_reads_and_writes_the_same_sentence_keys() -> None:
    out = case_to_json(parse_case(V1))
    assert out["sentence"] == V1["sentence"]
    assert set(out) >= set(V1)


def test_life_term_reads_and_writes_as_life() -> None:
    case = parse_case(with_sentence(term="life"))
    assert case.sentence is not None and case.sentence.life and case.sentence.term is None
    assert case_to_json(case)["sentence"]["term"] == "life"
    assert parse_case(case_to_json(case)) == case


@pytest.mark.parametrize("missing", ["term", "start_date"])
def test_sentence_without_term_or_start_is_stored(missing: str) -> None:
    data = copy.deepcopy(V1)
    del data["sentence"][missing]
    case = parse_case(data)
    assert case.sentence is not None
    assert case.sentence.missing == (f"sentence.{missing}",)
    assert case_to_json(case)["sentence"][missing] is None
    assert parse_case(case_to_json(case)) == case


@pytest.mark.parametrize("term", ["P0D", "P0Y", "P0Y0M0W0D"])
def test_zero_term_is_an_error_naming_the_term(term: str) -> None:
    assert error_field(with_sentence(term=term)) == "sentence.term"


def test_components_give_the_articles_and_the_most_serious_category() -> None:
    data = with_sentence(
        articles=None,
        category=None,
        components=[
            {
                "verdict_date": "2021-05-01",
                "articles": ["234.1-1"],
                "category": "less_serious",
                "term": "P2Y",
            },
            {
                "verdict_date": "2023-10-01",
                "articles": ["228.2", "234.1-1"],
                "category": "grave",
                "term": "P5Y",
            },
        ],
        term="P6Y",
    )
    sentence = parse_case(data).sentence
    assert sentence is not None
    assert sentence.articles == ("234.1-1", "228.2")
    assert sentence.category == "grave"
    assert [str(c.term) for c in sentence.components] == ["P2Y", "P5Y"]
    again = parse_case(case_to_json(parse_case(data)))
    assert again.sentence == sentence


def test_given_articles_must_include_every_components_articles() -> None:
    component = {"articles": ["228.2"], "category": "grave", "term": "P5Y"}
    data = with_sentence(articles=["234.1-1"], category="grave", components=[component])
    with pytest.raises(CaseJsonError) as caught:
        parse_case(data)
    assert caught.value.field == "sentence.articles"
    assert "228.2" in caught.value.message


def test_given_category_may_not_be_less_serious_than_a_component() -> None:
    component = {"articles": ["234.1-1"], "category": "grave", "term": "life"}
    data = with_sentence(category="less_serious", components=[component])
    assert error_field(data) == "sentence.category"


def test_revoked_parole_recidivism_and_interruptions_round_trip() -> None:
    data = with_sentence(
        prior_parole_revoked=True,
        recidivism="dangerous",
        interruptions=[{"from": "2024-01-01", "to": "2024-01-10", "reason": "escape"}],
    )
    case = parse_case(data)
    assert case.sentence is not None
    assert case.sentence.prior_parole_revoked is True
    assert case.sentence.recidivism == "dangerous"
    assert case.sentence.interruptions == (
        Interruption(date(2024, 1, 1), date(2024, 1, 10), "escape"),
    )
    assert parse_case(case_to_json(case)) == case


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"recidivism": "often"}, "sentence.recidivism"),
        ({"prior_parole_revoked": "yes"}, "sentence.prior_parole_revoked"),
        (
            {"interruptions": [{"from": "2024-01-10", "to": "2024-01-01"}]},
            "sentence.interruptions[0].to",
        ),
        ({"interruptions": [{"from": "2024-01-10"}]}, "sentence.interruptions[0].to"),
        ({"components": [{"term": "P0D"}]}, "sentence.components[0].term"),
        ({"components": [{"category": "huge"}]}, "sentence.components[0].category"),
        ({"components": [{"sentence": "P3Y"}]}, "sentence.components[0].sentence"),
    ],
)
def test_bad_v2_sentence_fields_name_the_field(fields: dict[str, Any], field: str) -> None:
    assert error_field(with_sentence(**fields)) == field


def test_fractional_pardon_event_round_trips_and_bad_fractions_are_refused() -> None:
    data = copy.deepcopy(V1)
    data["events"] = [{"date": "2025-05-09", "kind": "pardon", "reduce_unserved_by": "1/2"}]
    case = parse_case(data)
    assert case.events[0].reduce_unserved_by == "1/2"
    assert case_to_json(case)["events"][0]["reduce_unserved_by"] == "1/2"
    for bad in ("3/2", "0/2", "half", "1/0", 0.5):
        data["events"] = [{"date": "2025-05-09", "kind": "pardon", "reduce_unserved_by": bad}]
        assert error_field(data) == "events[0].reduce_unserved_by", bad


@pytest.mark.parametrize(
    ("person", "field"),
    [
        ({"full_name": "Əli\x00Həsənov"}, "person.full_name"),
        ({"full_name": "Əli\nHəsənov"}, "person.full_name"),
        ({"full_name": "Ə" * 201}, "person.full_name"),
        ({"full_name": "Əli", "aliases": ["Ali", "A\x1b[31m"]}, "person.aliases[1]"),
        ({"full_name": "Əli", "aliases": ["x" * 201]}, "person.aliases[0]"),
        ({"full_name": "Əli", "groups": ["Journalists"]}, "person.groups[0]"),
        ({"full_name": "Əli", "groups": ["journalists", "a b"]}, "person.groups[1]"),
    ],
)
def test_names_and_group_ids_are_checked_naming_the_field(
    person: dict[str, Any], field: str
) -> None:
    assert error_field({"person": person}) == field


def test_any_group_id_of_lowercase_letters_digits_and_underscore_is_accepted() -> None:
    case = parse_case({"person": {"full_name": "Ə" * 200, "groups": ["new_group_2025", "lgbt"]}})
    assert case.person.groups == ("new_group_2025", "lgbt")


def test_start_long_before_the_verdict_is_a_warning_naming_the_start_date() -> None:
    case = parse_case(with_sentence(start_date="2020-01-01", verdict_date="2023-10-01"))
    warnings = case_warnings(case)
    assert [w.field for w in warnings] == ["sentence.start_date"]
    line = render_warning(warnings[0])
    assert line.startswith("warning: sentence.start_date:") and "3 years" in line


def test_start_shortly_before_the_verdict_is_no_warning() -> None:
    # Pretrial credit often starts the count months before the verdict.
    assert case_warnings(parse_case(with_sentence(start_date="2022-11-01"))) == ()


def test_term_not_yet_known_is_a_warning_not_an_error() -> None:
    data = copy.deepcopy(V1)
    del data["sentence"]["term"]
    assert [w.field for w in case_warnings(parse_case(data))] == ["sentence.term"]


def test_editing_in_a_life_term_and_back_to_years() -> None:
    case = parse_case(V1)
    life = apply_edit(case, {"sentence": {"term": "life"}})
    assert life.sentence is not None and life.sentence.life
    years = apply_edit(life, {"sentence": {"term": "P10Y"}})
    assert years.sentence is not None and not years.sentence.life
    cleared = apply_edit(years, {"sentence": {"term": None}})
    assert cleared.sentence is not None and cleared.sentence.missing == ("sentence.term",)


def test_aggregated_sentence_shorter_than_a_verdict_in_it_is_a_warning() -> None:
    component = {"articles": ["234.1-1"], "category": "less_serious", "term": "P5Y"}
    case = parse_case(with_sentence(term="P4Y", components=[component]))
    warnings = case_warnings(case)
    assert [(w.code, w.field) for w in warnings] == [
        ("aggregate_shorter_than_component", "sentence.term")
    ]
    assert "aggregated verdict 1 (P5Y)" in render_warning(warnings[0])
    longer = parse_case(with_sentence(term="P6Y", components=[component]))
    assert case_warnings(longer) == ()


def test_aggregating_a_life_verdict_into_years_is_a_warning() -> None:
    component = {"articles": ["120.2"], "category": "especially_grave", "term": "life"}
    case = parse_case(
        with_sentence(term="P15Y", category=None, articles=["120.2"], components=[component])
    )
    assert [w.code for w in case_warnings(case)] == ["aggregate_not_life"]
    life = parse_case(
        with_sentence(term="life", category=None, articles=["120.2"], components=[component])
    )
    assert case_warnings(life) == ()


def test_an_aggregated_life_verdict_entered_as_years_is_life_in_every_answer() -> None:
    from app.deadlines import deadlines_for
    from app.list_row import list_row_for
    from app.sentence import compute_sentence

    component = {"articles": ["120.2"], "category": "especially_grave", "term": "life"}
    data = with_sentence(term="P3Y", category=None, articles=["120.2"], components=[component])
    case = parse_case({**data, "status": "imprisoned"})
    far_later = date(2060, 1, 1)  # three years from the start are long past
    computation = compute_sentence(case, on=far_later)
    assert computation is not None and computation.life and computation.last_day is None
    assert list_row_for(case).term == "life"
    assert [d.kind for d in deadlines_for(case, far_later)].count("term_served") == 0
