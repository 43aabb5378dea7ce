"""ui/ -> app/ -> storage/: the core never imports Qt, and storage never imports app."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _imports(package: str) -> dict[Path, set[str]]:
    found: dict[Path, set[str]] = {}
    for path in (REPO / package).rglob("*.py"):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module.split(".")[0])
        found[path] = names
    return found


def test_app_and_storage_never_import_qt() -> None:
    offenders = [
        str(path.relative_to(REPO))
        for package in ("app", "storage")
        for path, names in _imports(package).items()
        if names & {"PySide6", "shiboken6", "PyQt5", "PyQt6"}
    ]
    assert offenders == []


def test_storage_never_imports_app_or_ui() -> None:
    offenders = [
        str(path.relative_to(REPO))
        for path, names in _imports("storage").items()
        if names & {"app", "ui"}
    ]
    assert offenders == []


def test_ui_reaches_storage_only_through_app() -> None:
    offenders = [
        str(path.relative_to(REPO)) for path, names in _imports("ui").items() if "storage" in names
    ]
    assert offenders == []


def test_app_never_imports_ui() -> None:
    offenders = [
        str(path.relative_to(REPO)) for path, names in _imports("app").items() if "ui" in names
    ]
    assert offenders == []


def test_headless_cli_commands_load_without_qt() -> None:
    """Importing the CLI and every app/storage module leaves PySide6 unloaded."""
    code = (
        "import sys, pkgutil, importlib\n"
        "import ui.cli.main as m\n"
        "m.build_parser()\n"
        "for pkg in ('app', 'storage'):\n"
        "    p = importlib.import_module(pkg)\n"
        "    for info in pkgutil.walk_packages(p.__path__, pkg + '.'):\n"
        "        importlib.import_module(info.name)\n"
        "print('PySide6' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True
    )
    assert out.stdout.strip() == "False"
