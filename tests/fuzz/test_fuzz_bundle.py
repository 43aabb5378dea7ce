"""Bundles (docs/bundle-format.md) on hostile input: importing raises only ``BundleError`` and a
refused
bundle leaves the vault byte-identical.

Three kinds of input: the bytes of a valid bundle changed on the way (flips, truncation,
splices) — the age layer must catch them; a valid bundle whose zip entries are reordered
and re-encrypted — a legitimate variation that must import or be refused cleanly; and
bundles whose content was changed and then correctly re-signed by the sender — a trusted
contact's buggy or malicious program, which exercises every check after the signature.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.bundle import BundleError, import_bundle
from app.bundle.manifest import MANIFEST, PADDING, SIGNATURE, SUMS, trusted_comment
from app.crypto.minisign import sign
from app.session import Session
from tests.fuzz.bundle_world import SEED_CASES, World
from tests.fuzz.make_corpus import BUNDLE_PASSPHRASE
from tests.fuzz.mutation import CORPUS, budget, fuzz_input, mutated, note, vault_state
from tests.fuzz.test_fuzz_case_json import is_calendar_overflow


@pytest.fixture(scope="module")
def target(world: World) -> Iterator[Session]:
    """One open recipient vault for inputs that can never be accepted."""
    with world.fresh_recipient() as session:
        yield session


def try_import(session: Session, data: bytes, folder: Path) -> bool:
    """Import ``data``; True when accepted. Refused: only ``BundleError``, nothing written."""
    path = folder / "incoming.cwb"
    path.write_bytes(data)
    before = vault_state(Path(session.vault.path))
    cases = session.case_count()
    try:
        import_bundle(session, path)
    except BundleError as exc:
        assert str(exc)
        note(f"refused: {type(exc).__name__}")
    except (ValueError, OverflowError) as exc:
        if not is_calendar_overflow(exc):
            raise
        note("known finding F1")
    else:
        note("accepted")
        assert session.check() == []
        return True
    assert vault_state(Path(session.vault.path)) == before, "a refused bundle wrote"
    assert session.case_count() == cases
    return False


def test_the_seed_bundle_imports(world: World) -> None:
    with world.fresh_recipient() as session:
        assert try_import(session, world.bundle, world.folder)
        assert session.case_count() == len(SEED_CASES)
        assert not try_import(session, world.bundle, world.folder)  # replayed


def test_checked_in_corpus_bundle_replays(world: World) -> None:
    """The corpus' bundle with the corpus' recipient vault: imported, or refused cleanly
    (it may predate a format change)."""
    vault = world.folder / "corpus-recipient.cwvault"
    shutil.copyfile(CORPUS / "bundle" / "recipient.cwvault", vault)
    with Session.open(vault, BUNDLE_PASSPHRASE) as session:
        try_import(session, (CORPUS / "bundle" / "colleague.cwb").read_bytes(), world.folder)


@budget(120)
@given(st.data())
def test_changed_bundle_bytes_are_refused_and_write_nothing(
    world: World, target: Session, data: st.DataObject
) -> None:
    changed = data.draw(fuzz_input([world.bundle], max_random=256))
    if changed == world.bundle:
        return
    assert not try_import(target, changed, world.folder)


@budget(40)
@given(st.data())
def test_truncated_bundles_are_refused(world: World, target: Session, data: st.DataObject) -> None:
    cut = data.draw(st.integers(0, len(world.bundle) - 1))
    assert not try_import(target, world.bundle[:cut], world.folder)


@budget(15)
@given(st.data())
def test_reordered_zip_entries_import_or_are_refused_cleanly(
    world: World, data: st.DataObject
) -> None:
    entries = world.inner_zip()
    order = data.draw(st.permutations(range(len(entries))))
    with world.fresh_recipient() as session:
        if try_import(session, world.seal([entries[i] for i in order]), world.folder):
            assert session.case_count() == len(SEED_CASES)


def resign(world: World, entries: list[tuple[zipfile.ZipInfo, bytes]]) -> bytes:
    """The entries with a manifest listing their real sizes and hashes, signed by the
    sender's key as the sender's program would."""
    by_name = {info.filename: data for info, data in entries}
    manifest = json.loads(by_name[MANIFEST])
    if SUMS in by_name:  # the sender's program writes SHA256SUMS to match the manifest
        by_name[SUMS] = "".join(
            f"{hashlib.sha256(by_name[e['path']]).hexdigest()}  {e['path']}\n"
            for e in manifest["files"]
            if e["path"] != SUMS and e["path"] in by_name
        ).encode()
        entries = [(info, by_name[info.filename]) for info, _ in entries]
    for entry in manifest["files"]:
        content = by_name.get(entry["path"])
        if content is not None:
            entry["size"] = len(content)
            entry["sha256"] = hashlib.sha256(content).hexdigest()
    return sign_manifest(world, entries, json.dumps(manifest, ensure_ascii=False).encode())


def sign_manifest(
    world: World, entries: list[tuple[zipfile.ZipInfo, bytes]], manifest: bytes
) -> bytes:
    try:
        header = json.loads(manifest)
        comment = trusted_comment(str(header["bundle_id"]), int(header["sequence"]))
    except (ValueError, KeyError, TypeError):
        comment = "casework bundle"
    signature = sign(world.sender_key, manifest, comment.replace("\n", " ")[:200])
    out = []
    for info, data in entries:
        if info.filename == MANIFEST:
            data = manifest
        elif info.filename == SIGNATURE:
            data = signature
        out.append((info, data))
    return world.seal(out)


@budget(40)
@given(st.data())
def test_signed_bundles_with_changed_content_import_or_are_refused_cleanly(
    world: World, data: st.DataObject
) -> None:
    entries = world.inner_zip()
    names = [i.filename for i, _ in entries if i.filename not in (MANIFEST, SIGNATURE, PADDING)]
    name = data.draw(st.sampled_from(names))
    changed = [
        (
            info,
            data.draw(mutated([content], max_operations=2)) if info.filename == name else content,
        )
        for info, content in entries
    ]
    with world.fresh_recipient() as session:
        if try_import(session, resign(world, changed), world.folder):
            note(f"accepted with a changed {name.split('/')[0]}")


@budget(30)
@given(st.data())
def test_signed_bundles_with_a_changed_manifest_are_refused_cleanly(
    world: World, data: st.DataObject
) -> None:
    entries = world.inner_zip()
    manifest = dict((i.filename, d) for i, d in entries)[MANIFEST]
    changed = data.draw(mutated([manifest], max_operations=2))
    with world.fresh_recipient() as session:
        try_import(session, sign_manifest(world, entries, changed), world.folder)


def test_finding_f1_signed_bundle_with_a_huge_term_is_a_bundle_error(world: World) -> None:
    entries = [
        (info, body.replace(b'"P3Y"', b'"P99999Y"') if info.filename.startswith("cases/") else body)
        for info, body in world.inner_zip()
    ]
    path = world.folder / "f1.cwb"
    path.write_bytes(resign(world, entries))
    with world.fresh_recipient() as session, pytest.raises(BundleError):
        import_bundle(session, path)
