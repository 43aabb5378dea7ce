"""The vault header: what the file says in clear about itself, and unwrapping the vault key
from it with the passphrase or the recovery code (see docs/vault-format.md)."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag

from storage import keys, recovery, schema
from storage.errors import VaultCorrupt, VaultNotFound, WrongPassphrase


@dataclass(frozen=True)
class Header:
    """What the vault file says in clear about itself (see docs/vault-format.md)."""

    format: str
    vault_id: str
    kdf: keys.KdfParams
    created: str
    schema_version: int


WIDE_PURPOSE = "casework vault-wide records"


def damaged_message(path: Path, exc: BaseException) -> str:
    return (
        f"{path} is damaged or is not a Casework vault ({exc}); restore it from a backup "
        "or run 'casework check'"
    )


def names_key_associated_data(vault_id: str) -> bytes:
    return f"{keys.FORMAT}|{vault_id}|record-names".encode()


def names_key_of(conn: sqlite3.Connection, vault_id: str, vault_key: bytes) -> bytes:
    """The key that turns record names into ids. It never changes, so named records keep
    their ids when the vault key is rotated: a vault that was never rotated derives it from
    VK; a rotation stores it wrapped by the new VK (``wrapped_names_key``)."""
    row = conn.execute("SELECT value FROM header WHERE name = 'wrapped_names_key'").fetchone()
    if row is None:
        return keys.subkey(vault_key, "casework record names")
    try:
        return keys.unwrap(vault_key, bytes(row[0]), names_key_associated_data(vault_id))
    except InvalidTag as exc:
        raise VaultCorrupt("the vault header is damaged (the record-names key)") from exc


def read_header_rows(conn: sqlite3.Connection, path: Path) -> dict[str, bytes]:
    try:
        rows = conn.execute("SELECT name, value FROM header").fetchall()
    except sqlite3.DatabaseError as exc:
        raise VaultCorrupt(damaged_message(path, exc)) from exc
    values = {str(name): bytes(value) for name, value in rows}
    if values.get("format") != keys.FORMAT.encode():
        raise VaultCorrupt(f"{path} is not a Casework vault (unknown format)")
    return values


def read_header_from_rows(
    rows: dict[str, bytes], schema_version: int, path: Path | None = None
) -> Header:
    try:
        return Header(
            format=rows["format"].decode(),
            vault_id=rows["vault_id"].decode(),
            kdf=keys.KdfParams.from_json(rows["kdf"]),
            created=rows["created"].decode(),
            schema_version=schema_version,
        )
    except (KeyError, ValueError, UnicodeDecodeError) as exc:
        where = f"of {path} " if path is not None else ""
        raise VaultCorrupt(f"the vault header {where}is damaged ({exc})") from exc


def read_header(path: str | os.PathLike[str]) -> Header:
    """Read the clear header without unlocking or locking (for 'which vault is this')."""
    target = Path(path)
    if not target.is_file():
        raise VaultNotFound(str(target))
    conn = sqlite3.connect(f"file:{target}?mode=ro", uri=True)
    try:
        rows = read_header_rows(conn, target)
        return read_header_from_rows(rows, schema.schema_version(conn), target)
    finally:
        conn.close()


PASSPHRASE_SLOT = "passphrase+account"
"""The passphrase slot's name in its associated data. ``+account`` says the vault keeps an
account (storage/account.py), so a vault whose account was removed is not mistaken for one
written before accounts existed; schema-1 vaults say ``passphrase``."""


@dataclass(frozen=True)
class Unlocked:
    """The vault key, whether the vault must have an account, and the header rows that
    upgrade a schema-1 passphrase slot (written when the account is first built)."""

    vault_key: bytes
    account_required: bool
    upgrade: dict[str, bytes]


def passphrase_slot(kek: bytes, vault_key: bytes, vault_id: str, params: keys.KdfParams) -> bytes:
    return keys.wrap(kek, vault_key, keys.header_associated_data(vault_id, params, PASSPHRASE_SLOT))


def unwrap_with_passphrase(passphrase: str, header: Header, rows: dict[str, bytes]) -> Unlocked:
    kek = keys.derive_kek(passphrase, header.kdf)
    blob = rows.get("wrapped_vk", b"")
    try:
        vault_key = keys.unwrap(
            kek, blob, keys.header_associated_data(header.vault_id, header.kdf, PASSPHRASE_SLOT)
        )
        return Unlocked(vault_key, True, {})
    except InvalidTag:
        pass
    try:
        vault_key = keys.unwrap(  # a schema-1 slot
            kek, blob, keys.header_associated_data(header.vault_id, header.kdf, "passphrase")
        )
    except InvalidTag as exc:
        raise WrongPassphrase() from exc
    upgrade = {"wrapped_vk": passphrase_slot(kek, vault_key, header.vault_id, header.kdf)}
    return Unlocked(vault_key, False, upgrade)


def unwrap_with_recovery(code: str, header: Header, rows: dict[str, bytes]) -> Unlocked:
    salt = rows.get("recovery_salt", b"")
    try:
        public = rows.get("recovery_public")
        if public is not None:
            vault_key = recovery.open_slot(
                code,
                salt,
                public,
                rows["wrapped_vk_recovery"],
                recovery.associated_data(header.vault_id, salt, public),
            )
            return Unlocked(vault_key, True, {})
        vault_key = keys.unwrap(  # a schema-1 slot
            keys.recovery_key(code, salt),
            rows["wrapped_vk_recovery"],
            keys.recovery_associated_data(header.vault_id, salt),
        )
        return Unlocked(vault_key, False, {})
    except (InvalidTag, ValueError, KeyError) as exc:
        raise WrongPassphrase("recovery code") from exc
