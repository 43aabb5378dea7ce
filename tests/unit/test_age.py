"""age keys, encryption, streaming and tamper detection (our own files; CCTV is separate)."""

from __future__ import annotations

import gc
import hashlib
import io
import random
import zipfile
from typing import BinaryIO

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.crypto import bech32
from app.crypto.age import (
    CHUNK_SIZE,
    AgeDecryptError,
    AgeError,
    AgeHeaderMacError,
    AgeKeyError,
    AgeNoIdentityMatch,
    AgeReader,
    AgeWriter,
    ScryptIdentity,
    ScryptRecipient,
    X25519Identity,
    X25519Recipient,
    decrypt_bytes,
    decrypt_stream,
    encrypt_bytes,
    encrypt_stream,
    format_identity_file,
    parse_identity_file,
)

# The identity of the CCTV vectors and its recipient as `age-keygen -y` prints it.
CCTV_IDENTITY = "AGE-SECRET-KEY-1EGTZVFFV20835NWYV6270LXYVK2VKNX2MMDKWYKLMGR48UAWX40Q2P2LM0"
CCTV_RECIPIENT = "age1xmwwc06ly3ee5rytxm9mflaz2u56jjj36s0mypdrwsvlul66mv4q47ryef"
TAG = 16


def _data(size: int, seed: int = 0) -> bytes:
    return random.Random(seed).randbytes(size)


def _payload_offset(age_file: bytes) -> int:
    """Offset of the first sealed chunk: after the header's MAC line and the 16-byte nonce."""
    return age_file.index(b"\n---") + len(b"\n--- ") + 43 + 1 + 16


class CountingReader(io.RawIOBase):
    """A source that records how many bytes were taken from it."""

    def __init__(self, data: bytes) -> None:
        super().__init__()
        self._inner = io.BytesIO(data)
        self.consumed = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        data = self._inner.read(len(buffer))
        buffer[: len(data)] = data
        self.consumed += len(data)
        return len(data)


# -- Bech32 and key strings ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A12UEL5L",
        "a12uel5l",
        "abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw",
        "split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w",
    ],
)
def test_bip173_valid_strings_decode_and_re_encode(text: str) -> None:
    hrp, data = bech32.decode(text)
    assert bech32.encode(hrp, data) == text.lower()


@pytest.mark.parametrize(
    "text",
    ["A1G7SGD8", "a12UEL5L", "1pzry9x0s0muk", "a12uel5m", "x1b4n0q5v", "li1dgmt3"],
    ids=["short-checksum", "mixed-case", "empty-hrp", "bad-checksum", "bad-char", "no-data"],
)
def test_bip173_invalid_strings_are_refused(text: str) -> None:
    with pytest.raises(bech32.Bech32Error):
        bech32.decode(text)


def test_identity_yields_the_recipient_age_keygen_prints() -> None:
    identity = X25519Identity.parse(CCTV_IDENTITY)
    assert identity.recipient.encode() == CCTV_RECIPIENT
    assert identity.encode() == CCTV_IDENTITY


def test_generated_keys_round_trip_through_their_strings() -> None:
    identity = X25519Identity.generate()
    text = identity.encode()
    assert text.startswith("AGE-SECRET-KEY-1")
    assert text == text.upper()
    assert X25519Identity.parse(text).private_bytes() == identity.private_bytes()
    recipient_text = str(identity.recipient)
    assert recipient_text.startswith("age1")
    assert X25519Recipient.parse(recipient_text) == identity.recipient


@pytest.mark.parametrize(
    "text",
    [
        CCTV_IDENTITY.lower(),  # age only accepts uppercase identities
        CCTV_RECIPIENT,  # a recipient is not an identity
        CCTV_IDENTITY[:-1] + "Q",  # checksum
        "AGE-SECRET-KEY-1",
    ],
    ids=["lowercase", "recipient", "checksum", "empty"],
)
def test_malformed_identity_is_refused(text: str) -> None:
    with pytest.raises(AgeKeyError):
        X25519Identity.parse(text)


@pytest.mark.parametrize(
    "text",
    [CCTV_RECIPIENT.upper(), CCTV_IDENTITY, CCTV_RECIPIENT[:-1] + "q", "age1qqqq"],
    ids=["uppercase", "identity", "checksum", "short"],
)
def test_malformed_recipient_is_refused(text: str) -> None:
    with pytest.raises(AgeKeyError):
        X25519Recipient.parse(text)


def test_identity_repr_does_not_reveal_the_secret() -> None:
    identity = X25519Identity.parse(CCTV_IDENTITY)
    assert CCTV_RECIPIENT in repr(identity)
    assert CCTV_IDENTITY not in repr(identity)
    assert CCTV_IDENTITY.lower() not in repr(identity).lower()


def test_identity_file_as_age_keygen_writes_it_is_parsed() -> None:
    text = f"# created: 2026-01-01T00:00:00Z\n# public key: {CCTV_RECIPIENT}\n{CCTV_IDENTITY}\n"
    (identity,) = parse_identity_file(text)
    assert identity.recipient.encode() == CCTV_RECIPIENT
    assert parse_identity_file(format_identity_file(identity))[0].encode() == CCTV_IDENTITY


def test_identity_file_error_names_the_line_but_not_its_content() -> None:
    secretish = CCTV_IDENTITY[:-1] + "Q"
    with pytest.raises(AgeKeyError, match="line 2") as caught:
        parse_identity_file(f"# comment\n{secretish}\n")
    assert secretish not in str(caught.value)
    with pytest.raises(AgeKeyError, match="no identity"):
        parse_identity_file("# only a comment\n")


# -- Encryption and decryption ------------------------------------------------------------


def test_file_has_one_x25519_stanza_per_recipient_and_exact_size() -> None:
    identities = [X25519Identity.generate() for _ in range(3)]
    plaintext = _data(2 * CHUNK_SIZE + 5)
    age_file = encrypt_bytes([i.recipient for i in identities], plaintext)
    assert age_file.startswith(b"age-encryption.org/v1\n-> X25519 ")
    assert age_file.count(b"\n-> X25519 ") == 3
    assert len(age_file) - _payload_offset(age_file) == len(plaintext) + 3 * TAG
    for identity in identities:
        assert decrypt_bytes([identity], age_file) == plaintext


def test_file_for_someone_else_reports_no_match_with_stanza_count() -> None:
    recipients = [X25519Identity.generate().recipient for _ in range(2)]
    age_file = encrypt_bytes(recipients, b"privileged note")
    with pytest.raises(AgeNoIdentityMatch, match="not encrypted to this vault") as caught:
        decrypt_bytes([X25519Identity.generate()], age_file)
    assert caught.value.stanza_count == 2
    assert caught.value.code == "age.no_identity_match"


def test_reader_exposes_stanza_count_and_reads_in_pieces() -> None:
    identity = X25519Identity.generate()
    plaintext = _data(CHUNK_SIZE + 100)
    age_file = encrypt_bytes([identity.recipient, X25519Identity.generate().recipient], plaintext)
    reader = AgeReader(io.BytesIO(age_file), [identity])
    assert reader.stanza_count == 2
    pieces = []
    while piece := reader.read(1000):
        assert len(piece) <= 1000
        pieces.append(piece)
    assert b"".join(pieces) == plaintext


def test_second_identity_in_the_list_is_tried() -> None:
    mine = X25519Identity.generate()
    age_file = encrypt_bytes([mine.recipient], b"x")
    assert decrypt_bytes([X25519Identity.generate(), mine], age_file) == b"x"


def test_empty_plaintext_round_trips_as_one_empty_final_chunk() -> None:
    identity = X25519Identity.generate()
    age_file = encrypt_bytes([identity.recipient], b"")
    assert len(age_file) - _payload_offset(age_file) == TAG
    assert decrypt_bytes([identity], age_file) == b""


def test_passphrase_round_trip_and_wrong_passphrase() -> None:
    age_file = encrypt_bytes([ScryptRecipient("correct horse", work_factor=10)], b"secret")
    assert b"\n-> scrypt " in age_file
    assert decrypt_bytes([ScryptIdentity("correct horse")], age_file) == b"secret"
    with pytest.raises(AgeNoIdentityMatch):
        decrypt_bytes([ScryptIdentity("wrong horse")], age_file)


def test_passphrase_with_work_factor_above_limit_is_refused_before_scrypt_runs() -> None:
    age_file = encrypt_bytes([ScryptRecipient("pw", work_factor=12)], b"secret")
    with pytest.raises(AgeError, match="exceeds the limit 11"):
        decrypt_bytes([ScryptIdentity("pw", max_work_factor=11)], age_file)


def test_passphrase_recipient_cannot_be_mixed_with_keys() -> None:
    with pytest.raises(ValueError, match="only recipient"):
        encrypt_bytes([ScryptRecipient("pw", 10), X25519Identity.generate().recipient], b"x")


def test_no_recipients_is_refused() -> None:
    with pytest.raises(ValueError, match="at least one recipient"):
        encrypt_bytes([], b"x")


# -- Streaming ----------------------------------------------------------------------------


def test_streams_round_trip_and_report_sizes() -> None:
    identity = X25519Identity.generate()
    plaintext = _data(3 * CHUNK_SIZE + 17)
    encrypted = io.BytesIO()
    assert encrypt_stream([identity.recipient], io.BytesIO(plaintext), encrypted) == len(plaintext)
    decrypted = io.BytesIO()
    encrypted.seek(0)
    assert decrypt_stream([identity], encrypted, decrypted) == len(plaintext)
    assert decrypted.getvalue() == plaintext


def test_writer_emits_chunks_as_it_goes() -> None:
    identity = X25519Identity.generate()
    out = io.BytesIO()
    with AgeWriter(out, [identity.recipient]) as writer:
        for _ in range(10):
            writer.write(bytes(CHUNK_SIZE))
        # All but the held-back last chunk are already sealed and written.
        assert len(out.getvalue()) - _payload_offset(out.getvalue()) == 9 * (CHUNK_SIZE + TAG)
    assert decrypt_bytes([identity], out.getvalue()) == bytes(10 * CHUNK_SIZE)


def test_reader_takes_only_a_chunk_or_two_from_its_source() -> None:
    identity = X25519Identity.generate()
    age_file = encrypt_bytes([identity.recipient], _data(2 * 1024 * 1024))
    source = CountingReader(age_file)
    reader = AgeReader(io.BufferedReader(source, 4096), [identity])
    assert reader.read(10) == _data(2 * 1024 * 1024)[:10]
    assert source.consumed < 4 * CHUNK_SIZE


def test_writer_accepts_memoryview_and_bytearray() -> None:
    identity = X25519Identity.generate()
    out = io.BytesIO()
    with AgeWriter(out, [identity.recipient]) as writer:
        assert writer.write(memoryview(b"abc")) == 3
        assert writer.write(bytearray(b"def")) == 3
        assert writer.plaintext_size == 6
    assert decrypt_bytes([identity], out.getvalue()) == b"abcdef"


def test_zip_written_through_the_writer_reads_back() -> None:
    # The bundle's shape: a zip streamed straight into the age writer.
    identity = X25519Identity.generate()
    out = io.BytesIO()
    with (
        AgeWriter(out, [identity.recipient]) as writer,
        zipfile.ZipFile(writer, "w") as archive,  # type: ignore[arg-type]
    ):
        archive.writestr("manifest.json", b'{"format": 1}')
        archive.writestr("payload/big.bin", _data(200_000))
    with zipfile.ZipFile(io.BytesIO(decrypt_bytes([identity], out.getvalue()))) as archive:
        assert archive.read("manifest.json") == b'{"format": 1}'
        assert hashlib.sha256(archive.read("payload/big.bin")).digest() == (
            hashlib.sha256(_data(200_000)).digest()
        )


def test_exception_inside_writer_block_leaves_a_file_that_does_not_decrypt() -> None:
    identity = X25519Identity.generate()
    out = io.BytesIO()
    with pytest.raises(RuntimeError), AgeWriter(out, [identity.recipient]) as writer:
        writer.write(b"first half of the case file")
        raise RuntimeError("disk pulled")
    with pytest.raises(AgeDecryptError, match="has no chunks"):
        decrypt_bytes([identity], out.getvalue())


def test_writer_dropped_without_close_leaves_a_file_that_does_not_decrypt() -> None:
    identity = X25519Identity.generate()
    out = io.BytesIO()
    writer = AgeWriter(out, [identity.recipient])
    writer.write(_data(CHUNK_SIZE + 10))
    del writer
    gc.collect()
    with pytest.raises(AgeDecryptError, match="truncated after chunk 0"):
        decrypt_bytes([identity], out.getvalue())


def test_write_after_close_is_refused_and_close_is_idempotent() -> None:
    out = io.BytesIO()
    writer = AgeWriter(out, [X25519Identity.generate().recipient])
    writer.close()
    size = len(out.getvalue())
    writer.close()
    assert len(out.getvalue()) == size
    with pytest.raises(ValueError, match="closed"):
        writer.write(b"late")


# -- Tampering ----------------------------------------------------------------------------


def test_altered_chunk_is_reported_with_its_index() -> None:
    identity = X25519Identity.generate()
    age_file = bytearray(encrypt_bytes([identity.recipient], _data(3 * CHUNK_SIZE)))
    age_file[_payload_offset(bytes(age_file)) + 2 * (CHUNK_SIZE + TAG) + 7] ^= 0x01
    with pytest.raises(AgeDecryptError, match="altered or truncated at chunk 2") as caught:
        decrypt_bytes([identity], bytes(age_file))
    assert caught.value.chunk_index == 2


def test_file_cut_at_a_chunk_boundary_is_reported_as_truncated() -> None:
    identity = X25519Identity.generate()
    age_file = encrypt_bytes([identity.recipient], _data(3 * CHUNK_SIZE))
    cut = age_file[: _payload_offset(age_file) + 2 * (CHUNK_SIZE + TAG)]
    with pytest.raises(AgeDecryptError, match="truncated after chunk 1"):
        decrypt_bytes([identity], cut)


def test_data_appended_after_the_last_chunk_is_refused() -> None:
    identity = X25519Identity.generate()
    age_file = encrypt_bytes([identity.recipient], _data(CHUNK_SIZE))
    with pytest.raises(AgeDecryptError):
        decrypt_bytes([identity], age_file + b"\x00")


def test_stanza_of_another_file_spliced_in_fails_the_header_mac() -> None:
    # Same file key cannot be learnt by the attacker, but a valid stanza for us can be
    # copied from another file: the header MAC must catch the mix.
    identity = X25519Identity.generate()
    first = encrypt_bytes([identity.recipient], b"one")
    second = encrypt_bytes([identity.recipient], b"two")
    first_payload = first[first.index(b"\n---") :]
    spliced = second[: second.index(b"\n---")] + first_payload
    with pytest.raises(AgeHeaderMacError):
        decrypt_bytes([identity], spliced)


# -- Properties ---------------------------------------------------------------------------

BOUNDARY_SIZES = [0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, 2 * CHUNK_SIZE]
IDENTITY = X25519Identity.generate()


def _round_trip(plaintext: bytes, write_size: int, read_size: int) -> bytes:
    out = io.BytesIO()
    with AgeWriter(out, [IDENTITY.recipient]) as writer:
        for start in range(0, len(plaintext), write_size):
            writer.write(plaintext[start : start + write_size])
    source: BinaryIO = io.BytesIO(out.getvalue())
    reader = AgeReader(source, [IDENTITY])
    pieces = []
    while piece := reader.read(read_size):
        pieces.append(piece)
    return b"".join(pieces)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    size=st.one_of(
        st.sampled_from(BOUNDARY_SIZES),
        st.integers(min_value=0, max_value=3 * CHUNK_SIZE + 1),
    ),
    write_size=st.sampled_from([1000, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, 10**6]),
    read_size=st.sampled_from([1, 777, CHUNK_SIZE, 10**6]),
    seed=st.integers(min_value=0, max_value=2**32),
)
@example(size=0, write_size=1000, read_size=1, seed=0)
@example(size=CHUNK_SIZE, write_size=CHUNK_SIZE, read_size=CHUNK_SIZE, seed=1)
@example(size=2 * CHUNK_SIZE, write_size=10**6, read_size=777, seed=2)
@example(size=CHUNK_SIZE + 1, write_size=CHUNK_SIZE - 1, read_size=10**6, seed=3)
def test_round_trip_any_size_and_any_write_and_read_sizes(
    size: int, write_size: int, read_size: int, seed: int
) -> None:
    if size > 70_000 and read_size == 1:
        read_size = 777  # one-byte reads of a large file only cost time
    plaintext = _data(size, seed)
    assert _round_trip(plaintext, write_size, read_size) == plaintext


SMALL_FILE = encrypt_bytes([IDENTITY.recipient], b"release date 2031-05-14")


@settings(max_examples=300, deadline=None)
@given(
    position=st.integers(min_value=0, max_value=len(SMALL_FILE) - 1),
    flip=st.integers(min_value=1, max_value=255),
)
def test_any_altered_byte_makes_decryption_fail(position: int, flip: int) -> None:
    altered = bytearray(SMALL_FILE)
    altered[position] ^= flip
    with pytest.raises(AgeError):
        decrypt_bytes([IDENTITY], bytes(altered))


@settings(max_examples=100, deadline=None)
@given(cut=st.integers(min_value=0, max_value=len(SMALL_FILE) - 1))
def test_any_truncation_makes_decryption_fail(cut: int) -> None:
    with pytest.raises(AgeError):
        decrypt_bytes([IDENTITY], SMALL_FILE[:cut])


@given(data=st.binary(max_size=64), hrp=st.sampled_from(["age", "x", "AGE-SECRET-KEY-"]))
def test_bech32_round_trips_any_bytes(data: bytes, hrp: str) -> None:
    assert bech32.decode(bech32.encode(hrp, data)) == (hrp.lower(), data)


@given(text=st.text(max_size=120))
def test_recipient_parser_raises_only_key_errors(text: str) -> None:
    try:
        recipient = X25519Recipient.parse(text)
    except AgeKeyError:
        return
    assert recipient.encode() == text.strip()
