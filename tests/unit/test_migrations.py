"""Vaults made by every schema version still open, migrate, pass ``check`` and hold what they
held; a vault from a newer Casework is refused and left byte-identical."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from app.case_json import case_to_json
from app.sentence import compute_sentence
from app.session import Session
from storage import schema
from storage.errors import VaultCorrupt
from tests.conftest import CliResult

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "vaults"
VAULTS = sorted(FIXTURES.glob("schema-*.cwvault"), key=lambda p: int(p.stem.split("-")[1]))


def load_record(vault: Path) -> dict[str, Any]:
    record: dict[str, Any] = json.loads(vault.with_suffix(".json").read_text(encoding="utf-8"))
    return record


def copy_fixture(source: Path, folder: Path) -> Path:
    """A private copy: opening a vault migrates it, and the fixture must never change."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / source.name
    shutil.copyfile(source, target)
    return target


def assert_contains(actual: Any, recorded: Any, path: str = "") -> None:
    """Every recorded value is in ``actual`` (later versions may add keys, never change
    or lose recorded ones)."""
    if isinstance(recorded, dict):
        assert isinstance(actual, dict), path
        for key, value in recorded.items():
            assert key in actual, f"{path}.{key} is missing"
            assert_contains(actual[key], value, f"{path}.{key}")
    elif isinstance(recorded, list):
        assert isinstance(actual, list) and len(actual) == len(recorded), path
        for index, (got, wanted) in enumerate(zip(actual, recorded, strict=True)):
            assert_contains(got, wanted, f"{path}[{index}]")
    else:
        assert actual == recorded, f"{path}: {actual!r} != {recorded!r}"


def history_summary(session: Session, case_id: str) -> list[tuple[str, list[str]]]:
    # Entries made within the same second have no defined order: compare them as a multiset.
    return sorted((h.source, [c.field for c in h.changes]) for h in session.history(case_id))


def test_every_schema_version_has_a_fixture() -> None:
    versions = [int(p.stem.split("-")[1]) for p in VAULTS]
    assert versions == list(range(1, schema.SCHEMA_VERSION + 1))
    for vault in VAULTS:
        assert vault.with_suffix(".json").is_file(), vault


def test_migrations_cover_every_version_below_the_current_one() -> None:
    assert set(schema.MIGRATIONS) == set(range(1, schema.SCHEMA_VERSION))
    assert all(callable(step) for step in schema.MIGRATIONS.values())


@pytest.mark.parametrize("fixture", VAULTS, ids=[p.stem for p in VAULTS])
def test_old_vault_opens_migrates_and_holds_what_was_recorded(
    fixture: Path, tmp_path: Path
) -> None:
    record = load_record(fixture)
    vault = copy_fixture(fixture, tmp_path)
    with Session.open(vault, record["passphrase"]) as session:
        assert session.vault.header.schema_version == schema.SCHEMA_VERSION
        assert session.check() == []
        assert session.damaged == []
        assert {c.id for c in session.list_cases()} == set(record["cases"])
        on = date.fromisoformat(record["computed_on"])
        for case_id, expected in record["cases"].items():
            case = session.get_case(case_id)
            assert_contains(case_to_json(case), expected["case"], case_id)
            computation = compute_sentence(case, on=on)
            last_day = computation.last_day.isoformat() if computation else None
            assert last_day == expected["last_day"], case_id
            recorded_history = sorted((h["source"], h["fields"]) for h in expected["history"])
            assert history_summary(session, case_id) == recorded_history, case_id
        for attachment_id, expected in record["attachments"].items():
            data = b"".join(session.read_attachment(expected["case"], attachment_id))
            assert hashlib.sha256(data).hexdigest() == expected["sha256"], attachment_id
        for case_id in record["deleted"]:
            assert not session.has_case(case_id)
            assert case_id in session.deleted_cases()
        for name, value in record["settings"].items():
            assert session.get_setting(name) == value, name
        # Search works on the migrated vault in any spelling of a recorded name.
        assert session.search("Али Гасанов")
        assert session.search("gulnara mamedova")

    # The recovery code made then still opens it now.
    with Session.open_with_recovery(vault, record["recovery_code"]) as session:
        assert session.case_count() == len(record["cases"])


@pytest.mark.parametrize("fixture", VAULTS[-1:], ids=[p.stem for p in VAULTS[-1:]])
def test_old_vault_passes_casework_check(
    fixture: Path, tmp_path: Path, run_cli: Callable[..., CliResult]
) -> None:
    record = load_record(fixture)
    vault = copy_fixture(fixture, tmp_path / "copy")
    result = run_cli("check", vault=vault)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"OK: {len(record['cases'])} cases")


def claim_schema(vault: Path, version: int) -> None:
    conn = sqlite3.connect(vault)
    try:
        conn.execute(f"PRAGMA user_version = {version}")
        conn.commit()
    finally:
        conn.close()


def test_vault_from_a_newer_casework_is_refused_and_left_unchanged(
    tmp_path: Path, run_cli: Callable[..., CliResult]
) -> None:
    record = load_record(VAULTS[-1])
    vault = copy_fixture(VAULTS[-1], tmp_path / "copy")
    claim_schema(vault, schema.SCHEMA_VERSION + 1)
    before = vault.read_bytes()

    with pytest.raises(VaultCorrupt, match="newer Casework"):
        Session.open(vault, record["passphrase"])
    assert vault.read_bytes() == before

    result = run_cli("case", "list", vault=vault)
    assert result.returncode != 0
    assert "newer Casework" in result.stderr and "Traceback" not in result.stderr
    assert vault.read_bytes() == before


def test_failing_migration_leaves_the_vault_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    record = load_record(VAULTS[-1])
    vault = copy_fixture(VAULTS[-1], tmp_path)
    current = schema.SCHEMA_VERSION

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half_done (x)")
        conn.execute("DELETE FROM records")
        raise ValueError("migration bug")

    before = vault.read_bytes()
    with monkeypatch.context() as patch:
        patch.setattr(schema, "SCHEMA_VERSION", current + 1)
        patch.setitem(schema.MIGRATIONS, current, broken)
        with pytest.raises(ValueError, match="migration bug"):
            Session.open(vault, record["passphrase"])
    assert vault.read_bytes() == before
    with Session.open(vault, record["passphrase"]) as session:
        assert session.vault.header.schema_version == current
        assert session.case_count() == len(record["cases"])


def test_migration_runs_once_in_order_and_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    record = load_record(VAULTS[-1])
    vault = copy_fixture(VAULTS[-1], tmp_path)
    current = schema.SCHEMA_VERSION
    calls: list[int] = []

    def step(version: int) -> Callable[[sqlite3.Connection], None]:
        def migrate(conn: sqlite3.Connection) -> None:
            calls.append(version)
            conn.execute(f"CREATE TABLE migrated_{version} (x)")

        return migrate

    monkeypatch.setattr(schema, "SCHEMA_VERSION", current + 2)
    monkeypatch.setitem(schema.MIGRATIONS, current, step(current))
    monkeypatch.setitem(schema.MIGRATIONS, current + 1, step(current + 1))
    with Session.open(vault, record["passphrase"]) as session:
        assert session.vault.header.schema_version == current + 2
        assert session.case_count() == len(record["cases"])
    with Session.open(vault, record["passphrase"]) as session:
        assert session.vault.header.schema_version == current + 2
    assert calls == [current, current + 1]
