"""minisign keys and prehashed (``ED``) signatures."""

from __future__ import annotations

import base64
import io

import pytest

from app.crypto.minisign import (
    MinisignError,
    MinisignFailure,
    MinisignPublicKey,
    MinisignSecretKey,
    export_secret_key_file,
    generate_keypair,
    parse_secret_key_file,
    sign,
    verify,
)

# Made once with the real tool: `minisign -G -W -p pub -s sec`, then
# `printf 'hello\n' > m; minisign -S -s sec -m m -t 'tc here'` (minisign 0.11).
KAT_SECRET_KEY_FILE = (
    b"untrusted comment: minisign encrypted secret key\n"
    b"RWQAAEIyAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAsWLxW3NVc+Rw"
    b"TAzvOspZQqCpiC2bxrzrnkPJcNnP58KALrSRxKoShoDQ3nVFVkd8ezZew2RWFh0DgQsaZg+RoQpCCM+LrO5V"
    b"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n"
)
KAT_PUBLIC_KEY_FILE = (
    "untrusted comment: minisign public key E47355735BF162B1\n"
    "RWSxYvFbc1Vz5IDQ3nVFVkd8ezZew2RWFh0DgQsaZg+RoQpCCM+LrO5V\n"
)
KAT_MESSAGE = b"hello\n"
KAT_SIGNATURE = (
    b"untrusted comment: signature from minisign secret key\n"
    b"RUSxYvFbc1Vz5DR+g8JXvRc70x2hbDs5az1WrkIe0tHg+FBASYVPdrplQU1KTv9mcQxmxkNed5t8d164+aFT"
    b"Gry6B0+zpE6w4AI=\n"
    b"trusted comment: tc here\n"
    b"8BeEp+Ob4fPM0lqxxhVlOjcvA1/cmLUgz4Vm2whX1HMXleEZ592aj04eycN/qvPS/YhBhpAdTK38LjujLrnhDQ==\n"
)


def _failure_of(public_key: MinisignPublicKey, message: bytes, signature: bytes) -> MinisignFailure:
    with pytest.raises(MinisignError) as caught:
        verify(public_key, message, signature)
    return caught.value.failure


def _replace_line(signature: bytes, index: int, line: bytes) -> bytes:
    lines = signature.split(b"\n")
    lines[index] = line
    return b"\n".join(lines)


def test_signature_made_by_real_minisign_verifies_and_yields_trusted_comment() -> None:
    public_key = MinisignPublicKey.from_file(KAT_PUBLIC_KEY_FILE)
    assert verify(public_key, KAT_MESSAGE, KAT_SIGNATURE) == "tc here"
    assert public_key.key_id_hex == "E47355735BF162B1"


def test_our_signature_is_byte_identical_to_real_minisign() -> None:
    # Ed25519 is deterministic, so the same key, message and comments give the same file.
    secret_key = parse_secret_key_file(KAT_SECRET_KEY_FILE)
    ours = sign(secret_key, KAT_MESSAGE, "tc here", "signature from minisign secret key")
    assert ours == KAT_SIGNATURE


def test_secret_key_file_parses_to_the_matching_public_key() -> None:
    secret_key = parse_secret_key_file(KAT_SECRET_KEY_FILE)
    assert secret_key.public_key == MinisignPublicKey.from_file(KAT_PUBLIC_KEY_FILE)
    assert secret_key.public_key.to_file() == KAT_PUBLIC_KEY_FILE


def test_round_trip_returns_the_trusted_comment() -> None:
    secret_key, public_key = generate_keypair()
    signature = sign(secret_key, b"manifest", "bundle:7f3c0a1e")
    assert verify(public_key, b"manifest", signature) == "bundle:7f3c0a1e"


def test_signature_file_has_the_four_minisign_lines() -> None:
    secret_key, _ = generate_keypair()
    lines = sign(secret_key, b"x", "trusted", "untrusted").decode().split("\n")
    assert lines[0] == "untrusted comment: untrusted"
    blob = base64.b64decode(lines[1])
    assert blob[:2] == b"ED"
    assert blob[2:10] == secret_key.key_id
    assert len(blob) == 74
    assert lines[2] == "trusted comment: trusted"
    assert len(base64.b64decode(lines[3])) == 64
    assert lines[4] == ""


def test_streamed_message_signs_and_verifies_like_bytes() -> None:
    secret_key, public_key = generate_keypair()
    message = bytes(range(256)) * 1000  # several read blocks
    from_stream = sign(secret_key, io.BytesIO(message), "tc")
    assert from_stream == sign(secret_key, message, "tc")
    assert verify(public_key, io.BytesIO(message), from_stream) == "tc"


def test_non_ascii_trusted_comment_round_trips() -> None:
    secret_key, public_key = generate_keypair()
    signature = sign(secret_key, b"m", "Əliyev — Алиев")
    assert verify(public_key, b"m", signature) == "Əliyev — Алиев"


def test_altered_message_is_a_bad_signature() -> None:
    public_key = MinisignPublicKey.from_file(KAT_PUBLIC_KEY_FILE)
    assert _failure_of(public_key, b"hello!\n", KAT_SIGNATURE) is MinisignFailure.BAD_SIGNATURE


def test_altered_trusted_comment_is_a_bad_global_signature() -> None:
    public_key = MinisignPublicKey.from_file(KAT_PUBLIC_KEY_FILE)
    forged = _replace_line(KAT_SIGNATURE, 2, b"trusted comment: tc there")
    failure = _failure_of(public_key, KAT_MESSAGE, forged)
    assert failure is MinisignFailure.BAD_GLOBAL_SIGNATURE


def test_altered_untrusted_comment_still_verifies() -> None:
    # That is minisign's contract: the first line is not covered by any signature.
    public_key = MinisignPublicKey.from_file(KAT_PUBLIC_KEY_FILE)
    edited = _replace_line(KAT_SIGNATURE, 0, b"untrusted comment: edited")
    assert verify(public_key, KAT_MESSAGE, edited) == "tc here"


def test_signature_by_another_key_names_both_key_ids() -> None:
    _, other_public = generate_keypair()
    with pytest.raises(MinisignError) as caught:
        verify(other_public, KAT_MESSAGE, KAT_SIGNATURE)
    assert caught.value.failure is MinisignFailure.WRONG_KEY
    assert caught.value.code == "minisign.wrong_key"
    assert "E47355735BF162B1" in str(caught.value)
    assert other_public.key_id_hex in str(caught.value)


def test_other_key_claiming_the_same_key_id_is_a_bad_signature() -> None:
    _, other_public = generate_keypair()
    impostor = MinisignPublicKey(bytes.fromhex("b162f15b735573e4"), other_public.key)
    assert _failure_of(impostor, KAT_MESSAGE, KAT_SIGNATURE) is MinisignFailure.BAD_SIGNATURE


def test_legacy_non_prehashed_signature_is_refused() -> None:
    public_key = MinisignPublicKey.from_file(KAT_PUBLIC_KEY_FILE)
    blob = base64.b64decode(KAT_SIGNATURE.split(b"\n")[1])
    legacy = _replace_line(KAT_SIGNATURE, 1, base64.b64encode(b"Ed" + blob[2:]))
    failure = _failure_of(public_key, KAT_MESSAGE, legacy)
    assert failure is MinisignFailure.UNSUPPORTED_ALGORITHM


@pytest.mark.parametrize(
    "signature",
    [
        b"",
        b"not a signature\n",
        KAT_SIGNATURE.replace(b"untrusted comment: ", b"comment: "),
        KAT_SIGNATURE.replace(b"trusted comment: tc", b"tc"),
        _replace_line(KAT_SIGNATURE, 1, b"RUSxYvFb!!!"),
        _replace_line(KAT_SIGNATURE, 3, base64.b64encode(bytes(63))),
        KAT_SIGNATURE + b"extra line\n",
    ],
    ids=["empty", "garbage", "no-untrusted", "no-trusted", "bad-b64", "short-global", "extra"],
)
def test_malformed_signature_file_is_refused(signature: bytes) -> None:
    public_key = MinisignPublicKey.from_file(KAT_PUBLIC_KEY_FILE)
    assert _failure_of(public_key, KAT_MESSAGE, signature) is MinisignFailure.MALFORMED


def test_crlf_signature_file_verifies() -> None:
    public_key = MinisignPublicKey.from_file(KAT_PUBLIC_KEY_FILE)
    assert verify(public_key, KAT_MESSAGE, KAT_SIGNATURE.replace(b"\n", b"\r\n")) == "tc here"


def test_public_key_one_line_form_round_trips() -> None:
    _, public_key = generate_keypair()
    text = public_key.to_base64()
    assert text.startswith("RW")
    assert len(text) == 56
    assert MinisignPublicKey.from_base64(text) == public_key


@pytest.mark.parametrize(
    "text",
    ["", "RWSxYvFb", "not base64!", base64.b64encode(b"Xx" + bytes(40)).decode()],
    ids=["empty", "short", "garbage", "wrong-algorithm"],
)
def test_malformed_public_key_is_refused(text: str) -> None:
    with pytest.raises(MinisignError):
        MinisignPublicKey.from_base64(text)


def test_secret_key_raw_form_round_trips_and_repr_hides_seed() -> None:
    secret_key, public_key = generate_keypair()
    raw = secret_key.to_bytes()
    assert len(raw) == 42
    restored = MinisignSecretKey.from_bytes(raw)
    assert restored == secret_key
    assert restored.public_key == public_key
    assert secret_key.seed.hex() not in repr(secret_key)
    assert repr(secret_key.seed) not in repr(secret_key)


def test_stored_secret_key_of_wrong_size_is_refused() -> None:
    with pytest.raises(MinisignError) as caught:
        MinisignSecretKey.from_bytes(b"Ed" + bytes(39))
    assert caught.value.failure is MinisignFailure.MALFORMED


def test_exported_secret_key_file_parses_back_with_checksum() -> None:
    secret_key, _ = generate_keypair()
    exported = export_secret_key_file(secret_key)
    assert parse_secret_key_file(exported) == secret_key
    blob = base64.b64decode(exported.split(b"\n")[1])
    assert blob[126:] != bytes(32)  # a real checksum, not minisign 0.11's zeroes


def test_encrypted_secret_key_file_is_refused_as_unsupported() -> None:
    lines = KAT_SECRET_KEY_FILE.split(b"\n")
    blob = bytearray(base64.b64decode(lines[1]))
    blob[2:4] = b"Sc"
    encrypted = b"\n".join([lines[0], base64.b64encode(bytes(blob)), b""])
    with pytest.raises(MinisignError) as caught:
        parse_secret_key_file(encrypted)
    assert caught.value.failure is MinisignFailure.UNSUPPORTED_ALGORITHM


def test_secret_key_file_with_wrong_checksum_is_refused() -> None:
    secret_key, _ = generate_keypair()
    lines = export_secret_key_file(secret_key).split(b"\n")
    blob = bytearray(base64.b64decode(lines[1]))
    blob[-1] ^= 1
    damaged = b"\n".join([lines[0], base64.b64encode(bytes(blob)), b""])
    with pytest.raises(MinisignError) as caught:
        parse_secret_key_file(damaged)
    assert caught.value.failure is MinisignFailure.MALFORMED


@pytest.mark.parametrize("comment", ["two\nlines", "cr\rhere", "nul\x00"])
def test_multi_line_comment_is_refused_when_signing(comment: str) -> None:
    secret_key, _ = generate_keypair()
    with pytest.raises(ValueError, match="one line"):
        sign(secret_key, b"m", comment)
    with pytest.raises(ValueError, match="one line"):
        sign(secret_key, b"m", "ok", untrusted_comment=comment)


def test_overlong_trusted_comment_is_refused() -> None:
    secret_key, _ = generate_keypair()
    with pytest.raises(ValueError, match="longer than"):
        sign(secret_key, b"m", "x" * 8001)
