"""Reading a document's chunks one step ahead, on a second thread, while the caller writes.

Decrypting a vault chunk (AES-GCM), reading it from SQLite and hashing it (SHA-256) all
release the interpreter lock, as do the zip CRC, the age encryption and the file writes
that consume the chunks: with the two sides on two threads a bundle is written at about the
speed of the slower side rather than the sum of both. At most ``depth`` chunks (1 MiB each)
wait in between, so memory stays small whatever the document weighs.

The producer thread is the only user of the vault connection while the iteration runs; the
caller must not touch the session until it has consumed or closed the iterator.
"""

from __future__ import annotations

import hashlib
import queue
import threading
from collections.abc import Iterator

_DONE = object()


class HashedChunks:
    """Iterate ``source`` (fetched ahead on a thread); afterwards ``size`` and
    :meth:`hexdigest` describe every byte yielded. An exception raised by ``source`` is
    raised again by the iteration, at the point the failing chunk would have come."""

    def __init__(self, source: Iterator[bytes], depth: int = 2) -> None:
        self._source = source
        self._queue: queue.Queue[object] = queue.Queue(maxsize=depth)
        self._stop = threading.Event()
        self._digest = hashlib.sha256()
        self.size = 0
        self._thread = threading.Thread(target=self._produce, name="chunk-prefetch", daemon=True)

    def _produce(self) -> None:
        try:
            for chunk in self._source:
                self._digest.update(chunk)
                self.size += len(chunk)
                while not self._stop.is_set():
                    try:
                        self._queue.put(chunk, timeout=0.1)
                        break
                    except queue.Full:
                        continue
                if self._stop.is_set():
                    return
            self._queue.put(_DONE)
        except BaseException as exc:  # handed to the consumer, raised there
            self._queue.put(exc)

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
        return self._digest.hexdigest()
