"""A passphrase change rotates the vault key; a used recovery code is revoked."""

from __future__ import annotations

import io
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from cryptography.exceptions import InvalidTag

from storage.attachments import read_attachment, store_attachment
from storage.check import check_vault
from storage.errors import WrongPassphrase
from storage.sealing import chunk_associated_data, open_chunk, open_payload, record_associated_data
from storage.vault import Vault

OLD = "old pass phrase ə"
NEW = "new pass phrase ş"
ROOT = Path(__file__).resolve().parents[2]


def _make(path: Path) -> str:
    vault, code = Vault.create(path, OLD, kdf_memory_mib=8)
    with vault:
        vault.new_case("c1")
        vault.put("r1", "case", {"name": "Əli"}, case_id="c1")
        vault.put("w1", "setting", {"v": "before"})
        store_attachment(vault, "c1", "a1", io.BytesIO(b"scan before" * 1000))
    return code


def _undecryptable_with(old: Vault, path: Path) -> list[str]:
    """Which rows of the file at ``path`` the keys of the old copy ``old`` decrypt."""
    readable = []
    conn = sqlite3.connect(path)
    try:
        for record_id, case_id, kind, revision, blob in conn.execute(
            "SELECT id, case_id, kind, revision, blob FROM records"
        ):
            cipher = old.wide_cipher() if case_id is None else old.case_cipher(case_id)
            try:
                open_payload(
                    cipher, bytes(blob), record_associated_data(record_id, case_id, kind, revision)
                )
            except InvalidTag:
                continue
            readable.append(record_id)
        for attachment_id, idx, case_id, blob in conn.execute(
            "SELECT attachment_id, idx, case_id, blob FROM chunks"
        ):
            try:
                open_chunk(
                    old.case_cipher(case_id),
                    bytes(blob),
                    chunk_associated_data(attachment_id, case_id, idx, True),
                )
            except InvalidTag:
                continue
            readable.append(attachment_id)
    finally:
        conn.close()
    return readable


def test_old_copy_and_old_passphrase_read_nothing_written_after_passwd(tmp_path: Path) -> None:
    path = tmp_path / "v.cwvault"
    _make(path)
    old_copy = tmp_path / "usb-stick.cwvault"
    shutil.copy(path, old_copy)
    vault = Vault.open(path, OLD)
    with vault:
        vault.change_passphrase(NEW, kdf_memory_mib=8)
        vault.put("r1", "case", {"name": "Əli Həsənov, written later"}, case_id="c1")
        vault.put("w1", "setting", {"v": "after"})
        store_attachment(vault, "c1", "a2", io.BytesIO(b"scan after"))
    with Vault.open(old_copy, OLD) as old:
        # The old copy opens with the old passphrase and shows the data as it was then...
        assert old.get("r1").payload == {"name": "Əli"}  # type: ignore[union-attr]
        assert old.get("w1").payload == {"v": "before"}  # type: ignore[union-attr]
        # ...and its keys decrypt no row of today's file: not the case record nor the
        # setting written later, not even the rows written before the change.
        assert _undecryptable_with(old, path) == []
    with pytest.raises(WrongPassphrase):
        Vault.open(path, OLD)
    with Vault.open(path, NEW) as current:
        assert current.get("r1").payload == {"name": "Əli Həsənov, written later"}  # type: ignore[union-attr]
        assert b"".join(read_attachment(current, "c1", "a1")) == b"scan before" * 1000
        assert check_vault(current) == []


def test_passwd_keeps_the_recovery_code_unless_asked_to_replace_it(tmp_path: Path) -> None:
    path = tmp_path / "v.cwvault"
    code = _make(path)
    with Vault.open(path, OLD) as vault:
        assert vault.change_passphrase(NEW, kdf_memory_mib=8) is None
    with Vault.open_with_recovery(path, code) as vault:  # still works, on the new key
        assert vault.get("w1").payload == {"v": "before"}  # type: ignore[union-attr]
    with Vault.open(path, NEW) as vault:
        replaced = vault.change_passphrase(OLD, kdf_memory_mib=8, new_recovery_code=True)
    assert replaced is not None and replaced != code
    with pytest.raises(WrongPassphrase, match="recovery code"):
        Vault.open_with_recovery(path, code)
    Vault.open_with_recovery(path, replaced).close()


def test_a_used_recovery_code_is_revoked(tmp_path: Path) -> None:
    path = tmp_path / "v.cwvault"
    code = _make(path)
    with Vault.open_with_recovery(path, code) as vault:
        new_code = vault.change_passphrase(NEW, kdf_memory_mib=8)
    assert new_code is not None
    with pytest.raises(WrongPassphrase, match="recovery code"):
        Vault.open_with_recovery(path, code)
    with Vault.open_with_recovery(path, new_code) as vault:
        assert vault.get("r1").payload == {"name": "Əli"}  # type: ignore[union-attr]


_CHILD = """
import sys
from storage.vault import Vault
vault = Vault.open(sys.argv[1], sys.argv[2])
print("ready", flush=True)
vault.change_passphrase(sys.argv[3], kdf_memory_mib=8)
vault.close()
print("done", flush=True)
"""


def test_kill_during_passwd_leaves_exactly_one_passphrase_and_every_case(tmp_path: Path) -> None:
    path = tmp_path / "v.cwvault"
    vault, _code = Vault.create(path, OLD, kdf_memory_mib=8)
    with vault, vault.transaction():
        for n in range(150):
            vault.new_case(f"c{n}")
            vault.put(f"r{n}", "case", {"name": f"person {n}", "pad": "x" * 2000}, case_id=f"c{n}")
        store_attachment(vault, "c0", "big", io.BytesIO(os.urandom(3 * 1024 * 1024)))
    # How long one rotation takes here, to spread the kills over it (not an assertion).
    trial = tmp_path / "trial.cwvault"
    shutil.copy(path, trial)
    started = time.perf_counter()
    with Vault.open(trial, OLD) as copy:
        copy.change_passphrase(NEW, kdf_memory_mib=8)
    span = time.perf_counter() - started
    rng = random.Random(11)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    current, other = OLD, NEW
    for _attempt in range(5):
        child = subprocess.Popen(
            [sys.executable, "-c", _CHILD, str(path), current, other],
            stdout=subprocess.PIPE,
            env=env,
            text=True,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0, span * 1.2))
        child.send_signal(signal.SIGKILL)
        child.wait()
        opens = []
        for candidate in (current, other):
            try:
                Vault.open(path, candidate).close()
            except WrongPassphrase:
                continue
            opens.append(candidate)
        assert len(opens) == 1, opens
        current, other = (opens[0], other if opens[0] == current else current)
        with Vault.open(path, current) as reopened:
            assert check_vault(reopened) == []
            assert len(reopened.case_ids()) == 150
            assert reopened.get("r149").payload["name"] == "person 149"  # type: ignore[union-attr]


def test_a_schema_1_vault_gets_a_new_recovery_code_at_its_first_passphrase_change(
    tmp_path: Path,
) -> None:
    import json

    from tests.conftest import PASSPHRASE

    fixtures = ROOT / "tests" / "data" / "vaults"
    path = tmp_path / "schema-1.cwvault"
    shutil.copy(fixtures / "schema-1.cwvault", path)
    old_code = json.loads((fixtures / "schema-1.json").read_text(encoding="utf-8"))["recovery_code"]
    with Vault.open(path, PASSPHRASE) as vault:
        # Its recovery slot cannot be re-sealed to a new key without the code: a new one.
        new_code = vault.change_passphrase(NEW, kdf_memory_mib=8)
    assert new_code is not None
    with pytest.raises(WrongPassphrase, match="recovery code"):
        Vault.open_with_recovery(path, old_code)
    with Vault.open_with_recovery(path, new_code) as vault:
        assert check_vault(vault) == []
