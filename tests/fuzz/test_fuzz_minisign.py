"""minisign signature and key files on hostile input: only ``MinisignError`` may come out,
and a signature that verifies is one made by the key for exactly that message."""

from __future__ import annotations

import contextlib

from hypothesis import given
from hypothesis import strategies as st

from app.crypto.minisign import (
    MinisignError,
    MinisignPublicKey,
    MinisignSecretKey,
    parse_secret_key_file,
    verify,
)
from tests.fuzz.mutation import CORPUS, budget, fuzz_input, load_seeds

SEEDS = dict(load_seeds("minisign"))
MESSAGE = SEEDS["message.txt"]
PUBLIC = MinisignPublicKey.from_file(SEEDS["public-key.pub"].decode())
SIGNATURES = [SEEDS["message.txt.minisig"], SEEDS["crlf.minisig"]]
SECRET_FILE = (CORPUS.parent / "keys" / "minisign.key").read_bytes()


def test_seed_corpus_replays() -> None:
    for signature in SIGNATURES:
        assert verify(PUBLIC, MESSAGE, signature) == "timestamp:0 file:message.txt"
    assert parse_secret_key_file(SECRET_FILE).public_key == PUBLIC


@budget(200)
@given(fuzz_input(SIGNATURES, max_random=300))
def test_mutated_signatures_give_only_minisign_errors(signature: bytes) -> None:
    try:
        comment = verify(PUBLIC, MESSAGE, signature)
    except MinisignError as exc:
        assert exc.code and str(exc)
        return
    # Accepted: only line-ending or comment-line changes that the format allows.
    assert comment == "timestamp:0 file:message.txt"


@budget(100)
@given(fuzz_input([MESSAGE]))
def test_changed_messages_never_verify(message: bytes) -> None:
    try:
        verify(PUBLIC, message, SIGNATURES[0])
    except MinisignError:
        return
    assert message == MESSAGE


@budget(200)
@given(fuzz_input([SEEDS["public-key.pub"], PUBLIC.to_base64().encode()], max_random=120))
def test_mutated_public_keys_give_only_minisign_errors(data: bytes) -> None:
    text = data.decode("utf-8", errors="replace")
    for parse in (MinisignPublicKey.from_file, MinisignPublicKey.from_base64):
        with contextlib.suppress(MinisignError):
            parse(text)


@budget(150)
@given(st.one_of(fuzz_input([SECRET_FILE]), st.binary(min_size=42, max_size=42)))
def test_mutated_secret_keys_give_only_minisign_errors(data: bytes) -> None:
    for parse in (parse_secret_key_file, MinisignSecretKey.from_bytes):
        with contextlib.suppress(MinisignError):
            parse(data)
