"""The C2SP/CCTV age test vectors, one test per vector file.

Each vector is a block of ``key: value`` lines, a blank line, then the age file (zlib
compressed when ``compressed: zlib``). Armored (``armor*``) and post-quantum (``hybrid*``)
vectors are out of scope for our codec and are not collected.
"""

from __future__ import annotations

import hashlib
import zlib
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.crypto.age import (
    AgeDecryptError,
    AgeError,
    AgeHeaderError,
    AgeHeaderMacError,
    AgeNoIdentityMatch,
    Identity,
    ScryptIdentity,
    X25519Identity,
    decrypt_bytes,
)

VECTOR_DIR = Path(__file__).resolve().parents[2].parent / "shared/testdata/age-cctv"
UNSUPPORTED_PREFIXES = ("armor", "hybrid")

EXPECTED_ERROR: dict[str, type[AgeError]] = {
    "header failure": AgeHeaderError,
    "HMAC failure": AgeHeaderMacError,
    "no match": AgeNoIdentityMatch,
    "payload failure": AgeDecryptError,
}


@dataclass(frozen=True)
class Vector:
    name: str
    expect: str
    payload_sha256: str | None
    identities: tuple[str, ...]
    passphrases: tuple[str, ...]
    age_file: bytes


def _parse_vector(path: Path) -> Vector:
    raw = path.read_bytes()
    head, separator, body = raw.partition(b"\n\n")
    assert separator, f"{path.name}: no blank line after the vector header"
    fields: dict[str, list[str]] = {}
    for line in head.decode("utf-8").split("\n"):
        key, _, value = line.partition(": ")
        fields.setdefault(key, []).append(value)
    if fields.get("compressed") == ["zlib"]:
        body = zlib.decompress(body)
    payload = fields.get("payload")
    return Vector(
        name=path.name,
        expect=fields["expect"][0],
        payload_sha256=payload[0] if payload else None,
        identities=tuple(fields.get("identity", [])),
        passphrases=tuple(fields.get("passphrase", [])),
        age_file=body,
    )


def _vector_paths() -> list[Path]:
    if not VECTOR_DIR.is_dir():
        return []
    return sorted(
        p
        for p in VECTOR_DIR.iterdir()
        if p.is_file() and not p.name.startswith(UNSUPPORTED_PREFIXES)
    )


VECTOR_PATHS = _vector_paths()
needs_vectors = pytest.mark.skipif(
    not VECTOR_PATHS, reason=f"age CCTV vectors not found at {VECTOR_DIR}"
)


def _identities(vector: Vector) -> list[Identity]:
    identities: list[Identity] = [X25519Identity.parse(text) for text in vector.identities]
    identities += [ScryptIdentity(passphrase) for passphrase in vector.passphrases]
    return identities


@needs_vectors
def test_every_supported_vector_file_is_collected() -> None:
    # 92 non-armored, non-hybrid vectors at the time of writing; a sudden drop means the
    # folder was truncated or the filter broke, not that the codec got better.
    assert len(VECTOR_PATHS) >= 90
    expectations = {_parse_vector(p).expect for p in VECTOR_PATHS}
    assert expectations == {"success", *EXPECTED_ERROR}


@needs_vectors
@pytest.mark.parametrize("path", VECTOR_PATHS, ids=[p.name for p in VECTOR_PATHS])
def test_vector(path: Path) -> None:
    vector = _parse_vector(path)
    identities = _identities(vector)
    if vector.expect == "success":
        plaintext = decrypt_bytes(identities, vector.age_file)
        assert hashlib.sha256(plaintext).hexdigest() == vector.payload_sha256
        return
    expected = EXPECTED_ERROR[vector.expect]
    with pytest.raises(AgeError) as caught:
        decrypt_bytes(identities, vector.age_file)
    assert isinstance(caught.value, expected), f"{vector.name}: {caught.value!r}"
