"""Exporting to contacts and the sync folder (docs/bundle-format.md; docs/sync.md).

A sync folder is any folder both sides can see — Syncthing, Nextcloud, a network drive,
a USB stick carried between laptops. :func:`sync_folder`:

1. imports every bundle there that is addressed to this vault (oldest sequence first per
   sender), quietly skipping files for others, this vault's own files and bundles already
   imported, and reporting any refused bundle with its reason;
2. writes, for each verified contact with shared cases, one bundle holding only what
   changed since the last bundle sent to that contact (per-unit sent state), under a
   random file name that reveals neither sender nor recipient.

It never deletes or changes a file it did not just write. Runs on a worker thread that
owns the session; ``progress`` reports (done, total) files.
"""

from __future__ import annotations

import hashlib
import secrets
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.bundle.casestate import filter_state, local_state
from app.bundle.errors import (
    BundleError,
    BundleFromSelf,
    BundleNotAddressed,
    BundleReplayed,
)
from app.bundle.importer import apply_import, plan_import
from app.bundle.manifest import MANIFEST, MAX_MANIFEST
from app.bundle.reader import open_bundle
from app.bundle.seekable import RandomAccessAgeReader
from app.bundle.sentstate import load_sent, record_sent
from app.bundle.writer import WrittenBundle, signature_of, write_bundle
from app.contacts import (
    PROFILES,
    Contact,
    ContactError,
    find_contact,
    list_contacts,
    require_sendable,
)
from app.crypto.age import AgeError
from app.identity import ensure_identity
from app.profiles import check_profile
from app.safe_parse import Limits, load_json

if TYPE_CHECKING:
    from app.session import Session

__all__ = ["SyncReport", "export_to", "sync_folder"]

BUNDLE_SUFFIX = ".cwb"
_FOLDER_KIND = "sync_folder"
Progress = Callable[[int, int], None]


def _strictest(profiles: list[str]) -> str:
    return max(profiles, key=PROFILES.index)


def export_to(
    session: Session,
    names: list[str],
    output: str | Path,
    *,
    profile: str | None = None,
    case_ids: list[str] | None = None,
    progress: Progress | None = None,
) -> WrittenBundle:
    """Write a bundle of ``case_ids`` (default: every case) for the named contacts.

    ``profile`` defaults to the strictest of the contacts' own profiles. Raises
    ``ContactError`` for an unknown, unverified or key-changed contact (nothing written),
    ``KeyError`` for an unknown case id, ``ProfileError`` for an unknown profile.
    """
    identity = ensure_identity(session)
    contacts = [find_contact(session, name) for name in names]
    if not contacts:
        raise ContactError("contact.none", "name at least one contact to export to")
    for contact in contacts:
        require_sendable(contact)
    chosen = check_profile(profile or _strictest([c.profile for c in contacts]))
    ids = [session.resolve_id(c) for c in case_ids] if case_ids else []
    if not case_ids:
        ids = session.cases.rows_ids()  # every case, from the list rows (nothing decrypted)
    selection: dict[str, set[str] | None] = {case_id: None for case_id in dict.fromkeys(ids)}
    written = write_bundle(
        session,
        identity,
        contacts,
        Path(output),
        profile=chosen,
        selection=selection,
        progress=progress,
    )
    record_sent(session, contacts, written)
    return written


@dataclass
class SyncReport:
    imported: list[dict[str, Any]] = field(default_factory=list)
    written: list[dict[str, Any]] = field(default_factory=list)
    errors: list[dict[str, str]] = field(default_factory=list)
    blocked: list[dict[str, str]] = field(default_factory=list)
    skipped: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "imported": self.imported,
            "written": self.written,
            "errors": self.errors,
            "blocked": self.blocked,
            "skipped": self.skipped,
        }


def _folder_key(folder: Path) -> str:
    return hashlib.sha256(str(folder.resolve()).encode("utf-8")).hexdigest()[:32]


def _signature(path: Path) -> list[int]:
    stat = path.stat()
    return [stat.st_size, stat.st_mtime_ns]


def _peek_sequence(session: Session, path: Path) -> tuple[str, int]:
    """(signing key, sequence) the manifest claims, unverified — only to order imports."""
    identity = ensure_identity(session)
    try:
        with open(path, "rb") as handle:
            reader = RandomAccessAgeReader(handle, [identity.age_identity])
            with zipfile.ZipFile(reader) as archive:
                info = archive.getinfo(MANIFEST)
                if info.file_size > MAX_MANIFEST:
                    return "", 0
                with archive.open(info) as member:
                    data = member.read(MAX_MANIFEST + 1)
        manifest = load_json(data, MANIFEST, Limits(max_bytes=MAX_MANIFEST))
        return str(manifest["sender"]["minisign_public_key"]), int(manifest["sequence"])
    except (AgeError, OSError, ValueError, KeyError, TypeError, EOFError, zipfile.BadZipFile):
        # Unreadable or hostile: sorted first, and refused with its reason by the import.
        return "", 0


def sync_folder(
    session: Session, folder: str | Path, *, full: bool = False, progress: Progress | None = None
) -> SyncReport:
    """Import what is addressed to this vault in ``folder``, then write what changed for
    each contact. ``full`` resends every shared case whole (after a lost USB stick).
    Raises ``OSError`` when the folder cannot be read or written."""
    root = Path(folder)
    if not root.is_dir():
        raise NotADirectoryError(f"{root} is not a folder")
    report = SyncReport()
    _import_incoming(session, root, report, progress)
    _write_outgoing(session, root, report, full)
    return report


def _import_incoming(
    session: Session, root: Path, report: SyncReport, progress: Progress | None
) -> None:
    key = _folder_key(root)
    known: dict[str, list[int]] = dict(
        (session.get_vault_record(_FOLDER_KIND, key) or {}).get("files", {})
    )
    present = sorted(p for p in root.iterdir() if p.suffix == BUNDLE_SUFFIX and p.is_file())
    fresh = [p for p in present if known.get(p.name) != _signature(p)]
    report.skipped = len(present) - len(fresh)
    order = sorted(fresh, key=lambda p: (*_peek_sequence(session, p), p.name))
    for done, path in enumerate(order, start=1):
        signature = _signature(path)
        try:
            with open_bundle(session, path, check_documents=False) as bundle:
                applied = apply_import(session, plan_import(session, bundle))
            report.imported.append({"file": path.name, **applied.to_json()})
            known[path.name] = signature
        except (BundleNotAddressed, BundleFromSelf, BundleReplayed):
            report.skipped += 1
            known[path.name] = signature  # not for us, or done: no need to look again
        except BundleError as exc:
            # Not remembered: after the user verifies the sender, the next sync retries.
            report.errors.append({"file": path.name, "code": exc.code, "message": str(exc)})
        except OSError as exc:
            report.errors.append({"file": path.name, "code": "os", "message": str(exc)})
        except Exception as exc:  # one bad file must not stop the others
            # Anything else is a bug met on hostile input; the import's transaction rolled
            # back, so the vault is as it was. Reported, and retried at the next sync.
            report.errors.append(
                {
                    "file": path.name,
                    "code": "bundle.unreadable",
                    "message": f"this file could not be imported ({type(exc).__name__}: {exc})"[
                        :500
                    ],
                }
            )
        if progress is not None:
            progress(done, len(order))
    names = {p.name for p in present}
    kept = {name: sig for name, sig in known.items() if name in names}
    session.put_vault_record(_FOLDER_KIND, key, {"files": kept})


def _write_outgoing(session: Session, root: Path, report: SyncReport, full: bool) -> None:
    identity = ensure_identity(session)
    deleted_here = session.deleted_cases()
    for contact in list_contacts(session):
        if not contact.shared:
            continue
        try:
            require_sendable(contact)
        except ContactError as exc:
            report.blocked.append({"contact": contact.name, "code": exc.code, "message": str(exc)})
            continue
        for profile in PROFILES:
            case_ids = sorted(c for c, p in contact.shared.items() if p == profile)
            if not case_ids:
                continue
            selection, deleted = _changes_for(
                session, contact, case_ids, profile, full, deleted_here
            )
            if not selection and not deleted:
                continue
            output = root / f"{secrets.token_hex(16)}{BUNDLE_SUFFIX}"
            written = write_bundle(
                session,
                identity,
                [contact],
                output,
                profile=profile,
                selection=selection,
                deleted=deleted,
                incremental=not full,
            )
            record_sent(session, [contact], written)
            report.written.append(
                {
                    "contact": contact.name,
                    "file": output.name,
                    "profile": profile,
                    "cases": len(written.cases),
                    "deleted": len(written.deleted),
                    "size": written.size,
                }
            )


def _changes_for(
    session: Session,
    contact: Contact,
    case_ids: list[str],
    profile: str,
    full: bool,
    deleted_here: dict[str, str],
) -> tuple[dict[str, set[str] | None], dict[str, str]]:
    sent = load_sent(session, contact)
    selection: dict[str, set[str] | None] = {}
    deleted: dict[str, str] = {}
    for case_id in case_ids:
        if case_id in deleted_here:
            # Only colleagues hear of deletions; a family's copy stays theirs.
            if profile == "colleague" and (full or case_id not in sent["deleted"]):
                deleted[case_id] = deleted_here[case_id]
            continue
        if not session.has_case(case_id):
            continue
        state = filter_state(local_state(session, case_id), profile)
        before = sent["cases"].get(case_id, {})
        changed = {p for p, v in state.items() if full or before.get(p) != signature_of(v)}
        if changed:
            selection[case_id] = None if full else changed | {"person.full_name"}
    return selection, deleted
