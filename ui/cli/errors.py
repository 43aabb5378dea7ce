"""Known errors from app/ and storage/ rendered as one line for the terminal."""

from __future__ import annotations

from app.case_json import CaseJsonError
from app.errors import VaultError
from app.terms import TermError


def describe_error(exc: Exception) -> str | None:
    """The message to print, or None for an unexpected error (which keeps its traceback)."""
    if isinstance(exc, VaultError):
        return str(exc)
    if isinstance(exc, CaseJsonError):
        return f"invalid case JSON: {exc}"
    if isinstance(exc, TermError):
        return str(exc)
    if isinstance(exc, KeyError):
        return str(exc.args[0]) if exc.args else "not found"
    if isinstance(exc, OSError) and exc.filename:
        return f"{exc.filename}: {exc.strerror}"
    known = _known_from_other_modules(exc)
    return known


def _known_from_other_modules(exc: Exception) -> str | None:
    # Errors of optional subsystems are recognised by their base classes' module prefix,
    # so this module does not import every subsystem.
    module = type(exc).__module__
    if module.startswith(("app.", "storage.")) and isinstance(exc, ValueError | RuntimeError):
        return str(exc)
    for base in type(exc).__mro__:
        if base.__module__.startswith(("app.", "storage.")) and base is not type(exc):
            return str(exc)
    return None
