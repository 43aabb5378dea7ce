"""Streaming age encryption and decryption as file objects.

The payload is ChaCha20-Poly1305 in the STREAM construction: 64 KiB plaintext chunks, each
sealed with a 12-byte nonce made of an 11-byte big-endian chunk counter and a last-chunk
flag, under a key derived from the file key and a random 16-byte nonce. Memory use is a few
chunks whatever the file size. Objects here are not thread-safe; use each from one thread.
"""

from __future__ import annotations

import hmac
import io
import os
from collections.abc import Sequence
from types import TracebackType
from typing import TYPE_CHECKING, BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from app.crypto.age_errors import (
    AgeDecryptError,
    AgeHeaderError,
    AgeHeaderMacError,
    AgeNoIdentityMatch,
)
from app.crypto.age_format import (
    FILE_KEY_SIZE,
    Source,
    Stanza,
    encode_header,
    header_mac,
    hkdf_sha256,
    read_header,
)
from app.crypto.age_keys import Identity, Recipient, ScryptRecipient

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer, WriteableBuffer

__all__ = ["CHUNK_SIZE", "AgeReader", "AgeWriter"]

CHUNK_SIZE = 64 * 1024
_TAG_SIZE = 16
_SEALED_CHUNK_SIZE = CHUNK_SIZE + _TAG_SIZE
_PAYLOAD_NONCE_SIZE = 16
_CHUNKS_PER_WRITE = 4
_MAX_CHUNKS = 1 << 88


def _chunk_nonce(index: int, last: bool) -> bytes:
    if index >= _MAX_CHUNKS:
        raise OverflowError("age STREAM chunk counter overflow")
    return index.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def _payload_cipher(file_key: bytes, nonce: bytes) -> ChaCha20Poly1305:
    return ChaCha20Poly1305(hkdf_sha256(file_key, nonce, b"payload"))


class AgeWriter(io.RawIOBase):
    """Encrypts everything written to it into ``dst`` as an age v1 file.

    The header is written on construction; ``close()`` seals the last chunk, and only then
    is the output a complete age file. Leaving a ``with`` block by an exception, calling
    ``abort()``, or dropping the writer unclosed leaves the output *without* its last chunk,
    so a reader rejects it instead of accepting a silently shortened file.

    ``dst`` stays open after ``close()`` unless ``close_dst`` is true.

    Raises ``ValueError`` for no recipients or an scrypt recipient mixed with others, and
    ``AgeKeyError`` for an unusable recipient key. Errors of ``dst`` propagate unchanged.
    """

    def __init__(
        self, dst: BinaryIO, recipients: Sequence[Recipient], *, close_dst: bool = False
    ) -> None:
        super().__init__()
        self._finished = True  # until the header is out, closing must not write anything
        if not recipients:
            raise ValueError("an age file needs at least one recipient")
        if len(recipients) > 1 and any(isinstance(r, ScryptRecipient) for r in recipients):
            raise ValueError("a passphrase (scrypt) recipient must be the only recipient")
        file_key = os.urandom(FILE_KEY_SIZE)
        stanzas: list[Stanza] = [s for r in recipients for s in r.wrap(file_key)]
        nonce = os.urandom(_PAYLOAD_NONCE_SIZE)
        self._cipher = _payload_cipher(file_key, nonce)
        self._dst = dst
        self._close_dst = close_dst
        self._buffer = bytearray()
        self._sealed = bytearray(_CHUNKS_PER_WRITE * _SEALED_CHUNK_SIZE)
        self._failed: BaseException | None = None
        self._index = 0
        self._plaintext_size = 0
        dst.write(encode_header(stanzas, file_key) + nonce)
        self._finished = False

    @property
    def plaintext_size(self) -> int:
        """Bytes accepted by ``write`` so far."""
        return self._plaintext_size

    def writable(self) -> bool:
        return True

    def write(self, data: ReadableBuffer) -> int:
        """Buffer ``data`` and write out every chunk known not to be the last.

        Raises ``ValueError`` once the writer is closed.
        """
        if self.closed:
            raise ValueError("write to a closed AgeWriter")
        if self._failed is not None:
            # The output lost a chunk (a full disk): every later write fails the same way,
            # rather than with a confusing error from a buffer still held by the first.
            raise self._failed
        with memoryview(data) as view:
            size = view.nbytes
            self._buffer += view.cast("B")
        self._plaintext_size += size
        # Keep at least one byte back: only close() knows which chunk is the last.
        full_chunks = (len(self._buffer) - 1) // CHUNK_SIZE
        if full_chunks > 0:
            try:
                self._seal_many(full_chunks)
            except BaseException as exc:
                self._failed = exc
                self._finished = True  # never seal a last chunk after a lost one
                raise
            del self._buffer[: full_chunks * CHUNK_SIZE]
        return size

    def _seal_many(self, count: int) -> None:
        """Seal the first ``count`` buffered chunks (none the last), a few at a time into
        one reused block written in one call: a 1 MiB write takes four system calls, not
        sixteen, and no new memory."""
        with memoryview(self._buffer) as buffered, memoryview(self._sealed) as target:
            for start in range(0, count, _CHUNKS_PER_WRITE):
                group = min(_CHUNKS_PER_WRITE, count - start)
                for i in range(group):
                    plain = (start + i) * CHUNK_SIZE
                    self._cipher.encrypt_into(
                        _chunk_nonce(self._index, False),
                        buffered[plain : plain + CHUNK_SIZE],
                        None,
                        target[i * _SEALED_CHUNK_SIZE : (i + 1) * _SEALED_CHUNK_SIZE],
                    )
                    self._index += 1
                self._dst.write(target[: group * _SEALED_CHUNK_SIZE])

    def _seal(self, chunk: bytes | memoryview, last: bool) -> None:
        self._dst.write(self._cipher.encrypt(_chunk_nonce(self._index, last), chunk, None))
        self._index += 1

    def abort(self) -> None:
        """Close without sealing the last chunk; the output will not decrypt."""
        self._finished = True
        self.close()

    def close(self) -> None:
        """Seal the last chunk (unless aborted) and close; idempotent."""
        if self.closed:
            return
        try:
            if not self._finished:
                self._finished = True
                self._seal(bytes(self._buffer), last=True)
                self._buffer.clear()
                self._dst.flush()
        finally:
            super().close()
            if self._close_dst:
                self._dst.close()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if exc_type is not None:
            self.abort()
        else:
            self.close()

    def __del__(self) -> None:
        # A writer garbage-collected unclosed must not look like a complete, shorter file.
        self._finished = True
        super().__del__()


class AgeReader(io.RawIOBase):
    """Decrypts an age v1 file from ``src``; read it like a file.

    The constructor reads and checks the header: it raises ``AgeHeaderError`` (malformed
    header, missing payload nonce), ``AgeNoIdentityMatch`` (file not addressed to any of
    ``identities``) or ``AgeHeaderMacError`` (header altered). Reads then raise
    ``AgeDecryptError`` at the first chunk that fails authentication, at a truncation, or at
    data after the last chunk. Each returned chunk is authenticated, but the file as a whole
    is proven complete only when a read returns ``b""``: treat data as provisional until then.
    ``src`` stays open after ``close()`` unless ``close_src`` is true.
    """

    def __init__(
        self, src: BinaryIO, identities: Sequence[Identity], *, close_src: bool = False
    ) -> None:
        super().__init__()
        self._src = src
        self._close_src = close_src
        self._source = Source(src)
        header = read_header(self._source)
        self._stanza_count = len(header.stanzas)
        if any(s.type == "scrypt" for s in header.stanzas) and len(header.stanzas) != 1:
            # age's rule: a passphrase-encrypted file must not also open with another key.
            raise AgeHeaderError("an scrypt stanza must be the only stanza in the header")
        file_key = self._unwrap(header.stanzas, identities)
        if not hmac.compare_digest(header_mac(file_key, header.mac_input), header.mac):
            raise AgeHeaderMacError()
        nonce = self._source.read(_PAYLOAD_NONCE_SIZE)
        if len(nonce) != _PAYLOAD_NONCE_SIZE:
            raise AgeHeaderError("file ends before the payload nonce")
        self._cipher = _payload_cipher(file_key, nonce)
        self._chunk = b""
        self._position = 0
        self._index = 0
        self._done = False

    @staticmethod
    def _unwrap(stanzas: Sequence[Stanza], identities: Sequence[Identity]) -> bytes:
        for identity in identities:
            file_key = identity.unwrap(stanzas)
            if file_key is not None:
                return file_key
        raise AgeNoIdentityMatch(len(stanzas))

    @property
    def stanza_count(self) -> int:
        """Number of recipient stanzas in the header (recipients, plus any grease)."""
        return self._stanza_count

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: WriteableBuffer) -> int:
        """Fill ``buffer`` with up to its length of plaintext; 0 only at the verified end."""
        while self._position >= len(self._chunk):
            if self._done:
                return 0
            self._chunk = self._open_next_chunk()
            self._position = 0
        with memoryview(buffer) as view, view.cast("B") as target:
            size = min(len(target), len(self._chunk) - self._position)
            target[:size] = self._chunk[self._position : self._position + size]
        self._position += size
        return size

    def _open_next_chunk(self) -> bytes:
        index = self._index
        sealed = self._source.read(_SEALED_CHUNK_SIZE)
        last = len(sealed) < _SEALED_CHUNK_SIZE or self._source.at_eof()
        if not sealed and index == 0:
            raise AgeDecryptError("payload has no chunks: the file is truncated", index)
        if len(sealed) < _TAG_SIZE:
            raise AgeDecryptError(f"payload truncated at chunk {index}", index)
        try:
            plaintext = self._cipher.decrypt(_chunk_nonce(index, last), sealed, None)
        except InvalidTag:
            raise AgeDecryptError(self._explain(sealed, index, last), index) from None
        if last and not plaintext and index > 0:
            raise AgeDecryptError(f"payload altered: empty final chunk {index}", index)
        self._index += 1
        self._done = last
        return plaintext

    def _explain(self, sealed: bytes, index: int, last: bool) -> str:
        """Tell truncation and trailing data apart from alteration, for the message only."""
        try:
            self._cipher.decrypt(_chunk_nonce(index, not last), sealed, None)
        except InvalidTag:
            return f"payload altered or truncated at chunk {index}"
        if last:
            return f"payload truncated after chunk {index}"
        return f"unexpected data after the final chunk {index}"

    def close(self) -> None:
        """Close the reader (and ``src`` if ``close_src``); idempotent."""
        if self.closed:
            return
        try:
            super().close()
        finally:
            if self._close_src:
                self._src.close()
