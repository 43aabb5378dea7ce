"""Guards against the reference-count leak of PySide6 6.12.0 on Python 3.11.

On that combination every call of a Qt method that returns nothing (``widget.show()``,
``painter.translate(...)``) takes one reference from ``None`` without giving it back, and
every ``signal.emit(...)`` from Python does the same to ``True``; after a few thousand calls
Python aborts with "Fatal Python error: none_dealloc" (or ``bool_dealloc``). Python 3.12
made ``None``, ``True`` and ``False`` immortal, which hides the bug there. pyproject.toml
excludes 6.12.0 (``PySide6>=6.6,!=6.12.0``) and the release is built with 6.11.3, but a
development environment may still hold 6.12.0.

:func:`guard_if_needed` is called explicitly by each entry point that starts Qt (the
``casework`` command, the desktop app's and the PDF renderer's application objects, the test
suite); it does something only where :func:`needs_guard` says so: it then gives ``None``,
``True`` and ``False`` a huge reference count once, which has the same effect as 3.12's
immortality (they are never deallocated anyway).

``tests/ui/test_pyside_refcount_guard.py`` measures the leak on the installed version
(:func:`none_leak`) and checks the gate agrees. Delete this module, its calls and that test
once no supported PySide6 and Python need it (the minimum Python is 3.12, or every
supported PySide6 is free of the bug).
"""

from __future__ import annotations

import ctypes
import sys
from importlib.metadata import PackageNotFoundError, version

# PySide6 releases known to leak on Python < 3.12 (tests/ui/test_pyside_refcount_guard.py).
LEAKING_VERSIONS = frozenset({"6.12.0"})

_applied = False


def pyside_version() -> str:
    """The installed PySide6's version (without importing Qt), or "" without PySide6."""
    try:
        return version("PySide6")
    except PackageNotFoundError:
        return ""


def needs_guard(pyside: str | None = None, python: tuple[int, int] | None = None) -> bool:
    """Whether this PySide6 on this Python leaks references to ``None``/``True``."""
    running = python or (sys.version_info.major, sys.version_info.minor)
    return running < (3, 12) and (pyside if pyside is not None else pyside_version()) in (
        LEAKING_VERSIONS
    )


def guard_if_needed() -> bool:
    """Apply the guard once where :func:`needs_guard`; returns whether it is applied."""
    global _applied
    if not _applied and needs_guard():
        for value in (None, True, False):
            ctypes.c_ssize_t.from_address(id(value)).value += 1 << 40
        _applied = True
    return _applied


def none_leak(calls: int = 100) -> int:
    """References to ``None`` lost over ``calls`` calls of a void Qt method (0 when there is
    no leak, or on Python 3.12+ where ``None``'s count does not move). Imports QtCore."""
    from PySide6.QtCore import QObject

    target = QObject()
    setter = target.setObjectName
    before = sys.getrefcount(None)
    for _ in range(calls):
        setter("x")
    return before - sys.getrefcount(None)
