"""Producing items one step ahead, on a second thread, while the caller consumes them.

Decrypting (AES-GCM for vault chunks, ChaCha20-Poly1305 for age), reading from SQLite,
hashing (SHA-256), the zip CRC and file writes all release the interpreter lock: with the
producing side and the consuming side on two threads, a document moves at about the speed
of the slower side rather than the sum of both. At most ``depth`` items wait in between,
so memory stays small whatever the document weighs.

The producer thread is the only user of what ``source`` reads from (the vault connection,
or the bundle file) while the iteration runs: the caller must not touch it until the
iteration has ended.
"""

from __future__ import annotations

import hashlib
import queue
import threading
from collections.abc import Generator, Iterator
from typing import Generic, TypeVar

T = TypeVar("T")

_DONE = object()


class _Failed:
    def __init__(self, error: BaseException) -> None:
        self.error = error


class Prefetched(Generic[T]):
    """Iterate ``source`` (produced ahead on a thread). For byte blocks, ``size`` and
    :meth:`hexdigest` (when ``digest`` is set) describe every byte yielded, computed on the
    producing thread. An exception raised by ``source`` is raised again by the iteration
    where the failing item would have come."""

    def __init__(self, source: Iterator[T], *, depth: int = 2, digest: bool = True) -> None:
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
            for item in self._source:
                if isinstance(item, bytes):
                    if self._digest is not None:
                        self._digest.update(item)
                    self.size += len(item)
                if not self._put(item):
                    return
            self._put(_DONE)
        except BaseException as exc:  # handed to the consumer, raised there
            self._put(_Failed(exc))

    def __iter__(self) -> Generator[T, None, None]:
        self._thread.start()
        try:
            while True:
                item = self._queue.get()
                if item is _DONE:
                    return
                if isinstance(item, _Failed):
                    raise item.error
                yield item  # type: ignore[misc]
        finally:
            self._stop.set()
            self._thread.join()

    def hexdigest(self) -> str:
        if self._digest is None:
            raise ValueError("made without a digest")
        return self._digest.hexdigest()
