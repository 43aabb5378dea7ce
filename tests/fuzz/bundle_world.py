"""The bundle fuzzers' world: a pristine recipient vault (closed), a bundle for it from a
verified sender, and the keys to remake one. Built once per module by the ``world``
fixture (registered in conftest.py) so every fuzzer follows the format as it evolves.
(No tests in this module.)"""

from __future__ import annotations

import io
import shutil
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import count
from pathlib import Path

import pytest

from app.case_json import parse_case
from app.contacts import add_contact
from app.crypto.age import X25519Identity, decrypt_bytes, encrypt_bytes
from app.crypto.minisign import MinisignSecretKey
from app.identity import ensure_identity, make_card, set_identity_name
from app.session import Session
from app.sync import export_to
from tests.fuzz.make_corpus import BUNDLE_PASSPHRASE, CASES

SEED_CASES = [CASES["design-example.json"], CASES["pretrial.json"], CASES["adjustments.json"]]


@dataclass
class World:
    """A pristine recipient vault (closed), a bundle for it, and the keys to remake one."""

    folder: Path
    recipient_vault: Path
    bundle: bytes
    recipient_key: X25519Identity
    sender_key: MinisignSecretKey
    copies: Iterator[int]

    def fresh_recipient(self) -> Session:
        target = self.folder / f"copy-{next(self.copies)}.cwvault"
        shutil.copyfile(self.recipient_vault, target)
        return Session.open(target, BUNDLE_PASSPHRASE)

    def inner_zip(self) -> list[tuple[zipfile.ZipInfo, bytes]]:
        archive = zipfile.ZipFile(io.BytesIO(decrypt_bytes([self.recipient_key], self.bundle)))
        return [(info, archive.read(info)) for info in archive.infolist()]

    def seal(self, entries: list[tuple[zipfile.ZipInfo, bytes]]) -> bytes:
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as archive:
            for info, data in entries:
                archive.writestr(info, data)
        return encrypt_bytes([self.recipient_key.recipient], out.getvalue())


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    folder = tmp_path_factory.mktemp("bundle-fuzz")
    sender, _ = Session.create(folder / "sender.cwvault", BUNDLE_PASSPHRASE, kdf_memory_mib=8)
    recipient, _ = Session.create(folder / "pristine.cwvault", BUNDLE_PASSPHRASE, kdf_memory_mib=8)
    with sender, recipient:
        for session, name in ((sender, "Fuzz Sender"), (recipient, "Fuzz Recipient")):
            ensure_identity(session)
            set_identity_name(session, name)
        add_contact(sender, make_card(ensure_identity(recipient)), verified=True)
        add_contact(recipient, make_card(ensure_identity(sender)), verified=True)
        for case in SEED_CASES:
            # Without "attachments": listed documents whose bytes are not in the vault make the
            # export fail (finding F3 in the README); real documents are attached below.
            own = {k: v for k, v in case.items() if k not in ("id", "attachments")}
            stored = sender.add_case(parse_case(own))
            sender.add_attachment(stored.id, io.BytesIO("hökm\n".encode() * 40), "hökm.txt")
        export_to(sender, ["Fuzz Recipient"], folder / "seed.cwb", profile="colleague")
        recipient_key = ensure_identity(recipient).age_identity
        sender_key = ensure_identity(sender).signing_key
    return World(
        folder,
        folder / "pristine.cwvault",
        (folder / "seed.cwb").read_bytes(),
        recipient_key,
        sender_key,
        count(),
    )
