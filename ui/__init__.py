"""The user interfaces: the command line (``ui.cli``) and the desktop app (``ui.desktop``).

Entry points that start Qt call :func:`ui.pyside_refcount_guard.guard_if_needed` first (a
guard against PySide6 6.12.0's reference-count leak on Python 3.11, applied only there).
"""
