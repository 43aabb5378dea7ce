"""Reading a bundle, first pass: every check of docs/bundle-format.md before anything is written.

The bundle is read in place through :class:`RandomAccessAgeReader` — no plaintext copy on
disk, and only the case documents (small) are kept in memory; attachments are hashed as
they stream past and dropped. In order:

1. age decryption with this vault's key (not addressed to us: refused);
2. the manifest signature, with the key of an existing contact found by the signature's
   key id — never a key carried in the bundle (unknown signer, unverified signer, bad
   signature: each refused with its own message), and its trusted comment naming this
   bundle;
3. this vault among the manifest's recipients (else: forwarded);
4. the bundle id not seen before (replayed);
5. the zip holding exactly the files the manifest lists, each of its size and SHA-256;
6. every age chunk authenticated, including ones no file covers;
7. every case document valid case JSON with well-formed clocks, no edit dated more than
   two days ahead.

A sequence number lower than the sender's last one is not an error (bundles can arrive
out of order through a sync folder, and merging never rolls newer data back) but it is
reported. Runs on the thread that owns the session; the result keeps the file open for
the second pass (:mod:`app.bundle.importer`), so use it as a context manager.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import time
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from app.bundle.casestate import doc_to_state
from app.bundle.errors import (
    BundleDamaged,
    BundleForwarded,
    BundleFromSelf,
    BundleMalformed,
    BundleNotAddressed,
    BundleReplayed,
    FutureStamps,
    HashMismatch,
    SignatureInvalid,
    UnknownSigner,
    UnverifiedSigner,
)
from app.bundle.manifest import (
    DELETED,
    MANIFEST,
    MAX_MANIFEST,
    PADDING,
    SIGNATURE,
    SUMS,
    FileEntry,
    Manifest,
    attachment_id_of,
    case_id_of,
    trusted_comment,
)
from app.bundle.seekable import RandomAccessAgeReader
from app.closing import ClosedOnExit
from app.contacts import Contact, list_contacts
from app.crypto.age import AgeError, AgeNoIdentityMatch
from app.crypto.minisign import MinisignError, MinisignPublicKey, verify
from app.hlc import Stamp
from app.identity import Identity, load_identity
from app.merge import Versions
from app.profiles import PROFILES
from app.safe_parse import InputRefused, Limits, load_json

if TYPE_CHECKING:
    from app.session import Session

__all__ = ["SEEN_KIND", "VerifiedBundle", "open_bundle"]

SEEN_KIND = "bundle_seen"
_MAX_SIGNATURE = 8192
_MAX_CASE_FILE = 32 * 1024 * 1024
_FUTURE_MS = 2 * 24 * 3600 * 1000
_BLOCK = 1024 * 1024


@dataclass
class VerifiedBundle(ClosedOnExit):
    """A bundle that passed every check. Holds the file open until :meth:`close`."""

    path: Path
    manifest: Manifest
    sender: Contact
    identity: Identity
    cases: dict[str, dict[str, Versions]]
    deleted: dict[str, str]
    attachments: dict[str, FileEntry]
    older_than: int | None  # the sender's last sequence seen here, when this one is lower
    _file: IO[bytes] = field(repr=False)
    _archive: zipfile.ZipFile = field(repr=False)
    _reader: RandomAccessAgeReader = field(repr=False)
    # False when the documents' bytes were left for the pass that stores them (import in
    # one pass): then every document is hashed, and every age chunk authenticated, by
    # :meth:`check_document` / :meth:`check_rest` before the import commits.
    documents_checked: bool = True

    def open_attachment(self, attachment_id: str) -> IO[bytes]:
        """The bytes of a bundled attachment, decrypted as read (for the second pass)."""
        return self._archive.open(self.attachments[attachment_id].path)

    def check_document(self, attachment_id: str) -> None:
        """Hash a bundled attachment that the import does not store; raises
        ``HashMismatch`` if it is not the file the signed manifest lists."""
        entry = self.attachments[attachment_id]
        digest = hashlib.sha256()
        try:
            with self.open_attachment(attachment_id) as member:
                while block := member.read(_BLOCK):
                    digest.update(block)
        except AgeError as exc:
            raise BundleDamaged(str(exc)) from exc
        if digest.hexdigest() != entry.sha256:
            raise HashMismatch(entry.path)

    def check_rest(self) -> None:
        """Authenticate every age chunk not read so far (padding included)."""
        try:
            self._reader.verify_all()
        except AgeError as exc:
            raise BundleDamaged(str(exc)) from exc

    def close(self) -> None:
        self._archive.close()
        self._file.close()


def open_bundle(
    session: Session, path: str | Path, *, check_documents: bool = True
) -> VerifiedBundle:
    """Run every check on the bundle at ``path``; raises a ``BundleError`` subclass naming
    the first that fails (and ``OSError`` if the file cannot be read). Writes nothing.

    With ``check_documents=False`` the attachments' bytes are not read here: the import
    that stores them hashes them as it goes, in the same vault transaction, and commits
    only if every one matches (see :func:`app.bundle.importer.import_bundle`)."""
    identity = load_identity(session)
    if identity is None:
        raise BundleNotAddressed()  # no keys yet, so nothing can be addressed to this vault
    source = Path(path)
    handle = open(source, "rb")  # noqa: SIM115 - kept open for the second pass
    try:
        return _check(session, identity, source, handle, check_documents)
    except BaseException:
        handle.close()
        raise


def _check(
    session: Session, identity: Identity, path: Path, handle: IO[bytes], check_documents: bool
) -> VerifiedBundle:
    try:
        reader = RandomAccessAgeReader(handle, [identity.age_identity])  # type: ignore[arg-type]
    except AgeNoIdentityMatch:
        raise BundleNotAddressed() from None
    except AgeError as exc:
        raise BundleDamaged(str(exc)) from exc
    try:
        archive = zipfile.ZipFile(reader)
    except AgeError as exc:
        raise BundleDamaged(str(exc)) from exc
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise BundleMalformed(f"the decrypted content is not a zip archive ({exc})") from exc
    try:
        return _check_archive(session, identity, path, handle, reader, archive, check_documents)
    except AgeError as exc:
        archive.close()
        raise BundleDamaged(str(exc)) from exc
    except (zipfile.BadZipFile, EOFError, zipfile.LargeZipFile, zlib.error) as exc:
        archive.close()
        raise BundleMalformed(f"the zip archive is damaged ({exc})") from exc
    except (NotImplementedError, RuntimeError) as exc:
        # An entry compressed with a method Python cannot read, or zip-encrypted: nothing
        # Casework writes, so anyone who can encrypt to this vault could make one.
        archive.close()
        raise BundleMalformed(f"the zip archive uses an unsupported feature ({exc})") from exc
    except BaseException:
        archive.close()
        raise


def _read_member(archive: zipfile.ZipFile, name: str, limit: int) -> bytes:
    try:
        info = archive.getinfo(name)
    except KeyError:
        raise BundleMalformed(f"{name} is missing") from None
    if info.file_size > limit:
        raise BundleMalformed(f"{name} is larger than {limit} bytes")
    with archive.open(info) as member:
        return member.read(limit + 1)


def _signature_key_id(signature: bytes) -> bytes | None:
    lines = signature.replace(b"\r", b"").split(b"\n")
    try:
        blob = base64.b64decode(lines[1], validate=True)
    except (IndexError, binascii.Error, ValueError):
        return None
    return blob[2:10] if len(blob) == 74 else None


def _claimed_sender(manifest_bytes: bytes) -> str:
    """The sender name the (not yet trusted) manifest claims, for messages only."""
    try:
        claimed = load_json(manifest_bytes, MANIFEST, Limits(max_bytes=MAX_MANIFEST))
        name = claimed["sender"]["name"]
    except (ValueError, KeyError, TypeError):
        return "unknown"
    return str(name)[:200] or "unnamed"


def _verify_signer(
    session: Session, identity: Identity, manifest_bytes: bytes, signature: bytes
) -> tuple[Contact, str]:
    """The contact whose stored key verifies the signature, and the trusted comment."""
    key_id = _signature_key_id(signature)
    if key_id is None:
        raise SignatureInvalid("manifest.json.minisig is not a minisign signature")
    own = MinisignPublicKey.from_base64(identity.minisign_public_key)
    if key_id == own.key_id:
        try:
            verify(own, manifest_bytes, signature)
        except MinisignError as exc:
            raise SignatureInvalid(str(exc)) from exc
        raise BundleFromSelf()
    contacts = list_contacts(session)
    for contact in contacts:
        key = MinisignPublicKey.from_base64(contact.minisign_public_key)
        if key.key_id != key_id:
            continue
        try:
            comment = verify(key, manifest_bytes, signature)
        except MinisignError as exc:
            raise SignatureInvalid(str(exc)) from exc
        if not contact.sendable:
            raise UnverifiedSigner(contact.name, contact.key_changed)
        return contact, comment
    claimed = _claimed_sender(manifest_bytes)
    known = any(c.name.casefold() == claimed.casefold() for c in contacts)
    raise UnknownSigner(claimed, known)


def _check_archive(
    session: Session,
    identity: Identity,
    path: Path,
    handle: IO[bytes],
    reader: RandomAccessAgeReader,
    archive: zipfile.ZipFile,
    check_documents: bool,
) -> VerifiedBundle:
    manifest_bytes = _read_member(archive, MANIFEST, MAX_MANIFEST)
    signature = _read_member(archive, SIGNATURE, _MAX_SIGNATURE)
    sender, comment = _verify_signer(session, identity, manifest_bytes, signature)
    manifest = Manifest.from_bytes(manifest_bytes)
    if comment != trusted_comment(manifest.bundle_id, manifest.sequence):
        raise SignatureInvalid("the signature's trusted comment does not name this bundle")
    if (manifest.sender.age_recipient, manifest.sender.minisign_public_key) != (
        sender.age_recipient,
        sender.minisign_public_key,
    ):
        raise BundleMalformed("the manifest's sender keys are not the signer's")
    if identity.age_recipient not in {r.age_recipient for r in manifest.recipients}:
        raise BundleForwarded(sender.name)
    if manifest.profile not in PROFILES:
        raise BundleMalformed(f"unknown export profile {manifest.profile!r}")
    seen = session.get_vault_record(SEEN_KIND, manifest.bundle_id)
    if seen is not None:
        raise BundleReplayed(manifest.bundle_id, sender.name, seen.get("imported", "?"))
    documents = _check_files(archive, manifest, check_documents)
    _check_sums(documents, manifest)
    if check_documents:
        reader.verify_all()
    cases, deleted = _parse_documents(documents)
    _check_future(sender.name, cases, deleted)
    attachments = {aid: entry for entry in manifest.files if (aid := attachment_id_of(entry.path))}
    _check_attachment_files(session, cases, attachments)
    older = sender.last_sequence if manifest.sequence <= sender.last_sequence else None
    return VerifiedBundle(
        path,
        manifest,
        sender,
        identity,
        cases,
        deleted,
        attachments,
        older,
        handle,
        archive,
        reader,
        check_documents,
    )


def _check_files(
    archive: zipfile.ZipFile, manifest: Manifest, check_documents: bool
) -> dict[str, bytes]:
    """Check the members against the manifest; returns the small documents' bytes. The
    attachments are hashed here only with ``check_documents``."""
    names = [info.filename for info in archive.infolist()]
    if len(names) != len(set(names)):
        raise BundleMalformed("the zip archive holds a file name twice")
    listed = {entry.path: entry for entry in manifest.files}
    expected = set(listed) | {MANIFEST, SIGNATURE}
    unexpected = sorted(set(names) - expected - {PADDING})
    if unexpected:
        raise BundleMalformed(
            f"the archive holds a file the manifest does not list: {unexpected[0]}"
        )
    missing = sorted(expected - set(names))
    if missing:
        raise BundleMalformed(f"the manifest lists a file the archive lacks: {missing[0]}")
    documents: dict[str, bytes] = {}
    for entry in manifest.files:
        info = archive.getinfo(entry.path)
        if info.file_size != entry.size:
            raise HashMismatch(entry.path)
        keep = not entry.path.startswith("attachments/")
        if not keep and not check_documents:
            continue
        if keep and entry.size > _MAX_CASE_FILE:
            raise BundleMalformed(f"{entry.path} is larger than {_MAX_CASE_FILE} bytes")
        digest = hashlib.sha256()
        parts: list[bytes] = []
        with archive.open(info) as member:
            while block := member.read(_BLOCK):
                digest.update(block)
                if keep:
                    parts.append(block)
        if digest.hexdigest() != entry.sha256:
            raise HashMismatch(entry.path)
        if keep:
            documents[entry.path] = b"".join(parts)
    return documents


def _parse_documents(
    documents: dict[str, bytes],
) -> tuple[dict[str, dict[str, Versions]], dict[str, str]]:
    cases: dict[str, dict[str, Versions]] = {}
    deleted: dict[str, str] = {}
    for name, data in documents.items():
        if not (name.startswith("cases/") or name == DELETED):
            continue  # SHA256SUMS: checked against the manifest, not parsed as JSON
        try:
            value: Any = load_json(data, name, Limits(max_bytes=_MAX_CASE_FILE))
        except InputRefused as exc:
            raise BundleMalformed(str(exc)) from exc
        case_id = case_id_of(name)
        try:
            if case_id is not None:
                cases[case_id] = doc_to_state(case_id, value)
                if "person.full_name" not in cases[case_id]:
                    raise ValueError("the case document has no clocked person.full_name")
            elif name == DELETED:
                deleted = _parse_deleted(value)
        except ValueError as exc:
            raise BundleMalformed(f"{name}: {exc}") from exc
    return cases, deleted


def _parse_deleted(value: Any) -> dict[str, str]:
    cases = value.get("cases") if isinstance(value, dict) else None
    if not isinstance(cases, dict):
        raise ValueError("expected {'cases': {case id: stamp}}")
    for case_id, stamp in cases.items():
        if case_id_of(f"cases/{case_id}.json") is None or not isinstance(stamp, str):
            raise ValueError(f"bad deletion entry {case_id!r}")
        Stamp.parse(stamp)
    return dict(cases)


def _all_stamps(cases: dict[str, dict[str, Versions]], deleted: dict[str, str]) -> Iterator[str]:
    yield from deleted.values()
    for state in cases.values():
        for versions in state.values():
            for version in versions:
                yield version.stamp
                for _device, stamp in version.ctx:
                    yield stamp


def _check_future(
    sender: str, cases: dict[str, dict[str, Versions]], deleted: dict[str, str]
) -> None:
    # A far-future stamp would win every merge and drag this vault's clock forward.
    limit = int(time.time() * 1000) + _FUTURE_MS
    for stamp in _all_stamps(cases, deleted):
        if int(stamp.split("-", 1)[0]) > limit:
            raise FutureStamps(sender)


def _check_sums(documents: dict[str, bytes], manifest: Manifest) -> None:
    """``SHA256SUMS`` (for ``sha256sum -c`` with stock tools) must say exactly what the
    signed manifest says: a bundle that passes here but fails the documented stock-tools
    check would be believed by one reader and not the other."""
    data = documents.get(SUMS)
    if data is None:
        return
    expected = {f.path: f.sha256 for f in manifest.files if f.path != SUMS}
    listed: dict[str, str] = {}
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise BundleMalformed(f"{SUMS} is not UTF-8 text") from None
    for number, line in enumerate(text.splitlines(), start=1):
        digest, sep, name = line.partition("  ")
        if not sep or name in listed:
            raise BundleMalformed(f"{SUMS} line {number} is not 'hash  file name'")
        listed[name] = digest
    if listed != expected:
        wrong = sorted(set(listed) ^ set(expected)) or sorted(
            n for n in listed if listed[n] != expected[n]
        )
        raise BundleMalformed(f"{SUMS} contradicts the signed manifest (about {wrong[0]!r})")


def _check_attachment_files(
    session: Session, cases: dict[str, dict[str, Versions]], attachments: dict[str, FileEntry]
) -> None:
    referenced: set[str] = set()
    for case_id, state in cases.items():
        for unit, versions in state.items():
            value = versions[0].value
            if not unit.startswith("attachments/") or value is None:
                continue
            attachment_id = unit.split("/", 1)[1]
            entry = attachments.get(attachment_id)
            if entry is None:
                raise BundleMalformed(
                    f"case {case_id[:8]} lists the document {value.get('name')!r} "
                    "but the bundle does not carry it"
                )
            if value.get("sha256") and value["sha256"] != entry.sha256:
                raise HashMismatch(entry.path)
            owner = session.attachment_owner(attachment_id)
            if owner is not None and owner != case_id:
                # An id is the key of the stored bytes: reusing another case's would make
                # one case's document overwrite or stand in for another's.
                raise BundleMalformed(
                    f"case {case_id[:8]} lists a document under an id another case's "
                    "document already uses"
                )
            referenced.add(attachment_id)
    extra = sorted(set(attachments) - referenced)
    if extra:
        raise BundleMalformed(f"the bundle carries a document no case lists: {extra[0]}")
