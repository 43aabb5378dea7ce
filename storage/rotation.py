"""Rotating the vault key when the passphrase changes (see docs/crypto.md).

Re-wrapping the old vault key under a new passphrase would leave every older copy of the
file (a backup, a USB stick, a sync folder) with a key that still opens everything written
later. So a passphrase change makes a new vault key and new case keys, re-encrypts every
record and attachment chunk under them, re-seals the recovery slot and rebuilds the
vault's account — all in one SQLite transaction: a crash at any point leaves either the old
vault (old passphrase) or the new one (new passphrase), never a mixture.
"""

from __future__ import annotations

import os
import sqlite3
from typing import TYPE_CHECKING

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from storage import keys, recovery
from storage.errors import RecordTampered
from storage.sealing import (
    case_key_associated_data,
    chunk_associated_data,
    nonce_seal,
    record_associated_data,
)

if TYPE_CHECKING:
    from storage.vault import Vault


def _reseal(old: AESGCM, new: AESGCM, blob: bytes, associated: bytes) -> bytes:
    plain = old.decrypt(blob[: keys.NONCE_BYTES], blob[keys.NONCE_BYTES :], associated)
    nonce = os.urandom(keys.NONCE_BYTES)
    return nonce + new.encrypt(nonce, plain, associated)


def _reseal_records(
    conn: sqlite3.Connection, case_id: str | None, old: AESGCM, new: AESGCM
) -> None:
    where = "case_id IS NULL" if case_id is None else "case_id = ?"
    args = () if case_id is None else (case_id,)
    ids = conn.execute(f"SELECT id FROM records WHERE {where}", args).fetchall()
    for (record_id,) in ids:  # one blob in memory at a time
        kind, revision, blob = conn.execute(
            "SELECT kind, revision, blob FROM records WHERE id = ?", (record_id,)
        ).fetchone()
        associated = record_associated_data(record_id, case_id, kind, int(revision))
        try:
            sealed = _reseal(old, new, bytes(blob), associated)
        except InvalidTag as exc:
            raise RecordTampered(record_id, kind, case_id) from exc
        conn.execute(
            "UPDATE records SET blob = ?, seal = ? WHERE id = ?",
            (sealed, nonce_seal(sealed), record_id),
        )


def _reseal_chunks(conn: sqlite3.Connection, case_id: str, old: AESGCM, new: AESGCM) -> None:
    attachments = conn.execute(
        "SELECT attachment_id, max(idx) FROM chunks WHERE case_id = ? GROUP BY attachment_id",
        (case_id,),
    ).fetchall()
    for attachment_id, last_index in attachments:
        for index in range(int(last_index) + 1):
            row = conn.execute(
                "SELECT blob FROM chunks WHERE attachment_id = ? AND idx = ?",
                (attachment_id, index),
            ).fetchone()
            if row is None:
                raise RecordTampered(attachment_id, "attachment", case_id)
            associated = chunk_associated_data(attachment_id, case_id, index, index == last_index)
            try:
                sealed = _reseal(old, new, bytes(row[0]), associated)
            except InvalidTag as exc:
                raise RecordTampered(attachment_id, "attachment", case_id) from exc
            conn.execute(
                "UPDATE chunks SET blob = ? WHERE attachment_id = ? AND idx = ?",
                (sealed, attachment_id, index),
            )


def rotate(
    vault: Vault, new_passphrase: str, params: keys.KdfParams, *, replace_code: bool
) -> str | None:
    """Replace the vault key (see the module's docstring). Returns the new recovery code
    when one was made. Raises :class:`RecordTampered` (and changes nothing) when a record
    fails its tag: run ``casework check`` first."""
    from storage.header import WIDE_PURPOSE, names_key_associated_data, passphrase_slot

    conn = vault.conn
    vault_id = vault.header.vault_id
    header = {str(n): bytes(v) for n, v in conn.execute("SELECT name, value FROM header")}
    new_key = os.urandom(keys.KEY_BYTES)
    kek = keys.derive_kek(new_passphrase, params)
    rows: dict[str, bytes] = {
        "kdf": params.canonical(),
        "wrapped_vk": passphrase_slot(kek, new_key, vault_id, params),
        "wrapped_names_key": keys.wrap(
            new_key, vault.named_key(), names_key_associated_data(vault_id)
        ),
    }
    code: str | None = None
    public = header.get("recovery_public")
    if replace_code or public is None:
        code, recovery_rows = recovery.new_slot(vault_id, new_key)
    else:
        recovery_rows = recovery.reseal_rows(vault_id, new_key, header["recovery_salt"], public)
    rows.update(recovery_rows)
    new_ciphers: dict[str, AESGCM] = {}
    with vault.transaction():
        for case_id in vault.case_ids():
            old = vault.case_cipher(case_id)
            case_key = os.urandom(keys.KEY_BYTES)
            new = AESGCM(case_key)
            conn.execute(
                "UPDATE case_keys SET wrapped = ? WHERE case_id = ?",
                (keys.wrap(new_key, case_key, case_key_associated_data(case_id)), case_id),
            )
            _reseal_records(conn, case_id, old, new)
            _reseal_chunks(conn, case_id, old, new)
            new_ciphers[case_id] = new
        _reseal_records(conn, None, vault.wide_cipher(), AESGCM(keys.subkey(new_key, WIDE_PURPOSE)))
        conn.executemany(
            "INSERT OR REPLACE INTO header (name, value) VALUES (?, ?)", list(rows.items())
        )
        vault.account.rebuild(new_key)
        vault.rotated(new_key, new_ciphers)
    return code
