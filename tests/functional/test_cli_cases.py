"""A lawyer's first steps with the CLI: create a vault, add, find, edit and delete cases —
and every kind of bad input refused with an error naming the field, the vault unchanged."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import CliResult, example_case

Run = Callable[..., CliResult]


def add_case(run_cli: Run, tmp_path: Path, case: dict[str, object]) -> str:
    source = tmp_path / "input.json"
    source.write_text(json.dumps(case, ensure_ascii=False), encoding="utf-8")
    result = run_cli("case", "add", "--json", str(source), check=True)
    return result.stdout.strip()


def test_add_find_edit_delete(run_cli: Run, init_vault: Path, tmp_path: Path) -> None:
    case_id = add_case(run_cli, tmp_path, example_case())
    assert len(case_id) == 32

    for query in ("ali hasanov", "Али Гасанов", "HƏSƏNOV", "hasan", "Əli"):
        found = json.loads(run_cli("case", "list", "--search", query, "--json", check=True).stdout)
        assert [c["id"] for c in found] == [case_id], query

    shown = json.loads(
        run_cli("case", "show", case_id, "--json", "--on", "2025-01-01", check=True).stdout
    )
    assert shown["person"]["full_name"] == "Əli Həsənov"
    assert shown["sentence"]["term"] == "P3Y"
    assert shown["computed"]["last_day"] == "2026-01-31"
    assert shown["computed"]["credited_days"] == 73
    assert shown["computed"]["unserved_days"] == 395

    run_cli(
        "case",
        "edit",
        case_id[:8],
        "--json",
        "-",
        input='{"status": "released", "facility": null}',
        check=True,
    )
    edited = json.loads(run_cli("case", "show", case_id, "--json", check=True).stdout)
    assert edited["status"] == "released"
    assert edited["facility"] is None
    assert edited["notes"][0]["text"] == "Defence strategy: challenge the search."

    history = json.loads(
        run_cli("case", "show", case_id, "--json", "--history", check=True).stdout
    )["history"]
    last = history[-1]["changes"]
    assert {"field": "status", "old": "imprisoned", "new": "released"} in last

    run_cli("case", "delete", case_id, check=True)
    assert json.loads(run_cli("case", "list", "--json", check=True).stdout) == []


def test_show_json_round_trips_through_add(run_cli: Run, init_vault: Path, tmp_path: Path) -> None:
    case_id = add_case(run_cli, tmp_path, example_case())
    shown = json.loads(run_cli("case", "show", case_id, "--json", check=True).stdout)
    copy_id = add_case(run_cli, tmp_path, shown)
    assert copy_id != case_id  # the id is taken, so the copy gets a new one
    copy = json.loads(run_cli("case", "show", copy_id, "--json", check=True).stdout)
    for key in ("person", "custody", "sentence", "notes", "events", "status"):
        assert copy[key] == shown[key], key


@pytest.mark.parametrize(
    ("case", "field", "words"),
    [
        (example_case(colour="red"), "colour", "unknown field"),
        (example_case(arrested_on="2023-02-30"), "arrested_on", "not a real date"),
        (
            example_case(sentence={"term": "3 years", "start_date": "2023-04-15"}),
            "sentence.term",
            "ISO 8601 duration",
        ),
        (example_case(status="jailed"), "status", "not one of"),
        (
            example_case(custody=[{"from": "2023-05-01", "to": "2023-04-01"}]),
            "custody[0].to",
            "before",
        ),
        ({"status": "imprisoned"}, "person", "required"),
    ],
)
def test_bad_case_json_names_the_field_and_writes_nothing(
    run_cli: Run,
    init_vault: Path,
    tmp_path: Path,
    case: dict[str, object],
    field: str,
    words: str,
) -> None:
    before = init_vault.read_bytes()
    source = tmp_path / "bad.json"
    source.write_text(json.dumps(case), encoding="utf-8")
    result = run_cli("case", "add", "--json", str(source))
    assert result.returncode != 0
    assert field in result.stderr and words in result.stderr
    assert init_vault.read_bytes() == before


def test_malformed_json_is_refused(run_cli: Run, init_vault: Path) -> None:
    result = run_cli("case", "add", "--json", "-", input='{"person": {"full_name": "x"')
    assert result.returncode != 0
    assert "not valid JSON" in result.stderr


def test_bad_edit_leaves_the_vault_byte_identical(
    run_cli: Run, init_vault: Path, tmp_path: Path
) -> None:
    case_id = add_case(run_cli, tmp_path, example_case())
    before = init_vault.read_bytes()
    result = run_cli("case", "edit", case_id, "--json", "-", input='{"sentence": {"term": "P3Q"}}')
    assert result.returncode != 0
    assert "sentence.term" in result.stderr
    assert init_vault.read_bytes() == before


def test_wrong_passphrase(run_cli: Run, init_vault: Path, cli_env: dict[str, str]) -> None:
    before = init_vault.read_bytes()
    result = run_cli("case", "list", env={**cli_env, "CASEWORK_PASSPHRASE": "wrong"})
    assert result.returncode != 0
    assert "passphrase is wrong" in result.stderr
    assert init_vault.read_bytes() == before


def test_passphrase_file(
    run_cli: Run, init_vault: Path, cli_env: dict[str, str], tmp_path: Path
) -> None:
    from tests.conftest import PASSPHRASE

    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    env = {k: v for k, v in cli_env.items() if k != "CASEWORK_PASSPHRASE"}
    result = run_cli("--passphrase-file", str(secret), "case", "list", "--json", env=env)
    assert result.returncode == 0, result.stderr


def test_lost_passphrase_recovery_code_sets_a_new_one(
    run_cli: Run, vault_path: Path, cli_env: dict[str, str], tmp_path: Path
) -> None:
    created = run_cli("init", "--kdf-memory", "8", check=True)
    code = next(line.strip() for line in created.stdout.splitlines() if line.count("-") == 7)
    case_id = add_case(run_cli, tmp_path, example_case())
    env = {
        **cli_env,
        "CASEWORK_RECOVERY_CODE": code,
        "CASEWORK_NEW_PASSPHRASE": "new one, quite long",
    }
    env.pop("CASEWORK_PASSPHRASE")
    run_cli("recover", "--kdf-memory", "8", env=env, check=True)
    old = run_cli("case", "list")
    assert old.returncode != 0 and "passphrase is wrong" in old.stderr
    new = run_cli(
        "case",
        "show",
        case_id,
        "--json",
        env={**cli_env, "CASEWORK_PASSPHRASE": "new one, quite long"},
        check=True,
    )
    assert json.loads(new.stdout)["person"]["full_name"] == "Əli Həsənov"


P2 = "second passphrase, four words"  # strong enough for the policy


def test_passwd_changes_the_passphrase(
    run_cli: Run, init_vault: Path, cli_env: dict[str, str]
) -> None:
    run_cli(
        "passwd",
        "--kdf-memory",
        "8",
        env={**cli_env, "CASEWORK_NEW_PASSPHRASE": P2},
        check=True,
    )
    assert run_cli("case", "list").returncode != 0
    assert run_cli("case", "list", env={**cli_env, "CASEWORK_PASSPHRASE": P2}).returncode == 0


def test_attach_and_get_back(run_cli: Run, init_vault: Path, tmp_path: Path) -> None:
    case_id = add_case(run_cli, tmp_path, example_case())
    scan = tmp_path / "verdict.pdf"
    scan.write_bytes(b"%PDF-1.4 verdict " * 200_000)  # 3.4 MB
    run_cli("attach", case_id, str(scan), check=True)
    out = tmp_path / "out.pdf"
    run_cli("attachment", "get", case_id, "verdict.pdf", "-o", str(out), check=True)
    assert out.read_bytes() == scan.read_bytes()
    missing = run_cli("attachment", "get", case_id, "nope.pdf", "-o", str(out))
    assert missing.returncode != 0 and "nope.pdf" in missing.stderr


def test_backup_opens_with_same_passphrase(run_cli: Run, init_vault: Path, tmp_path: Path) -> None:
    case_id = add_case(run_cli, tmp_path, example_case())
    copy = tmp_path / "backup.cwvault"
    run_cli("backup", str(copy), check=True)
    listed = json.loads(run_cli("case", "list", "--json", vault=copy, check=True).stdout)
    assert [c["id"] for c in listed] == [case_id]
    again = run_cli("backup", str(copy))
    assert again.returncode != 0 and "refusing to overwrite" in again.stderr


def test_unknown_case_id(run_cli: Run, init_vault: Path) -> None:
    result = run_cli("case", "show", "deadbeef")
    assert result.returncode != 0
    assert "no case with id" in result.stderr
    # Text that cannot be a case id says so.
    result = run_cli("case", "show", "doesnotexist")
    assert result.returncode != 0
    assert "not a case id" in result.stderr
