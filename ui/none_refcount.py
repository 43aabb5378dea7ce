"""Works around a reference-counting bug of PySide6 6.12 on Python 3.11.

Every call of a Qt method that returns nothing (``widget.show()``, ``app.processEvents()``)
takes one reference from ``None`` without giving it back; after a few thousand calls Python
aborts with "Fatal Python error: none_dealloc". Python 3.12 made ``None`` immortal, which
hides the bug there. On older Pythons we give ``None`` a huge reference count once, before
Qt is used, which has the same effect: ``None`` is never deallocated anyway.
"""

from __future__ import annotations

import ctypes
import sys

_done = False


def protect_none() -> None:
    """Make ``None`` effectively immortal (no-op on Python 3.12 and later). Idempotent."""
    global _done
    if _done or sys.version_info >= (3, 12):
        return
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
    _done = True
