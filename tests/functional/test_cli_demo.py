"""``casework demo`` through the real command line (docs/cli.md)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import FAST_KDF_MIB, PASSPHRASE, REPO, CliResult


def is_cyrillic(text: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in text)


def run_casework(
    *args: str, env: dict[str, str], input: str | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ui.cli.main", *args],
        input=input,
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=120,
    )


def test_demo_vault_lists_its_cases_and_finds_one_by_its_cyrillic_alias(
    run_cli: Callable[..., CliResult], vault_path: Path
) -> None:
    created = run_cli("demo", "--cases", "25", "--no-open", "--kdf-memory", str(FAST_KDF_MIB))
    assert created.returncode == 0, created.stderr
    assert str(vault_path) in created.stdout
    assert "Passphrase:" not in created.stdout  # it came from CASEWORK_PASSPHRASE
    assert vault_path.exists()

    listed = run_cli("case", "list", "--json", check=True)
    cases = json.loads(listed.stdout)
    assert len(cases) == 25
    assert {"id", "full_name", "aliases", "groups", "status", "last_day"} <= set(cases[0])
    assert {c["status"] for c in cases} >= {"imprisoned"}

    target = next(c for c in cases if any(is_cyrillic(a) for a in c["aliases"]))
    alias = next(a for a in target["aliases"] if is_cyrillic(a))
    found = run_cli("case", "list", "--search", alias, "--json", check=True)
    assert target["id"] in [c["id"] for c in json.loads(found.stdout)]


def test_demo_cases_show_computed_dates(run_cli: Callable[..., CliResult]) -> None:
    run_cli("demo", "--cases", "8", "--no-open", "--kdf-memory", str(FAST_KDF_MIB), check=True)
    cases = json.loads(run_cli("case", "list", "--json", check=True).stdout)
    sentenced = next(c for c in cases if c["status"] == "imprisoned")
    shown = json.loads(run_cli("case", "show", sentenced["id"], "--json", check=True).stdout)
    assert shown["computed"]["last_day"] == sentenced["last_day"]
    assert {n["visibility"] for n in shown["notes"]} == {"privileged", "family", "public"}


def test_demo_without_vault_makes_a_temporary_vault_and_prints_its_passphrase(
    cli_env: dict[str, str],
) -> None:
    env = {k: v for k, v in cli_env.items() if k != "CASEWORK_PASSPHRASE"}
    result = run_casework(
        "demo", "--cases", "5", "--no-open", "--kdf-memory", str(FAST_KDF_MIB), env=env
    )
    assert result.returncode == 0, result.stderr
    path = Path(re.search(r"demo vault (\S+) with 5 ", result.stdout).group(1))  # type: ignore[union-attr]
    passphrase = re.search(r"Passphrase: (\S+)", result.stdout).group(1)  # type: ignore[union-attr]
    assert path.exists()
    assert path.parent.name.startswith("casework-demo-")
    assert path.parent.parent == Path(cli_env["TMPDIR"])
    assert path.parent.stat().st_mode & 0o077 == 0  # a private folder
    assert len(passphrase) >= 20

    env["CASEWORK_PASSPHRASE"] = passphrase
    listed = run_casework("--vault", str(path), "case", "list", "--json", env=env)
    assert listed.returncode == 0, listed.stderr
    assert len(json.loads(listed.stdout)) == 5


def test_two_temporary_demos_get_different_folders_and_passphrases(
    cli_env: dict[str, str],
) -> None:
    env = {k: v for k, v in cli_env.items() if k != "CASEWORK_PASSPHRASE"}
    outputs = [
        run_casework(
            "demo", "--cases", "1", "--no-open", "--kdf-memory", str(FAST_KDF_MIB), env=env
        ).stdout
        for _ in range(2)
    ]
    assert outputs[0] != outputs[1]
    assert len({re.search(r"Passphrase: (\S+)", o).group(1) for o in outputs}) == 2  # type: ignore[union-attr]


def test_demo_refuses_to_overwrite_an_existing_vault(
    run_cli: Callable[..., CliResult], init_vault: Path
) -> None:
    before = init_vault.read_bytes()
    result = run_cli("demo", "--cases", "3", "--no-open", "--kdf-memory", str(FAST_KDF_MIB))
    assert result.returncode != 0
    assert "already exists" in result.stderr
    assert init_vault.read_bytes() == before
    assert json.loads(run_cli("case", "list", "--json", check=True).stdout) == []


def test_demo_at_a_path_without_a_passphrase_fails_and_creates_nothing(
    cli_env: dict[str, str], vault_path: Path
) -> None:
    env = {k: v for k, v in cli_env.items() if k != "CASEWORK_PASSPHRASE"}
    result = run_casework(
        "--vault", str(vault_path), "demo", "--cases", "3", "--no-open", env=env, input=""
    )
    assert result.returncode != 0
    assert "CASEWORK_PASSPHRASE" in result.stderr
    assert not vault_path.exists()


@pytest.mark.parametrize("count", ["0", "-4", "many"])
def test_demo_rejects_a_bad_number_of_cases(
    run_cli: Callable[..., CliResult], vault_path: Path, count: str
) -> None:
    result = run_cli("demo", "--cases", count, "--no-open")
    assert result.returncode == 2
    assert "--cases" in result.stderr
    assert not vault_path.exists()


def test_demo_opens_the_app_unlocked_with_the_demo_title(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Without --no-open the desktop app gets the unlocked session (no passphrase prompt).
    The window itself is tested in test_gui_demo.py."""
    from ui.cli.main import main

    seen: dict[str, Any] = {}

    def run_desktop(vault: str | None = None, session: Any = None, demo: bool = False) -> int:
        seen.update(vault=vault, demo=demo, cases=session.case_count())
        return 0

    fake = types.ModuleType("ui.desktop.application")
    fake.run_desktop = run_desktop  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "ui.desktop.application", fake)
    monkeypatch.setenv("CASEWORK_PASSPHRASE", PASSPHRASE)
    path = tmp_path / "open.cwvault"
    code = main(["--vault", str(path), "demo", "--cases", "6", "--kdf-memory", str(FAST_KDF_MIB)])
    assert code == 0
    assert seen == {"vault": str(path), "demo": True, "cases": 6}
