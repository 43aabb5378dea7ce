"""Key derivation and wrapping (docs/vault-format.md): passphrase -> Argon2id -> KEK -> vault key
(VK).

Pure functions over bytes; no I/O. Keys live in Python ``bytes`` and cannot be wiped from
memory reliably; locking drops every reference (see docs/threat-model.md).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import time
import unicodedata
from dataclasses import asdict, dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

FORMAT = "casework-vault-v1"
KEY_BYTES = 32
NONCE_BYTES = 12
RECOVERY_BYTES = 20  # 160 bits, shown as 32 base32 characters

DEFAULT_MEMORY_MIB = 256
DEFAULT_ITERATIONS = 3
DEFAULT_LANES = 4
CALIBRATION_TARGET_S = 0.75
MAX_MEMORY_MIB = 4096

# What a vault header may ask of Argon2id: what Casework writes (8 MiB for tests to 4 GiB,
# at most 12 calibrated passes, 4 lanes) with room to spare, and nothing that could hang or
# exhaust a laptop. Checked before deriving anything.
KDF_BOUNDS = {
    "memory_kib": (8 * 1024, MAX_MEMORY_MIB * 1024),
    "iterations": (1, 64),
    "lanes": (1, 64),
}


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters stored in the vault header (memory in KiB)."""

    memory_kib: int
    iterations: int
    lanes: int
    salt_hex: str

    def canonical(self) -> bytes:
        return json.dumps(asdict(self), sort_keys=True, separators=(",", ":")).encode()

    @classmethod
    def from_json(cls, data: bytes) -> KdfParams:
        """Parse the header's parameters. Raises ``ValueError`` when they are malformed or
        outside the bounds Casework ever writes (checked before any derivation, so a
        hostile header cannot make unlock crash, hang or exhaust memory)."""
        try:
            raw = json.loads(data)
            params = cls(
                memory_kib=int(raw["memory_kib"]),
                iterations=int(raw["iterations"]),
                lanes=int(raw["lanes"]),
                salt_hex=str(raw["salt_hex"]),
            )
        except (TypeError, KeyError, ValueError, RecursionError) as exc:
            raise ValueError(f"the Argon2id parameters are malformed ({exc})") from exc
        params.check_bounds()
        return params

    def check_bounds(self) -> None:
        """Raise ``ValueError`` naming the first parameter outside :data:`KDF_BOUNDS`."""
        values = {
            "memory_kib": self.memory_kib,
            "iterations": self.iterations,
            "lanes": self.lanes,
        }
        for name, value in values.items():
            low, high = KDF_BOUNDS[name]
            if not low <= value <= high:
                raise ValueError(
                    f"the Argon2id parameter {name} = {value} is outside {low}..{high}: "
                    "the header was altered or written by something else"
                )
        if self.memory_kib < 8 * self.lanes:
            raise ValueError("the Argon2id memory is smaller than 8 KiB per lane")
        try:
            salt = bytes.fromhex(self.salt_hex)
        except ValueError as exc:
            raise ValueError("the Argon2id salt is not hexadecimal") from exc
        if not 16 <= len(salt) <= 64:
            raise ValueError(f"the Argon2id salt has {len(salt)} bytes, not 16..64")


def normalise_passphrase(passphrase: str) -> bytes:
    """NFC-normalised UTF-8, so the same passphrase typed on another keyboard still unlocks."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_kek(passphrase: str, params: KdfParams) -> bytes:
    """Argon2id; takes about 0.5–1 s at the default parameters. Any thread. Refuses
    parameters outside :data:`KDF_BOUNDS` (``ValueError``) before deriving."""
    params.check_bounds()
    kdf = Argon2id(
        salt=bytes.fromhex(params.salt_hex),
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(normalise_passphrase(passphrase))


def new_kdf_params(memory_mib: int | None = None) -> KdfParams:
    """Fresh parameters. With the default memory, passes are calibrated so that derivation
    takes about 0.75 s on this machine (never fewer than the default); an explicit
    ``memory_mib`` (for tests) is used as given."""
    salt = os.urandom(16).hex()
    if memory_mib is not None:
        if not 8 <= memory_mib <= MAX_MEMORY_MIB:
            raise ValueError(f"--kdf-memory must be between 8 and {MAX_MEMORY_MIB} MiB")
        return KdfParams(memory_mib * 1024, DEFAULT_ITERATIONS, DEFAULT_LANES, salt)
    params = KdfParams(DEFAULT_MEMORY_MIB * 1024, DEFAULT_ITERATIONS, DEFAULT_LANES, salt)
    started = time.perf_counter()
    derive_kek("calibration", params)
    per_pass = (time.perf_counter() - started) / DEFAULT_ITERATIONS
    iterations = max(DEFAULT_ITERATIONS, round(CALIBRATION_TARGET_S / max(per_pass, 1e-6)))
    return KdfParams(params.memory_kib, min(iterations, 12), params.lanes, salt)


def wrap(key: bytes, secret: bytes, associated: bytes) -> bytes:
    """AES-256-GCM: nonce || ciphertext+tag."""
    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, secret, associated)


def unwrap(key: bytes, blob: bytes, associated: bytes) -> bytes:
    """Inverse of :func:`wrap`. Raises ``cryptography.exceptions.InvalidTag`` on any mismatch."""
    return AESGCM(key).decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:], associated)


def header_associated_data(vault_id: str, params: KdfParams, slot: str) -> bytes:
    """Binds the wrapped VK to the format, this vault and its KDF parameters."""
    return b"|".join([FORMAT.encode(), vault_id.encode(), slot.encode(), params.canonical()])


def recovery_associated_data(vault_id: str, salt: bytes) -> bytes:
    """Binds the recovery slot to the format, this vault and its own salt."""
    return f"{FORMAT}|{vault_id}|recovery|{salt.hex()}".encode()


def subkey(vault_key: bytes, purpose: str) -> bytes:
    """A key derived from VK for one purpose (vault-wide records, record-name hashing)."""
    return HKDF(
        algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=purpose.encode()
    ).derive(vault_key)


def named_id(name_key: bytes, name: str) -> str:
    """A stable record id for a named record that reveals nothing of the name."""
    return hmac.new(name_key, name.encode(), hashlib.sha256).hexdigest()[:32]


# ---------------------------------------------------------------- recovery code


def new_recovery_code() -> str:
    """160 random bits as eight groups of four base32 characters, for printing."""
    text = base64.b32encode(os.urandom(RECOVERY_BYTES)).decode()
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def recovery_code_bytes(code: str) -> bytes:
    """The 160 bits of a recovery code as typed (any case, spaces or dashes, and the digits
    0, 1, 8 read as O, I, B). Raises ``ValueError`` when it cannot be a code."""
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
    cleaned = cleaned.replace("0", "O").replace("1", "I").replace("8", "B")
    try:
        raw = base64.b32decode(cleaned)
    except ValueError as exc:
        raise ValueError("the recovery code has characters that cannot be in one") from exc
    if len(raw) != RECOVERY_BYTES:
        raise ValueError("the recovery code is too short or too long (8 groups of 4)")
    return raw


def recovery_key(code: str, salt: bytes) -> bytes:
    """The key of a schema-1 recovery slot, which wrapped VK symmetrically (see
    storage/recovery.py for today's slot). HKDF suffices: the code has 160 random bits,
    so there is nothing for a slow KDF to protect."""
    return HKDF(
        algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=b"casework recovery"
    ).derive(recovery_code_bytes(code))


__all__ = ["InvalidTag"]
