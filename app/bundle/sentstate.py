"""What this vault last sent to each contact, so sync sends only what changed since.

Per contact, one vault-wide encrypted record of kind ``sent_state``: for each case, each
unit's :func:`~app.bundle.writer.signature_of` as last sent (or as last received from that
contact, which tells the same: they have it). Runs on the thread that owns the session.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from app.bundle.casestate import filter_state
from app.bundle.writer import WrittenBundle, signature_of
from app.contacts import Contact, find_contact, save_contact
from app.merge import Versions

if TYPE_CHECKING:
    from app.session import Session

__all__ = ["load_sent", "record_received", "record_sent", "save_sent"]

SENT_KIND = "sent_state"


def load_sent(session: Session, contact: Contact) -> dict[str, Any]:
    record = session.get_vault_record(SENT_KIND, contact.id) or {}
    return {"cases": dict(record.get("cases", {})), "deleted": list(record.get("deleted", []))}


def save_sent(session: Session, contact: Contact, sent: Mapping[str, Any]) -> None:
    session.put_vault_record(SENT_KIND, contact.id, dict(sent))


def record_sent(session: Session, contacts: list[Contact], written: WrittenBundle) -> None:
    """After a bundle was written: remember what each recipient was sent, and share the
    cases with them (with the bundle's profile) so later syncs keep them up to date."""
    for contact in contacts:
        sent = load_sent(session, contact)
        for case_id, units in written.sent.items():
            sent["cases"].setdefault(case_id, {}).update(units)
        sent["deleted"] = sorted(set(sent["deleted"]) | set(written.deleted))
        save_sent(session, contact, sent)
        current = find_contact(session, contact.name)
        shared = dict(current.shared)
        for case_id in written.cases:
            shared.setdefault(case_id, written.profile)
        if shared != current.shared:
            save_contact(session, replace(current, shared=shared))


def record_received(
    session: Session,
    contact: Contact,
    remote: Mapping[str, Mapping[str, Versions]],
    merged: Mapping[str, Mapping[str, Versions]],
) -> None:
    """After an import from ``contact``: units whose merged state the contact already holds
    in full need not be sent back to them (no echo)."""
    sent = load_sent(session, contact)
    for case_id, state in merged.items():
        profile = contact.shared.get(case_id, contact.profile)
        visible = filter_state(state, profile)
        theirs = remote.get(case_id, {})
        units = sent["cases"].setdefault(case_id, {})
        for path, versions in visible.items():
            held = {v.stamp for v in theirs.get(path, ())}
            if held and {v.stamp for v in versions} <= held:
                units[path] = signature_of(versions)
    save_sent(session, contact, sent)
