"""Works around reference-counting bugs of PySide6 6.12 on Python 3.11.

Every call of a Qt method that returns nothing (``widget.show()``, ``app.processEvents()``)
takes one reference from ``None`` without giving it back, and every ``signal.emit(...)``
from Python (``layoutChanged.emit()``, ``dataChanged.emit(...)``, a custom signal) does the
same to ``True``, the value it returns; after a few thousand calls (a few hundred emits)
Python aborts with "Fatal Python error: none_dealloc" or "bool_dealloc". Python 3.12 made
``None``, ``True`` and ``False`` immortal, which hides the bugs there. On older Pythons we
give each of them a huge reference count once, before Qt is used, which has the same effect:
they are never deallocated anyway.
"""

from __future__ import annotations

import ctypes
import sys

_done = False


def protect_none() -> None:
    """Make ``None``, ``True`` and ``False`` effectively immortal (no-op on Python 3.12 and
    later). Idempotent."""
    global _done
    if _done or sys.version_info >= (3, 12):
        return
    for value in (None, True, False):
        ctypes.c_ssize_t.from_address(id(value)).value += 1 << 40
    _done = True
