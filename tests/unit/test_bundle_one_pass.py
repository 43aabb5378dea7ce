"""Import reads a bundle's documents once: hashed while stored, committed only if all match."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import identity
from app.bundle import import_bundle
from app.bundle.errors import HashMismatch
from app.crypto.age import decrypt_bytes, encrypt_bytes
from app.sync import export_to
from storage.prefetch import Prefetched
from tests.unit.test_bundle_helpers import (
    Person,
    add_case,
    add_document,
    introduce,
    make_person,
    stored_rows,
)


@pytest.fixture
def lawyer_and_mother(tmp_path: Path) -> Iterator[tuple[Person, Person]]:
    lawyer, mother = make_person(tmp_path, "Lawyer"), make_person(tmp_path, "Mother")
    introduce(lawyer, mother, a_gives_b="family", b_gives_a="family")
    yield lawyer, mother
    lawyer.session.close()
    mother.session.close()


def _rewrite(person: Person, bundle: Path, change: dict[str, bytes], out: Path) -> Path:
    """The bundle re-encrypted to ``person`` (as a co-recipient could) with files replaced."""
    key = identity.ensure_identity(person.session).age_identity
    with zipfile.ZipFile(io.BytesIO(decrypt_bytes([key], bundle.read_bytes()))) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    for name, data in change.items():
        assert name in files
        files[name] = data
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    out.write_bytes(encrypt_bytes([key.recipient], buffer.getvalue()))
    return out


def test_a_document_altered_after_signing_is_refused_and_nothing_of_the_bundle_is_kept(
    tmp_path: Path, lawyer_and_mother: tuple[Person, Person]
) -> None:
    lawyer, mother = lawyer_and_mother
    case_id = add_case(lawyer)
    scan = b"verdict scan " * 300_000  # about 4 MB: several vault chunks
    attachment_id = add_document(lawyer, case_id, scan, "verdict.pdf", "family")
    bundle = tmp_path / "to-mother.cwb"
    export_to(lawyer.session, ["Mother"], bundle)
    altered = scan[:-1] + b"X"  # same size, one byte different
    tampered = _rewrite(
        mother, bundle, {f"attachments/{attachment_id}": altered}, tmp_path / "t.cwb"
    )

    before = stored_rows(mother.session)
    with pytest.raises(HashMismatch):
        import_bundle(mother.session, tampered)
    assert stored_rows(mother.session) == before
    assert not mother.session.has_case(case_id)

    # The untouched bundle still imports, document and all.
    import_bundle(mother.session, bundle)
    stored = mother.session.get_case(case_id)
    assert [a.name for a in stored.attachments] == ["verdict.pdf"]
    got = b"".join(mother.session.read_attachment(case_id, attachment_id))
    assert got == scan


def test_prefetched_hash_and_size_cover_every_byte_and_errors_reach_the_reader() -> None:
    chunks = Prefetched(iter([b"abc", b"", b"defg"]))
    assert b"".join(chunks) == b"abcdefg"
    assert chunks.size == 7
    assert chunks.hexdigest() == (
        "7d1a54127b222502f5b79b5fb0803061152a44f92b37e23c6527baf665d4da9a"
    )

    def failing() -> Iterator[bytes]:
        yield b"first"
        raise OSError("the disk went away")

    with pytest.raises(OSError, match="went away"):
        list(Prefetched(failing()))
