"""Identities, signed contact cards, fingerprints, and the contact trust states."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app import contacts, identity
from app.contacts import ContactError
from app.identity import CardError
from tests.unit.test_bundle_helpers import make_person


def test_identity_is_created_once_and_stored_encrypted(tmp_path: Path) -> None:
    lawyer = make_person(tmp_path, "Ləman Lawyer")
    first = identity.ensure_identity(lawyer.session)
    assert identity.ensure_identity(lawyer.session).age_recipient == first.age_recipient
    shown = first.public_json()
    assert shown["age_recipient"].startswith("age1")
    assert shown["minisign_public_key"].startswith("RW")
    assert len(shown["fingerprint"]) == 60 and shown["fingerprint"].isdigit()
    raw = (tmp_path / "ləman" / "vault.cwvault").read_bytes()
    assert first.age_identity.encode().encode() not in raw
    assert b"AGE-SECRET-KEY" not in raw


def test_fingerprint_is_twelve_groups_of_five_digits(tmp_path: Path) -> None:
    person = identity.ensure_identity(make_person(tmp_path, "A").session)
    groups = identity.format_fingerprint(person.fingerprint).split()
    assert len(groups) == 12 and all(len(g) == 5 and g.isdigit() for g in groups)


def test_card_round_trips_and_names_both_keys(tmp_path: Path) -> None:
    mother = make_person(tmp_path, "Aynur Məmmədova")
    card = identity.parse_card(mother.card)
    me = identity.ensure_identity(mother.session)
    assert card.name == "Aynur Məmmədova"
    assert (card.age_recipient, card.minisign_public_key) == (
        me.age_recipient,
        me.minisign_public_key,
    )
    assert card.fingerprint == me.fingerprint


def test_altered_card_is_refused(tmp_path: Path) -> None:
    mother = make_person(tmp_path, "Aynur")
    other = identity.ensure_identity(make_person(tmp_path, "Mallory").session)
    replacements = {
        "name": "Mallory",
        "age_recipient": other.age_recipient,
        "minisign_public_key": other.minisign_public_key,
        "created": "2020-01-01T00:00:00+00:00",
    }
    for field, value in replacements.items():
        card = json.loads(mother.card)
        card[field] = value
        with pytest.raises(CardError) as caught:
            identity.parse_card(json.dumps(card).encode())
        assert caught.value.code == "card.bad_signature", field


def test_card_needs_a_name(tmp_path: Path) -> None:
    from app.identity import IdentityError
    from app.session import Session

    session, _ = Session.create(tmp_path / "v.cwvault", "pw", kdf_memory_mib=8)
    with pytest.raises(IdentityError, match="identity name"):
        identity.make_card(identity.ensure_identity(session))


def test_qr_code_holds_both_keys(tmp_path: Path) -> None:
    me = identity.ensure_identity(make_person(tmp_path, "A").session)
    text = identity.qr_text(me.age_recipient, me.minisign_public_key)
    matrix = identity.qr_matrix(text)
    assert len(matrix) == len(matrix[0]) > 21
    assert identity.qr_svg(text).startswith(b"<?xml")


def test_new_contact_is_unverified_and_cannot_be_sent_to(tmp_path: Path) -> None:
    lawyer, mother = make_person(tmp_path, "Lawyer"), make_person(tmp_path, "Mother")
    added = contacts.add_contact(lawyer.session, mother.card)
    assert added.status == "added"
    assert not added.contact.verified
    with pytest.raises(ContactError) as caught:
        contacts.require_sendable(added.contact)
    assert caught.value.code == "contact.unverified"
    verified = contacts.verify_contact(lawyer.session, "mother")
    contacts.require_sendable(verified)


def test_changed_key_for_a_known_name_blocks_sending_until_reverified(tmp_path: Path) -> None:
    lawyer, mother = make_person(tmp_path, "Lawyer"), make_person(tmp_path, "Mother")
    contacts.add_contact(lawyer.session, mother.card, verified=True)
    impostor = make_person(tmp_path / "new", "Mother")  # a new laptop, or someone else
    changed = contacts.add_contact(lawyer.session, impostor.card, verified=True)
    assert changed.status == "key_changed"
    assert changed.contact.key_changed and not changed.contact.verified
    with pytest.raises(ContactError) as caught:
        contacts.require_sendable(contacts.find_contact(lawyer.session, "Mother"))
    assert caught.value.code == "contact.key_changed"
    assert "changed" in str(caught.value)
    contacts.verify_contact(lawyer.session, "Mother")
    contacts.require_sendable(contacts.find_contact(lawyer.session, "Mother"))


def test_own_card_and_duplicate_keys_are_refused(tmp_path: Path) -> None:
    lawyer, mother = make_person(tmp_path, "Lawyer"), make_person(tmp_path, "Mother")
    with pytest.raises(ContactError, match="own card"):
        contacts.add_contact(lawyer.session, lawyer.card)
    contacts.add_contact(lawyer.session, mother.card)
    with pytest.raises(ContactError, match="already belong"):
        contacts.add_contact(lawyer.session, mother.card, name="Somebody else")


def test_adding_the_same_card_again_changes_nothing(tmp_path: Path) -> None:
    lawyer, mother = make_person(tmp_path, "Lawyer"), make_person(tmp_path, "Mother")
    contacts.add_contact(lawyer.session, mother.card)
    again = contacts.add_contact(lawyer.session, mother.card)
    assert again.status == "unchanged"
    assert len(contacts.list_contacts(lawyer.session)) == 1
