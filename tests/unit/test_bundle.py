"""Writing and reading bundles: round trip, the decrypted zip's contents, padding, the
signed manifest, streaming, and no plaintext outside the vault."""

from __future__ import annotations

import hashlib
import io
import json
import os
import tracemalloc
import zipfile
from pathlib import Path

from app import identity
from app.bundle import import_bundle
from app.bundle.manifest import padded_size
from app.crypto.age import decrypt_bytes
from app.crypto.minisign import MinisignPublicKey, verify
from app.sync import export_to
from tests.unit.test_bundle_helpers import (
    Person,
    add_case,
    add_document,
    case_values,
    introduce,
    make_person,
)

PRIVILEGED = "PRIVILEGED-CANARY defence will challenge the search"
FAMILY = "Visit allowed on Friday, bring warm clothes"


def decrypted_zip(person: Person, bundle: Path) -> bytes:
    key = identity.ensure_identity(person.session).age_identity
    return decrypt_bytes([key], bundle.read_bytes())


def members(zip_bytes: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(zip_bytes)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def lawyer_with_case(tmp_path: Path) -> tuple[Person, Person, Person, str]:
    lawyer = make_person(tmp_path, "Ləman Lawyer")
    mother = make_person(tmp_path, "Aynur Mother")
    colleague = make_person(tmp_path, "Rəşad Colleague")
    introduce(lawyer, mother, a_gives_b="family", b_gives_a="colleague")
    introduce(lawyer, colleague, a_gives_b="colleague", b_gives_a="colleague")
    case_id = add_case(
        lawyer,
        notes=[
            {"text": PRIVILEGED, "visibility": "privileged"},
            {"text": FAMILY, "visibility": "family"},
        ],
        eligibility_notes=[{"rule_id": "az-cc-76-parole", "text": "PRIVILEGED-CANARY parole"}],
    )
    return lawyer, mother, colleague, case_id


def test_colleague_bundle_round_trips_the_whole_case(tmp_path: Path) -> None:
    lawyer, _mother, colleague, case_id = lawyer_with_case(tmp_path)
    scan = os.urandom(300_000)
    add_document(lawyer, case_id, scan, "verdict.pdf", "privileged")
    bundle = tmp_path / "to-colleague.cwb"
    written = export_to(lawyer.session, ["Rəşad Colleague"], bundle, case_ids=[case_id])
    assert written.profile == "colleague" and written.attachments == 1

    report = import_bundle(colleague.session, bundle).to_json()

    assert report["sender"] == "Ləman Lawyer"
    assert report["new_cases"] == [{"id": case_id, "name": "Əli Həsənov"}]
    assert case_values(colleague.session, case_id) == case_values(lawyer.session, case_id)
    copy = colleague.session.get_case(case_id)
    assert b"".join(colleague.session.read_attachment(case_id, copy.attachments[0].id)) == scan


def test_family_profile_never_contains_a_privileged_note_in_the_decrypted_bytes(
    tmp_path: Path,
) -> None:
    lawyer, mother, _colleague, case_id = lawyer_with_case(tmp_path)
    add_document(lawyer, case_id, b"PRIVILEGED-CANARY scan", "memo.pdf", "privileged")
    add_document(lawyer, case_id, b"family photo bytes", "photo.jpg", "family")
    bundle = tmp_path / "to-mother.cwb"
    export_to(lawyer.session, ["Aynur Mother"], bundle, case_ids=[case_id])

    plaintext = members(decrypted_zip(mother, bundle))
    everything = b"".join(plaintext.values())
    assert b"PRIVILEGED-CANARY" not in everything
    assert FAMILY.encode() in everything
    assert b"family photo bytes" in everything
    manifest = json.loads(plaintext["manifest.json"])
    assert manifest["profile"] == "family"

    import_bundle(mother.session, bundle)
    notes = [n.text for n in mother.session.get_case(case_id).notes]
    assert notes == [FAMILY]
    assert [a.name for a in mother.session.get_case(case_id).attachments] == ["photo.jpg"]


def test_manifest_is_signed_lists_every_file_and_names_the_bundle(tmp_path: Path) -> None:
    lawyer, mother, _colleague, case_id = lawyer_with_case(tmp_path)
    add_document(lawyer, case_id, b"family photo", "photo.jpg", "family")
    bundle = tmp_path / "b.cwb"
    written = export_to(lawyer.session, ["Aynur Mother"], bundle, case_ids=[case_id])
    plaintext = members(decrypted_zip(mother, bundle))
    me = identity.ensure_identity(lawyer.session)

    comment = verify(
        MinisignPublicKey.from_base64(me.minisign_public_key),
        plaintext["manifest.json"],
        plaintext["manifest.json.minisig"],
    )
    manifest = json.loads(plaintext["manifest.json"])
    assert comment == f"casework bundle {written.bundle_id} sequence {written.sequence}"
    assert manifest["format"] == "casework-bundle" and manifest["version"] == 1
    assert manifest["sender"]["minisign_public_key"] == me.minisign_public_key
    assert [r["name"] for r in manifest["recipients"]] == ["Aynur Mother"]
    listed = {f["path"]: f for f in manifest["files"]}
    assert set(listed) | {"manifest.json", "manifest.json.minisig", "padding"} == set(plaintext)
    for path, entry in listed.items():
        assert entry["size"] == len(plaintext[path])
        assert entry["sha256"] == hashlib.sha256(plaintext[path]).hexdigest()


def test_bundles_are_padded_to_size_buckets(tmp_path: Path) -> None:
    lawyer, mother, _colleague, case_id = lawyer_with_case(tmp_path)
    sizes = set()
    for n, size in enumerate((10, 100_000, 700_000)):
        add_document(lawyer, case_id, os.urandom(size), f"doc{n}.jpg", "family")
        bundle = tmp_path / f"b{n}.cwb"
        export_to(lawyer.session, ["Aynur Mother"], bundle, case_ids=[case_id])
        zip_size = len(decrypted_zip(mother, bundle))
        assert zip_size == padded_size(zip_size)
        sizes.add(zip_size)
    assert min(sizes) == 64 * 1024
    assert padded_size(700_000) - 700_000 < 0.12 * 700_000


def test_each_bundle_gets_the_next_sequence_number(tmp_path: Path) -> None:
    lawyer, _mother, _colleague, _case_id = lawyer_with_case(tmp_path)
    numbers = [
        export_to(lawyer.session, ["Aynur Mother"], tmp_path / f"{i}.cwb").sequence
        for i in range(3)
    ]
    assert numbers == [1, 2, 3]


def test_documents_stream_through_export_and_import(tmp_path: Path) -> None:
    lawyer, _mother, colleague, case_id = lawyer_with_case(tmp_path)
    size = 24 * 1024 * 1024
    source = tmp_path / "big.bin"
    with source.open("wb") as f:
        for _ in range(size // (1 << 20)):
            f.write(os.urandom(1 << 20))
    with source.open("rb") as f:
        lawyer.session.add_attachment(case_id, f, "big.bin", visibility="family")
    bundle = tmp_path / "big.cwb"

    tracemalloc.start()
    export_to(lawyer.session, ["Rəşad Colleague"], bundle, case_ids=[case_id])
    _, export_peak = tracemalloc.get_traced_memory()
    tracemalloc.reset_peak()
    import_bundle(colleague.session, bundle)
    _, import_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    assert export_peak < 8 * 1024 * 1024, export_peak
    assert import_peak < 8 * 1024 * 1024, import_peak
    info = colleague.session.get_case(case_id).attachments[0]
    digest = hashlib.sha256()
    for chunk in colleague.session.read_attachment(case_id, info.id):
        digest.update(chunk)
    assert digest.hexdigest() == hashlib.sha256(source.read_bytes()).hexdigest()


def test_no_plaintext_reaches_the_disk_outside_the_vaults(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    lawyer, _mother, colleague, case_id = lawyer_with_case(tmp_path)
    add_document(lawyer, case_id, b"PRIVILEGED-CANARY in a document", "d.pdf", "privileged")
    bundle = tmp_path / "b.cwb"
    export_to(lawyer.session, ["Rəşad Colleague"], bundle)
    import_bundle(colleague.session, bundle)
    assert list(scratch.iterdir()) == []
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert b"PRIVILEGED-CANARY" not in path.read_bytes(), path
            assert "Həsənov".encode() not in path.read_bytes(), path
