"""The one mechanism for background work: a :class:`Job` on a ``QThreadPool``.

A job is a plain function ``fn(context) -> result`` run on a pool thread. It reports
progress with ``context.progress(done, total)`` (``total == 0`` means unknown), which also
raises :class:`JobCancelled` once the user has cancelled, so any loop that reports progress
can be cancelled for free. Its outcome arrives on the GUI thread through exactly one of the
``succeeded`` / ``failed`` / ``cancelled`` signals, then ``finished``.

Threading: create and start jobs on the GUI thread only; ``fn`` runs on a pool thread and
must not touch widgets. The signals object lives on the GUI thread, so connected slots run
there (queued connections).
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class JobCancelled(Exception):
    """Raised inside a job by :meth:`JobContext.progress` after :meth:`JobHandle.cancel`."""


class JobContext:
    """Handed to the job's function: progress reporting and the cancellation flag."""

    def __init__(self, signals: JobSignals) -> None:
        self._signals = signals
        self._cancelled = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def check_cancelled(self) -> None:
        if self._cancelled.is_set():
            raise JobCancelled

    def progress(self, done: int, total: int) -> None:
        """Report progress (any thread); raises :class:`JobCancelled` if cancelled."""
        self.check_cancelled()
        self._signals.progressed.emit(int(done), int(total))


class JobSignals(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()
    finished = Signal()


class _Runnable(QRunnable):
    def __init__(
        self,
        fn: Callable[[JobContext], Any],
        context: JobContext,
        discard: Callable[[Any], None] | None,
    ) -> None:
        super().__init__()
        self._fn = fn
        self._context = context
        self._discard = discard
        self.setAutoDelete(True)

    def run(self) -> None:
        signals = self._context._signals
        try:
            result = self._fn(self._context)
        except JobCancelled:
            signals.cancelled.emit()
        except Exception as exc:  # every failure reaches the GUI thread as a value
            if self._context.cancelled:
                signals.cancelled.emit()
            else:
                signals.failed.emit(exc)
        else:
            if self._context.cancelled:
                # Cancelled too late to stop the work: release what it made (an open vault).
                if self._discard is not None:
                    self._discard(result)
                signals.cancelled.emit()
            else:
                signals.succeeded.emit(result)
        signals.finished.emit()


class JobHandle(QObject):
    """A started job: its signals, and :meth:`cancel`. Kept alive by :class:`Workers` until
    ``finished`` has been delivered."""

    def __init__(self, name: str, signals: JobSignals, context: JobContext) -> None:
        super().__init__()
        self.name = name
        self.signals = signals
        self._context = context
        self.done = False

    def cancel(self) -> None:
        self._context._cancelled.set()


class Workers(QObject):
    """Starts jobs and keeps them referenced until they finish (GUI thread only)."""

    job_started = Signal(object)  # JobHandle
    job_finished = Signal(object)  # JobHandle

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._running: set[JobHandle] = set()

    def start(
        self,
        name: str,
        fn: Callable[[JobContext], Any],
        *,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[Exception], None] | None = None,
        on_cancel: Callable[[], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        on_finished: Callable[[], None] | None = None,
        discard: Callable[[Any], None] | None = None,
    ) -> JobHandle:
        """Run ``fn(context)`` on the pool. ``on_finished`` runs after success, failure or
        cancellation; every callback is connected before the job starts, so a job that ends
        at once still reaches them. ``discard(result)`` runs on the pool thread when the job
        succeeded after being cancelled, to release what it made."""
        signals = JobSignals()
        context = JobContext(signals)
        handle = JobHandle(name, signals, context)
        if on_success is not None:
            signals.succeeded.connect(on_success)
        if on_failure is not None:
            signals.failed.connect(on_failure)
        if on_cancel is not None:
            signals.cancelled.connect(on_cancel)
        if on_progress is not None:
            signals.progressed.connect(on_progress)
        if on_finished is not None:
            signals.finished.connect(on_finished)
        signals.finished.connect(lambda: self._on_job_finished(handle))
        self._running.add(handle)
        self.job_started.emit(handle)
        self._pool.start(_Runnable(fn, context, discard))
        return handle

    def _on_job_finished(self, handle: JobHandle) -> None:
        handle.done = True
        self._running.discard(handle)
        self.job_finished.emit(handle)

    @property
    def running(self) -> list[JobHandle]:
        return list(self._running)

    def cancel_all(self) -> None:
        for handle in list(self._running):
            handle.cancel()

    def wait_for_done(self, msecs: int = -1) -> bool:
        """Block until every pool thread is idle (shutdown and tests)."""
        return bool(self._pool.waitForDone(msecs))


class ProgressReader(io.RawIOBase):
    """A file wrapper that reports bytes read as progress (and so can be cancelled)."""

    def __init__(self, raw: Any, total: int, ctx: JobContext) -> None:
        super().__init__()
        self._raw = raw
        self._total = total
        self._ctx = ctx
        self._done = 0

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        data: bytes = self._raw.read(size)
        self._done += len(data)
        self._ctx.progress(self._done, self._total)
        return data

    def readinto(self, buffer: Any) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)
