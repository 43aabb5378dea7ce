"""packaging/build.py: which Python builds the package, and the lock check in that Python."""

from __future__ import annotations

import importlib.util
import sys
from importlib.metadata import version
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import REPO


def load_build() -> ModuleType:
    spec = importlib.util.spec_from_file_location("casework_build", REPO / "packaging" / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_an_interpreter_asked_for_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    build = load_build()
    assert build.pick_python("/opt/python3.13/bin/python3") == (
        "/opt/python3.13/bin/python3",
        "as asked",
    )
    monkeypatch.setenv("CASEWORK_BUILD_PYTHON", "/usr/bin/python3.12")
    assert build.pick_python()[0] == "/usr/bin/python3.12"


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="this interpreter is picked itself")
def test_a_python3_12_name_that_is_not_3_12_is_not_picked(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    build = load_build()
    monkeypatch.delenv("CASEWORK_BUILD_PYTHON", raising=False)
    (tmp_path / "python3.12").symlink_to(sys.executable)  # really the running 3.11
    monkeypatch.setenv("PATH", str(tmp_path))
    python, why = build.pick_python()
    assert python == sys.executable
    assert "no Python 3.12 or later" in why


def test_the_lock_is_checked_in_the_building_python(tmp_path: Path) -> None:
    build = load_build()
    lock = tmp_path / "lock.txt"
    lock.write_text(
        f"# a comment\npytest=={version('pytest')}\nno-such-package==1.0\nPySide6==0.0\n",
        encoding="utf-8",
    )
    build.LOCK = lock
    assert build.lock_differences(sys.executable) == [
        "no-such-package: locked 1.0, not installed",
        f"PySide6: locked 0.0, installed {version('PySide6')}",
    ]
