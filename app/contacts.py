"""Contacts: people this vault exchanges bundles with (docs/bundle-format.md).

A contact is added from its owner's signed card and starts **unverified**: the card proves
the two keys belong together, not whose they are. The user compares the fingerprint out of
band and then marks the contact verified. Bundles are sent only to verified contacts and
accepted only from verified contacts. When a card with *other* keys arrives for a known
name, the new keys replace the old ones but the contact drops back to unverified, with
``key_changed`` set, so nothing is sent to (or accepted from) the new keys until the user
re-verifies.

Each contact also carries what sync shares with it: ``shared`` maps case ids to the export
profile used for that case (filled by ``export --to``, by cases received from the contact,
and by :func:`share_cases`).

Stored as vault-wide encrypted records of kind ``contact`` (one per contact, under a random
id). Qt-free; runs on whichever thread owns the session.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from app.case_json import new_id
from app.identity import ContactCard, fingerprint, load_identity, now_iso, parse_card

if TYPE_CHECKING:
    from app.session import Session

__all__ = [
    "PROFILES",
    "AddResult",
    "Contact",
    "ContactError",
    "add_contact",
    "contact_for_signing_key",
    "find_contact",
    "get_contact",
    "list_contacts",
    "remove_contact",
    "require_sendable",
    "save_contact",
    "set_profile",
    "share_cases",
    "unshare_cases",
    "verify_contact",
]

PROFILES = ("colleague", "family", "public")
DEFAULT_PROFILE = "family"  # safe by default: never privileged data unless chosen
_KIND = "contact"


class ContactError(Exception):
    """A contact operation was refused. ``code`` is stable for the UI and CLI."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Contact:
    id: str
    name: str
    age_recipient: str
    minisign_public_key: str
    verified: bool = False
    key_changed: bool = False
    added: str = ""
    verified_at: str | None = None
    card_name: str = ""
    profile: str = DEFAULT_PROFILE
    shared: dict[str, str] = field(default_factory=dict)
    last_sequence: int = 0
    previous_keys: tuple[dict[str, str], ...] = ()

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.age_recipient, self.minisign_public_key)

    @property
    def sendable(self) -> bool:
        return self.verified and not self.key_changed

    def public_json(self) -> dict[str, Any]:
        """What ``contact list --json`` prints per contact (docs/cli.md keys first)."""
        return {
            "name": self.name,
            "fingerprint": self.fingerprint,
            "verified": self.verified,
            "age_recipient": self.age_recipient,
            "minisign_public_key": self.minisign_public_key,
            "key_changed": self.key_changed,
            "profile": self.profile,
            "shared_cases": sorted(self.shared),
        }

    def to_record(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "age_recipient": self.age_recipient,
            "minisign_public_key": self.minisign_public_key,
            "verified": self.verified,
            "key_changed": self.key_changed,
            "added": self.added,
            "verified_at": self.verified_at,
            "card_name": self.card_name,
            "profile": self.profile,
            "shared": dict(self.shared),
            "last_sequence": self.last_sequence,
            "previous_keys": list(self.previous_keys),
        }

    @classmethod
    def from_record(cls, payload: dict[str, Any]) -> Contact:
        return cls(
            id=payload["id"],
            name=payload["name"],
            age_recipient=payload["age_recipient"],
            minisign_public_key=payload["minisign_public_key"],
            verified=bool(payload.get("verified")),
            key_changed=bool(payload.get("key_changed")),
            added=payload.get("added", ""),
            verified_at=payload.get("verified_at"),
            card_name=payload.get("card_name", ""),
            profile=payload.get("profile", DEFAULT_PROFILE),
            shared=dict(payload.get("shared", {})),
            last_sequence=int(payload.get("last_sequence", 0)),
            previous_keys=tuple(payload.get("previous_keys", ())),
        )


@dataclass(frozen=True)
class AddResult:
    """``status``: ``added``, ``unchanged``, ``verified`` (same keys, now verified) or
    ``key_changed`` (new keys for a known name: unverified until re-verified)."""

    contact: Contact
    status: str


def list_contacts(session: Session) -> list[Contact]:
    """Every contact, sorted by name."""
    contacts = [Contact.from_record(p) for p in session.vault_records(_KIND)]
    return sorted(contacts, key=lambda c: (c.name.casefold(), c.id))


def _lookup(session: Session, name: str) -> Contact | None:
    wanted = name.strip().casefold()
    for contact in list_contacts(session):
        if contact.name.casefold() == wanted:
            return contact
    return None


def find_contact(session: Session, name: str) -> Contact:
    """The contact named ``name`` (case-insensitive); ``ContactError`` if there is none."""
    contact = _lookup(session, name)
    if contact is None:
        raise ContactError("contact.unknown", f"no contact named {name!r}")
    return contact


def get_contact(session: Session, contact_id: str) -> Contact:
    """The contact with this id; ``ContactError`` if it was removed."""
    payload = session.get_vault_record(_KIND, contact_id)
    if payload is None:
        raise ContactError("contact.unknown", "the contact no longer exists")
    return Contact.from_record(payload)


def save_contact(session: Session, contact: Contact) -> None:
    session.put_vault_record(_KIND, contact.id, contact.to_record())


def contact_for_signing_key(session: Session, minisign_public_key: str) -> Contact | None:
    """The contact whose *stored* minisign key is ``minisign_public_key``, if any."""
    for contact in list_contacts(session):
        if contact.minisign_public_key == minisign_public_key:
            return contact
    return None


def _clean_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ContactError("contact.empty_name", "a contact's name must not be empty")
    return cleaned


def add_contact(
    session: Session,
    card_data: bytes,
    *,
    name: str | None = None,
    verified: bool = False,
    profile: str | None = None,
) -> AddResult:
    """Add (or update) a contact from a card file's bytes.

    Raises ``CardError`` for a bad card and ``ContactError`` when the card is this vault's
    own, or its keys already belong to a contact under another name. A card with new keys
    for a known name replaces the keys and marks the contact unverified with
    ``key_changed``; ``verified=True`` is ignored then, because a key change must be
    confirmed by comparing the new fingerprint (``verify_contact``), not by a script flag.
    """
    card = parse_card(card_data)
    if profile is not None and profile not in PROFILES:
        raise ContactError("contact.bad_profile", f"unknown profile {profile!r}")
    own = load_identity(session)
    if own is not None and own.minisign_public_key == card.minisign_public_key:
        raise ContactError("contact.own_card", "this is this vault's own card")
    chosen = _clean_name(name if name is not None else card.name)
    for other in list_contacts(session):
        same_keys = other.minisign_public_key == card.minisign_public_key
        if same_keys and other.name.casefold() != chosen.casefold():
            raise ContactError(
                "contact.duplicate_keys",
                f"this card's keys already belong to the contact {other.name!r}",
            )
    existing = _lookup(session, chosen)
    if existing is None:
        contact = _new_contact(card, chosen, verified, profile)
        save_contact(session, contact)
        return AddResult(contact, "added")
    return _update_existing(session, existing, card, verified, profile)


def _new_contact(card: ContactCard, name: str, verified: bool, profile: str | None) -> Contact:
    now = now_iso()
    return Contact(
        id=new_id(),
        name=name,
        age_recipient=card.age_recipient,
        minisign_public_key=card.minisign_public_key,
        verified=verified,
        added=now,
        verified_at=now if verified else None,
        card_name=card.name,
        profile=profile or DEFAULT_PROFILE,
    )


def _update_existing(
    session: Session, existing: Contact, card: ContactCard, verified: bool, profile: str | None
) -> AddResult:
    same = (existing.age_recipient, existing.minisign_public_key) == (
        card.age_recipient,
        card.minisign_public_key,
    )
    if same:
        status = "verified" if verified and not existing.sendable else "unchanged"
        updated = existing
        if verified and not existing.sendable:
            updated = replace(existing, verified=True, key_changed=False, verified_at=now_iso())
        if profile is not None:
            updated = replace(updated, profile=profile)
        if updated != existing:
            save_contact(session, updated)
        return AddResult(updated, status)
    # Security decision: a new key for a known name is never trusted on arrival.
    previous = {
        "age_recipient": existing.age_recipient,
        "minisign_public_key": existing.minisign_public_key,
        "replaced": now_iso(),
    }
    updated = replace(
        existing,
        age_recipient=card.age_recipient,
        minisign_public_key=card.minisign_public_key,
        verified=False,
        key_changed=True,
        verified_at=None,
        card_name=card.name,
        profile=profile or existing.profile,
        previous_keys=(*existing.previous_keys, previous),
    )
    save_contact(session, updated)
    return AddResult(updated, "key_changed")


def verify_contact(session: Session, name: str) -> Contact:
    """Mark a contact verified (after the user compared fingerprints out of band)."""
    contact = find_contact(session, name)
    updated = replace(contact, verified=True, key_changed=False, verified_at=now_iso())
    save_contact(session, updated)
    return updated


def remove_contact(session: Session, name: str) -> None:
    contact = find_contact(session, name)
    session.delete_vault_record(_KIND, contact.id)
    session.delete_vault_record("sent_state", contact.id)


def set_profile(session: Session, name: str, profile: str) -> Contact:
    """The profile used for cases shared with this contact from now on (already shared
    cases keep theirs unless shared again)."""
    if profile not in PROFILES:
        raise ContactError("contact.bad_profile", f"unknown profile {profile!r}")
    updated = replace(find_contact(session, name), profile=profile)
    save_contact(session, updated)
    return updated


def share_cases(
    session: Session, name: str, case_ids: list[str], profile: str | None = None
) -> Contact:
    """Let sync send these cases to the contact, with ``profile`` (default: the contact's)."""
    contact = find_contact(session, name)
    chosen = profile or contact.profile
    if chosen not in PROFILES:
        raise ContactError("contact.bad_profile", f"unknown profile {chosen!r}")
    shared = dict(contact.shared)
    for case_id in case_ids:
        shared[session.resolve_id(case_id)] = chosen
    updated = replace(contact, shared=shared)
    save_contact(session, updated)
    return updated


def unshare_cases(session: Session, name: str, case_ids: list[str]) -> Contact:
    contact = find_contact(session, name)
    shared = {k: v for k, v in contact.shared.items() if not any(k.startswith(c) for c in case_ids)}
    updated = replace(contact, shared=shared)
    save_contact(session, updated)
    return updated


def require_sendable(contact: Contact) -> None:
    """Raise ``ContactError`` unless bundles may be encrypted to this contact's keys."""
    if contact.key_changed:
        raise ContactError(
            "contact.key_changed",
            f"the keys of {contact.name!r} changed and are not verified yet: compare the new "
            f"fingerprint with them out of band, then run 'casework contact verify "
            f"{contact.name}'",
        )
    if not contact.verified:
        raise ContactError(
            "contact.unverified",
            f"{contact.name!r} is not verified: compare the fingerprint with them out of band, "
            f"then run 'casework contact verify {contact.name}'",
        )
