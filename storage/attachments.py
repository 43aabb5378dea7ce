"""Attachments as encrypted 1 MiB chunks in the vault, streamed in and out: a file of
hundreds of MB is never held whole in memory. Any thread that owns the vault."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import IO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from storage.errors import RecordTampered
from storage.keys import NONCE_BYTES
from storage.prefetch import Prefetched
from storage.sealing import CHUNK_BYTES, chunk_associated_data, open_chunk, seal_chunk
from storage.vault import Vault
from storage.writeback import EarlyWriteback


def store_attachment(
    vault: Vault, case_id: str, attachment_id: str, source: IO[bytes]
) -> tuple[int, str]:
    """Encrypt ``source`` chunk by chunk into the vault (inside the caller's transaction, or
    one of its own). Returns ``(size in bytes, SHA-256 hex)`` of the plaintext.

    Reading, hashing and sealing run one chunk ahead on a second thread while this one
    writes the previous chunk into SQLite (both release the interpreter lock)."""
    sealed = _Sealed(vault.case_cipher(case_id), case_id, attachment_id, source)
    nonces: list[bytes] = []
    with vault.transaction(), EarlyWriteback.of_path(vault.log_path):
        _forget(vault, attachment_id)
        vault.note_bulk_write()
        for index, blob in Prefetched(iter(sealed), depth=1, digest=False):
            vault.conn.execute(
                "INSERT INTO chunks (attachment_id, idx, case_id, blob) VALUES (?, ?, ?, ?)",
                (attachment_id, index, case_id, blob),
            )
            nonces.append(blob[:NONCE_BYTES])
        vault.account.attachment_written(attachment_id, case_id, nonces)
    return sealed.size, sealed.digest.hexdigest()


class _Sealed:
    """The sealed chunks of ``source`` as ``(index, nonce || ciphertext)``; afterwards
    ``size`` and ``digest`` describe the plaintext."""

    def __init__(self, cipher: AESGCM, case_id: str, attachment_id: str, source: IO[bytes]):
        self.cipher = cipher
        self.case_id = case_id
        self.attachment_id = attachment_id
        self.source = source
        self.digest = hashlib.sha256()
        self.size = 0

    def __iter__(self) -> Iterator[tuple[int, bytes]]:
        index = 0
        current = self.source.read(CHUNK_BYTES)
        while True:
            following = self.source.read(CHUNK_BYTES) if len(current) == CHUNK_BYTES else b""
            last = not following
            self.digest.update(current)
            self.size += len(current)
            associated = chunk_associated_data(self.attachment_id, self.case_id, index, last)
            yield index, seal_chunk(self.cipher, current, associated)
            if last:
                return
            current = following
            index += 1


def read_attachment(vault: Vault, case_id: str, attachment_id: str) -> Iterator[bytes]:
    """Yield the decrypted chunks in order. Raises :class:`RecordTampered` if a chunk was
    altered, moved, dropped or the attachment was truncated — before yielding that chunk."""
    cipher = vault.case_cipher(case_id)
    rows = vault.conn.execute(
        "SELECT idx FROM chunks WHERE attachment_id = ? AND case_id = ? ORDER BY idx",
        (attachment_id, case_id),
    ).fetchall()
    indices = [int(row[0]) for row in rows]
    if not indices or indices != list(range(len(indices))):
        raise RecordTampered(attachment_id, "attachment", case_id)
    for index in indices:
        row = vault.conn.execute(
            "SELECT blob FROM chunks WHERE attachment_id = ? AND idx = ?", (attachment_id, index)
        ).fetchone()
        last = index == len(indices) - 1
        try:
            yield open_chunk(
                cipher, bytes(row[0]), chunk_associated_data(attachment_id, case_id, index, last)
            )
        except InvalidTag as exc:
            raise RecordTampered(attachment_id, "attachment", case_id) from exc


def delete_attachment(vault: Vault, attachment_id: str) -> None:
    with vault.transaction():
        _forget(vault, attachment_id)


def _forget(vault: Vault, attachment_id: str) -> None:
    """Delete an attachment's chunks and its entry in the vault's account."""
    owners = vault.conn.execute(
        "SELECT DISTINCT case_id FROM chunks WHERE attachment_id = ?", (attachment_id,)
    ).fetchall()
    vault.conn.execute("DELETE FROM chunks WHERE attachment_id = ?", (attachment_id,))
    for (case_id,) in owners:
        vault.account.attachment_deleted(attachment_id, case_id)


def attachment_ids(vault: Vault) -> list[tuple[str, str]]:
    """``(attachment id, case id)`` of every stored attachment."""
    rows = vault.conn.execute("SELECT DISTINCT attachment_id, case_id FROM chunks").fetchall()
    return [(str(a), str(c)) for a, c in rows]
