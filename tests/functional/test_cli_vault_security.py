"""The vault commands against an adversary: recovery codes are revoked when used,
``passwd`` can replace one, and the vault key changes with the passphrase."""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from tests.conftest import REPO, CliResult, example_case

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


def _run_with_file_size_limit(
    cli_env: dict[str, str], vault_path: Path, limit: int, *args: str
) -> subprocess.CompletedProcess[str]:
    """Run the CLI where no file may grow past ``limit`` bytes: writes fail the way they
    do on a full disk (the kernel refuses them; SIGXFSZ is ignored, as a shell would)."""

    def limit_files() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return subprocess.run(
        [sys.executable, "-m", "ui.cli.main", "--vault", str(vault_path), *args],
        capture_output=True,
        text=True,
        env=cli_env,
        cwd=REPO,
        timeout=120,
        preexec_fn=limit_files,
        check=False,
    )


def _fill(run_cli: Run, tmp_path: Path, count: int) -> None:
    cases = tmp_path / "cases.csv"
    lines = ["full_name,birth_date"] + [f"Person {n} Həsənov,1980-01-01" for n in range(count)]
    cases.write_text("\n".join(lines) + "\n", encoding="utf-8")
    big = tmp_path / "scan.bin"
    big.write_bytes(os.urandom(3 * 1024 * 1024))
    case = tmp_path / "case.json"
    case.write_text(json.dumps(example_case(), ensure_ascii=False), encoding="utf-8")
    case_id = run_cli("case", "add", "--json", str(case), check=True).stdout.strip()
    run_cli("attach", case_id, str(big), check=True)


def test_backup_on_a_full_disk_fails_in_one_line_and_leaves_no_partial_file(
    run_cli: Run, init_vault: Path, cli_env: dict[str, str], tmp_path: Path
) -> None:
    _fill(run_cli, tmp_path, 0)
    target = tmp_path / "backups" / "copy.cwvault"
    result = _run_with_file_size_limit(cli_env, init_vault, 1024 * 1024, "backup", str(target))
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "could not write" in result.stderr and str(target) in result.stderr
    assert not target.exists()
    assert list(target.parent.iterdir()) == []
    run_cli("check", check=True)


def test_a_write_on_a_full_disk_fails_in_one_line_and_changes_nothing(
    run_cli: Run, init_vault: Path, cli_env: dict[str, str], tmp_path: Path
) -> None:
    _fill(run_cli, tmp_path, 0)
    before = json.loads(run_cli("case", "list", "--json", check=True).stdout)
    big = tmp_path / "second.bin"
    big.write_bytes(os.urandom(2 * 1024 * 1024))
    result = _run_with_file_size_limit(
        cli_env, init_vault, 1024 * 1024, "attach", before[0]["id"], str(big)
    )
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "could not write" in result.stderr
    after = json.loads(run_cli("case", "list", "--json", check=True).stdout)
    assert after == before
    assert run_cli("check").returncode == 0


def test_init_refuses_the_passphrase_a_like_the_app_does(
    run_cli: Run, vault_path: Path, cli_env: dict[str, str]
) -> None:
    from app.passphrase_policy import judge

    for weak in ("a", "password", "qwerty123"):
        assert not judge(weak).accepted  # the app's fields refuse them too
        result = run_cli("init", "--kdf-memory", "8", env={**cli_env, "CASEWORK_PASSPHRASE": weak})
        assert result.returncode != 0
        assert "Traceback" not in result.stderr
        assert "passphrase is" in result.stderr and "random words" in result.stderr
        assert not vault_path.exists()
    run_cli("init", "--kdf-memory", "8", env={**cli_env, "CASEWORK_PASSPHRASE": STRONG}, check=True)


def test_passwd_refuses_a_weak_new_passphrase_and_changes_nothing(
    run_cli: Run, init_vault: Path, cli_env: dict[str, str]
) -> None:
    before = init_vault.read_bytes()
    result = run_cli("passwd", "--kdf-memory", "8", env={**cli_env, "CASEWORK_NEW_PASSPHRASE": "a"})
    assert result.returncode != 0 and "too weak" in result.stderr
    assert run_cli("case", "list").returncode == 0  # the old passphrase still opens it
    assert len(init_vault.read_bytes()) == len(before)


def test_rows_deleted_behind_casework_are_refused_and_listed_by_check(
    run_cli: Run, init_vault: Path, cli_env: dict[str, str], tmp_path: Path
) -> None:
    import sqlite3

    case = tmp_path / "case.json"
    case.write_text(json.dumps(example_case(), ensure_ascii=False), encoding="utf-8")
    case_id = run_cli("case", "add", "--json", str(case), check=True).stdout.strip()
    conn = sqlite3.connect(init_vault)
    conn.execute("DELETE FROM records WHERE kind = 'notes'")
    conn.commit()
    conn.close()
    listed = run_cli("case", "list")
    assert listed.returncode != 0 and "Traceback" not in listed.stderr
    assert len(listed.stderr.strip().splitlines()) == 1
    assert f"case {case_id[:8]} is missing its notes record" in listed.stderr
    checked = run_cli("check")
    assert checked.returncode == 1
    assert f"case {case_id[:8]} is missing its notes record" in checked.stdout


def test_init_on_a_full_disk_fails_in_one_line_and_leaves_nothing(
    vault_path: Path, cli_env: dict[str, str]
) -> None:
    result = _run_with_file_size_limit(cli_env, vault_path, 8192, "init", "--kdf-memory", "8")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "could not write" in result.stderr and str(vault_path) in result.stderr
    assert sorted(p.name for p in vault_path.parent.iterdir()) == []


def test_a_truncated_vault_gives_one_line_naming_the_file(
    run_cli: Run, init_vault: Path, tmp_path: Path
) -> None:
    _fill(run_cli, tmp_path, 0)
    data = init_vault.read_bytes()
    init_vault.write_bytes(data[: len(data) // 3])
    for command in (("case", "list"), ("check",), ("backup", str(tmp_path / "copy.cwvault"))):
        result = run_cli(*command)
        assert result.returncode != 0, command
        assert "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert str(init_vault) in result.stderr
