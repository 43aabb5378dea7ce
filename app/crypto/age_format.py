"""The age v1 header: stanzas, canonical base64, header MAC, parsing and writing.

Parsing is strict as the age specification requires (https://age-encryption.org/v1): the
exact version line, LF line endings, stanza arguments of printable ASCII separated by
single spaces, stanza bodies in canonical unpadded base64 wrapped at exactly 64 columns and
ended by a short (possibly empty) line, and a footer ``--- <43 base64 chars>``. Every
violation raises ``AgeHeaderError``. Pure code; safe on any thread.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
from dataclasses import dataclass
from typing import BinaryIO

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.crypto.age_errors import AgeHeaderError

__all__ = [
    "FILE_KEY_SIZE",
    "Header",
    "Source",
    "Stanza",
    "b64decode_canonical",
    "b64encode_nopad",
    "encode_header",
    "header_mac",
    "hkdf_sha256",
    "read_header",
]

VERSION_LINE = b"age-encryption.org/v1\n"
FILE_KEY_SIZE = 16
_COLUMNS = 64
# A line is at most a stanza argument line; post-quantum stanzas are ~1.6 KB. The limits
# only stop a garbage file from making us buffer without end.
_MAX_LINE = 16 * 1024
_MAX_HEADER = 8 * 1024 * 1024
_READ_BLOCK = 64 * 1024
_B64_ALPHABET = re.compile(rb"[A-Za-z0-9+/]*")


def b64encode_nopad(data: bytes) -> bytes:
    """Standard base64 of ``data`` without ``=`` padding, as age writes it."""
    return base64.b64encode(data).rstrip(b"=")


def b64decode_canonical(text: bytes) -> bytes:
    """Decode canonical unpadded standard base64.

    Raises ``AgeHeaderError`` on padding, characters outside the alphabet (including CR,
    LF and spaces), an impossible length, or non-zero trailing bits: each byte string has
    exactly one accepted encoding, so a file cannot be altered without changing its meaning.
    """
    if _B64_ALPHABET.fullmatch(text) is None or len(text) % 4 == 1:
        raise AgeHeaderError(f"invalid base64 {text[:80]!r}")
    try:
        data = base64.b64decode(text + b"=" * (-len(text) % 4), validate=True)
    except binascii.Error:
        raise AgeHeaderError(f"invalid base64 {text[:80]!r}") from None
    if b64encode_nopad(data) != text:
        raise AgeHeaderError(f"non-canonical base64 {text[:80]!r}")
    return data


def hkdf_sha256(ikm: bytes, salt: bytes, info: bytes, length: int = 32) -> bytes:
    """HKDF-SHA256 (RFC 5869) of ``ikm``; an empty ``salt`` means no salt."""
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=salt or None, info=info).derive(ikm)


@dataclass(frozen=True)
class Stanza:
    """One recipient stanza: type, further arguments and raw (decoded) body."""

    type: str
    args: tuple[str, ...]
    body: bytes

    def encode(self) -> bytes:
        """Serialise as ``-> type args…`` plus the body wrapped at 64 columns.

        Raises ``ValueError`` if the type or an argument is empty or holds a character
        outside printable ASCII 33..126.
        """
        for word in (self.type, *self.args):
            if not word or any(not 33 <= ord(c) <= 126 for c in word):
                raise ValueError(f"invalid stanza argument {word!r}")
        lines = [b"-> " + " ".join((self.type, *self.args)).encode("ascii")]
        encoded = b64encode_nopad(self.body)
        lines.extend(encoded[i : i + _COLUMNS] for i in range(0, len(encoded), _COLUMNS))
        if len(encoded) % _COLUMNS == 0:
            # A body always ends with a short line, so a full last line needs an empty one.
            lines.append(b"")
        return b"\n".join(lines) + b"\n"


@dataclass(frozen=True)
class Header:
    """A parsed header. ``mac_input`` is the exact text the MAC covers (up to ``---``)."""

    stanzas: tuple[Stanza, ...]
    mac: bytes
    mac_input: bytes


def encode_header(stanzas: list[Stanza], file_key: bytes) -> bytes:
    """The complete header text for ``stanzas``, with its MAC under ``file_key``."""
    mac_input = VERSION_LINE + b"".join(s.encode() for s in stanzas) + b"---"
    return mac_input + b" " + b64encode_nopad(header_mac(file_key, mac_input)) + b"\n"


def header_mac(file_key: bytes, mac_input: bytes) -> bytes:
    """HMAC-SHA256 over ``mac_input`` keyed with HKDF(file key, info ``header``)."""
    key = hkdf_sha256(file_key, b"", b"header")
    return hmac.new(key, mac_input, hashlib.sha256).digest()


class Source:
    """Buffered reading from a binary stream, shared by the header and payload parsers.

    Reads ahead in blocks; bytes read past the header stay in the buffer for the payload,
    so the caller's stream need not be seekable. Not thread-safe.
    """

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self._buffer = bytearray()
        self._eof = False

    def _fill(self, wanted: int) -> None:
        while len(self._buffer) < wanted and not self._eof:
            block = self._stream.read(max(_READ_BLOCK, wanted - len(self._buffer)))
            if not block:
                self._eof = True
            else:
                self._buffer += block

    def readline(self, limit: int) -> bytes:
        """One line including its LF; shorter (no LF) only at end of stream.

        Raises ``AgeHeaderError`` if no LF appears within ``limit`` bytes.
        """
        start = 0
        while True:
            end = self._buffer.find(b"\n", start)
            if end >= 0:
                line = bytes(self._buffer[: end + 1])
                del self._buffer[: end + 1]
                return line
            if len(self._buffer) > limit:
                raise AgeHeaderError(f"header line longer than {limit} bytes")
            if self._eof:
                line = bytes(self._buffer)
                self._buffer.clear()
                return line
            start = len(self._buffer)
            self._fill(len(self._buffer) + 1)

    def read(self, size: int) -> bytes:
        """Exactly ``size`` bytes, or fewer only at end of stream."""
        self._fill(size)
        data = bytes(self._buffer[:size])
        del self._buffer[:size]
        return data

    def at_eof(self) -> bool:
        """True when no byte is left, in the buffer or the stream."""
        self._fill(1)
        return not self._buffer


def _is_valid_argument(word: bytes) -> bool:
    return bool(word) and all(33 <= c <= 126 for c in word)


def _parse_stanza_line(line: bytes) -> tuple[str, tuple[str, ...]]:
    words = line[:-1].split(b" ")
    if words[0] != b"->" or len(words) < 2 or not all(_is_valid_argument(w) for w in words[1:]):
        raise AgeHeaderError(f"malformed stanza line {line[:80]!r}")
    return words[1].decode("ascii"), tuple(w.decode("ascii") for w in words[2:])


def _read_stanza_body(source: Source) -> tuple[bytes, bytes]:
    """The decoded body and the raw lines it came from (the MAC covers the raw text)."""
    body = bytearray()
    raw = bytearray()
    while True:
        line = source.readline(_MAX_LINE)
        raw += line
        if not line.endswith(b"\n"):
            raise AgeHeaderError("header ends inside a stanza body")
        text = line[:-1]
        if text.startswith((b"->", b"---")):
            raise AgeHeaderError("stanza body does not end with a short (or empty) line")
        if len(text) > _COLUMNS:
            raise AgeHeaderError(f"stanza body line longer than {_COLUMNS} columns")
        body += b64decode_canonical(text)
        if len(text) < _COLUMNS:
            return bytes(body), bytes(raw)


def read_header(source: Source) -> Header:
    """Parse the header at the start of ``source``, leaving it at the payload nonce.

    Raises ``AgeHeaderError`` on any syntax rule broken (see the module docstring), on an
    unknown version line, and on a header cut short.
    """
    first = source.readline(_MAX_LINE)
    if first != VERSION_LINE:
        if first.endswith(b"\r\n"):
            raise AgeHeaderError("header lines end with CR LF; age requires LF")
        if first.startswith(b"age-encryption.org/"):
            raise AgeHeaderError(f"unsupported age format version {first[:80]!r}")
        raise AgeHeaderError("not an age file (missing 'age-encryption.org/v1' line)")
    mac_input = bytearray(first)
    stanzas: list[Stanza] = []
    while True:
        line = source.readline(_MAX_LINE)
        if not line.endswith(b"\n"):
            raise AgeHeaderError("header ends before its '---' line")
        if line.startswith(b"---"):
            if not line.startswith(b"--- ") or len(line) != 4 + 43 + 1:
                raise AgeHeaderError(f"malformed header MAC line {line[:80]!r}")
            mac = b64decode_canonical(line[4:-1])
            mac_input += b"---"
            return Header(tuple(stanzas), mac, bytes(mac_input))
        if not line.startswith(b"->"):
            raise AgeHeaderError(f"unexpected header line {line[:80]!r}")
        stanza_type, args = _parse_stanza_line(line)
        body, raw_body = _read_stanza_body(source)
        stanzas.append(Stanza(stanza_type, args, body))
        mac_input += line + raw_body
        if len(mac_input) > _MAX_HEADER:
            raise AgeHeaderError(f"header larger than {_MAX_HEADER} bytes")
