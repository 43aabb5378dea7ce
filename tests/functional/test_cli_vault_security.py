"""The vault commands against an adversary (issue 11): recovery codes are revoked when used,
``passwd`` can replace one, and the vault key changes with the passphrase."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.conftest import CliResult

Run = Callable[..., CliResult]
STRONG = "violet tram ninety umbrella ə"


def _code(output: str) -> str:
    return next(line.strip() for line in output.splitlines() if line.count("-") == 7)


def test_recover_shows_a_new_code_and_the_used_one_stops_working(
    run_cli: Run, vault_path: Path, cli_env: dict[str, str]
) -> None:
    code = _code(run_cli("init", "--kdf-memory", "8", check=True).stdout)
    env = {**cli_env, "CASEWORK_RECOVERY_CODE": code, "CASEWORK_NEW_PASSPHRASE": STRONG}
    env.pop("CASEWORK_PASSPHRASE")
    recovered = run_cli("recover", "--kdf-memory", "8", env=env, check=True)
    new_code = _code(recovered.stdout)
    assert new_code != code
    again = run_cli("recover", "--kdf-memory", "8", env=env)
    assert again.returncode != 0 and "recovery code is wrong" in again.stderr
    env["CASEWORK_RECOVERY_CODE"] = new_code
    run_cli("recover", "--kdf-memory", "8", env=env, check=True)


def test_passwd_keeps_the_recovery_code_unless_told_to_replace_it(
    run_cli: Run, vault_path: Path, cli_env: dict[str, str]
) -> None:
    code = _code(run_cli("init", "--kdf-memory", "8", check=True).stdout)
    kept = run_cli(
        "passwd", "--kdf-memory", "8", env={**cli_env, "CASEWORK_NEW_PASSPHRASE": STRONG}
    )
    assert kept.returncode == 0, kept.stderr
    assert "recovery code still works" in kept.stdout
    replaced = run_cli(
        "passwd",
        "--kdf-memory",
        "8",
        "--new-recovery-code",
        env={**cli_env, "CASEWORK_PASSPHRASE": STRONG, "CASEWORK_NEW_PASSPHRASE": STRONG + "!"},
    )
    assert replaced.returncode == 0, replaced.stderr
    new_code = _code(replaced.stdout)
    assert new_code != code
    env = {**cli_env, "CASEWORK_RECOVERY_CODE": code, "CASEWORK_NEW_PASSPHRASE": STRONG}
    old = run_cli("recover", "--kdf-memory", "8", env=env)
    assert old.returncode != 0 and "recovery code is wrong" in old.stderr
