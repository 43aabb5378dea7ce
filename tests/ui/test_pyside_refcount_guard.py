"""The PySide6 reference-count guard is applied exactly where the installed PySide6 leaks.

This measures the leak on the installed version: when it fails, either a new PySide6 leaks
too (add it to ``LEAKING_VERSIONS``) or a listed one no longer does. Once no supported
PySide6 and Python need the guard, delete ``ui/pyside_refcount_guard.py``, its calls and
this test."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO
from ui.pyside_refcount_guard import LEAKING_VERSIONS, needs_guard, none_leak, pyside_version


def test_the_guard_is_needed_exactly_where_the_installed_pyside_leaks() -> None:
    leaked = none_leak(200)
    assert leaked in (0, 200), f"an unexpected change of None's count: {leaked}"
    assert needs_guard() == (leaked == 200), (
        f"PySide6 {pyside_version()} on Python {sys.version_info[:2]} "
        f"{'leaks' if leaked else 'does not leak'}: update LEAKING_VERSIONS"
    )


def test_the_gate_covers_only_the_leaking_versions_before_python_3_12() -> None:
    assert {"6.12.0"} == LEAKING_VERSIONS
    assert needs_guard("6.12.0", (3, 11))
    assert not needs_guard("6.12.0", (3, 12))
    assert not needs_guard("6.11.3", (3, 11))
    assert not needs_guard("", (3, 11))  # no PySide6 installed


def test_a_guarded_process_survives_more_void_qt_calls_than_none_has_references() -> None:
    # Without the guard, 6.12.0 on Python 3.11 aborts ("none_dealloc") before the end.
    script = (
        "import sys\n"
        "calls = sys.getrefcount(None) + 1000\n"
        "from ui.pyside_refcount_guard import guard_if_needed\n"
        "guard_if_needed()\n"
        "from PySide6.QtCore import QObject\n"
        "o = QObject()\n"
        "for _ in range(calls):\n"
        "    o.setObjectName('x')\n"
        "print('alive')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "alive"
