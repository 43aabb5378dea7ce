"""Sealing records and attachment chunks: padding, AES-256-GCM and the associated data that
binds each ciphertext to its place (docs/vault-format.md). Pure; any thread."""

from __future__ import annotations

import json
import os
import zlib
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from storage import record_dictionary
from storage.keys import FORMAT, NONCE_BYTES

PAD_BLOCK = 256
CHUNK_BYTES = 1024 * 1024


def pad(plain: bytes, block: int = PAD_BLOCK) -> bytes:
    """ISO/IEC 7816-4 padding (0x80 then zeros) to a multiple of ``block``, hiding exact sizes."""
    padded_len = (len(plain) // block + 1) * block
    return plain + b"\x80" + b"\x00" * (padded_len - len(plain) - 1)


def unpad(padded: bytes) -> bytes:
    end = padded.rstrip(b"\x00")
    if not end.endswith(b"\x80"):
        raise ValueError("bad padding")
    return end[:-1]


def record_associated_data(record_id: str, case_id: str | None, kind: str, revision: int) -> bytes:
    """``format|record id|case id|kind|revision``: a row moved, relabelled or given another
    revision no longer authenticates."""
    return f"{FORMAT}|{record_id}|{case_id or ''}|{kind}|{revision}".encode()


def nonce_seal(blob: bytes) -> int:
    """The first 40 bits of a sealed record's nonce as a number, kept in the ``seal`` column
    so unlock can total them per kind in SQL (storage/account.py). Checked against the
    ciphertext whenever the record is read."""
    return int.from_bytes(blob[:5], "big")


def chunk_associated_data(attachment_id: str, case_id: str, index: int, last: bool) -> bytes:
    """Binds a chunk to its attachment, position and whether it is the last (no truncation)."""
    return f"{FORMAT}|chunk|{attachment_id}|{case_id}|{index}|{int(last)}".encode()


def case_key_associated_data(case_id: str) -> bytes:
    return f"{FORMAT}|case-key|{case_id}".encode()


def seal_payload(cipher: AESGCM, payload: Any, associated: bytes) -> bytes:
    """JSON-encode, compress (zlib, from the preset dictionary of
    :mod:`storage.record_dictionary`), pad and encrypt: nonce || ciphertext+tag.

    Compressing before encrypting can leak through sizes when an attacker mixes chosen text
    with secrets and watches the size change many times; at rest, padded to 256 bytes, that
    is not a practical channel, and it halves the file (docs/vault-format.md)."""
    plain = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()
    nonce = os.urandom(NONCE_BYTES)
    return nonce + cipher.encrypt(nonce, pad(record_dictionary.compress(plain)), associated)


def open_payload(cipher: AESGCM, blob: bytes, associated: bytes) -> Any:
    """Inverse of :func:`seal_payload` (records compressed without the dictionary, written
    by schema 2 and before, open too). Raises ``InvalidTag`` (or ``ValueError``) when
    altered."""
    plain = cipher.decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:], associated)
    try:
        return json.loads(record_dictionary.decompress(unpad(plain)))
    except zlib.error as exc:
        raise ValueError("record does not decompress") from exc


def seal_chunk(cipher: AESGCM, data: bytes, associated: bytes) -> bytes:
    nonce = os.urandom(NONCE_BYTES)
    return nonce + cipher.encrypt(nonce, data, associated)


def open_chunk(cipher: AESGCM, blob: bytes, associated: bytes) -> bytes:
    return cipher.decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:], associated)
