"""Shared fixtures: fast vaults (small Argon2id memory), a real-CLI runner, offscreen Qt."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.example_case import example_case_json
from ui.pyside_refcount_guard import guard_if_needed

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The test suite is an entry point too: pytest-qt makes its own QApplication.
guard_if_needed()

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
PASSPHRASE = "correct horse battery staple — Əli"
FAST_KDF_MIB = 8


@dataclass
class CliResult:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "vault" / "test.cwvault"


@pytest.fixture
def cli_env(tmp_path: Path) -> dict[str, str]:
    """An environment for the real ``casework`` process with HOME and TMPDIR inside tmp_path,
    so tests can search every file the app touched."""
    home = tmp_path / "home"
    tmp = tmp_path / "tmp"
    home.mkdir(exist_ok=True)
    tmp.mkdir(exist_ok=True)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "TMPDIR": str(tmp),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "CASEWORK_PASSPHRASE": PASSPHRASE,
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
        "PYTHONPATH": str(REPO),
    }
    return env


@pytest.fixture
def run_cli(cli_env: dict[str, str], vault_path: Path) -> Callable[..., CliResult]:
    """Run ``casework --vault <vault_path> ARGS`` as a real process."""

    def run(
        *args: str,
        input: str | None = None,
        env: dict[str, str] | None = None,
        vault: Path | None = None,
        check: bool = False,
    ) -> CliResult:
        cmd = [sys.executable, "-m", "ui.cli.main", "--vault", str(vault or vault_path), *args]
        proc = subprocess.run(
            cmd,
            input=input,
            capture_output=True,
            text=True,
            env=env or cli_env,
            cwd=REPO,
            timeout=120,
        )
        result = CliResult(proc.returncode, proc.stdout, proc.stderr)
        if check and proc.returncode != 0:
            raise AssertionError(f"{cmd} failed ({proc.returncode}):\n{proc.stderr}")
        return result

    return run


@pytest.fixture
def init_vault(run_cli: Callable[..., CliResult], vault_path: Path) -> Path:
    run_cli("init", "--kdf-memory", str(FAST_KDF_MIB), check=True)
    return vault_path


def example_case(**overrides: object) -> dict[str, object]:
    """The reference case of docs/case-json.md, as JSON data."""
    return example_case_json(**overrides)
