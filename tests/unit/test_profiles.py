"""Export profiles: what each lets through, field by field and element by element."""

from __future__ import annotations

import pytest

from app.profiles import (
    FIELD_VISIBILITY,
    ProfileError,
    filter_case_json,
    path_visible,
    profile_table,
)
from app.session import FIELD_PATHS
from tests.conftest import example_case


def _case() -> dict[str, object]:
    case = example_case(
        notes=[
            {"id": "p", "text": "strategy", "visibility": "privileged"},
            {"id": "f", "text": "visit on Friday", "visibility": "family"},
            {"id": "u", "text": "statement", "visibility": "public"},
        ],
        events=[
            {"id": "e1", "date": "2025-01-01", "kind": "hearing", "text": "h"},
            {"id": "e2", "date": "2025-02-01", "kind": "visit", "visibility": "privileged"},
            {"id": "e3", "date": "2025-03-01", "kind": "release", "visibility": "public"},
        ],
        eligibility_notes=[{"id": "x", "rule_id": "r", "text": "looks eligible"}],
    )
    case["id"] = "c" * 32
    return case


def test_colleague_gets_everything() -> None:
    out = filter_case_json(_case(), "colleague")
    assert [n["id"] for n in out["notes"]] == ["p", "f", "u"]
    assert len(out["events"]) == 3
    assert out["eligibility_notes"][0]["text"] == "looks eligible"
    assert out["facility"] and out["custody"] and out["person"]["birth_date"]


def test_family_never_gets_privileged_notes_events_or_assessments() -> None:
    out = filter_case_json(_case(), "family")
    assert [n["id"] for n in out["notes"]] == ["f", "u"]
    assert [e["id"] for e in out["events"]] == ["e1", "e3"]
    assert "eligibility_notes" not in out
    assert out["facility"] == "Penitentiary Service institution No. 13"
    assert out["custody"] and out["person"]["birth_date"] == "1985-03-02"


def test_public_gets_only_what_an_advocacy_list_publishes() -> None:
    out = filter_case_json(_case(), "public")
    assert set(out["person"]) == {"full_name", "aliases", "groups"}
    assert {k for k in out if k not in ("id", "person", "notes", "events")} == {
        "status",
        "arrested_on",
        "sentence",
    }
    assert out["sentence"]["articles"] == ["234.1-1"]
    assert [n["id"] for n in out["notes"]] == ["u"]
    assert [e["id"] for e in out["events"]] == ["e3"]


def test_default_visibilities_are_safe() -> None:
    assert not path_visible("family", "notes/n", {"id": "n", "text": "t"})  # default privileged
    assert not path_visible("family", "attachments/a", {"id": "a", "name": "scan.pdf"})
    assert path_visible("family", "events/e", {"id": "e", "date": "2025-01-01"})
    assert not path_visible("public", "events/e", {"id": "e", "date": "2025-01-01"})


def test_deleted_elements_carry_no_content_and_reach_every_profile() -> None:
    assert path_visible("public", "notes/gone", None)


def test_every_merge_field_has_a_visibility_and_the_table_lists_it() -> None:
    assert set(FIELD_VISIBILITY) == set(FIELD_PATHS)
    rows = {row["field"]: row for row in profile_table()}
    assert rows["facility"]["profiles"] == ["colleague", "family"]
    assert rows["eligibility_notes"]["profiles"] == ["colleague"]
    assert rows["notes"]["per_element"] is True


def test_unknown_profile_is_refused() -> None:
    with pytest.raises(ProfileError, match="unknown export profile 'friends'"):
        path_visible("friends", "status", "imprisoned")
