"""Reading a document one step ahead, on a second thread, while the caller writes it out.

Decrypting (AES-GCM for vault chunks, ChaCha20-Poly1305 for age), reading from SQLite,
hashing (SHA-256), the zip CRC and file writes all release the interpreter lock: with the
reading side and the writing side on two threads, a document moves at about the speed of
the slower side rather than the sum of both. At most ``depth`` blocks (1 MiB each) wait in
between, so memory stays small whatever the document weighs.

The producer thread is the only user of what ``source`` reads from (the vault connection,
or the bundle file) while the iteration runs: the caller must not touch it until the
iteration has ended.
"""

from __future__ import annotations

import hashlib
import queue
import threading
from collections.abc import Iterator

_DONE = object()


class Prefetched:
    """Iterate ``source`` (fetched ahead on a thread); afterwards ``size`` and
    :meth:`hexdigest` (when ``digest`` is set) describe every byte yielded. An exception
    raised by ``source`` is raised again by the iteration where the failing block would
    have come."""

    def __init__(self, source: Iterator[bytes], *, depth: int = 2, digest: bool = True) -> None:
        self._source = source
        self._queue: queue.Queue[object] = queue.Queue(maxsize=depth)
        self._stop = threading.Event()
        self._digest = hashlib.sha256() if digest else None
        self.size = 0
        self._thread = threading.Thread(target=self._produce, name="prefetch", daemon=True)

    def _put(self, item: object) -> bool:
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def _produce(self) -> None:
        try:
            for block in self._source:
                if self._digest is not None:
                    self._digest.update(block)
                self.size += len(block)
                if not self._put(block):
                    return
            self._put(_DONE)
        except BaseException as exc:  # handed to the consumer, raised there
            self._put(exc)

    def __iter__(self) -> Iterator[bytes]:
        self._thread.start()
        try:
            while True:
                item = self._queue.get()
                if item is _DONE:
                    return
                if isinstance(item, BaseException):
                    raise item
                assert isinstance(item, bytes)
                yield item
        finally:
            self._stop.set()
            self._thread.join()

    def hexdigest(self) -> str:
        if self._digest is None:
            raise ValueError("made without a digest")
        return self._digest.hexdigest()


class PrefetchedFile:
    """A read-only file over :class:`Prefetched` blocks: ``read(n)`` returns ``n`` bytes
    until the end, as a file does."""

    def __init__(self, blocks: Iterator[bytes]) -> None:
        self._blocks = blocks
        self._buffer = bytearray()
        self._ended = False

    def read(self, size: int = -1) -> bytes:
        if not self._buffer and not self._ended and size > 0:
            try:
                block = next(self._blocks)
            except StopIteration:
                self._ended = True
                return b""
            if len(block) == size:
                return block  # the usual case: blocks are read as large as asked for
            self._buffer += block
        while not self._ended and (size < 0 or len(self._buffer) < size):
            try:
                self._buffer += next(self._blocks)
            except StopIteration:
                self._ended = True
        if size < 0 or size >= len(self._buffer):
            data = bytes(self._buffer)
            self._buffer.clear()
            return data
        data = bytes(self._buffer[:size])
        del self._buffer[:size]
        return data
