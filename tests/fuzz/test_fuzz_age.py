"""The age v1 reader and key parsers on hostile input: only ``AgeError`` may come out, and
nothing is returned as plaintext unless the whole file authenticated."""

from __future__ import annotations

import contextlib
import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.crypto.age import (
    AgeError,
    AgeReader,
    Identity,
    ScryptIdentity,
    X25519Identity,
    X25519Recipient,
    decrypt_bytes,
    parse_identity_file,
)
from tests.fuzz.mutation import CORPUS, budget, fuzz_input, load_seeds

IDENTITY = parse_identity_file((CORPUS.parent / "keys" / "age-identity.txt").read_text())[0]
# A low ceiling keeps a mutated work factor from costing gigabytes; the seed uses 10.
SCRYPT = ScryptIdentity("fuzz", max_work_factor=12)
IDENTITIES: list[Identity] = [IDENTITY, SCRYPT]
SEEDS = load_seeds("age", (".age",))
KEY_SEEDS = [data for _, data in load_seeds("age", (".txt",))] + [
    IDENTITY.recipient.encode().encode(),
    IDENTITY.encode().encode(),
]


def decrypt(data: bytes) -> bytes | None:
    """The plaintext, or None for a refused file; any other exception fails the fuzzer."""
    try:
        return decrypt_bytes(IDENTITIES, data)
    except AgeError as exc:
        assert str(exc)
        return None


def decrypt_in_small_reads(data: bytes) -> bytes | None:
    try:
        reader = AgeReader(io.BytesIO(data), IDENTITIES)
        parts = []
        while block := reader.read(7000):
            parts.append(block)
        return b"".join(parts)
    except AgeError:
        return None


@pytest.mark.parametrize("name", [name for name, _ in SEEDS])
def test_seed_corpus_replays(name: str) -> None:
    data = dict(SEEDS)[name]
    plaintext = decrypt(data)
    if name == "not-for-us.age":
        assert plaintext is None
    else:
        assert plaintext is not None
        assert decrypt_in_small_reads(data) == plaintext


@budget(200)
@given(fuzz_input([data for _, data in SEEDS], max_random=300))
def test_mutated_age_files_give_only_age_errors(data: bytes) -> None:
    plaintext = decrypt(data)
    assert decrypt_in_small_reads(data) == plaintext


@budget(150)
@given(st.sampled_from([data for _, data in SEEDS]), st.data())
def test_any_single_byte_change_is_refused_or_harmless(seed: bytes, data: st.DataObject) -> None:
    """One changed byte anywhere is refused: the MAC covers the header, and every payload
    chunk is authenticated."""
    original = decrypt(seed)
    index = data.draw(st.integers(0, len(seed) - 1))
    mask = data.draw(st.integers(1, 255))
    changed = seed[:index] + bytes([seed[index] ^ mask]) + seed[index + 1 :]
    got = decrypt(changed)
    assert original is None or got is None


@budget(200)
@given(fuzz_input(KEY_SEEDS, max_random=120))
def test_mutated_keys_and_identity_files_give_only_age_errors(data: bytes) -> None:
    text = data.decode("utf-8", errors="replace")
    for parse in (parse_identity_file, X25519Identity.parse, X25519Recipient.parse):
        with contextlib.suppress(AgeError):
            parse(text)
