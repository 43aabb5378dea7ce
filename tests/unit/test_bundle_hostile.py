"""Hostile bundles: built by anyone who knows this vault's public age recipient (unsigned)
or by a trusted contact's buggy or malicious program (signed). Each is refused with a
clear ``BundleError``, the vault unchanged, and in a sync folder the good bundles beside
it are still imported."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app import identity
from app.bundle import import_bundle
from app.bundle.errors import BundleError, BundleMalformed
from app.bundle.manifest import MANIFEST, SIGNATURE, SUMS, trusted_comment
from app.crypto.age import decrypt_bytes, encrypt_bytes
from app.crypto.minisign import generate_keypair, sign
from app.identity import CardError, parse_card
from app.sync import export_to, sync_folder
from tests.unit.test_bundle_helpers import (
    Person,
    Template,
    add_case,
    add_document,
    build_template,
    open_template,
    stored_rows,
)

DEEP = 200_000
Files = dict[str, bytes]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return build_template(
        tmp_path_factory.mktemp("hostile"), ["Lawyer", "Mother"], [(0, 1, "family", "colleague")]
    )


@pytest.fixture
def people(template: Template, tmp_path: Path) -> Iterator[tuple[Person, Person]]:
    lawyer, mother = open_template(template, tmp_path)
    yield lawyer, mother
    lawyer.session.close()
    mother.session.close()


def unpack(person: Person, bundle: Path) -> Files:
    key = identity.ensure_identity(person.session).age_identity
    with zipfile.ZipFile(io.BytesIO(decrypt_bytes([key], bundle.read_bytes()))) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def seal(person: Person, files: Files, path: Path) -> Path:
    """``files`` as a bundle addressed to ``person`` (what anyone with the recipient can do)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    recipient = identity.ensure_identity(person.session).age_identity.recipient
    path.write_bytes(encrypt_bytes([recipient], out.getvalue()))
    return path


def resign(
    sender: Person,
    files: Files,
    edit: Callable[[dict[str, object]], None],
    *,
    sums: bool = True,
) -> Files:
    """The files with a manifest re-hashed and changed by ``edit``, signed by ``sender``
    (with ``SHA256SUMS`` rewritten to match, as the sender's program would, if ``sums``)."""
    manifest = json.loads(files[MANIFEST])
    edit(manifest)
    if sums:
        files = {**files, SUMS: sums_for(files, manifest)}
    for entry in manifest["files"]:
        if entry["path"] in files:
            entry["size"] = len(files[entry["path"]])
            entry["sha256"] = hashlib.sha256(files[entry["path"]]).hexdigest()
    body = json.dumps(manifest).encode()
    comment = trusted_comment(manifest["bundle_id"], manifest["sequence"])
    key = identity.ensure_identity(sender.session).signing_key
    return {**files, MANIFEST: body, SIGNATURE: sign(key, body, comment)}


def sums_for(files: Files, manifest: dict[str, object]) -> bytes:
    paths = [e["path"] for e in manifest["files"] if e["path"] != SUMS]  # type: ignore[attr-defined]
    return "".join(f"{hashlib.sha256(files[p]).hexdigest()}  {p}\n" for p in paths).encode()


def refused(person: Person, bundle: Path) -> str:
    before = stored_rows(person.session)
    with pytest.raises(BundleError) as caught:
        import_bundle(person.session, bundle)
    assert stored_rows(person.session) == before, "a refused bundle changed the vault"
    return str(caught.value)


def good_bundle(lawyer: Person, folder: Path) -> Path:
    add_case(lawyer)
    folder.mkdir(exist_ok=True)
    path = folder / "good.cwb"
    export_to(lawyer.session, ["Mother"], path)
    return path


def deep_manifest_bundle(mother: Person, path: Path) -> Path:
    """No signature anyone trusts: what a stranger who knows the recipient can make."""
    stranger, _ = generate_keypair()
    manifest = b'{"sender": ' + b"[" * DEEP + b"]" * DEEP + b"}"
    files = {MANIFEST: manifest, SIGNATURE: sign(stranger, manifest, "casework bundle")}
    return seal(mother, files, path)


def test_stranger_bundle_nested_200000_levels_is_refused_cleanly(
    tmp_path: Path, people: tuple[Person, Person]
) -> None:
    _lawyer, mother = people
    message = refused(mother, deep_manifest_bundle(mother, tmp_path / "deep.cwb"))
    assert "not one of your contacts' keys" in message


def test_sync_skips_a_deeply_nested_bundle_and_imports_the_good_one(
    tmp_path: Path, people: tuple[Person, Person]
) -> None:
    lawyer, mother = people
    folder = tmp_path / "sync"
    good_bundle(lawyer, folder)
    deep_manifest_bundle(mother, folder / "0-deep.cwb")

    report = sync_folder(mother.session, folder)

    assert [item["file"] for item in report.imported] == ["good.cwb"]
    assert [error["file"] for error in report.errors] == ["0-deep.cwb"]
    assert mother.session.case_count() == 1


def test_signed_case_document_nested_deeply_is_malformed(
    tmp_path: Path, people: tuple[Person, Person]
) -> None:
    lawyer, mother = people
    files = unpack(mother, good_bundle(lawyer, tmp_path))
    name = next(n for n in files if n.startswith("cases/"))
    files[name] = b'{"case": ' + b"[" * DEEP + b"]" * DEEP + b"}"
    bundle = seal(mother, resign(lawyer, files, lambda m: None), tmp_path / "x.cwb")
    message = refused(mother, bundle)
    assert f"{name}: nested deeper than" in message


def test_signed_manifest_with_a_5000_digit_number_is_malformed(
    tmp_path: Path, people: tuple[Person, Person]
) -> None:
    lawyer, mother = people
    files = unpack(mother, good_bundle(lawyer, tmp_path))
    signed = resign(lawyer, files, lambda m: None)
    body = signed[MANIFEST].replace(b'"incremental"', b'"n": ' + b"7" * 5000 + b', "incremental"')
    key = identity.ensure_identity(lawyer.session).signing_key
    manifest = json.loads(signed[MANIFEST])
    comment = trusted_comment(manifest["bundle_id"], manifest["sequence"])
    signed = {**signed, MANIFEST: body, SIGNATURE: sign(key, body, comment)}
    message = refused(mother, seal(mother, signed, tmp_path / "x.cwb"))
    assert "manifest.json: a number with more than" in message


def test_signed_bundle_reusing_another_cases_document_id_is_refused(
    tmp_path: Path, people: tuple[Person, Person]
) -> None:
    lawyer, mother = people
    own_case = add_case(mother)
    own_doc = add_document(mother, own_case, b"mother's letter", "letter.txt", "family")
    case_id = add_case(lawyer)
    theirs = add_document(lawyer, case_id, b"court decision", "decision.txt", "family")
    folder = tmp_path / "sync"
    folder.mkdir()
    export_to(lawyer.session, ["Mother"], tmp_path / "orig.cwb")
    files = unpack(mother, tmp_path / "orig.cwb")
    files = {
        name.replace(theirs, own_doc): data.replace(theirs.encode(), own_doc.encode())
        for name, data in files.items()
    }

    def rename(manifest: dict[str, object]) -> None:
        for entry in manifest["files"]:  # type: ignore[attr-defined]
            entry["path"] = entry["path"].replace(theirs, own_doc)

    files = resign(lawyer, files, rename)
    bad = seal(mother, files, folder / "reuse.cwb")

    assert "another case's document already uses" in refused(mother, bad)
    assert b"".join(mother.session.read_attachment(own_case, own_doc)) == b"mother's letter"

    add_case(lawyer)
    export_to(lawyer.session, ["Mother"], folder / "good.cwb")
    report = sync_folder(mother.session, folder)
    assert [e["file"] for e in report.errors] == ["reuse.cwb"]
    assert [i["file"] for i in report.imported] == ["good.cwb"]


def test_sha256sums_contradicting_the_signed_manifest_is_refused(
    tmp_path: Path, people: tuple[Person, Person]
) -> None:
    """Finding F4: a reader who checks with stock tools (sha256sum -c) and Casework must
    not disagree about the same bundle."""
    lawyer, mother = people
    files = unpack(mother, good_bundle(lawyer, tmp_path))
    name = next(n for n in files if n.startswith("cases/"))
    files[SUMS] = files[SUMS].replace(hashlib.sha256(files[name]).hexdigest().encode(), b"0" * 64)
    bundle = seal(mother, resign(lawyer, files, lambda m: None, sums=False), tmp_path / "s.cwb")
    message = refused(mother, bundle)
    assert "SHA256SUMS contradicts the signed manifest" in message


def test_untouched_bundle_still_imports(tmp_path: Path, people: tuple[Person, Person]) -> None:
    lawyer, mother = people
    files = unpack(mother, good_bundle(lawyer, tmp_path))
    bundle = seal(mother, resign(lawyer, files, lambda m: None), tmp_path / "same.cwb")
    assert import_bundle(mother.session, bundle).to_json()["new_cases"]


@pytest.mark.parametrize(
    ("card", "why"),
    [
        (b'{"type": ' + b"[" * 30000 + b"]" * 30000 + b"}", "nested deeper than"),
        (b'{"version": ' + b"9" * 5000 + b"}", "a number with more than"),
        (b"{" + b'"a": 1, ' * 20000 + b'"b": 2}', "larger than"),
    ],
)
def test_hostile_contact_card_is_a_card_error(card: bytes, why: str) -> None:
    with pytest.raises(CardError) as caught:
        parse_card(card)
    assert why in str(caught.value)


def test_malformed_manifest_error_names_the_line() -> None:
    from app.bundle.manifest import Manifest

    with pytest.raises(BundleMalformed, match=r"manifest.json: not valid JSON: .* at line 2"):
        Manifest.from_bytes(b'{"format":\n  oops}')
