"""Bundles against the real ``age``, ``minisign`` and ``sha256sum`` programs
(docs/bundle-format.md):
someone without Casework can open a bundle with stock tools, and a bundle assembled with
stock tools is read by Casework."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from app import contacts, identity
from app.bundle import import_bundle
from app.bundle.manifest import trusted_comment
from app.bundle.seekable import RandomAccessAgeReader
from app.crypto.age import X25519Identity
from app.crypto.minisign import parse_secret_key_file
from app.sync import export_to
from tests.unit.test_bundle_helpers import add_case, add_document, introduce, make_person

pytestmark = [
    pytest.mark.interop,
    pytest.mark.skipif(
        not all(shutil.which(p) for p in ("age", "age-keygen", "minisign")),
        reason="needs the age, age-keygen and minisign programs",
    ),
]


def run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [str(a) for a in args], capture_output=True, check=False, timeout=60, cwd=cwd
    )


def test_stock_tools_open_and_check_a_bundle(tmp_path: Path, run_cli, cli_env) -> None:  # type: ignore[no-untyped-def]
    lawyer, mother = make_person(tmp_path, "Lawyer"), make_person(tmp_path, "Mother")
    introduce(lawyer, mother, a_gives_b="family", b_gives_a="colleague")
    case_id = add_case(lawyer)
    add_document(lawyer, case_id, b"%PDF-1.4 family letter", "letter.pdf", "family")
    bundle = tmp_path / "bundle.cwb"
    written = export_to(lawyer.session, ["Mother"], bundle)
    sender_key = identity.ensure_identity(lawyer.session).minisign_public_key
    vault_path = mother.session.vault.path
    mother.session.close()

    # The escape hatch as a user would use it: the CLI prints the key after a warning.
    env = {**cli_env, "CASEWORK_PASSPHRASE": "bundle tests"}
    secret = run_cli("identity", "age-secret", vault=vault_path, env=env, check=True)
    key_file = tmp_path / "key.txt"
    key_file.write_text(secret.stdout)
    key_file.chmod(0o600)

    decrypted = run("age", "-d", "-i", key_file, bundle)
    assert decrypted.returncode == 0, decrypted.stderr.decode()
    out = tmp_path / "out"
    zipfile.ZipFile(io.BytesIO(decrypted.stdout)).extractall(out)

    verified = run("minisign", "-Vm", out / "manifest.json", "-P", sender_key)
    assert verified.returncode == 0, verified.stderr.decode()
    comment = trusted_comment(written.bundle_id, written.sequence)
    assert f"Trusted comment: {comment}" in verified.stdout.decode()

    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    for entry in manifest["files"]:
        data = (out / entry["path"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == entry["sha256"]
        assert len(data) == entry["size"]
    if shutil.which("sha256sum"):
        checked = run("sha256sum", "-c", "SHA256SUMS", cwd=out)
        assert checked.returncode == 0, checked.stdout.decode()
        assert checked.stdout.decode().count(": OK") == len(manifest["files"]) - 1
    assert (out / "attachments").is_dir()


def test_our_reader_reads_what_age_encrypts_to_the_vault(tmp_path: Path) -> None:
    person = make_person(tmp_path, "Mother")
    me = identity.ensure_identity(person.session)
    payload = bytes(range(256)) * 1500  # a few chunks, the last one partial
    source = tmp_path / "plain.bin"
    source.write_bytes(payload)
    encrypted = tmp_path / "from-age.age"
    made = run("age", "-e", "-r", me.age_recipient, "-o", encrypted, source)
    assert made.returncode == 0, made.stderr.decode()
    with encrypted.open("rb") as handle:
        reader = RandomAccessAgeReader(handle, [me.age_identity])
        reader.seek(len(payload) - 1000)
        assert reader.read(1000) == payload[-1000:]
        reader.seek(0)
        assert reader.read() == payload
        reader.verify_all()


def test_a_bundle_assembled_with_stock_tools_is_imported(tmp_path: Path) -> None:
    """zip + minisign -S + age -e, no Casework code on the sending side: the format is
    what the documentation says, nothing more."""
    mother = make_person(tmp_path, "Mother")
    me = identity.ensure_identity(mother.session)

    # The sender's keys, made by the stock programs; their card, signed with that key.
    keys = tmp_path / "sender"
    keys.mkdir()
    assert run("minisign", "-G", "-W", "-p", keys / "k.pub", "-s", keys / "k.key").returncode == 0
    assert run("age-keygen", "-o", keys / "age.txt").returncode == 0
    sender = identity.Identity(
        name="Stock Sender",
        age_identity=X25519Identity.parse(
            next(
                line
                for line in (keys / "age.txt").read_text().splitlines()
                if line.startswith("AGE-SECRET-KEY-")
            )
        ),
        signing_key=parse_secret_key_file((keys / "k.key").read_bytes()),
        created="2026-01-01T00:00:00+00:00",
    )
    contacts.add_contact(mother.session, identity.make_card(sender), verified=True)

    case_id = "ab" * 16
    stamp = "001767225600000-000000-stocksender"
    doc = {
        "case": {"id": case_id, "person": {"full_name": "Rauf Əliyev"}, "status": "pretrial"},
        "clocks": {"person.full_name": stamp, "status": stamp},
        "tombstones": {},
    }
    doc_bytes = json.dumps(doc, ensure_ascii=False).encode()
    bundle_id = "cd" * 16
    manifest = {
        "format": "casework-bundle",
        "version": 1,
        "bundle_id": bundle_id,
        "created": "2026-01-01T00:00:00+00:00",
        "sender": {
            "name": "Stock Sender",
            "age_recipient": sender.age_recipient,
            "minisign_public_key": sender.minisign_public_key,
            "device_id": "stocksender",
        },
        "recipients": [
            {
                "name": "Mother",
                "age_recipient": me.age_recipient,
                "minisign_public_key": me.minisign_public_key,
            }
        ],
        "sequence": 1,
        "profile": "family",
        "files": [
            {
                "path": f"cases/{case_id}.json",
                "size": len(doc_bytes),
                "sha256": hashlib.sha256(doc_bytes).hexdigest(),
            }
        ],
    }
    work = tmp_path / "work"
    work.mkdir()
    (work / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False))
    signed = run(
        "minisign", "-S", "-s", keys / "k.key", "-m", work / "manifest.json",
        "-t", trusted_comment(bundle_id, 1),
    )  # fmt: skip
    assert signed.returncode == 0, signed.stderr.decode()
    plain = io.BytesIO()
    with zipfile.ZipFile(plain, "w") as archive:
        archive.write(work / "manifest.json", "manifest.json")
        archive.write(work / "manifest.json.minisig", "manifest.json.minisig")
        archive.writestr(f"cases/{case_id}.json", doc_bytes)
    (work / "bundle.zip").write_bytes(plain.getvalue())
    bundle = tmp_path / "stock.cwb"
    encrypted = run("age", "-e", "-r", me.age_recipient, "-o", bundle, work / "bundle.zip")
    assert encrypted.returncode == 0, encrypted.stderr.decode()

    report = import_bundle(mother.session, bundle).to_json()

    assert report["new_cases"] == [{"id": case_id, "name": "Rauf Əliyev"}]
    assert mother.session.get_case(case_id).status == "pretrial"
