"""Every refusal has its own clear message, and a refused bundle changes nothing."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from app import contacts, identity
from app.bundle import import_bundle
from app.bundle.errors import (
    BundleError,
    BundleForwarded,
    BundleFromSelf,
    BundleNotAddressed,
    BundleReplayed,
    FutureStamps,
    HashMismatch,
    UnknownSigner,
    UnverifiedSigner,
)
from app.case_json import parse_case
from app.crypto.age import decrypt_bytes, encrypt_bytes
from app.sync import export_to
from tests.conftest import example_case
from tests.unit.test_bundle_helpers import (
    Person,
    Template,
    add_case,
    build_template,
    case_values,
    make_person,
    open_template,
    stored_rows,
)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return build_template(
        tmp_path_factory.mktemp("people"),
        ["Lawyer", "Mother", "Colleague"],
        [
            (0, 1, "family", "colleague"),
            (0, 2, "colleague", "colleague"),
            (1, 2, "family", "family"),
        ],
    )


@pytest.fixture
def people(template: Template, tmp_path: Path) -> Iterator[dict[str, Person]]:
    lawyer, mother, colleague = open_template(template, tmp_path)
    yield {"lawyer": lawyer, "mother": mother, "colleague": colleague}
    for person in (lawyer, mother, colleague):
        person.session.close()


def refused(person: Person, bundle: Path, error: type[BundleError]) -> str:
    before = stored_rows(person.session)
    with pytest.raises(error) as caught:
        import_bundle(person.session, bundle)
    assert stored_rows(person.session) == before, "a refused bundle changed the vault"
    assert caught.value.code.startswith("bundle.")
    return str(caught.value)


def send(people: dict[str, Person], tmp_path: Path, to: str = "Mother") -> Path:
    lawyer = people["lawyer"]
    if not lawyer.session.case_count():
        add_case(lawyer)
    bundle = tmp_path / f"to-{to}-{lawyer.session.case_count()}.cwb"
    export_to(lawyer.session, [to], bundle)
    return bundle


def test_unknown_signer_is_refused(tmp_path: Path, people: dict[str, Person]) -> None:
    stranger = make_person(tmp_path, "Stranger")
    contacts.add_contact(stranger.session, people["mother"].card, verified=True)
    add_case(stranger)
    bundle = tmp_path / "stranger.cwb"
    export_to(stranger.session, ["Mother"], bundle)
    message = refused(people["mother"], bundle, UnknownSigner)
    assert "not one of your contacts' keys" in message and "'Stranger'" in message


def test_signer_whose_key_we_hold_differently_is_unknown(
    tmp_path: Path, people: dict[str, Person]
) -> None:
    impostor = make_person(tmp_path / "impostor", "Lawyer")
    contacts.add_contact(impostor.session, people["mother"].card, verified=True)
    add_case(impostor)
    bundle = tmp_path / "impostor.cwb"
    export_to(impostor.session, ["Mother"], bundle)
    message = refused(people["mother"], bundle, UnknownSigner)
    assert "has a different key" in message


def test_unverified_signer_is_refused(tmp_path: Path, people: dict[str, Person]) -> None:
    mother = people["mother"]
    lawyer_contact = contacts.find_contact(mother.session, "Lawyer")
    contacts.save_contact(mother.session, replace(lawyer_contact, verified=False))
    message = refused(mother, send(people, tmp_path), UnverifiedSigner)
    assert "who is not verified" in message and "contact verify Lawyer" in message


def test_signer_with_changed_unverified_key_is_refused(
    tmp_path: Path, people: dict[str, Person]
) -> None:
    mother, lawyer = people["mother"], people["lawyer"]
    bundle = send(people, tmp_path)
    # The lawyer's (real) new card arrives: same keys are not re-verified automatically.
    contacts.save_contact(
        mother.session, replace(contacts.find_contact(mother.session, "Lawyer"), key_changed=True)
    )
    message = refused(mother, bundle, UnverifiedSigner)
    assert "new key is not verified" in message
    assert lawyer.name == "Lawyer"


def test_bundle_for_someone_else_is_refused(tmp_path: Path, people: dict[str, Person]) -> None:
    message = refused(people["colleague"], send(people, tmp_path), BundleNotAddressed)
    assert "not addressed to this vault" in message


def test_forwarded_bundle_is_refused(tmp_path: Path, people: dict[str, Person]) -> None:
    mother, colleague = people["mother"], people["colleague"]
    original = send(people, tmp_path)
    zip_bytes = decrypt_bytes(
        [identity.ensure_identity(mother.session).age_identity], original.read_bytes()
    )
    forwarded = tmp_path / "forwarded.cwb"
    forwarded.write_bytes(
        encrypt_bytes(
            [identity.ensure_identity(colleague.session).age_identity.recipient], zip_bytes
        )
    )
    message = refused(colleague, forwarded, BundleForwarded)
    assert "forwarded" in message and "'Lawyer'" in message


def test_replayed_bundle_is_refused(tmp_path: Path, people: dict[str, Person]) -> None:
    bundle = send(people, tmp_path)
    import_bundle(people["mother"].session, bundle)
    message = refused(people["mother"], bundle, BundleReplayed)
    assert "already imported" in message


def test_own_bundle_is_refused(tmp_path: Path, people: dict[str, Person]) -> None:
    refused(people["lawyer"], send(people, tmp_path), BundleFromSelf)


def test_altered_payload_with_the_original_signature_is_refused(
    tmp_path: Path, people: dict[str, Person]
) -> None:
    """A co-recipient can re-encrypt, but cannot change a file without breaking its hash."""
    mother = people["mother"]
    bundle = send(people, tmp_path)
    key = identity.ensure_identity(mother.session).age_identity
    with zipfile.ZipFile(io.BytesIO(decrypt_bytes([key], bundle.read_bytes()))) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    case_file = next(name for name in files if name.startswith("cases/"))
    doc = json.loads(files[case_file])
    doc["case"]["status"] = "released"
    files[case_file] = json.dumps(doc).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    tampered = tmp_path / "tampered.cwb"
    tampered.write_bytes(encrypt_bytes([key.recipient], out.getvalue()))
    message = refused(mother, tampered, HashMismatch)
    assert case_file in message and "altered" in message


def test_older_bundle_after_a_newer_one_is_reported_and_rolls_nothing_back(
    tmp_path: Path, people: dict[str, Person]
) -> None:
    lawyer, mother = people["lawyer"], people["mother"]
    case_id = add_case(lawyer)
    older = tmp_path / "older.cwb"
    export_to(lawyer.session, ["Mother"], older)
    case = lawyer.session.get_case(case_id)
    lawyer.session.update_case(replace(case, status="released"))
    newer = tmp_path / "newer.cwb"
    export_to(lawyer.session, ["Mother"], newer)

    import_bundle(mother.session, newer)
    report = import_bundle(mother.session, older).to_json()

    assert [n["code"] for n in report["notices"]] == ["bundle.older"]
    assert "older than one already imported" in report["notices"][0]["message"]
    assert case_values(mother.session, case_id)["status"] == "released"
    assert contacts.find_contact(mother.session, "Lawyer").last_sequence == 2


def test_edits_dated_far_in_the_future_are_refused(
    tmp_path: Path, people: dict[str, Person]
) -> None:
    lawyer = people["lawyer"]
    lawyer.session.clock.observe(
        type(lawyer.session.clock.now())(lawyer.session.clock.state[0] + 10 * 86_400_000, 0, "x")
    )
    lawyer.session.add_case(parse_case(example_case()))
    bundle = tmp_path / "future.cwb"
    export_to(lawyer.session, ["Mother"], bundle)
    assert "clock is wrong" in refused(people["mother"], bundle, FutureStamps)


def test_sending_to_an_unverified_contact_is_refused(tmp_path: Path) -> None:
    lawyer, mother = make_person(tmp_path, "Lawyer"), make_person(tmp_path, "Mother")
    contacts.add_contact(lawyer.session, mother.card)
    add_case(lawyer)
    with pytest.raises(contacts.ContactError, match="not verified"):
        export_to(lawyer.session, ["Mother"], tmp_path / "x.cwb")
    assert not (tmp_path / "x.cwb").exists()


def test_a_vault_without_keys_refuses_without_creating_them(
    tmp_path: Path, people: dict[str, Person]
) -> None:
    from app.session import Session
    from tests.conftest import FAST_KDF_MIB

    session, _ = Session.create(tmp_path / "fresh.cwvault", "pw", kdf_memory_mib=FAST_KDF_MIB)
    fresh = Person("Fresh", session, b"")
    try:
        refused(fresh, send(people, tmp_path), BundleNotAddressed)
        assert identity.load_identity(session) is None
    finally:
        session.close()
