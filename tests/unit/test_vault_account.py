"""The vault's account: rows deleted, rolled back or brought back outside
Casework are noticed at unlock and named by ``check``; nothing is silently shown short."""

from __future__ import annotations

import io
import shutil
import sqlite3
from pathlib import Path

import pytest

from app.bundle import import_bundle
from app.case_json import parse_case
from app.session import Session
from app.sync import export_to
from storage.check import check_vault
from storage.errors import VaultTampered
from storage.vault import Vault
from tests.conftest import FAST_KDF_MIB, PASSPHRASE, example_case
from tests.unit.test_bundle_helpers import PASSPHRASE as BUNDLE_PASSPHRASE
from tests.unit.test_bundle_helpers import (
    Person,
    Template,
    add_case,
    build_template,
    open_template,
)

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "vaults"


@pytest.fixture
def filled(tmp_path: Path) -> tuple[Path, str, str]:
    """A vault with a case that has notes, history and a three-chunk attachment."""
    path = tmp_path / "v.cwvault"
    session, _code = Session.create(path, PASSPHRASE, kdf_memory_mib=FAST_KDF_MIB)
    with session:
        case = session.add_case(parse_case(example_case()))
        session.add_note(case.id, "A second note, written later.")
        data = bytes(range(256)) * 9000
        info = session.add_attachment(case.id, io.BytesIO(data), "verdict.pdf")
        session.add_case(parse_case(example_case(person={"full_name": "Tofiq Yaqubov"})))
    return path, case.id, info.id


def _sql(path: Path, *statements: str, args: tuple[object, ...] = ()) -> None:
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement, args)
    conn.commit()
    conn.close()


def _refused(path: Path, passphrase: str = PASSPHRASE) -> str:
    with pytest.raises(VaultTampered) as caught:
        Session.open(path, passphrase)
    return str(caught.value)


def _named_by_check(path: Path, passphrase: str = PASSPHRASE) -> list[str]:
    with Vault.open(path, passphrase, tolerate_damage=True) as vault:
        return [p.message for p in check_vault(vault)]


def _notes_id(path: Path, case_id: str) -> str:
    with Vault.open(path, PASSPHRASE) as vault:
        return vault.named_id(f"notes:{case_id}")


def test_a_sound_vault_passes_and_reopens(filled: tuple[Path, str, str]) -> None:
    path, case_id, _ = filled
    with Session.open(path, PASSPHRASE) as session:
        other = next(r["case_id"] for r in session.list_rows() if r["case_id"] != case_id)
        session.delete_case(other)
        session.remove_attachment(case_id, session.get_case(case_id).attachments[0].id)
        assert session.check() == []
    assert _named_by_check(path) == []


def test_a_deleted_notes_record_is_named_at_unlock_and_by_check(
    filled: tuple[Path, str, str],
) -> None:
    path, case_id, _ = filled
    _sql(path, "DELETE FROM records WHERE id = ?", args=(_notes_id(path, case_id),))
    message = _refused(path)
    assert f"case {case_id[:8]} is missing its notes record" in message
    assert "\n" not in message
    assert any(
        f"case {case_id[:8]} is missing its notes record" in m for m in _named_by_check(path)
    )


def test_a_deleted_history_record_is_named(filled: tuple[Path, str, str]) -> None:
    path, case_id, _ = filled
    _sql(
        path,
        "DELETE FROM records WHERE id = (SELECT id FROM records WHERE kind = 'history' "
        "AND case_id = ? LIMIT 1)",
        args=(case_id,),
    )
    assert f"case {case_id[:8]} is missing its history record" in _refused(path)


def test_deleted_attachment_chunks_are_named(filled: tuple[Path, str, str]) -> None:
    path, case_id, attachment_id = filled
    _sql(path, "DELETE FROM chunks WHERE attachment_id = ? AND idx = 2", args=(attachment_id,))
    message = _refused(path)
    assert f"attachment {attachment_id[:8]} of case {case_id[:8]} has 2 of its 3 parts" in message


def test_a_whole_case_deleted_outside_casework_is_named(filled: tuple[Path, str, str]) -> None:
    path, case_id, _ = filled
    _sql(
        path,
        "DELETE FROM records WHERE case_id = ?",
        "DELETE FROM chunks WHERE case_id = ?",
        "DELETE FROM case_keys WHERE case_id = ?",
        args=(case_id,),
    )
    messages = _named_by_check(path)
    assert f"case {case_id[:8]} is missing its key" in messages
    assert any(f"case {case_id[:8]} is missing its main record" in m for m in messages)


def test_a_record_rolled_back_to_an_older_copy_is_named(
    filled: tuple[Path, str, str], tmp_path: Path
) -> None:
    path, case_id, _ = filled
    older = tmp_path / "older.cwvault"
    shutil.copy(path, older)
    with Session.open(path, PASSPHRASE) as session:
        case = session.get_case(case_id)
        from dataclasses import replace

        session.update_case(replace(case, facility="Penitentiary No. 2"))
    conn = sqlite3.connect(older)
    revision, blob = conn.execute(
        "SELECT revision, blob FROM records WHERE id = ?", (case_id,)
    ).fetchone()
    conn.close()
    _sql(
        path,
        "UPDATE records SET revision = ?, blob = ? WHERE id = ?",
        args=(revision, blob, case_id),
    )
    message = _refused(path)
    assert f"case {case_id[:8]}'s main record is an older or other copy" in message


def test_the_account_itself_cannot_be_removed_or_replaced(
    filled: tuple[Path, str, str], tmp_path: Path
) -> None:
    path, _case_id, _ = filled
    older = tmp_path / "older.cwvault"
    shutil.copy(path, older)
    with Session.open(path, PASSPHRASE) as session:
        session.set_setting("language", "ru")
    conn = sqlite3.connect(older)
    old_summary = conn.execute("SELECT value FROM header WHERE name = 'account'").fetchone()[0]
    conn.close()
    _sql(path, "UPDATE header SET value = ? WHERE name = 'account'", args=(old_summary,))
    assert "does not hold what it should" in _refused(path)
    _sql(path, "DELETE FROM header WHERE name = 'account'")
    assert "account is missing" in _refused(path)


def test_a_failed_write_leaves_the_account_as_the_vault(tmp_path: Path) -> None:
    path = tmp_path / "v.cwvault"
    session, _code = Session.create(path, PASSPHRASE, kdf_memory_mib=FAST_KDF_MIB)
    with session:
        with pytest.raises(RuntimeError), session.transaction():
            session.add_case(parse_case(example_case()))
            raise RuntimeError("interrupted")
        session.add_case(parse_case(example_case()))
        assert session.check() == []
    Session.open(path, PASSPHRASE).close()


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return build_template(
        tmp_path_factory.mktemp("people"), ["Lawyer", "Mother"], [(0, 1, "family", "family")]
    )


def test_removing_replay_markers_cannot_bring_a_deleted_case_back(
    pair: Template, tmp_path: Path
) -> None:
    lawyer, mother = open_template(pair, tmp_path)
    people: list[Person] = [lawyer, mother]
    case_id = add_case(lawyer)
    bundle = tmp_path / "to-mother.cwb"
    export_to(lawyer.session, ["Mother"], bundle)
    import_bundle(mother.session, bundle)
    mother.session.delete_case(case_id)
    path = mother.session.vault.path
    for person in people:
        person.session.close()
    # The adversary removes the markers that refuse a replay and remember the deletion.
    _sql(path, "DELETE FROM records WHERE kind IN ('bundle_seen', 'tombstone')")
    message = _refused(path, BUNDLE_PASSPHRASE)
    assert "bundle_seen record" in message or "tombstone record" in message
    messages = _named_by_check(path, BUNDLE_PASSPHRASE)
    assert any("tombstone record" in m for m in messages)
    assert any("bundle_seen record" in m for m in messages)


def test_a_schema_1_vault_gets_an_account_and_is_then_covered(tmp_path: Path) -> None:
    path = tmp_path / "schema-1.cwvault"
    shutil.copy(FIXTURES / "schema-1.cwvault", path)
    with Session.open(path, PASSPHRASE) as session:
        assert session.check() == []
        first = session.list_rows()[0]["case_id"]
    # From now on the slot says the vault has an account: removing it is noticed.
    _sql(path, "DELETE FROM header WHERE name = 'account'")
    assert "account is missing" in _refused(path)
    _sql(path, "DELETE FROM account")
    assert first


def test_an_exchange_that_keeps_counts_and_revisions_is_caught_at_unlock(tmp_path: Path) -> None:
    path = tmp_path / "v.cwvault"
    session, _code = Session.create(path, PASSPHRASE, kdf_memory_mib=FAST_KDF_MIB)
    with session:
        session.put_vault_record("rule", "kept", {"v": 1})
        session.put_vault_record("rule", "deleted later", {"v": 2})
    older = tmp_path / "older.cwvault"
    shutil.copy(path, older)
    with Session.open(path, PASSPHRASE) as session:
        kept = session.vault.named_id("rule:kept")
        gone = session.vault.named_id("rule:deleted later")
        session.delete_vault_record("rule", "deleted later")
    conn = sqlite3.connect(older)
    row = conn.execute("SELECT * FROM records WHERE id = ?", (gone,)).fetchone()
    conn.close()
    # One rule record out, the deleted one (same kind, same revision) back in.
    _sql(path, "DELETE FROM records WHERE id = ?", args=(kept,))
    _sql(path, "INSERT INTO records VALUES (?, ?, ?, ?, ?, ?)", args=tuple(row))
    message = _refused(path)
    assert "rule record" in message
