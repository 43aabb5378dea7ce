"""Attachments as encrypted 1 MiB chunks in the vault, streamed in and out: a file of
hundreds of MB is never held whole in memory. Any thread that owns the vault."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from typing import IO

from cryptography.exceptions import InvalidTag

from storage.errors import RecordTampered
from storage.keys import NONCE_BYTES
from storage.prefetch import Prefetched
from storage.sealing import CHUNK_BYTES, chunk_associated_data, open_chunk, seal_chunk
from storage.vault import Vault
from storage.wal_folding import log_of
from storage.writeback import EarlyWriteback

Opener = Callable[[], AbstractContextManager[IO[bytes]]]


@dataclass(frozen=True)
class Stored:
    """What was stored of one document: its plaintext size and SHA-256 (hex)."""

    size: int
    sha256: str


def store_attachment(
    vault: Vault, case_id: str, attachment_id: str, source: IO[bytes]
) -> tuple[int, str]:
    """Encrypt ``source`` chunk by chunk into the vault (inside the caller's transaction, or
    one of its own). Returns ``(size in bytes, SHA-256 hex)`` of the plaintext."""
    stored = store_attachments(vault, [(case_id, attachment_id, lambda: nullcontext(source))])
    return stored[0].size, stored[0].sha256


def store_attachments(vault: Vault, documents: Sequence[tuple[str, str, Opener]]) -> list[Stored]:
    """Encrypt several documents, each ``(case id, attachment id, opener of its bytes)``,
    into the vault in one pass (inside the caller's transaction, or one of its own);
    returns what was stored of each, in order.

    A second thread opens, reads and hashes the sources one chunk ahead, on from one
    document into the next, while this one seals each chunk and writes it into SQLite
    (reading, hashing and SQLite release the interpreter lock); the two halves cost
    about the same. Only the second thread touches the sources."""
    ciphers = {case_id: vault.case_cipher(case_id) for case_id, _, _ in documents}
    stored: list[Stored] = []
    nonces: list[bytes] = []
    with vault.transaction(), EarlyWriteback.of_path(log_of(vault.path)):
        vault.note_bulk_write()
        for _, attachment_id, _ in documents:
            _forget(vault, attachment_id)
        for item in Prefetched(_read_documents(documents), depth=2, digest=False):
            if isinstance(item, _Chunk):
                associated = chunk_associated_data(
                    item.attachment_id, item.case_id, item.index, item.last
                )
                blob = seal_chunk(ciphers[item.case_id], item.plaintext, associated)
                vault.conn.execute(
                    "INSERT INTO chunks (attachment_id, idx, case_id, blob) VALUES (?, ?, ?, ?)",
                    (item.attachment_id, item.index, item.case_id, blob),
                )
                nonces.append(blob[:NONCE_BYTES])
            else:
                vault.account.attachment_written(item.attachment_id, item.case_id, nonces)
                stored.append(Stored(item.size, item.sha256))
                nonces = []
    return stored


@dataclass(frozen=True)
class _Chunk:
    case_id: str
    attachment_id: str
    index: int
    last: bool
    plaintext: bytes


@dataclass(frozen=True)
class _Done:
    case_id: str
    attachment_id: str
    size: int
    sha256: str


def _read_documents(documents: Sequence[tuple[str, str, Opener]]) -> Iterator[_Chunk | _Done]:
    """Each document's chunks in order (the last one flagged: it may be short or empty),
    then what it was: its size and SHA-256."""
    for case_id, attachment_id, open_source in documents:
        digest = hashlib.sha256()
        size = index = 0
        with open_source() as source:
            current = source.read(CHUNK_BYTES)
            while True:
                following = source.read(CHUNK_BYTES) if len(current) == CHUNK_BYTES else b""
                digest.update(current)
                size += len(current)
                yield _Chunk(case_id, attachment_id, index, not following, current)
                if not following:
                    break
                current = following
                index += 1
        yield _Done(case_id, attachment_id, size, digest.hexdigest())


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
