"""minisign signatures (https://jedisct1.github.io/minisign/), written on ``cryptography``.

We sign only in the prehashed ``ED`` form: Ed25519 over the BLAKE2b-512 of the message, so
any size streams through in constant memory, plus a global signature over (signature ||
trusted comment) that binds the trusted comment. Files are what ``minisign -V`` reads:

    untrusted comment: <text>
    base64("ED" || key id (8 bytes) || signature (64 bytes))
    trusted comment: <text>
    base64(global signature (64 bytes))

Legacy non-prehashed ``Ed`` signatures are refused: the bundle format (docs/bundle-format.md) names
``ED``, and refusing the other form means one code path to trust. Safe on any thread.
"""

from __future__ import annotations

import base64
import binascii
import enum
import hashlib
import os
from dataclasses import dataclass, field
from typing import BinaryIO, NamedTuple

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

__all__ = [
    "MinisignError",
    "MinisignFailure",
    "MinisignKeyPair",
    "MinisignPublicKey",
    "MinisignSecretKey",
    "export_secret_key_file",
    "generate_keypair",
    "parse_secret_key_file",
    "sign",
    "verify",
]

_SIG_ALG = b"Ed"  # key files, and legacy signatures
_SIG_ALG_PREHASHED = b"ED"
_KDF_NONE = b"\x00\x00"
_CHECKSUM_ALG = b"B2"
_KEY_ID_SIZE = 8
_UNTRUSTED_PREFIX = "untrusted comment: "
_TRUSTED_PREFIX = "trusted comment: "
# minisign reads comment lines into fixed buffers (1024 / 8192 bytes with the prefix).
_MAX_UNTRUSTED_COMMENT = 1000
_MAX_TRUSTED_COMMENT = 8000
_READ_BLOCK = 64 * 1024
DEFAULT_UNTRUSTED_COMMENT = "signature from casework secret key"


class MinisignFailure(enum.Enum):
    """Why a key or signature was refused; a stable code for the UI and CLI."""

    MALFORMED = "minisign.malformed"
    UNSUPPORTED_ALGORITHM = "minisign.unsupported_algorithm"
    WRONG_KEY = "minisign.wrong_key"
    BAD_SIGNATURE = "minisign.bad_signature"
    BAD_GLOBAL_SIGNATURE = "minisign.bad_global_signature"


class MinisignError(Exception):
    """A minisign key or signature was refused; ``failure`` says why."""

    def __init__(self, failure: MinisignFailure, message: str) -> None:
        super().__init__(message)
        self.failure = failure

    @property
    def code(self) -> str:
        """The stable code of ``failure``, e.g. ``minisign.bad_signature``."""
        return self.failure.value


def _malformed(message: str) -> MinisignError:
    return MinisignError(MinisignFailure.MALFORMED, message)


def _b64decode(text: str | bytes, size: int, what: str) -> bytes:
    try:
        data = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise _malformed(f"{what} is not valid base64") from None
    if len(data) != size:
        raise _malformed(f"{what} has {len(data)} bytes, expected {size}")
    return data


def _key_id_hex(key_id: bytes) -> str:
    # minisign prints the key id as a little-endian 64-bit number in uppercase hex.
    return key_id[::-1].hex().upper()


@dataclass(frozen=True)
class MinisignPublicKey:
    """An Ed25519 public key with its 8-byte key id, written ``RW…`` in base64.

    Constructing with a key id that is not 8 bytes or a key that is not 32 bytes raises
    ``MinisignError`` (``MALFORMED``).
    """

    key_id: bytes
    key: bytes

    def __post_init__(self) -> None:
        if len(self.key_id) != _KEY_ID_SIZE or len(self.key) != 32:
            raise _malformed("a minisign public key is an 8-byte id and a 32-byte key")

    @classmethod
    def from_base64(cls, text: str) -> MinisignPublicKey:
        """Parse the one-line form ``minisign -P`` takes; raises ``MinisignError``."""
        data = _b64decode(text.strip(), 2 + _KEY_ID_SIZE + 32, "public key")
        if data[:2] != _SIG_ALG:
            raise MinisignError(
                MinisignFailure.UNSUPPORTED_ALGORITHM, "public key is not an Ed25519 key"
            )
        return cls(data[2:10], data[10:])

    @classmethod
    def from_file(cls, text: str) -> MinisignPublicKey:
        """Parse a ``minisign.pub`` file (comment line, key line); raises ``MinisignError``."""
        lines = text.splitlines()
        if len(lines) < 2 or not lines[0].startswith(_UNTRUSTED_PREFIX):
            raise _malformed("public key file must be a comment line and a key line")
        return cls.from_base64(lines[1])

    def to_base64(self) -> str:
        """The one-line ``RW…`` form."""
        return base64.b64encode(_SIG_ALG + self.key_id + self.key).decode("ascii")

    def to_file(self) -> str:
        """The contents of a ``minisign.pub`` file."""
        return f"{_UNTRUSTED_PREFIX}minisign public key {self.key_id_hex}\n{self.to_base64()}\n"

    @property
    def key_id_hex(self) -> str:
        """The key id as minisign displays it (16 uppercase hex digits)."""
        return _key_id_hex(self.key_id)


@dataclass(frozen=True)
class MinisignSecretKey:
    """An Ed25519 signing key (32-byte seed) with its key id. ``repr`` hides the seed."""

    key_id: bytes
    seed: bytes = field(repr=False)

    def __post_init__(self) -> None:
        if len(self.key_id) != _KEY_ID_SIZE or len(self.seed) != 32:
            raise _malformed("a minisign secret key is an 8-byte id and a 32-byte seed")

    @property
    def public_key(self) -> MinisignPublicKey:
        """The matching public key."""
        public = Ed25519PrivateKey.from_private_bytes(self.seed).public_key()
        return MinisignPublicKey(self.key_id, public.public_bytes_raw())

    def to_bytes(self) -> bytes:
        """Raw form for storage inside our encrypted vault: ``b"Ed"`` + id + seed (42 bytes).

        Secret: store it only encrypted.
        """
        return _SIG_ALG + self.key_id + self.seed

    @classmethod
    def from_bytes(cls, data: bytes) -> MinisignSecretKey:
        """Inverse of ``to_bytes``; raises ``MinisignError`` (``MALFORMED``)."""
        if len(data) != 2 + _KEY_ID_SIZE + 32 or data[:2] != _SIG_ALG:
            raise _malformed("not a stored minisign secret key")
        return cls(data[2:10], data[10:])


class MinisignKeyPair(NamedTuple):
    """A fresh key pair; unpacks as ``secret, public``."""

    secret_key: MinisignSecretKey
    public_key: MinisignPublicKey


def generate_keypair() -> MinisignKeyPair:
    """A new random key pair (seed and key id from the operating system's CSPRNG)."""
    secret = MinisignSecretKey(os.urandom(_KEY_ID_SIZE), os.urandom(32))
    return MinisignKeyPair(secret, secret.public_key)


def _prehash(message: bytes | BinaryIO) -> bytes:
    digest = hashlib.blake2b(digest_size=64)
    if isinstance(message, bytes | bytearray | memoryview):
        digest.update(message)
    else:
        while block := message.read(_READ_BLOCK):
            digest.update(block)
    return digest.digest()


def _check_comment(comment: str, limit: int, what: str) -> None:
    if any(c in comment for c in "\r\n\x00"):
        raise ValueError(f"the {what} comment must be one line")
    if len(comment.encode("utf-8")) > limit:
        raise ValueError(f"the {what} comment is longer than {limit} bytes")


def sign(
    secret_key: MinisignSecretKey,
    message: bytes | BinaryIO,
    trusted_comment: str,
    untrusted_comment: str = DEFAULT_UNTRUSTED_COMMENT,
) -> bytes:
    """The contents of a ``.minisig`` file signing ``message`` (bytes, or a stream read
    to its end in 64 KiB blocks).

    Raises ``ValueError`` if a comment spans lines or exceeds minisign's line limits.
    """
    _check_comment(trusted_comment, _MAX_TRUSTED_COMMENT, "trusted")
    _check_comment(untrusted_comment, _MAX_UNTRUSTED_COMMENT, "untrusted")
    key = Ed25519PrivateKey.from_private_bytes(secret_key.seed)
    signature = key.sign(_prehash(message))
    global_signature = key.sign(signature + trusted_comment.encode("utf-8"))
    lines = [
        _UNTRUSTED_PREFIX + untrusted_comment,
        base64.b64encode(_SIG_ALG_PREHASHED + secret_key.key_id + signature).decode("ascii"),
        _TRUSTED_PREFIX + trusted_comment,
        base64.b64encode(global_signature).decode("ascii"),
    ]
    return ("\n".join(lines) + "\n").encode("utf-8")


@dataclass(frozen=True)
class _ParsedSignature:
    algorithm: bytes
    key_id: bytes
    signature: bytes
    trusted_comment: bytes
    global_signature: bytes


def _parse_signature(data: bytes) -> _ParsedSignature:
    lines = data.split(b"\n")
    # minisign itself strips CR and LF; accept files that went through a CRLF editor.
    lines = [line.rstrip(b"\r") for line in lines]
    while lines and lines[-1] == b"":
        lines.pop()
    if len(lines) != 4:
        raise _malformed(f"signature file has {len(lines)} lines, expected 4")
    if not lines[0].startswith(_UNTRUSTED_PREFIX.encode()):
        raise _malformed("signature file must start with 'untrusted comment: '")
    if not lines[2].startswith(_TRUSTED_PREFIX.encode()):
        raise _malformed("third line of the signature file must be 'trusted comment: …'")
    blob = _b64decode(lines[1], 2 + _KEY_ID_SIZE + 64, "signature")
    return _ParsedSignature(
        algorithm=blob[:2],
        key_id=blob[2:10],
        signature=blob[10:],
        trusted_comment=lines[2][len(_TRUSTED_PREFIX) :],
        global_signature=_b64decode(lines[3], 64, "global signature"),
    )


def verify(public_key: MinisignPublicKey, message: bytes | BinaryIO, signature: bytes) -> str:
    """Check a ``.minisig`` file against ``message``; returns the verified trusted comment.

    ``message`` is bytes or a stream read to its end. Raises ``MinisignError`` with
    ``MALFORMED`` (not a signature file, or a trusted comment that is not UTF-8),
    ``UNSUPPORTED_ALGORITHM`` (legacy ``Ed`` or unknown), ``WRONG_KEY`` (made by another
    key id), ``BAD_SIGNATURE`` (message altered) or ``BAD_GLOBAL_SIGNATURE`` (trusted comment
    altered). The trusted comment is returned only after both signatures verified.
    """
    parsed = _parse_signature(signature)
    if parsed.algorithm == _SIG_ALG:
        raise MinisignError(
            MinisignFailure.UNSUPPORTED_ALGORITHM,
            "legacy non-prehashed signature ('Ed'); only prehashed 'ED' signatures are accepted",
        )
    if parsed.algorithm != _SIG_ALG_PREHASHED:
        raise MinisignError(MinisignFailure.UNSUPPORTED_ALGORITHM, "unknown signature algorithm")
    if parsed.key_id != public_key.key_id:
        raise MinisignError(
            MinisignFailure.WRONG_KEY,
            f"signature was made by key {_key_id_hex(parsed.key_id)}, "
            f"not by the expected key {public_key.key_id_hex}",
        )
    key = Ed25519PublicKey.from_public_bytes(public_key.key)
    try:
        key.verify(parsed.signature, _prehash(message))
    except InvalidSignature:
        raise MinisignError(
            MinisignFailure.BAD_SIGNATURE, "signature does not match the file: it was altered"
        ) from None
    try:
        key.verify(parsed.global_signature, parsed.signature + parsed.trusted_comment)
    except InvalidSignature:
        raise MinisignError(
            MinisignFailure.BAD_GLOBAL_SIGNATURE,
            "trusted comment signature does not match: the trusted comment was altered",
        ) from None
    try:
        return parsed.trusted_comment.decode("utf-8")
    except UnicodeDecodeError:
        raise _malformed("trusted comment is not UTF-8") from None


# -- minisign's own secret key file (unencrypted form only) -------------------------------
#
# Layout: "Ed" | kdf alg (0000 = none) | "B2" | salt (32) | opslimit (8) | memlimit (8) |
# key id (8) | secret key (seed 32 + public 32) | checksum = BLAKE2b-256(alg | id | sk).


def _secret_key_checksum(key_id: bytes, secret: bytes) -> bytes:
    return hashlib.blake2b(_SIG_ALG + key_id + secret, digest_size=32).digest()


def export_secret_key_file(secret_key: MinisignSecretKey) -> bytes:
    """An *unencrypted* ``minisign.key`` file (as ``minisign -G -W`` writes) for this key.

    Secret: for handing a key to the real minisign tool, never for storage.
    """
    secret = secret_key.seed + secret_key.public_key.key
    blob = (
        _SIG_ALG
        + _KDF_NONE
        + _CHECKSUM_ALG
        + bytes(32 + 8 + 8)
        + secret_key.key_id
        + secret
        + _secret_key_checksum(secret_key.key_id, secret)
    )
    encoded = base64.b64encode(blob).decode("ascii")
    return f"{_UNTRUSTED_PREFIX}minisign secret key\n{encoded}\n".encode("ascii")


def parse_secret_key_file(data: bytes) -> MinisignSecretKey:
    """The key in an unencrypted ``minisign.key`` file.

    Raises ``MinisignError``: ``UNSUPPORTED_ALGORITHM`` for a password-encrypted file (we do
    not implement minisign's key encryption), ``MALFORMED`` for anything else that is wrong,
    including a secret key whose embedded public half does not match its seed.
    """
    lines = data.decode("ascii", "replace").splitlines()
    if len(lines) < 2 or not lines[0].startswith(_UNTRUSTED_PREFIX):
        raise _malformed("secret key file must be a comment line and a key line")
    blob = _b64decode(lines[1].strip(), 158, "secret key")
    if blob[:2] != _SIG_ALG or blob[4:6] != _CHECKSUM_ALG:
        raise MinisignError(MinisignFailure.UNSUPPORTED_ALGORITHM, "not an Ed25519 secret key")
    if blob[2:4] != _KDF_NONE:
        raise MinisignError(
            MinisignFailure.UNSUPPORTED_ALGORITHM,
            "secret key file is password-encrypted; only unencrypted (-W) keys are read",
        )
    key_id, secret, checksum = blob[54:62], blob[62:126], blob[126:]
    # minisign 0.11 leaves the checksum of unencrypted keys zeroed; check it when present.
    if checksum != bytes(32) and checksum != _secret_key_checksum(key_id, secret):
        raise _malformed("secret key checksum does not match")
    secret_key = MinisignSecretKey(key_id, secret[:32])
    if secret_key.public_key.key != secret[32:]:
        raise _malformed("secret key's public half does not match its seed")
    return secret_key
