"""Our age and minisign codecs against the real ``age`` and ``minisign`` programs.

docs/bundle-format.md promises that a recipient without Casework can open a bundle with stock
tools; these tests hold us to it in both directions.
"""

from __future__ import annotations

import hashlib
import io
import random
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from app.crypto.age import (
    AgeWriter,
    X25519Identity,
    X25519Recipient,
    decrypt_stream,
    encrypt_bytes,
    format_identity_file,
    parse_identity_file,
)
from app.crypto.minisign import (
    MinisignPublicKey,
    export_secret_key_file,
    generate_keypair,
    parse_secret_key_file,
    sign,
    verify,
)

pytestmark = pytest.mark.interop

needs_age = pytest.mark.skipif(shutil.which("age") is None, reason="the age program is absent")
needs_age_keygen = pytest.mark.skipif(
    shutil.which("age-keygen") is None, reason="the age-keygen program is absent"
)
needs_minisign = pytest.mark.skipif(
    shutil.which("minisign") is None, reason="the minisign program is absent"
)


def _run(*args: str | Path, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [str(a) for a in args], input=stdin, capture_output=True, check=False, timeout=60
    )


def _write_identity(tmp_path: Path, identity: X25519Identity, name: str = "key.txt") -> Path:
    path = tmp_path / name
    path.write_text(format_identity_file(identity))
    path.chmod(0o600)
    return path


# -- age ----------------------------------------------------------------------------------


@needs_age
def test_age_decrypts_what_we_encrypt(tmp_path: Path) -> None:
    identity = X25519Identity.generate()
    (tmp_path / "case.age").write_bytes(encrypt_bytes([identity.recipient], b"Ibrahimov, art. 233"))
    result = _run("age", "-d", "-i", _write_identity(tmp_path, identity), tmp_path / "case.age")
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout == b"Ibrahimov, art. 233"


@needs_age
def test_age_decrypts_our_empty_file(tmp_path: Path) -> None:
    identity = X25519Identity.generate()
    (tmp_path / "empty.age").write_bytes(encrypt_bytes([identity.recipient], b""))
    result = _run("age", "-d", "-i", _write_identity(tmp_path, identity), tmp_path / "empty.age")
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout == b""


@needs_age
def test_every_recipient_of_our_multi_recipient_file_decrypts_with_age(tmp_path: Path) -> None:
    identities = [X25519Identity.generate() for _ in range(4)]
    (tmp_path / "bundle.age").write_bytes(
        encrypt_bytes([i.recipient for i in identities], b"to all four")
    )
    for n, identity in enumerate(identities):
        key = _write_identity(tmp_path, identity, f"key{n}.txt")
        result = _run("age", "-d", "-i", key, tmp_path / "bundle.age")
        assert result.returncode == 0, result.stderr.decode()
        assert result.stdout == b"to all four"
    outsider = _write_identity(tmp_path, X25519Identity.generate(), "outsider.txt")
    assert _run("age", "-d", "-i", outsider, tmp_path / "bundle.age").returncode != 0


@needs_age
def test_we_decrypt_what_age_encrypts_to_our_recipients(tmp_path: Path) -> None:
    ours = X25519Identity.generate()
    theirs = X25519Identity.generate()
    result = _run(
        "age",
        "-e",
        "-r",
        ours.recipient.encode(),
        "-r",
        theirs.recipient.encode(),
        stdin=b"from a colleague",
    )
    assert result.returncode == 0, result.stderr.decode()
    source = tmp_path / "in.age"
    source.write_bytes(result.stdout)
    with source.open("rb") as src, (tmp_path / "out").open("wb") as dst:
        assert decrypt_stream([ours], src, dst) == len(b"from a colleague")
    assert (tmp_path / "out").read_bytes() == b"from a colleague"


@needs_age
def test_five_megabytes_stream_both_ways(tmp_path: Path) -> None:
    identity = X25519Identity.generate()
    key = _write_identity(tmp_path, identity)
    rng = random.Random(5)
    plain = tmp_path / "plain.bin"
    with plain.open("wb") as f:
        for _ in range(80):
            f.write(rng.randbytes(64 * 1024 + 3))  # 5.0 MiB, chunk-misaligned writes
    expected = hashlib.sha256(plain.read_bytes()).hexdigest()

    ours = tmp_path / "ours.age"
    with plain.open("rb") as src, ours.open("wb") as dst, AgeWriter(dst, [identity.recipient]) as w:
        while block := src.read(100_000):
            w.write(block)
    result = _run("age", "-d", "-i", key, "-o", tmp_path / "by_age.bin", ours)
    assert result.returncode == 0, result.stderr.decode()
    assert hashlib.sha256((tmp_path / "by_age.bin").read_bytes()).hexdigest() == expected

    theirs = tmp_path / "theirs.age"
    result = _run("age", "-e", "-r", identity.recipient.encode(), "-o", theirs, plain)
    assert result.returncode == 0, result.stderr.decode()
    with theirs.open("rb") as src, (tmp_path / "by_us.bin").open("wb") as dst:
        decrypt_stream([identity], src, dst)
    assert hashlib.sha256((tmp_path / "by_us.bin").read_bytes()).hexdigest() == expected


@needs_age
def test_age_refuses_our_file_with_one_altered_payload_byte(tmp_path: Path) -> None:
    identity = X25519Identity.generate()
    altered = bytearray(encrypt_bytes([identity.recipient], b"x" * 1000))
    altered[-20] ^= 0x01
    (tmp_path / "bad.age").write_bytes(bytes(altered))
    result = _run("age", "-d", "-i", _write_identity(tmp_path, identity), tmp_path / "bad.age")
    assert result.returncode != 0


@needs_age_keygen
def test_age_keygen_identity_file_is_parsed(tmp_path: Path) -> None:
    result = _run("age-keygen", "-o", tmp_path / "key.txt")
    assert result.returncode == 0, result.stderr.decode()
    text = (tmp_path / "key.txt").read_text()
    (identity,) = parse_identity_file(text)
    printed = _run("age-keygen", "-y", tmp_path / "key.txt").stdout.decode().strip()
    assert identity.recipient == X25519Recipient.parse(printed)
    assert f"# public key: {printed}" in text


@needs_age_keygen
def test_age_keygen_derives_our_recipient_from_our_identity(tmp_path: Path) -> None:
    identity = X25519Identity.generate()
    result = _run("age-keygen", "-y", _write_identity(tmp_path, identity))
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout.decode().strip() == identity.recipient.encode()


# -- minisign -----------------------------------------------------------------------------


@needs_minisign
def test_minisign_verifies_our_signature_and_prints_trusted_comment(tmp_path: Path) -> None:
    secret_key, public_key = generate_keypair()
    message = tmp_path / "manifest.json"
    message.write_bytes(b'{"bundle_id": "b-1"}')
    (tmp_path / "manifest.json.minisig").write_bytes(sign(secret_key, message.read_bytes(), "b-1"))
    result = _run("minisign", "-Vm", message, "-P", public_key.to_base64())
    assert result.returncode == 0, result.stderr.decode()
    assert "Trusted comment: b-1" in result.stdout.decode()


@needs_minisign
def test_minisign_refuses_our_signature_on_an_altered_file(tmp_path: Path) -> None:
    secret_key, public_key = generate_keypair()
    message = tmp_path / "manifest.json"
    (tmp_path / "sig").write_bytes(sign(secret_key, b"original", "b-1"))
    message.write_bytes(b"altered")
    result = _run("minisign", "-Vm", message, "-P", public_key.to_base64(), "-x", tmp_path / "sig")
    assert result.returncode != 0


@needs_minisign
def test_we_verify_a_signature_made_by_minisign(tmp_path: Path) -> None:
    result = _run("minisign", "-G", "-W", "-p", tmp_path / "pub", "-s", tmp_path / "sec")
    assert result.returncode == 0, result.stderr.decode()
    message = tmp_path / "big.bin"
    message.write_bytes(random.Random(1).randbytes(300_000))
    result = _run("minisign", "-S", "-s", tmp_path / "sec", "-m", message, "-t", "made by minisign")
    assert result.returncode == 0, result.stderr.decode()
    public_key = MinisignPublicKey.from_file((tmp_path / "pub").read_text())
    signature = (tmp_path / "big.bin.minisig").read_bytes()
    with message.open("rb") as stream:
        assert verify(public_key, stream, signature) == "made by minisign"
    # and the unencrypted secret key file it wrote is read by us
    assert parse_secret_key_file((tmp_path / "sec").read_bytes()).public_key == public_key


@needs_minisign
def test_minisign_signs_with_a_key_file_we_exported(tmp_path: Path) -> None:
    secret_key, public_key = generate_keypair()
    (tmp_path / "sec").write_bytes(export_secret_key_file(secret_key))
    (tmp_path / "m").write_bytes(b"hello")
    result = _run("minisign", "-S", "-s", tmp_path / "sec", "-m", tmp_path / "m", "-t", "tc")
    assert result.returncode == 0, result.stderr.decode()
    assert verify(public_key, b"hello", (tmp_path / "m.minisig").read_bytes()) == "tc"


@needs_age
@needs_minisign
def test_bundle_recipe_from_the_design_works_with_stock_tools(tmp_path: Path) -> None:
    """docs/bundle-format.md: age -d, unzip, minisign -Vm, sha256sum -c, with no Casework code."""
    identity = X25519Identity.generate()
    secret_key, public_key = generate_keypair()
    payload = b"case notes"
    manifest = b'{"format": 1, "bundle_id": "b-42"}'
    sums = f"{hashlib.sha256(payload).hexdigest()}  notes.txt\n".encode()
    bundle = tmp_path / "bundle.cwb"
    with (
        bundle.open("wb") as f,
        AgeWriter(f, [identity.recipient]) as writer,
        zipfile.ZipFile(writer, "w") as archive,  # type: ignore[arg-type]
    ):
        archive.writestr("manifest.json", manifest)
        archive.writestr("manifest.json.minisig", sign(secret_key, manifest, "bundle:b-42"))
        archive.writestr("notes.txt", payload)
        archive.writestr("SHA256SUMS", sums)

    result = _run("age", "-d", "-i", _write_identity(tmp_path, identity), bundle)
    assert result.returncode == 0, result.stderr.decode()
    out = tmp_path / "out"
    zipfile.ZipFile(io.BytesIO(result.stdout)).extractall(out)
    verified = _run("minisign", "-Vm", out / "manifest.json", "-P", public_key.to_base64())
    assert verified.returncode == 0, verified.stderr.decode()
    assert "Trusted comment: bundle:b-42" in verified.stdout.decode()
    if shutil.which("sha256sum"):
        checked = subprocess.run(
            ["sha256sum", "-c", "SHA256SUMS"], cwd=out, capture_output=True, check=False
        )
        assert checked.returncode == 0, checked.stdout.decode()
