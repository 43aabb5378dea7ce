"""Writing a bundle: a zip streamed straight into age encryption (docs/bundle-format.md).

Nothing readable touches the disk: case documents are built in memory one at a time,
attachments stream from the vault's encrypted chunks through SHA-256 into the zip entry
and on into :class:`~app.crypto.age.AgeWriter`, 64 KiB at a time, and the output is
owner-only and appears under its name only once complete (:mod:`app.private_files`).
Memory stays at a few MiB whatever the attachments weigh. The manifest comes last (it
needs every file's hash), then the padding entry that brings the zip to its size
bucket, then the central directory. Runs on a worker thread that owns the session.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.bundle.casestate import filter_state, local_state, state_to_doc
from app.bundle.errors import BundleError
from app.bundle.manifest import (
    DELETED,
    MANIFEST,
    MIN_BUCKET,
    PADDING,
    SIGNATURE,
    SUMS,
    FileEntry,
    Manifest,
    Party,
    attachment_file,
    case_file,
    padded_size,
    trusted_comment,
)
from app.case_json import new_id
from app.crypto.age import AgeWriter, X25519Recipient
from app.crypto.minisign import sign
from app.merge import Versions
from app.private_files import private_output
from storage.prefetch import Prefetched

if TYPE_CHECKING:
    from app.contacts import Contact
    from app.identity import Identity
    from app.session import Session

__all__ = ["WrittenBundle", "signature_of", "write_bundle"]

Progress = Callable[[int, int], None]
_DATE = (1980, 1, 1, 0, 0, 0)  # fixed: entry times would only leak when the work was done
_PRIVATE_FILE = (0o100600 & 0xFFFF) << 16  # unzip creates owner-only files
_BLOCK = 1024 * 1024
_SEQUENCE_KIND, _SEQUENCE_NAME = "outbox", "self"


def signature_of(versions: Versions) -> str:
    """What was sent of one unit, to tell later whether it changed (sync's sent state)."""
    return ",".join(v.stamp for v in versions)


@dataclass
class WrittenBundle:
    bundle_id: str
    path: Path
    size: int
    sequence: int
    profile: str
    recipients: list[str]
    cases: list[str] = field(default_factory=list)
    attachments: int = 0
    deleted: list[str] = field(default_factory=list)
    # case id -> unit path -> signature_of(what was sent)
    sent: dict[str, dict[str, str]] = field(default_factory=dict)


def next_sequence(session: Session) -> int:
    """This vault's next bundle sequence number (stored before the bundle is written:
    a gap after a failed export is harmless, a reuse would not be)."""
    record = session.get_vault_record(_SEQUENCE_KIND, _SEQUENCE_NAME) or {}
    sequence = int(record.get("sequence", 0)) + 1
    session.put_vault_record(_SEQUENCE_KIND, _SEQUENCE_NAME, {"sequence": sequence})
    return sequence


def _info(name: str, compress: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=_DATE)
    info.compress_type = compress
    info.external_attr = _PRIVATE_FILE
    return info


def write_bundle(
    session: Session,
    identity: Identity,
    recipients: list[Contact],
    output: Path,
    *,
    profile: str,
    selection: Mapping[str, Iterable[str] | None],
    deleted: Mapping[str, str] | None = None,
    incremental: bool = False,
    progress: Progress | None = None,
    min_bucket: int = MIN_BUCKET,
) -> WrittenBundle:
    """Write a bundle of the cases in ``selection`` (case id -> unit paths to include, or
    None for every unit the profile lets through) to ``output``. ``min_bucket`` is the
    smallest padded size (tests use a small one to flip every byte of a small bundle).

    Encrypted to every recipient and to this vault. The caller has checked that the
    recipients may be sent to. Raises ``BundleError`` (and ``OSError`` from the file
    system); on any error no file is left at ``output`` or beside it.
    """
    if not recipients:
        raise BundleError("a bundle needs at least one recipient")
    bundle_id = new_id()
    sequence = next_sequence(session)
    written = WrittenBundle(bundle_id, output, 0, sequence, profile, [c.name for c in recipients])
    keys = [X25519Recipient.parse(c.age_recipient) for c in recipients]
    keys.append(identity.age_identity.recipient)  # the sender can read its own bundles
    with (
        private_output(output) as raw,
        AgeWriter(raw, keys) as sink,
        zipfile.ZipFile(sink, "w") as archive,
    ):
        files = _write_payload(
            session, archive, written, profile, selection, deleted or {}, progress
        )
        manifest = Manifest(
            bundle_id=bundle_id,
            created=datetime.now(UTC).replace(microsecond=0).isoformat(),
            sender=Party(identity.name, identity.age_recipient, identity.minisign_public_key),
            sender_device=session.device_id,
            recipients=tuple(
                Party(c.name, c.age_recipient, c.minisign_public_key) for c in recipients
            ),
            sequence=sequence,
            profile=profile,
            incremental=incremental,
            files=tuple(files),
        ).to_bytes()
        archive.writestr(_info(MANIFEST, zipfile.ZIP_STORED), manifest)
        signature = sign(
            identity.signing_key,
            manifest,
            trusted_comment(bundle_id, sequence),
            untrusted_comment="casework bundle manifest signature",
        )
        archive.writestr(_info(SIGNATURE, zipfile.ZIP_STORED), signature)
        _write_padding(archive, min_bucket)
    written.size = output.stat().st_size
    return written


def _write_payload(
    session: Session,
    archive: zipfile.ZipFile,
    written: WrittenBundle,
    profile: str,
    selection: Mapping[str, Iterable[str] | None],
    deleted: Mapping[str, str],
    progress: Progress | None,
) -> list[FileEntry]:
    """The case documents, then every attachment they list, then ``deleted.json`` and
    the sums; returns the files written."""
    files: list[FileEntry] = []

    def add_bytes(name: str, data: bytes, compress: int = zipfile.ZIP_DEFLATED) -> None:
        archive.writestr(_info(name, compress), data)
        files.append(FileEntry(name, len(data), hashlib.sha256(data).hexdigest()))

    documents: list[tuple[str, Mapping[str, Any]]] = []
    for case_id, paths in selection.items():
        state = filter_state(local_state(session, case_id), profile, paths)
        if not state:
            continue
        doc = state_to_doc(case_id, state)
        add_bytes(case_file(case_id), _json(doc))
        written.cases.append(case_id)
        written.sent[case_id] = {p: signature_of(v) for p, v in state.items()}
        for path, versions in state.items():
            if path.startswith("attachments/") and versions[0].value is not None:
                documents.append((case_id, versions[0].value))
        if progress is not None:
            progress(len(written.cases), len(selection))
    files += _write_attachments(session, archive, documents)
    written.attachments = len(documents)
    if deleted:
        add_bytes(DELETED, _json({"cases": dict(sorted(deleted.items()))}))
        written.deleted = sorted(deleted)
    sums = "".join(f"{f.sha256}  {f.path}\n" for f in files).encode("utf-8")
    add_bytes(SUMS, sums, zipfile.ZIP_STORED)
    return files


def _write_attachments(
    session: Session, archive: zipfile.ZipFile, documents: list[tuple[str, Mapping[str, Any]]]
) -> list[FileEntry]:
    """Every document into the zip, read and decrypted from the vault one chunk ahead on
    a second thread, on from one document into the next, while this one writes the zip
    (and the age encryption behind it).

    Each stored chunk is authenticated with its document, case and place in the
    sequence, so the bytes read are the bytes stored and the hash recorded when they were
    stored is theirs: hashing them again would only cost time. A document recorded
    without a hash is hashed as it is written."""
    files = []
    blocks = iter(Prefetched(_document_blocks(session, documents), digest=False))
    try:
        for _, info in documents:
            files.append(_write_attachment(archive, info, blocks))
    finally:
        # Ends the reading thread before anything else uses the vault (on errors too).
        blocks.close()
    return files


def _write_attachment(
    archive: zipfile.ZipFile, info: Mapping[str, Any], blocks: Iterator[bytes | None]
) -> FileEntry:
    name = attachment_file(str(info["id"]))
    entry = _info(name, zipfile.ZIP_STORED)
    entry.file_size = int(info.get("size", 0))  # lets zipfile choose zip64 up front
    digest = None if info.get("sha256") else hashlib.sha256()
    size = 0
    with archive.open(entry, "w") as target:
        while (block := next(blocks)) is not None:
            target.write(block)
            size += len(block)
            if digest is not None:
                digest.update(block)
    if "size" in info and size != int(info["size"]):
        raise BundleError(f"the stored document {info.get('name')!r} does not match its size")
    return FileEntry(name, size, digest.hexdigest() if digest else str(info["sha256"]))


def _document_blocks(
    session: Session, documents: list[tuple[str, Mapping[str, Any]]]
) -> Iterator[bytes | None]:
    """The chunks of each document in turn, each document's followed by None."""
    for case_id, info in documents:
        yield from session.read_attachment(case_id, str(info["id"]))
        yield None


def _json(value: Any) -> bytes:
    # Compact: an indent would switch json to its pure-Python encoder (several times slower).
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


# ---------------------------------------------------------------- padding

_LOCAL_HEADER = 30
_CENTRAL_HEADER = 46
_END_RECORD = 22
_ZIP64_END = 56 + 20
_DESCRIPTOR = 16


def _central_size(infos: list[zipfile.ZipInfo], extra: tuple[str, int, int] | None) -> int:
    """Bytes ``ZipFile.close`` will write after the entries (central directory and end
    records), as CPython's zipfile writes them; ``extra`` is one more (name, size,
    offset) entry to count."""
    rows: list[tuple[str, int, int, int, zipfile.ZipInfo | None]] = [
        (i.filename, i.file_size, i.compress_size, i.header_offset, i) for i in infos
    ]
    if extra is not None:
        rows.append((extra[0], extra[1], extra[1], extra[2], None))
    size = 0
    for name, file_size, compress_size, offset, info in rows:
        fields = 2 if max(file_size, compress_size) > zipfile.ZIP64_LIMIT else 0
        fields += 1 if offset > zipfile.ZIP64_LIMIT else 0
        extra_len = (4 + 8 * fields if fields else 0) + (len(info.extra) if info else 0)
        comment = len(info.comment) if info else 0
        size += _CENTRAL_HEADER + len(name.encode("utf-8")) + extra_len + comment
    return size


def _write_padding(archive: zipfile.ZipFile, min_bucket: int) -> None:
    """Add the ``padding`` entry (zeros) so the finished zip is exactly a size bucket."""
    start = archive.start_dir

    def total(padding: int) -> int:
        zip64 = padding * 1.05 > zipfile.ZIP64_LIMIT
        local = _LOCAL_HEADER + len(PADDING) + (20 if zip64 else 0)
        descriptor = _DESCRIPTOR + (8 if zip64 else 0)
        offset_after = start + local + padding + descriptor
        central = _central_size(archive.filelist, (PADDING, padding, start))
        count = len(archive.filelist) + 1
        big = count > 0xFFFF or offset_after > zipfile.ZIP64_LIMIT or central > zipfile.ZIP64_LIMIT
        return offset_after + central + _END_RECORD + (_ZIP64_END if big else 0)

    target = padded_size(total(0), min_bucket)
    padding = target - total(0)
    for _ in range(3):  # zip64 thresholds can move the overhead; settle it
        padding = max(0, padding + target - total(padding))
    info = _info(PADDING, zipfile.ZIP_STORED)
    info.file_size = padding
    zeros = bytes(min(padding, _BLOCK))
    with archive.open(info, "w") as out:
        left = padding
        while left:
            step = min(left, len(zeros))
            out.write(zeros[:step] if step < len(zeros) else zeros)
            left -= step
