"""The recovery slot: the vault key sealed to a public key whose private half only the
recovery code gives (see docs/vault-format.md).

An X25519 key pair is derived from the recovery code (160 random bits) and a salt; the
header keeps only the public half. Sealing to a public key lets the vault key be replaced
(after a passphrase change) without knowing the recovery code, while nothing in the file —
nor in any older copy of it — lets anyone open the slot without the code.

Older vaults (schema 1) wrapped the vault key with a symmetric key derived from the code;
those slots can be opened but not re-sealed, so the first passphrase change of such a vault
issues a new recovery code. Pure functions; no I/O.
"""

from __future__ import annotations

import os

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from storage import keys

PUBLIC_BYTES = 32


def _raw(key: X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def private_key(code: str, salt: bytes) -> X25519PrivateKey:
    """The X25519 private key of a recovery code (``ValueError`` if it cannot be a code)."""
    seed = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=salt, info=b"casework recovery x25519"
    ).derive(keys.recovery_code_bytes(code))
    return X25519PrivateKey.from_private_bytes(seed)


def public_key(code: str, salt: bytes) -> bytes:
    return _raw(private_key(code, salt).public_key())


def associated_data(vault_id: str, salt: bytes, public: bytes) -> bytes:
    return f"{keys.FORMAT}|{vault_id}|recovery-x25519|{salt.hex()}|{public.hex()}".encode()


def _slot_key(shared: bytes, ephemeral: bytes, public: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(),
        length=keys.KEY_BYTES,
        salt=ephemeral + public,
        info=b"casework recovery slot",
    ).derive(shared)


def seal(public: bytes, vault_key: bytes, associated: bytes) -> bytes:
    """``ephemeral public key (32) || nonce || AES-GCM(vault key)``."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = _raw(ephemeral.public_key())
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public))
    return ephemeral_public + keys.wrap(
        _slot_key(shared, ephemeral_public, public), vault_key, associated
    )


def open_slot(code: str, salt: bytes, public: bytes, blob: bytes, associated: bytes) -> bytes:
    """The vault key. Raises ``InvalidTag`` for a wrong code, ``ValueError`` for a malformed
    one."""
    key = private_key(code, salt)
    if _raw(key.public_key()) != public:
        from cryptography.exceptions import InvalidTag

        raise InvalidTag()
    ephemeral_public = blob[:PUBLIC_BYTES]
    shared = key.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
    return keys.unwrap(_slot_key(shared, ephemeral_public, public), blob[PUBLIC_BYTES:], associated)


def new_slot(vault_id: str, vault_key: bytes) -> tuple[str, dict[str, bytes]]:
    """A new recovery code and the header rows of its slot."""
    code = keys.new_recovery_code()
    salt = os.urandom(16)
    public = public_key(code, salt)
    return code, reseal_rows(vault_id, vault_key, salt, public)


def reseal_rows(vault_id: str, vault_key: bytes, salt: bytes, public: bytes) -> dict[str, bytes]:
    """The header rows sealing ``vault_key`` to an existing recovery public key."""
    return {
        "recovery_salt": salt,
        "recovery_public": public,
        "wrapped_vk_recovery": seal(public, vault_key, associated_data(vault_id, salt, public)),
    }
