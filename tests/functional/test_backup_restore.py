"""Backup and restore as docs/backup.md tells a user to do it: ``casework backup DEST``, then,
after losing the laptop's vault, copy the backup into place and open it as before."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from app.case_json import case_to_json, parse_case
from app.session import Session
from tests.conftest import PASSPHRASE, CliResult, example_case

Run = Callable[..., CliResult]

MARKER = "Zümrüd-Backup-Marker-Щ7Q"
SCAN = ("Hökm — приговор " + MARKER + "\n").encode() * 500 + bytes(range(256)) * 40


def add_case(vault: Path, case: dict[str, Any]) -> str:
    with Session.open(vault, PASSPHRASE) as session:
        return str(session.add_case(parse_case(case)).id)


def snapshot(vault: Path) -> dict[str, Any]:
    """What a user sees of the vault: every case with its notes, events, attachments (their
    bytes' digest) and history, and the settings."""
    with Session.open(vault, PASSPHRASE) as session:
        cases = {}
        for case in session.list_cases():
            full = session.get_case(case.id)
            documents = {
                info.name: hashlib.sha256(
                    b"".join(session.read_attachment(case.id, info.id))
                ).hexdigest()
                for info in full.attachments
            }
            history = sorted(
                (h.at, h.source, json.dumps([c.__dict__ for c in h.changes], sort_keys=True))
                for h in session.history(case.id)
            )
            cases[case.id] = {
                "case": case_to_json(full),
                "documents": documents,
                "history": history,
                "row": session.list_row(case.id),
            }
        return {"cases": cases, "language": session.get_setting("language")}


def make_vault_with_work(vault: Path) -> tuple[str, str]:
    """Two cases, one with an attachment, an edit in its history, and a setting."""
    with Session.open(vault, PASSPHRASE) as session:
        first = session.add_case(parse_case(example_case())).id
        second = session.add_case(
            parse_case(
                example_case(
                    person={"full_name": f"Gülnarə {MARKER}", "aliases": ["Гюльнара Мамедова"]},
                    status="pretrial",
                    sentence=None,
                    notes=[{"text": f"Note {MARKER}", "visibility": "family"}],
                )
            )
        ).id
        session.add_attachment(first, io.BytesIO(SCAN), "hökm.pdf")
        case = session.get_case(first)
        session.update_case(replace(case, status="released"))
        session.set_setting("language", "az")
    return first, second


def test_backup_opens_with_the_same_passphrase_and_holds_the_same_work(
    run_cli: Run, init_vault: Path, tmp_path: Path, cli_env: dict[str, str]
) -> None:
    first, _ = make_vault_with_work(init_vault)
    backup = tmp_path / "usb" / "casework-backup.cwvault"
    backup.parent.mkdir()

    result = run_cli("backup", str(backup), check=True)
    assert str(backup) in result.stdout

    assert MARKER.encode() not in backup.read_bytes()  # still encrypted
    assert MARKER.encode("utf-16-le") not in backup.read_bytes()
    assert [p.name for p in backup.parent.iterdir()] == [backup.name]  # no .partial left
    assert snapshot(backup) == snapshot(init_vault)
    check = run_cli("check", vault=backup)
    assert check.returncode == 0 and check.stdout.startswith("OK: 2 cases"), check.stdout
    restored_scan = tmp_path / "scan-from-backup.pdf"
    run_cli(
        "attachment", "get", first, "hökm.pdf", "-o", str(restored_scan), vault=backup, check=True
    )
    assert restored_scan.read_bytes() == SCAN

    wrong = dict(cli_env, CASEWORK_PASSPHRASE=PASSPHRASE + "x")
    refused = run_cli("case", "list", vault=backup, env=wrong)
    assert refused.returncode != 0 and "passphrase is wrong" in refused.stderr


def test_restoring_is_copying_the_backup_into_place(
    run_cli: Run, init_vault: Path, tmp_path: Path
) -> None:
    make_vault_with_work(init_vault)
    backup = tmp_path / "backup.cwvault"
    run_cli("backup", str(backup), check=True)
    at_backup = snapshot(init_vault)
    # Work done after the backup is what a restore gives up.
    add_case(init_vault, example_case(person={"full_name": "Added after the backup"}))

    # The laptop's vault is lost: the file, its WAL and lock file alike.
    for path in init_vault.parent.iterdir():
        path.unlink()
    shutil.copyfile(backup, init_vault)

    assert snapshot(init_vault) == at_backup
    assert run_cli("check").returncode == 0
    # The restored vault is a working vault: it takes new work and backs up again.
    add_case(init_vault, example_case(person={"full_name": "Added after the restore"}))
    again = tmp_path / "backup-2.cwvault"
    run_cli("backup", str(again), check=True)
    names = [c["case"]["person"]["full_name"] for c in snapshot(again)["cases"].values()]
    assert "Added after the restore" in names and "Added after the backup" not in names


def test_backup_never_overwrites_an_existing_file(
    run_cli: Run, init_vault: Path, tmp_path: Path
) -> None:
    add_case(init_vault, example_case())
    existing = tmp_path / "older-backup.cwvault"
    run_cli("backup", str(existing), check=True)
    before = existing.read_bytes()
    add_case(init_vault, example_case(person={"full_name": "Newer"}))

    result = run_cli("backup", str(existing))

    assert result.returncode != 0
    assert "already exists" in result.stderr and "Traceback" not in result.stderr
    assert existing.read_bytes() == before


def test_backup_opens_with_the_recovery_code_of_the_original(
    run_cli: Run, vault_path: Path, tmp_path: Path, cli_env: dict[str, str]
) -> None:
    created = run_cli("init", "--kdf-memory", "8", check=True)
    code = created.stdout.split("once and opens the vault if the passphrase is forgotten:")[1]
    code = code.strip().splitlines()[0].strip()
    add_case(vault_path, example_case())
    backup = tmp_path / "backup.cwvault"
    run_cli("backup", str(backup), check=True)

    env = dict(cli_env, CASEWORK_RECOVERY_CODE=code, CASEWORK_NEW_PASSPHRASE="new passphrase Ş")
    run_cli("recover", "--kdf-memory", "8", vault=backup, env=env, check=True)
    opened = run_cli(
        "case",
        "list",
        "--json",
        vault=backup,
        env=dict(cli_env, CASEWORK_PASSPHRASE="new passphrase Ş"),
        check=True,
    )
    assert [c["full_name"] for c in json.loads(opened.stdout)] == ["Əli Həsənov"]
