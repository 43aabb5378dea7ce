"""age recipients and identities: X25519 (``age1…`` / ``AGE-SECRET-KEY-1…``) and scrypt.

A recipient wraps the 16-byte file key into header stanzas; an identity unwraps it from
them. ``unwrap`` returns ``None`` when no stanza is addressed to the identity and raises
``AgeHeaderError`` when a stanza of its own type is malformed (the age specification makes
such a file invalid rather than merely not ours). Safe on any thread.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from app.crypto import bech32
from app.crypto.age_errors import AgeHeaderError, AgeKeyError
from app.crypto.age_format import (
    FILE_KEY_SIZE,
    Stanza,
    b64decode_canonical,
    b64encode_nopad,
    hkdf_sha256,
)

__all__ = [
    "Identity",
    "Recipient",
    "ScryptIdentity",
    "ScryptRecipient",
    "X25519Identity",
    "X25519Recipient",
    "format_identity_file",
    "parse_identity_file",
]

_X25519_LABEL = b"age-encryption.org/v1/X25519"
_SCRYPT_LABEL = b"age-encryption.org/v1/scrypt"
_RECIPIENT_HRP = "age"
_IDENTITY_HRP = "AGE-SECRET-KEY-"
_WRAPPED_KEY_SIZE = FILE_KEY_SIZE + 16
_ZERO_NONCE = bytes(12)
_DECIMAL = re.compile(r"[1-9][0-9]{0,2}")


class Recipient(Protocol):
    """Something a file can be encrypted to."""

    def wrap(self, file_key: bytes) -> list[Stanza]:
        """Stanzas that carry ``file_key`` for this recipient."""
        ...


class Identity(Protocol):
    """Something that can open a file."""

    def unwrap(self, stanzas: Sequence[Stanza]) -> bytes | None:
        """The file key from the first stanza addressed to us, or ``None``."""
        ...


def _seal_file_key(wrap_key: bytes, file_key: bytes) -> bytes:
    return ChaCha20Poly1305(wrap_key).encrypt(_ZERO_NONCE, file_key, None)


def _open_file_key(wrap_key: bytes, body: bytes) -> bytes | None:
    try:
        return ChaCha20Poly1305(wrap_key).decrypt(_ZERO_NONCE, body, None)
    except InvalidTag:
        return None


def _decode_key(text: str, hrp: str, what: str, form: str) -> bytes:
    """The 32 key bytes of the Bech32 string ``text``, which must have the human-readable part
    ``hrp``; else ``AgeKeyError`` naming ``what`` (recipient or identity) and its ``form``."""
    try:
        found, data = bech32.decode(text.strip())
    except bech32.Bech32Error as exc:
        raise AgeKeyError(f"malformed age {what}: {exc}") from None
    if found != hrp or len(data) != 32:
        raise AgeKeyError(f"not an age X25519 {what} (expected {form!r})")
    return data


def _check_wrapped_key_size(stanza: Stanza) -> None:
    # Checked before decrypting so an oversized "file key" is never accepted (CCTV rule).
    if len(stanza.body) != _WRAPPED_KEY_SIZE:
        raise AgeHeaderError(f"{stanza.type} stanza body is not a wrapped 16-byte file key")


@dataclass(frozen=True)
class X25519Recipient:
    """An X25519 public key, written ``age1…`` (lowercase Bech32).

    Constructing from anything but 32 bytes raises ``AgeKeyError``.
    """

    public_bytes: bytes

    def __post_init__(self) -> None:
        if len(self.public_bytes) != 32:
            raise AgeKeyError("an X25519 recipient is 32 bytes")

    @classmethod
    def parse(cls, text: str) -> X25519Recipient:
        """Parse ``age1…``; raises ``AgeKeyError`` if malformed (age rejects uppercase)."""
        return cls(_decode_key(text, _RECIPIENT_HRP, "recipient", "age1…"))

    def encode(self) -> str:
        """The ``age1…`` form."""
        return bech32.encode(_RECIPIENT_HRP, self.public_bytes)

    def __str__(self) -> str:
        return self.encode()

    def wrap(self, file_key: bytes) -> list[Stanza]:
        """One ``X25519`` stanza sealing ``file_key`` to this key via an ephemeral share.

        Raises ``AgeKeyError`` if the key is a low-order point (no shared secret).
        """
        ephemeral = X25519PrivateKey.generate()
        share = ephemeral.public_key().public_bytes_raw()
        try:
            shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(self.public_bytes))
        except ValueError:
            raise AgeKeyError("recipient is a low-order X25519 point") from None
        wrap_key = hkdf_sha256(shared, share + self.public_bytes, _X25519_LABEL)
        body = _seal_file_key(wrap_key, file_key)
        return [Stanza("X25519", (b64encode_nopad(share).decode("ascii"),), body)]


class X25519Identity:
    """An X25519 private key, written ``AGE-SECRET-KEY-1…`` (uppercase Bech32).

    ``repr`` shows only the recipient, so logging an identity never leaks it.
    """

    __slots__ = ("_key", "_recipient")

    def __init__(self, private_bytes: bytes) -> None:
        """Raises ``AgeKeyError`` unless ``private_bytes`` is 32 bytes."""
        if len(private_bytes) != 32:
            raise AgeKeyError("an X25519 identity is 32 bytes")
        self._key = X25519PrivateKey.from_private_bytes(private_bytes)
        self._recipient = X25519Recipient(self._key.public_key().public_bytes_raw())

    @classmethod
    def generate(cls) -> X25519Identity:
        """A new random identity from the operating system's CSPRNG."""
        return cls(os.urandom(32))

    @classmethod
    def parse(cls, text: str) -> X25519Identity:
        """Parse ``AGE-SECRET-KEY-1…``; raises ``AgeKeyError`` if malformed or lowercase."""
        return cls(_decode_key(text, _IDENTITY_HRP, "identity", "AGE-SECRET-KEY-1…"))

    def encode(self) -> str:
        """The ``AGE-SECRET-KEY-1…`` form. Secret: never log it."""
        return bech32.encode(_IDENTITY_HRP, self.private_bytes()).upper()

    def private_bytes(self) -> bytes:
        """The raw 32-byte scalar. Secret: never log it."""
        return self._key.private_bytes_raw()

    @property
    def recipient(self) -> X25519Recipient:
        """The matching public recipient."""
        return self._recipient

    def __repr__(self) -> str:
        return f"X25519Identity(recipient={self._recipient.encode()!r})"

    def unwrap(self, stanzas: Sequence[Stanza]) -> bytes | None:
        """The file key from the first ``X25519`` stanza sealed to us, else ``None``.

        Raises ``AgeHeaderError`` for a malformed ``X25519`` stanza: wrong argument count,
        a share that is not canonical base64 of 32 bytes, a body that is not a wrapped
        16-byte key, or a low-order share (all-zero shared secret).
        """
        for stanza in stanzas:
            if stanza.type != "X25519":
                continue
            if len(stanza.args) != 1:
                raise AgeHeaderError("X25519 stanza must have exactly one argument")
            share = b64decode_canonical(stanza.args[0].encode("ascii"))
            if len(share) != 32:
                raise AgeHeaderError("X25519 share is not 32 bytes")
            _check_wrapped_key_size(stanza)
            try:
                shared = self._key.exchange(X25519PublicKey.from_public_bytes(share))
            except ValueError:
                raise AgeHeaderError("X25519 share is a low-order point") from None
            if shared == bytes(32):  # cryptography already refuses this; keep the rule local
                raise AgeHeaderError("X25519 share is a low-order point")
            wrap_key = hkdf_sha256(shared, share + self._recipient.public_bytes, _X25519_LABEL)
            file_key = _open_file_key(wrap_key, stanza.body)
            if file_key is not None:
                return file_key
        return None


def _scrypt_key(passphrase: bytes, salt: bytes, work_factor: int) -> bytes:
    kdf = Scrypt(salt=_SCRYPT_LABEL + salt, length=32, n=1 << work_factor, r=8, p=1)
    return kdf.derive(passphrase)


def _passphrase_bytes(passphrase: str | bytes) -> bytes:
    data = passphrase.encode("utf-8") if isinstance(passphrase, str) else passphrase
    if not data:
        raise ValueError("the passphrase is empty")
    return data


class ScryptRecipient:
    """Passphrase encryption. Memory use is 2**work_factor KiB (18 → 256 MiB, ~1 s).

    age requires an scrypt stanza to be the only one in a file; ``AgeWriter`` enforces it.
    """

    def __init__(self, passphrase: str | bytes, work_factor: int = 18) -> None:
        """Raises ``ValueError`` on an empty passphrase or a work factor outside 1..30."""
        if not 1 <= work_factor <= 30:
            raise ValueError("scrypt work factor must be within 1..30")
        self._passphrase = _passphrase_bytes(passphrase)
        self._work_factor = work_factor

    def __repr__(self) -> str:
        return f"ScryptRecipient(work_factor={self._work_factor})"

    def wrap(self, file_key: bytes) -> list[Stanza]:
        """One ``scrypt`` stanza with a fresh 16-byte salt."""
        salt = os.urandom(16)
        body = _seal_file_key(_scrypt_key(self._passphrase, salt, self._work_factor), file_key)
        args = (b64encode_nopad(salt).decode("ascii"), str(self._work_factor))
        return [Stanza("scrypt", args, body)]


class ScryptIdentity:
    """Passphrase decryption, refusing work factors above ``max_work_factor``.

    The default limit of 22 is age's own: higher factors cost minutes and gigabytes, which
    a hostile file could use to stall the app.
    """

    def __init__(self, passphrase: str | bytes, max_work_factor: int = 22) -> None:
        """Raises ``ValueError`` on an empty passphrase."""
        self._passphrase = _passphrase_bytes(passphrase)
        self._max_work_factor = max_work_factor

    def __repr__(self) -> str:
        return f"ScryptIdentity(max_work_factor={self._max_work_factor})"

    def unwrap(self, stanzas: Sequence[Stanza]) -> bytes | None:
        """The file key if the passphrase opens the ``scrypt`` stanza, else ``None``.

        Raises ``AgeHeaderError`` for a malformed ``scrypt`` stanza (argument count, salt not
        canonical base64 of 16 bytes, work factor not a plain decimal in 1..limit, body not a
        wrapped 16-byte key).
        """
        for stanza in stanzas:
            if stanza.type != "scrypt":
                continue
            if len(stanza.args) != 2:
                raise AgeHeaderError("scrypt stanza must have exactly two arguments")
            salt = b64decode_canonical(stanza.args[0].encode("ascii"))
            if len(salt) != 16:
                raise AgeHeaderError("scrypt salt is not 16 bytes")
            if _DECIMAL.fullmatch(stanza.args[1]) is None:
                raise AgeHeaderError(f"scrypt work factor {stanza.args[1][:20]!r} is invalid")
            work_factor = int(stanza.args[1])
            if work_factor > self._max_work_factor:
                raise AgeHeaderError(
                    f"scrypt work factor {work_factor} exceeds the limit {self._max_work_factor}"
                )
            _check_wrapped_key_size(stanza)
            wrap_key = _scrypt_key(self._passphrase, salt, work_factor)
            file_key = _open_file_key(wrap_key, stanza.body)
            if file_key is not None:
                return file_key
        return None


def parse_identity_file(text: str) -> list[X25519Identity]:
    """Identities from an ``age-keygen`` style file: one key per line, ``#`` comments.

    Raises ``AgeKeyError`` naming the first bad line (never echoing its secret content),
    or if the file holds no identity.
    """
    identities: list[X25519Identity] = []
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        try:
            identities.append(X25519Identity.parse(stripped))
        except AgeKeyError:
            raise AgeKeyError(f"identity file line {number} is not an age identity") from None
    if not identities:
        raise AgeKeyError("identity file holds no identity")
    return identities


def format_identity_file(identity: X25519Identity) -> str:
    """An identity file as ``age-keygen`` writes it (without the creation date)."""
    return f"# public key: {identity.recipient.encode()}\n{identity.encode()}\n"
