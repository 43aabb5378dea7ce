"""Merging through bundles between vaults: concurrent edits both survive, conflicts are
listed and resolved, deletions travel as tombstones, import order does not matter."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from app.bundle import import_bundle
from app.bundle.conflicts import list_conflicts, resolve_conflict
from app.model import Note
from app.session import Session
from app.sync import export_to
from tests.unit.test_bundle_helpers import (
    PASSPHRASE,
    Person,
    Template,
    add_case,
    build_template,
    case_values,
    merge_view,
    open_template,
)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return build_template(
        tmp_path_factory.mktemp("people"),
        ["Lawyer", "Colleague", "Mother"],
        [
            (0, 1, "colleague", "colleague"),
            (0, 2, "family", "colleague"),
            (1, 2, "family", "colleague"),
        ],
    )


@pytest.fixture
def trio(template: Template, tmp_path: Path) -> Iterator[tuple[Person, Person, Person]]:
    people = open_template(template, tmp_path)
    yield people[0], people[1], people[2]
    for person in people:
        person.session.close()


def send(sender: Person, to: str, path: Path, case_ids: list[str] | None = None) -> Path:
    export_to(sender.session, [to], path, case_ids=case_ids)
    return path


def edit(person: Person, case_id: str, **changes: object) -> None:
    case = person.session.get_case(case_id)
    person.session.update_case(replace(case, **changes))  # type: ignore[arg-type]


def test_concurrent_edits_both_survive_one_as_a_conflict(
    trio: tuple[Person, Person, Person], tmp_path: Path
) -> None:
    lawyer, colleague, _mother = trio
    case_id = add_case(lawyer)
    import_bundle(colleague.session, send(lawyer, "Colleague", tmp_path / "1.cwb"))
    edit(colleague, case_id, facility="Prison No. 2")
    edit(lawyer, case_id, facility="Prison No. 17")  # later: wins

    report = import_bundle(lawyer.session, send(colleague, "Lawyer", tmp_path / "2.cwb"))

    assert case_values(lawyer.session, case_id)["facility"] == "Prison No. 17"
    assert [c["other"] for c in report.to_json()["conflicts"]] == ["Prison No. 2"]
    [conflict] = list_conflicts(lawyer.session)
    assert conflict.field == "facility" and conflict.current == "Prison No. 17"
    assert [a["value"] for a in conflict.alternatives] == ["Prison No. 2"]
    history = lawyer.session.history(case_id)
    assert any(
        c.field == "conflict:facility" and c.old == "Prison No. 2"
        for h in history
        for c in h.changes
    )
    # The colleague, importing the lawyer's side, ends up with the same value and conflict.
    import_bundle(colleague.session, send(lawyer, "Colleague", tmp_path / "3.cwb"))
    assert case_values(colleague.session, case_id)["facility"] == "Prison No. 17"
    assert [c.field for c in list_conflicts(colleague.session)] == ["facility"]


def test_resolving_a_conflict_travels_to_the_other_vault(
    trio: tuple[Person, Person, Person], tmp_path: Path
) -> None:
    lawyer, colleague, _mother = trio
    case_id = add_case(lawyer)
    import_bundle(colleague.session, send(lawyer, "Colleague", tmp_path / "1.cwb"))
    edit(colleague, case_id, status="released")
    edit(lawyer, case_id, status="deceased")
    import_bundle(lawyer.session, send(colleague, "Lawyer", tmp_path / "2.cwb"))
    import_bundle(colleague.session, send(lawyer, "Colleague", tmp_path / "3.cwb"))
    [conflict] = list_conflicts(lawyer.session)

    resolve_conflict(lawyer.session, conflict.id[:6], use=1)

    assert case_values(lawyer.session, case_id)["status"] == "released"
    assert list_conflicts(lawyer.session) == []
    import_bundle(colleague.session, send(lawyer, "Colleague", tmp_path / "4.cwb"))
    assert list_conflicts(colleague.session) == []
    assert case_values(colleague.session, case_id)["status"] == "released"


def test_a_local_edit_after_the_merge_also_resolves_the_conflict(
    trio: tuple[Person, Person, Person], tmp_path: Path
) -> None:
    lawyer, colleague, _mother = trio
    case_id = add_case(lawyer)
    import_bundle(colleague.session, send(lawyer, "Colleague", tmp_path / "1.cwb"))
    edit(colleague, case_id, facility="A")
    edit(lawyer, case_id, facility="B")
    import_bundle(lawyer.session, send(colleague, "Lawyer", tmp_path / "2.cwb"))
    assert list_conflicts(lawyer.session)
    edit(lawyer, case_id, facility="C")
    assert list_conflicts(lawyer.session) == []


def test_notes_merge_as_sets_and_deletions_travel(
    trio: tuple[Person, Person, Person], tmp_path: Path
) -> None:
    lawyer, colleague, _mother = trio
    case_id = add_case(lawyer)
    import_bundle(colleague.session, send(lawyer, "Colleague", tmp_path / "1.cwb"))
    lawyer.session.add_note(case_id, "lawyer's note", "family")
    colleague.session.add_note(case_id, "colleague's note", "family")
    import_bundle(lawyer.session, send(colleague, "Lawyer", tmp_path / "2.cwb"))
    texts = sorted(n.text for n in lawyer.session.get_case(case_id).notes)
    assert texts == ["Defence strategy: challenge the search.", "colleague's note", "lawyer's note"]

    case = lawyer.session.get_case(case_id)
    kept = tuple(n for n in case.notes if n.text != "colleague's note")
    lawyer.session.update_case(replace(case, notes=kept))
    import_bundle(colleague.session, send(lawyer, "Colleague", tmp_path / "3.cwb"))
    assert "colleague's note" not in [n.text for n in colleague.session.get_case(case_id).notes]
    assert list_conflicts(colleague.session) == []


def test_a_case_deleted_here_is_never_brought_back(
    trio: tuple[Person, Person, Person], tmp_path: Path
) -> None:
    lawyer, colleague, _mother = trio
    case_id = add_case(lawyer)
    import_bundle(colleague.session, send(lawyer, "Colleague", tmp_path / "1.cwb"))
    edit(lawyer, case_id, facility="Prison No. 3")
    bundle = send(lawyer, "Colleague", tmp_path / "2.cwb")
    colleague.session.delete_case(case_id)

    report = import_bundle(colleague.session, bundle).to_json()

    assert not colleague.session.has_case(case_id)
    assert report["ignored_deleted_cases"] == [case_id]
    assert report["notices"][0]["code"] == "bundle.deleted_here"


def test_a_case_the_sender_deleted_is_listed_for_review_not_deleted(
    trio: tuple[Person, Person, Person], tmp_path: Path
) -> None:
    from app.contacts import share_cases
    from app.sync import sync_folder

    lawyer, colleague, _mother = trio
    case_id = add_case(lawyer)
    share_cases(lawyer.session, "Colleague", [case_id], "colleague")
    folder = tmp_path / "sync"
    folder.mkdir()
    sync_folder(lawyer.session, folder)
    sync_folder(colleague.session, folder)
    lawyer.session.delete_case(case_id)
    sync_folder(lawyer.session, folder)
    sync_folder(colleague.session, folder)

    assert colleague.session.has_case(case_id)
    [conflict] = list_conflicts(colleague.session)
    assert conflict.kind == "deleted_by_sender" and conflict.by == "Lawyer"
    resolve_conflict(colleague.session, conflict.id, delete_case=True)
    assert not colleague.session.has_case(case_id)
    assert list_conflicts(colleague.session) == []


def test_import_order_does_not_matter(trio: tuple[Person, Person, Person], tmp_path: Path) -> None:
    lawyer, colleague, mother = trio
    case_id = add_case(lawyer)
    import_bundle(colleague.session, send(lawyer, "Colleague", tmp_path / "c.cwb"))
    import_bundle(mother.session, send(lawyer, "Mother", tmp_path / "m.cwb"))
    edit(colleague, case_id, facility="Colleague's facility", status="released")
    colleague.session.add_note(case_id, "colleague", "family")
    edit(mother, case_id, facility="Mother's facility")
    mother.session.add_note(case_id, "mother", "family")
    from_colleague = send(colleague, "Lawyer", tmp_path / "from-colleague.cwb")
    from_mother = send(mother, "Lawyer", tmp_path / "from-mother.cwb")
    path = lawyer.session.vault.path
    lawyer.session.close()
    twin_path = tmp_path / "twin" / "vault.cwvault"
    twin_path.parent.mkdir()
    shutil.copy(path, twin_path)
    first = Session.open(path, PASSPHRASE)
    second = Session.open(twin_path, PASSPHRASE)
    try:
        for bundle in (from_colleague, from_mother):
            import_bundle(first, bundle)
        for bundle in (from_mother, from_colleague):
            import_bundle(second, bundle)
        assert merge_view(first) == merge_view(second)
        assert [c.to_json() for c in list_conflicts(first)] == [
            c.to_json() for c in list_conflicts(second)
        ]
        notes = sorted(n.text for n in first.get_case(case_id).notes)
        assert notes == ["Defence strategy: challenge the search.", "colleague", "mother"]
    finally:
        first.close()
        second.close()
    lawyer.session = Session.open(path, PASSPHRASE)


def test_mothers_copy_keeps_privileged_notes_out_after_a_round_trip(
    trio: tuple[Person, Person, Person], tmp_path: Path
) -> None:
    lawyer, _colleague, mother = trio
    case_id = add_case(lawyer)
    import_bundle(mother.session, send(lawyer, "Mother", tmp_path / "1.cwb"))
    assert mother.session.get_case(case_id).notes == ()
    mother.session.add_note(case_id, "he needs medicine", "family")
    import_bundle(lawyer.session, send(mother, "Lawyer", tmp_path / "2.cwb"))
    texts = sorted(n.text for n in lawyer.session.get_case(case_id).notes)
    assert texts == ["Defence strategy: challenge the search.", "he needs medicine"]
    assert list_conflicts(lawyer.session) == []
    note = next(n for n in lawyer.session.get_case(case_id).notes if n.text.startswith("he"))
    assert isinstance(note, Note)


def test_fields_a_profile_left_out_are_never_overwritten_by_the_round_trip(
    trio: tuple[Person, Person, Person], tmp_path: Path
) -> None:
    """The public profile leaves out birth date, facility and custody; when the recipient
    sends the case back, the sender keeps them."""
    from app.contacts import set_profile

    lawyer, _colleague, mother = trio
    case_id = add_case(lawyer)
    set_profile(lawyer.session, "Mother", "public")
    import_bundle(mother.session, send(lawyer, "Mother", tmp_path / "1.cwb"))
    assert case_values(mother.session, case_id)["person.birth_date"] is None
    mother.session.add_note(case_id, "we wrote to the ombudsman", "public")
    import_bundle(lawyer.session, send(mother, "Lawyer", tmp_path / "2.cwb"))
    values = case_values(lawyer.session, case_id)
    assert values["person.birth_date"] == "1985-03-02"
    assert values["facility"] == "Penitentiary Service institution No. 13"
    assert values["custody"][0]["from"] == "2023-02-01"
    assert list_conflicts(lawyer.session) == []
