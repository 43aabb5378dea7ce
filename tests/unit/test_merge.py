"""The pure merge: winners by clock, concurrent losers kept, superseded versions dropped."""

from __future__ import annotations

from app.merge import (
    Version,
    conflicting,
    edit,
    merge_case,
    merge_versions,
    normalise,
    single,
    versions_from_json,
    versions_to_json,
    winner,
)


def stamp(wall: int, device: str, counter: int = 0) -> str:
    return f"{wall:015d}-{counter:06d}-{device}"


def test_later_edit_that_saw_the_earlier_one_replaces_it_without_conflict() -> None:
    first = (single("Shuvalan", stamp(100, "law")),)
    second = edit(first, "Umbaki", stamp(200, "mom"))  # the mother had the lawyer's value
    merged = merge_versions(first, second)
    assert winner(merged).value == "Umbaki"
    assert conflicting(merged) == ()


def test_concurrent_edits_keep_the_later_and_list_the_other_as_conflict() -> None:
    base = (single("Shuvalan", stamp(100, "law")),)
    lawyer = edit(base, "Umbaki", stamp(300, "law"))
    mother = edit(base, "Zabrat", stamp(200, "mom"))
    merged = merge_versions(lawyer, mother)
    assert winner(merged).value == "Umbaki"
    assert [v.value for v in conflicting(merged)] == ["Zabrat"]
    assert merged == merge_versions(mother, lawyer)


def test_same_wall_time_is_broken_by_device_id() -> None:
    a = (single("A", stamp(100, "aaaa")),)
    b = (single("B", stamp(100, "bbbb")),)
    assert winner(merge_versions(a, b)).value == "B"
    assert winner(merge_versions(b, a)).value == "B"


def test_an_older_state_never_rolls_a_newer_one_back() -> None:
    old = (single("released", stamp(100, "law")),)
    new = edit(old, "imprisoned", stamp(500, "law"))
    assert winner(merge_versions(new, old)).value == "imprisoned"
    assert merge_versions(new, old) == new


def test_a_later_edit_resolves_the_conflict_it_has_seen() -> None:
    base = (single(1, stamp(100, "a")),)
    conflicted = merge_versions(edit(base, 2, stamp(200, "a")), edit(base, 3, stamp(150, "b")))
    assert conflicting(conflicted)
    resolved = edit(conflicted, 3, stamp(400, "b"))
    assert conflicting(merge_versions(conflicted, resolved)) == ()
    assert winner(merge_versions(resolved, conflicted)).value == 3


def test_equal_values_are_not_a_conflict() -> None:
    base = (single("x", stamp(1, "a")),)
    merged = merge_versions(edit(base, "same", stamp(5, "a")), edit(base, "same", stamp(6, "b")))
    assert len(merged) == 2
    assert conflicting(merged) == ()


def test_deletion_is_a_version_and_merges_like_one() -> None:
    note = {"id": "n1", "text": "hello", "visibility": "family"}
    added = (single(note, stamp(100, "law")),)
    deleted = edit(added, None, stamp(200, "law"))
    merged = merge_case({"notes/n1": added}, {"notes/n1": deleted})
    assert winner(merged["notes/n1"]).value is None


def test_case_merge_unions_units_from_both_sides() -> None:
    a = {"status": (single("imprisoned", stamp(1, "a")),)}
    b = {"facility": (single("No. 13", stamp(2, "b")),)}
    assert set(merge_case(a, b)) == {"status", "facility"}


def test_duplicate_stamps_are_one_version() -> None:
    v = single("x", stamp(1, "a"))
    assert normalise([v, v, Version("x", v.stamp, v.ctx)]) == (v,)


def test_versions_round_trip_through_json() -> None:
    merged = merge_versions(
        edit((), {"id": "e", "date": "2025-01-01"}, stamp(3, "a")), (single(None, stamp(2, "b")),)
    )
    assert versions_from_json(versions_to_json(merged)) == merged
