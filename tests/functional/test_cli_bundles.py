"""A lawyer and a client's mother, each with their own vault, exchange updates through a
shared folder with the real ``casework`` command: identities, cards, verification, the
family profile keeping privileged notes out, concurrent edits surviving as a conflict,
and tampered or replayed files refused with a message that says why."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from app import identity
from app.case_json import parse_case
from app.session import Session
from tests.conftest import FAST_KDF_MIB, PASSPHRASE, CliResult, example_case

Run = Callable[..., CliResult]


@dataclass
class User:
    name: str
    vault: Path
    card: Path
    run_cli: Run

    def __call__(self, *args: str, check: bool = True, input: str | None = None) -> CliResult:
        return self.run_cli(*args, vault=self.vault, check=check, input=input)

    def json(self, *args: str) -> Any:
        return json.loads(self(*args, "--json").stdout)


NAMES = {"lawyer": "Ləman Lawyer", "mother": "Aynur Mother"}


def make_vault(folder: Path, name: str, case: bool) -> None:
    """A vault with an identity, its card beside it and, for the lawyer, one case — made
    in-process once per module (the CLI's init and identity commands have their own test)."""
    folder.mkdir(parents=True)
    session, _code = Session.create(
        folder / "vault.cwvault", PASSPHRASE, kdf_memory_mib=FAST_KDF_MIB
    )
    try:
        identity.set_identity_name(session, name)
        (folder / "card.json").write_bytes(identity.make_card(identity.ensure_identity(session)))
        if case:
            notes = [
                {"text": "PRIVILEGED: challenge the search", "visibility": "privileged"},
                {"text": "Visits on Fridays", "visibility": "family"},
            ]
            stored = session.add_case(parse_case(example_case(notes=notes)))
            (folder / "case-id").write_text(stored.id)
    finally:
        session.close()


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("people")
    make_vault(root / "lawyer", NAMES["lawyer"], case=True)
    make_vault(root / "mother", NAMES["mother"], case=False)
    make_vault(root / "new-laptop", NAMES["mother"], case=False)
    return root


@pytest.fixture
def people(template: Path, tmp_path: Path, run_cli: Run) -> dict[str, User]:
    shutil.copytree(template, tmp_path / "people")
    return {
        key: User(
            NAMES.get(key, NAMES["mother"]),
            tmp_path / "people" / key / "vault.cwvault",
            tmp_path / "people" / key / "card.json",
            run_cli,
        )
        for key in ("lawyer", "mother", "new-laptop")
    }


@pytest.fixture
def lawyer(people: dict[str, User]) -> User:
    return people["lawyer"]


@pytest.fixture
def mother(people: dict[str, User]) -> User:
    return people["mother"]


def case_id_of(user: User) -> str:
    return (user.vault.parent / "case-id").read_text()


def test_identity_show_card_and_age_secret(lawyer: User, tmp_path: Path) -> None:
    lawyer("identity", "name", "Ləman Lawyer")
    lawyer("identity", "card", "-o", str(lawyer.card))
    shown = lawyer.json("identity", "show")
    assert set(shown) >= {"name", "age_recipient", "minisign_public_key", "fingerprint"}
    assert shown["name"] == "Ləman Lawyer"
    assert shown["age_recipient"].startswith("age1")
    assert shown["minisign_public_key"].startswith("RW")
    assert re.fullmatch(r"\d{60}", shown["fingerprint"])
    card = json.loads(lawyer.card.read_text(encoding="utf-8"))
    assert card["minisign_public_key"] == shown["minisign_public_key"]

    secret = lawyer("identity", "age-secret")
    assert re.fullmatch(r"AGE-SECRET-KEY-1[0-9A-Z]+\n", secret.stdout)
    assert "WARNING" in secret.stderr and "secret" in secret.stderr


def test_contacts_are_unverified_until_verified_and_a_changed_key_blocks_sending(
    people: dict[str, User], tmp_path: Path
) -> None:
    lawyer, mother = people["lawyer"], people["mother"]
    lawyer("contact", "add", "--card", str(mother.card))
    [listed] = lawyer.json("contact", "list")
    assert listed["name"] == "Aynur Mother" and listed["verified"] is False
    assert listed["fingerprint"] == mother.json("identity", "show")["fingerprint"]
    refused = lawyer("export", "--to", "Aynur Mother", "-o", str(tmp_path / "b.cwb"), check=False)
    assert refused.returncode == 1
    assert "not verified" in refused.stderr and "contact verify" in refused.stderr
    assert not (tmp_path / "b.cwb").exists()

    lawyer("contact", "verify", "Aynur Mother")
    assert lawyer.json("contact", "list")[0]["verified"] is True
    lawyer("export", "--to", "Aynur Mother", "-o", str(tmp_path / "b.cwb"))

    changed = lawyer("contact", "add", "--card", str(people["new-laptop"].card), "--verified")
    assert "CHANGED" in changed.stderr
    blocked = lawyer("export", "--to", "Aynur Mother", "-o", str(tmp_path / "c.cwb"), check=False)
    assert blocked.returncode == 1 and "changed" in blocked.stderr


def test_lawyer_and_mother_exchange_updates_both_ways_through_a_folder(
    lawyer: User, mother: User, tmp_path: Path
) -> None:
    lawyer("contact", "add", "--card", str(mother.card), "--verified", "--profile", "family")
    mother("contact", "add", "--card", str(lawyer.card), "--verified", "--profile", "colleague")
    case_id = case_id_of(lawyer)
    lawyer("contact", "share", "Aynur Mother", "--case", case_id)
    folder = tmp_path / "Sync"
    folder.mkdir()
    (folder / "someone-elses-notes.txt").write_text("not ours")

    lawyer("sync", str(folder))
    files = sorted(p.name for p in folder.glob("*.cwb"))
    assert len(files) == 1 and re.fullmatch(r"[0-9a-f]{32}\.cwb", files[0])
    mother("sync", str(folder))

    seen = mother.json("case", "show", case_id)
    assert [n["text"] for n in seen["notes"]] == ["Visits on Fridays"]

    # Both edit the facility while apart; the mother also adds a note.
    mother("case", "edit", case_id, "--json", "-", input='{"facility": "Prison No. 2"}')
    lawyer("case", "edit", case_id, "--json", "-", input='{"facility": "Prison No. 17"}')
    mother("sync", str(folder))
    lawyer("sync", str(folder))
    mother("sync", str(folder))

    for user in (lawyer, mother):
        shown = user.json("case", "show", case_id)
        assert shown["facility"] == "Prison No. 17", user.name
        [conflict] = user.json("conflicts")
        assert conflict["field"] == "facility"
        assert [a["value"] for a in conflict["alternatives"]] == ["Prison No. 2"]
    notes = [n["text"] for n in mother.json("case", "show", case_id)["notes"]]
    assert notes == ["Visits on Fridays"]
    assert "PRIVILEGED" not in mother("case", "show", case_id, "--history").stdout
    assert (folder / "someone-elses-notes.txt").read_text() == "not ours"
    assert len(list(folder.glob("*.cwb"))) == 3

    # The mother takes her own value; the lawyer gets the resolution at the next sync.
    conflict_id = mother.json("conflicts")[0]["id"]
    mother("conflicts", "resolve", conflict_id, "--use", "1")
    mother("sync", str(folder))
    lawyer("sync", str(folder))
    assert lawyer.json("case", "show", case_id)["facility"] == "Prison No. 2"
    assert lawyer.json("conflicts") == []

    # A replayed file is refused, with the reason.
    again = mother("import", str(sorted(folder.glob("*.cwb"))[0]), check=False)
    assert again.returncode == 1
    assert "already imported" in again.stderr or "written by this vault" in again.stderr


def test_tampered_bundles_are_refused_with_a_reason(
    lawyer: User, mother: User, tmp_path: Path
) -> None:
    lawyer("contact", "add", "--card", str(mother.card), "--verified")
    mother("contact", "add", "--card", str(lawyer.card), "--verified")
    bundle = tmp_path / "b.cwb"
    lawyer("export", "--to", "Aynur Mother", "-o", str(bundle))
    data = bundle.read_bytes()
    before = mother.json("case", "list")
    for position in (0, 30, 120, len(data) // 3, len(data) // 2, len(data) - 1):
        altered = bytearray(data)
        altered[position] ^= 0x40
        tampered = tmp_path / f"t{position}.cwb"
        tampered.write_bytes(altered)
        result = mother("import", str(tampered), check=False)
        assert result.returncode == 1, position
        assert re.search(r"damaged|altered|not a|not addressed", result.stderr), result.stderr
    assert mother.json("case", "list") == before

    report = mother.json("import", str(bundle))
    assert report["sender"] == "Ləman Lawyer"
    assert len(report["new_cases"]) == 1
    assert set(report) >= {"bundle_id", "sender", "new_cases", "changed_cases", "conflicts"}
    replay = mother("import", str(bundle), check=False)
    assert replay.returncode == 1 and "already imported" in replay.stderr


def test_unknown_and_unverified_senders_are_refused(
    lawyer: User, mother: User, tmp_path: Path
) -> None:
    lawyer("contact", "add", "--card", str(mother.card), "--verified")
    bundle = tmp_path / "b.cwb"
    lawyer("export", "--to", "Aynur Mother", "-o", str(bundle))

    unknown = mother("import", str(bundle), check=False)
    assert unknown.returncode == 1 and "not one of your contacts' keys" in unknown.stderr
    mother("contact", "add", "--card", str(lawyer.card))
    unverified = mother("import", str(bundle), check=False)
    assert unverified.returncode == 1 and "who is not verified" in unverified.stderr
    assert mother.json("case", "list") == []
