"""Importing a verified bundle: the plan (what would change) and the second pass that
applies it in one transaction (docs/bundle-format.md, merge).

:func:`plan_import` merges without writing, so a UI can show the sender, new cases,
changed fields and conflicts before the user agrees. :func:`apply_import` merges again
inside one vault transaction (so edits made meanwhile are respected), streams the bundled
attachments into the vault re-checking each hash, records the bundle id (replay), the
sender's sequence number and what the sender already holds, and commits — or, on any
error, rolls everything back.

Case deletions: a case deleted in this vault is never brought back by a bundle (crypto-
shredding must not be undone by a file arriving late); edits to it are reported as
ignored. A case the *sender* deleted is not deleted here — it is listed as a conflict to
review, because each vault's owner decides what leaves their vault.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.bundle.casestate import local_state, store_state
from app.bundle.conflicts import REMOTE_DELETION_KIND
from app.bundle.errors import HashMismatch
from app.bundle.reader import SEEN_KIND, VerifiedBundle, open_bundle
from app.bundle.sentstate import record_received
from app.case_json import case_to_json
from app.contacts import get_contact, save_contact
from app.merge import Versions, conflicting, merge_case
from app.session import Change

if TYPE_CHECKING:
    from app.session import Session

__all__ = ["ImportPlan", "apply_import", "import_bundle", "plan_import"]

Progress = Callable[[int, int], None]


@dataclass
class CaseOutcome:
    case_id: str
    name: str
    new: bool
    fields: list[str]
    conflicts: list[dict[str, Any]]


@dataclass
class ImportPlan:
    bundle: VerifiedBundle
    outcomes: list[CaseOutcome] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)
    remote_deletions: list[dict[str, str]] = field(default_factory=list)
    notices: list[dict[str, str]] = field(default_factory=list)

    @property
    def sender_name(self) -> str:
        return self.bundle.sender.name

    def to_json(self) -> dict[str, Any]:
        """The ``import --json`` report (docs/cli.md; extra keys after the contract's)."""
        manifest = self.bundle.manifest
        return {
            "bundle_id": manifest.bundle_id,
            "sender": self.sender_name,
            "new_cases": [{"id": o.case_id, "name": o.name} for o in self.outcomes if o.new],
            "changed_cases": [
                {"id": o.case_id, "name": o.name, "fields": o.fields}
                for o in self.outcomes
                if not o.new and o.fields
            ],
            "conflicts": [c for o in self.outcomes for c in o.conflicts],
            "sequence": manifest.sequence,
            "profile": manifest.profile,
            "sender_fingerprint": self.bundle.sender.fingerprint,
            "sender_verified": self.bundle.sender.sendable,
            "ignored_deleted_cases": self.ignored,
            "deleted_by_sender": self.remote_deletions,
            "notices": self.notices,
        }


def _shown(state: dict[str, Versions]) -> dict[str, Any]:
    return {path: versions[0].value for path, versions in state.items()}


def _name(state: dict[str, Versions], fallback: str) -> str:
    versions = state.get("person.full_name")
    return str(versions[0].value) if versions else fallback


def _merge_one(
    session: Session, case_id: str, remote: dict[str, Versions]
) -> tuple[dict[str, Versions], dict[str, Versions], bool]:
    exists = session.has_case(case_id)
    local = local_state(session, case_id) if exists else {}
    return local, merge_case(local, remote), not exists


def _outcome(
    case_id: str, local: dict[str, Versions], merged: dict[str, Versions], new: bool
) -> CaseOutcome | None:
    if not new and merged == local:
        return None
    before, after = _shown(local), _shown(merged)
    fields = sorted(p for p in set(before) | set(after) if before.get(p) != after.get(p))
    name = _name(merged, case_id[:8])
    conflicts = []
    for path, versions in merged.items():
        old = {v.stamp for v in conflicting(local.get(path, ()))}
        for loser in conflicting(versions):
            if loser.stamp not in old:
                conflicts.append(
                    {
                        "case_id": case_id,
                        "name": name,
                        "field": path,
                        "kept": versions[0].value,
                        "other": loser.value,
                    }
                )
    return CaseOutcome(case_id, name, new, fields, conflicts)


Merges = dict[str, tuple[dict[str, Versions], dict[str, Versions], bool]]


def _compute(session: Session, bundle: VerifiedBundle) -> tuple[ImportPlan, Merges]:
    """The plan, and per case (local state, merged state, new?) for those to write."""
    plan = ImportPlan(bundle)
    merges: Merges = {}
    deleted_here = session.deleted_cases()
    for case_id, remote in sorted(bundle.cases.items()):
        if case_id in deleted_here:
            plan.ignored.append(case_id)
            continue
        local, merged, new = _merge_one(session, case_id, remote)
        merges[case_id] = (local, merged, new)
        outcome = _outcome(case_id, local, merged, new)
        if outcome is not None:
            plan.outcomes.append(outcome)
    for case_id in sorted(bundle.deleted):
        if session.has_case(case_id):
            name = session.list_row(case_id)["full_name"]
            plan.remote_deletions.append({"case_id": case_id, "name": name})
    if bundle.older_than is not None:
        plan.notices.append(
            {
                "code": "bundle.older",
                "message": (
                    f"this bundle (sequence {bundle.manifest.sequence}) is older than one "
                    f"already imported from {bundle.sender.name!r} (sequence "
                    f"{bundle.older_than}): it was merged, and nothing newer was rolled back"
                ),
            }
        )
    if plan.ignored:
        plan.notices.append(
            {
                "code": "bundle.deleted_here",
                "message": (
                    f"{len(plan.ignored)} case(s) in the bundle were deleted in this vault; "
                    "their edits were ignored"
                ),
            }
        )
    return plan, merges


def plan_import(session: Session, bundle: VerifiedBundle) -> ImportPlan:
    """What importing ``bundle`` would change; writes nothing."""
    return _compute(session, bundle)[0]


def _conflict_history(
    local: dict[str, Versions], remote: dict[str, Versions], merged: dict[str, Versions]
) -> list[Change]:
    """History entries for incoming edits that lost: kept, never silently dropped."""
    entries = []
    for path, versions in merged.items():
        local_stamps = {v.stamp for v in local.get(path, ())}
        remote_stamps = {v.stamp for v in remote.get(path, ())}
        for loser in conflicting(versions):
            if loser.stamp in remote_stamps and loser.stamp not in local_stamps:
                entries.append(Change(f"conflict:{path}", loser.value, versions[0].value))
    return entries


def apply_import(
    session: Session, plan: ImportPlan, progress: Progress | None = None
) -> ImportPlan:
    """Apply a plan in one transaction; returns the plan as actually applied (recomputed
    against the vault at this moment). Raises ``HashMismatch`` (nothing written) if an
    attachment's bytes changed since the first pass."""
    bundle = plan.bundle
    source = f"bundle:{bundle.sender.name}"
    with session.transaction():
        applied, merges = _compute(session, bundle)
        changed = {
            case_id: (local, merged, new)
            for case_id, (local, merged, new) in merges.items()
            if new or merged != local
        }
        # The documents go in first: pages written before megabytes of documents and
        # written again after them would make SQLite re-read the whole log at commit.
        wanted = [
            document
            for case_id, (_, merged, _) in changed.items()
            for document in _attachments_to_store(session, bundle, case_id, merged)
        ]
        for case_id in {case_id for case_id, _ in wanted if changed[case_id][2]}:
            session.vault.new_case(case_id)  # a new case's documents need its key
        stored = _store_attachments(session, bundle, wanted)
        for done, (case_id, (local, merged, new)) in enumerate(changed.items(), start=1):
            store_state(
                session,
                case_id,
                merged,
                old_json=None if new else case_to_json(session.get_case(case_id)),
                source=source,
                extra_changes=_conflict_history(local, bundle.cases[case_id], merged),
            )
            if progress is not None:
                progress(done, len(changed))
        if not bundle.documents_checked:
            # One pass: what was not stored is hashed now, and every age chunk is
            # authenticated, before anything of this bundle becomes visible.
            for attachment_id in sorted(set(bundle.attachments) - stored):
                bundle.check_document(attachment_id)
            bundle.check_rest()
        _record(session, bundle, {case_id: m[1] for case_id, m in merges.items()})
    return applied


def _attachments_to_store(
    session: Session, bundle: VerifiedBundle, case_id: str, merged: dict[str, Versions]
) -> list[tuple[str, str]]:
    """The bundled attachments the merged case lists and this vault lacks, as
    ``(case id, attachment id)``."""
    wanted = []
    for path, versions in merged.items():
        if not path.startswith("attachments/") or versions[0].value is None:
            continue
        attachment_id = path.split("/", 1)[1]
        if attachment_id not in bundle.attachments:
            continue
        if session.attachment_owner(attachment_id) == case_id:
            continue  # already stored: attachment bytes never change under one id
        wanted.append((case_id, attachment_id))
    return wanted


def _store_attachments(
    session: Session, bundle: VerifiedBundle, wanted: list[tuple[str, str]]
) -> set[str]:
    """Store the attachments ``wanted`` in one pass: each is decrypted from the bundle,
    hashed and re-encrypted under its case's key on a second thread while this one writes
    the chunks before it into the vault (storage.attachments.store_attachments). Returns
    the ids whose bytes were read and matched the signed manifest; raises
    ``HashMismatch`` at the first that does not."""
    documents = [
        (case_id, attachment_id, partial(bundle.open_attachment, attachment_id))
        for case_id, attachment_id in wanted
    ]
    for (_, attachment_id), stored in zip(
        wanted, session.store_attachments_as(documents), strict=True
    ):
        entry = bundle.attachments[attachment_id]
        # The bytes actually stored must be the file the signed manifest lists.
        if stored.sha256 != entry.sha256:
            raise HashMismatch(entry.path)
    return {attachment_id for _, attachment_id in wanted}


def _record(
    session: Session, bundle: VerifiedBundle, merged_states: dict[str, dict[str, Versions]]
) -> None:
    manifest = bundle.manifest
    now = datetime.now(UTC).replace(microsecond=0).isoformat()
    session.put_vault_record(
        SEEN_KIND,
        manifest.bundle_id,
        {"sender": bundle.sender.name, "sequence": manifest.sequence, "imported": now},
    )
    for case_id, stamp in bundle.deleted.items():
        session.put_vault_record(
            REMOTE_DELETION_KIND,
            case_id,
            {"case_id": case_id, "by": bundle.sender.name, "stamp": stamp, "noted": now},
        )
    contact = get_contact(session, bundle.sender.id)
    shared = dict(contact.shared)
    for case_id in merged_states:
        shared.setdefault(case_id, contact.profile)
    updated = replace(
        contact, last_sequence=max(contact.last_sequence, manifest.sequence), shared=shared
    )
    save_contact(session, updated)
    record_received(session, updated, bundle.cases, merged_states)


def import_bundle(
    session: Session, path: str | Path, progress: Progress | None = None
) -> ImportPlan:
    """Check, plan and apply the bundle at ``path``: the whole ``casework import``."""
    with open_bundle(session, path, check_documents=False) as bundle:
        return apply_import(session, plan_import(session, bundle), progress)
