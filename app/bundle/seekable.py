"""Random access to the plaintext of an age file on a seekable stream, decrypting only the
64 KiB chunks that are read — so a zip inside an age file can be read in place, with no
plaintext copy on disk and without holding it in memory.

age's STREAM payload makes this possible: chunk *i* sits at a fixed offset, its nonce is
its index plus a last-chunk flag, and the last chunk is known from the file size. Every
chunk is authenticated before any of its bytes are returned, exactly as in
:class:`app.crypto.age.AgeReader`; :meth:`RandomAccessAgeReader.verify_all` authenticates
the chunks never read, so a caller can prove the whole file intact (a truncation or an
appended byte fails the last chunk's authentication).

Not thread-safe: one reader per thread.
"""

from __future__ import annotations

import hmac
import io
from collections.abc import Sequence
from typing import TYPE_CHECKING, BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from app.crypto.age import (
    CHUNK_SIZE,
    AgeDecryptError,
    AgeHeaderError,
    AgeHeaderMacError,
    AgeNoIdentityMatch,
    Identity,
)
from app.crypto.age_format import Source, header_mac, hkdf_sha256, read_header

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer

__all__ = ["RandomAccessAgeReader"]

_TAG = 16
_SEALED = CHUNK_SIZE + _TAG
_NONCE = 16
_MAC_LINE_TAIL = 1 + 43 + 1  # " " + base64 MAC + "\n" after the MAC input


class RandomAccessAgeReader(io.RawIOBase):
    """A seekable, read-only file object over the plaintext of the age file ``src``.

    The constructor reads the header and raises what ``AgeReader`` raises for it
    (``AgeHeaderError``, ``AgeNoIdentityMatch``, ``AgeHeaderMacError``) plus
    ``AgeDecryptError`` for a payload whose size no valid file can have. Reads raise
    ``AgeDecryptError`` for a chunk that fails authentication. ``src`` must be seekable,
    and stays open (and owned by the caller).
    """

    def __init__(self, src: BinaryIO, identities: Sequence[Identity]) -> None:
        super().__init__()
        self._src = src
        src.seek(0)
        header = read_header(Source(src))
        for identity in identities:
            file_key = identity.unwrap(header.stanzas)
            if file_key is not None:
                break
        else:
            raise AgeNoIdentityMatch(len(header.stanzas))
        if not hmac.compare_digest(header_mac(file_key, header.mac_input), header.mac):
            raise AgeHeaderMacError()
        nonce_at = len(header.mac_input) + _MAC_LINE_TAIL
        src.seek(nonce_at)
        nonce = src.read(_NONCE)
        if len(nonce) != _NONCE:
            raise AgeHeaderError("file ends before the payload nonce")
        self._cipher = ChaCha20Poly1305(hkdf_sha256(file_key, nonce, b"payload"))
        self._payload_at = nonce_at + _NONCE
        payload_size = src.seek(0, io.SEEK_END) - self._payload_at
        if payload_size == 0:
            raise AgeDecryptError("payload has no chunks: the file is truncated", 0)
        self._chunks = -(-payload_size // _SEALED)
        last_sealed = payload_size - (self._chunks - 1) * _SEALED
        if last_sealed < _TAG:
            raise AgeDecryptError(f"payload truncated at chunk {self._chunks - 1}")
        self._size = payload_size - self._chunks * _TAG
        self._position = 0
        self._cached_index = -1
        self._cached = b""
        self._verified: set[int] = set()

    @property
    def size(self) -> int:
        """Plaintext size in bytes."""
        return self._size

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._position

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        if whence == io.SEEK_SET:
            position = offset
        elif whence == io.SEEK_CUR:
            position = self._position + offset
        elif whence == io.SEEK_END:
            position = self._size + offset
        else:
            raise ValueError(f"invalid whence {whence}")
        if position < 0:
            raise ValueError("negative seek position")
        self._position = position
        return position

    def _chunk(self, index: int) -> bytes:
        if index == self._cached_index:
            return self._cached
        last = index == self._chunks - 1
        self._src.seek(self._payload_at + index * _SEALED)
        sealed = self._src.read(_SEALED)
        nonce = index.to_bytes(11, "big") + (b"\x01" if last else b"\x00")
        try:
            plaintext = self._cipher.decrypt(nonce, sealed, None)
        except InvalidTag:
            raise AgeDecryptError(f"payload altered or truncated at chunk {index}", index) from None
        if last and not plaintext and index > 0:
            raise AgeDecryptError(f"payload altered: empty final chunk {index}", index)
        self._verified.add(index)
        self._cached_index, self._cached = index, plaintext
        return plaintext

    def read(self, size: int | None = -1) -> bytes:
        """Up to ``size`` bytes (all that is left for -1 or None), made in one piece from
        the decrypted chunks: no buffer filled first and copied again."""
        left = max(0, self._size - self._position)
        wanted = left if size is None or size < 0 else min(size, left)
        parts = []
        while wanted > 0:
            index, offset = divmod(self._position, CHUNK_SIZE)
            chunk = self._chunk(index)
            take = min(wanted, len(chunk) - offset)
            parts.append(memoryview(chunk)[offset : offset + take])
            wanted -= take
            self._position += take
        return b"".join(parts)

    def readinto(self, buffer: WriteableBuffer) -> int:
        with memoryview(buffer) as view, view.cast("B") as target:
            wanted = min(len(target), max(0, self._size - self._position))
            done = 0
            while done < wanted:
                index, offset = divmod(self._position, CHUNK_SIZE)
                chunk = self._chunk(index)
                take = min(wanted - done, len(chunk) - offset)
                target[done : done + take] = chunk[offset : offset + take]
                done += take
                self._position += take
        return done

    def verify_all(self) -> None:
        """Authenticate every chunk not read so far; raises ``AgeDecryptError`` at the first
        that fails. After it returns, every byte of the file has been authenticated."""
        for index in range(self._chunks):
            if index not in self._verified:
                self._chunk(index)
