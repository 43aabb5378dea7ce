"""Factories shared by the bundle tests: fast vaults, people who know each other, cases,
and a cheap fingerprint of everything stored in a vault. (No tests in this module.)"""

from __future__ import annotations

import io
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app import contacts, identity
from app.bundle.casestate import local_state
from app.case_json import case_to_json, parse_case
from app.session import Session, field_values
from tests.conftest import FAST_KDF_MIB, example_case

PASSPHRASE = "bundle tests"


@dataclass
class Person:
    name: str
    session: Session
    card: bytes


def make_person(tmp_path: Path, name: str) -> Person:
    folder = tmp_path / name.split()[0].lower()
    session, _code = Session.create(
        folder / "vault.cwvault", PASSPHRASE, kdf_memory_mib=FAST_KDF_MIB
    )
    identity.set_identity_name(session, name)
    return Person(name, session, identity.make_card(identity.ensure_identity(session)))


def introduce(a: Person, b: Person, *, a_gives_b: str, b_gives_a: str) -> None:
    """Each adds the other's card as a verified contact with the profile they send with."""
    contacts.add_contact(a.session, b.card, verified=True, profile=a_gives_b)
    contacts.add_contact(b.session, a.card, verified=True, profile=b_gives_a)


def add_case(person: Person, **overrides: Any) -> str:
    return person.session.add_case(parse_case(example_case(**overrides))).id


def add_document(person: Person, case_id: str, data: bytes, name: str, visibility: str) -> str:
    info = person.session.add_attachment(case_id, io.BytesIO(data), name, visibility=visibility)
    return info.id


def stored_rows(session: Session) -> list[tuple[Any, ...]]:
    """Every record id with its revision, and every attachment chunk: any write shows."""
    conn = session.vault.conn
    records = conn.execute("SELECT id, kind, revision FROM records ORDER BY id").fetchall()
    chunks = conn.execute("SELECT attachment_id, idx FROM chunks ORDER BY 1, 2").fetchall()
    return [*records, ("chunks", *chunks)]


def case_values(session: Session, case_id: str) -> dict[str, Any]:
    return field_values(case_to_json(session.get_case(case_id)))


def merge_view(session: Session) -> dict[str, Any]:
    """What must be equal between two vaults that merged the same bundles."""
    return {
        case.id: {
            path: [(v.value, v.stamp, dict(v.ctx)) for v in versions]
            for path, versions in local_state(session, case.id).items()
        }
        for case in session.list_cases()
    }


@dataclass
class Template:
    """People created and introduced once, closed; each test opens its own copy."""

    root: Path
    cards: dict[str, bytes]


def build_template(
    root: Path, names: list[str], introductions: list[tuple[int, int, str, str]]
) -> Template:
    people = [make_person(root, name) for name in names]
    for a, b, a_gives_b, b_gives_a in introductions:
        introduce(people[a], people[b], a_gives_b=a_gives_b, b_gives_a=b_gives_a)
    for person in people:
        person.session.close()
    return Template(root, {p.name: p.card for p in people})


def open_template(template: Template, dest: Path) -> list[Person]:
    shutil.copytree(template.root, dest, dirs_exist_ok=True)
    people = []
    for name, card in template.cards.items():
        path = dest / name.split()[0].lower() / "vault.cwvault"
        people.append(Person(name, Session.open(path, PASSPHRASE), card))
    return people
