"""The vault's files against an adversary and an unkind machine: the one-writer
lock holds through a symlink, files are private whatever the umask, damaged files and
hostile headers are refused with one line naming the file."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from storage.errors import VaultCorrupt, VaultInUse
from storage.keys import KdfParams
from storage.vault import Vault

PASS = "pass phrase ə"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask() -> Iterator[None]:
    old = os.umask(0)
    yield
    os.umask(old)


def test_a_second_writer_through_a_symlink_is_told_the_vault_is_in_use(tmp_path: Path) -> None:
    path = tmp_path / "real" / "v.cwvault"
    vault, _ = Vault.create(path, PASS, kdf_memory_mib=8)
    link_folder = tmp_path / "elsewhere"
    link_folder.mkdir()
    link = link_folder / "alias.cwvault"
    link.symlink_to(path)
    with vault, pytest.raises(VaultInUse, match="in use"):
        Vault.open(link, PASS)
    # And the other way round: opened through the link first.
    with Vault.open(link, PASS), pytest.raises(VaultInUse):
        Vault.open(path, PASS)


def test_vault_lock_and_backup_files_are_private_whatever_the_umask(
    tmp_path: Path, open_umask: None
) -> None:
    folder = tmp_path / "new" / "folder"
    path = folder / "v.cwvault"
    vault, _ = Vault.create(path, PASS, kdf_memory_mib=8)
    with vault:
        vault.put("w", "setting", {"v": 1})
        seen = {p.name: _mode(p) for p in folder.iterdir()}
        backup = vault.backup(tmp_path / "backups" / "copy.cwvault")
    assert seen == dict.fromkeys(seen, 0o600), seen
    assert {"v.cwvault", "v.cwvault.lock", "v.cwvault-wal", "v.cwvault-shm"} <= set(seen)
    assert _mode(backup) == 0o600
    assert _mode(folder) == 0o700 and _mode(folder.parent) == 0o700
    assert _mode(backup.parent) == 0o700


def test_opening_a_lax_vault_file_makes_it_private(tmp_path: Path) -> None:
    path = tmp_path / "v.cwvault"
    Vault.create(path, PASS, kdf_memory_mib=8)[0].close()
    path.chmod(0o644)
    Vault.open(path, PASS).close()
    assert _mode(path) == 0o600


def _make(path: Path) -> None:
    vault, _ = Vault.create(path, PASS, kdf_memory_mib=8)
    with vault, vault.transaction():
        for n in range(40):
            vault.new_case(f"c{n}")
            payload = {"name": f"person {n}", "pad": os.urandom(900).hex()}
            vault.put(f"r{n}", "case", payload, case_id=f"c{n}")


@pytest.mark.parametrize("damage", ["truncated", "garbled", "empty", "not sqlite"])
def test_a_damaged_vault_file_is_refused_with_one_line_naming_it(
    tmp_path: Path, damage: str
) -> None:
    path = tmp_path / "v.cwvault"
    _make(path)
    data = path.read_bytes()
    if damage == "truncated":
        path.write_bytes(data[: len(data) // 3])
    elif damage == "garbled":
        middle = len(data) // 2
        path.write_bytes(data[:4096] + os.urandom(middle - 4096) + data[middle:])
    elif damage == "empty":
        path.write_bytes(b"")
    else:
        path.write_bytes(b"%PDF-1.4 certainly not a vault\n" * 200)
    with pytest.raises(VaultCorrupt) as caught, Vault.open(path, PASS) as vault:
        for _record in vault.records():
            pass
    message = str(caught.value)
    assert str(path) in message and "\n" not in message


def _set_kdf(path: Path, **changes: int) -> None:
    conn = sqlite3.connect(path)
    params = KdfParams.from_json(
        conn.execute("SELECT value FROM header WHERE name='kdf'").fetchone()[0]
    )
    raw = {**params.__dict__, **changes}
    hostile = KdfParams(raw["memory_kib"], raw["iterations"], raw["lanes"], raw["salt_hex"])
    conn.execute("UPDATE header SET value=? WHERE name='kdf'", (hostile.canonical(),))
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    ("changes", "named"),
    [
        ({"lanes": 0}, "lanes"),
        ({"memory_kib": 1}, "memory_kib"),
        ({"iterations": 2**31}, "iterations"),
        ({"memory_kib": 2**40}, "memory_kib"),
        ({"iterations": 0}, "iterations"),
    ],
)
def test_absurd_argon2_parameters_are_refused_before_deriving(
    tmp_path: Path, changes: dict[str, int], named: str
) -> None:
    path = tmp_path / "v.cwvault"
    Vault.create(path, PASS, kdf_memory_mib=8)[0].close()
    _set_kdf(path, **changes)
    before = path.read_bytes()
    with pytest.raises(VaultCorrupt, match=named) as caught:
        Vault.open(path, PASS)
    assert str(path) in str(caught.value)
    assert path.read_bytes() == before
