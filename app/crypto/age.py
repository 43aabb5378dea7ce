"""age v1 file encryption (https://age-encryption.org/v1), written on ``cryptography``.

Supported: X25519 recipients and identities, scrypt passphrases, binary files of any size
streamed in 64 KiB chunks. Not supported: ASCII armor, post-quantum (ML-KEM hybrid)
recipients, plugins and SSH keys. See ``docs/crypto.md`` for why this is our own code.

Typical use::

    identity = X25519Identity.generate()
    with open("out.age", "wb") as f, AgeWriter(f, [identity.recipient]) as w:
        w.write(b"...")
    with open("out.age", "rb") as f:
        plaintext = AgeReader(f, [identity]).read()

All functions are safe on any thread; reader and writer objects belong to one thread.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import BinaryIO

from app.crypto.age_errors import (
    AgeDecryptError,
    AgeError,
    AgeHeaderError,
    AgeHeaderMacError,
    AgeKeyError,
    AgeNoIdentityMatch,
)
from app.crypto.age_format import Stanza
from app.crypto.age_keys import (
    Identity,
    Recipient,
    ScryptIdentity,
    ScryptRecipient,
    X25519Identity,
    X25519Recipient,
    format_identity_file,
    parse_identity_file,
)
from app.crypto.age_stream import CHUNK_SIZE, AgeReader, AgeWriter

__all__ = [
    "CHUNK_SIZE",
    "AgeDecryptError",
    "AgeError",
    "AgeHeaderError",
    "AgeHeaderMacError",
    "AgeKeyError",
    "AgeNoIdentityMatch",
    "AgeReader",
    "AgeWriter",
    "Identity",
    "Recipient",
    "ScryptIdentity",
    "ScryptRecipient",
    "Stanza",
    "X25519Identity",
    "X25519Recipient",
    "decrypt_bytes",
    "decrypt_stream",
    "encrypt_bytes",
    "encrypt_stream",
    "format_identity_file",
    "parse_identity_file",
]


def encrypt_stream(recipients: Sequence[Recipient], src: BinaryIO, dst: BinaryIO) -> int:
    """Encrypt all of ``src`` into ``dst`` to ``recipients``; returns the plaintext size.

    Reads ``src`` 64 KiB at a time. If ``src`` or ``dst`` raises, the error propagates and
    ``dst`` holds an incomplete file that will not decrypt. Raises like ``AgeWriter``.
    """
    with AgeWriter(dst, recipients) as writer:
        while block := src.read(CHUNK_SIZE):
            writer.write(block)
        return writer.plaintext_size


def decrypt_stream(identities: Sequence[Identity], src: BinaryIO, dst: BinaryIO) -> int:
    """Decrypt the age file ``src`` into ``dst``; returns the plaintext size.

    Raises the ``AgeError`` subclasses described on ``AgeReader``. A payload error can come
    after some authenticated chunks were written: on any error, discard what is in ``dst``.
    """
    reader = AgeReader(src, identities)
    size = 0
    while block := reader.read(CHUNK_SIZE):
        dst.write(block)
        size += len(block)
    return size


def encrypt_bytes(recipients: Sequence[Recipient], plaintext: bytes) -> bytes:
    """The age file encrypting ``plaintext`` to ``recipients`` (see ``encrypt_stream``)."""
    out = io.BytesIO()
    encrypt_stream(recipients, io.BytesIO(plaintext), out)
    return out.getvalue()


def decrypt_bytes(identities: Sequence[Identity], ciphertext: bytes) -> bytes:
    """The plaintext of the age file ``ciphertext``; raises as ``AgeReader`` does."""
    out = io.BytesIO()
    decrypt_stream(identities, io.BytesIO(ciphertext), out)
    return out.getvalue()
