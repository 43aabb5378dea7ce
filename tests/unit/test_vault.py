"""The vault at rest: key hierarchy, sealed records, recovery, passphrase change, lock."""

from __future__ import annotations

import io
import os
import sqlite3
from pathlib import Path

import pytest

from storage import schema
from storage.attachments import read_attachment, store_attachment, store_attachments
from storage.check import check_vault
from storage.errors import RecordTampered, VaultExists, VaultInUse, WrongPassphrase
from storage.keys import KdfParams
from storage.vault import Vault, read_header

PASS = "pass phrase ə"


@pytest.fixture
def vault(tmp_path: Path) -> Vault:
    created, _code = Vault.create(tmp_path / "v.cwvault", PASS, kdf_memory_mib=8)
    yield created
    created.close()


def test_record_round_trip_and_revision_increases(vault: Vault) -> None:
    vault.new_case("c1")
    assert vault.put("r1", "case", {"name": "Əli"}, case_id="c1") == 1
    assert vault.put("r1", "case", {"name": "Əli Həsənov"}, case_id="c1") == 2
    record = vault.get("r1")
    assert record is not None
    assert record.payload == {"name": "Əli Həsənov"}
    assert record.revision == 2


def test_wrong_passphrase_is_refused_and_file_is_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "v.cwvault"
    vault, _ = Vault.create(path, PASS, kdf_memory_mib=8)
    vault.new_case("c1")
    vault.put("r1", "case", {"x": 1}, case_id="c1")
    vault.close()
    before = path.read_bytes()
    with pytest.raises(WrongPassphrase, match="passphrase is wrong"):
        Vault.open(path, "not it")
    assert path.read_bytes() == before


def test_passphrase_is_unicode_normalised(tmp_path: Path) -> None:
    path = tmp_path / "v.cwvault"
    Vault.create(path, "Ə\u0301li", kdf_memory_mib=8)[0].close()
    import unicodedata

    Vault.open(path, unicodedata.normalize("NFD", "Ə\u0301li")).close()


def test_recovery_code_opens_and_new_passphrase_replaces_old(tmp_path: Path) -> None:
    path = tmp_path / "v.cwvault"
    vault, code = Vault.create(path, PASS, kdf_memory_mib=8)
    vault.put("w", "setting", {"v": 1})
    vault.close()
    recovered = Vault.open_with_recovery(path, code.lower().replace("-", " "))
    new_code = recovered.change_passphrase("brand new", kdf_memory_mib=8)
    recovered.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(path, PASS)
    reopened = Vault.open(path, "brand new")
    assert reopened.get("w").payload == {"v": 1}  # type: ignore[union-attr]
    reopened.close()
    # A used recovery code is revoked: a new one replaces it.
    assert new_code is not None and new_code != code
    with pytest.raises(WrongPassphrase, match="recovery code"):
        Vault.open_with_recovery(path, code)
    Vault.open_with_recovery(path, new_code).close()


def test_wrong_recovery_code_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "v.cwvault"
    Vault.create(path, PASS, kdf_memory_mib=8)[0].close()
    with pytest.raises(WrongPassphrase, match="recovery code is wrong"):
        Vault.open_with_recovery(path, "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA")


def test_second_opener_gets_vault_in_use(vault: Vault) -> None:
    with pytest.raises(VaultInUse, match="in use"):
        Vault.open(vault.path, PASS)


def test_create_refuses_to_overwrite(vault: Vault) -> None:
    with pytest.raises(VaultExists):
        Vault.create(vault.path, PASS, kdf_memory_mib=8)


def test_altered_ciphertext_is_detected_by_check_and_on_read(tmp_path: Path) -> None:
    path = tmp_path / "v.cwvault"
    vault, _ = Vault.create(path, PASS, kdf_memory_mib=8)
    vault.new_case("c1")
    vault.put("r1", "case", {"name": "x"}, case_id="c1")
    vault.close()
    conn = sqlite3.connect(path)
    blob = bytearray(conn.execute("SELECT blob FROM records WHERE id='r1'").fetchone()[0])
    blob[20] ^= 1
    conn.execute("UPDATE records SET blob=? WHERE id='r1'", (bytes(blob),))
    conn.commit()
    conn.close()
    vault = Vault.open(path, PASS)
    with pytest.raises(RecordTampered, match="r1"):
        vault.get("r1")
    problems = check_vault(vault)
    assert [p.what for p in problems] == ["r1"]
    vault.close()


def test_records_cannot_be_swapped_between_ids(tmp_path: Path) -> None:
    path = tmp_path / "v.cwvault"
    vault, _ = Vault.create(path, PASS, kdf_memory_mib=8)
    vault.put("a", "setting", {"v": "a"})
    vault.put("b", "setting", {"v": "b"})
    vault.close()
    conn = sqlite3.connect(path)
    blob_a = conn.execute("SELECT blob FROM records WHERE id='a'").fetchone()[0]
    conn.execute("UPDATE records SET blob=? WHERE id='b'", (blob_a,))
    conn.commit()
    conn.close()
    vault = Vault.open(path, PASS)
    with pytest.raises(RecordTampered):
        vault.get("b")
    vault.close()


def test_header_kdf_parameters_are_bound(tmp_path: Path) -> None:
    path = tmp_path / "v.cwvault"
    Vault.create(path, PASS, kdf_memory_mib=8)[0].close()
    conn = sqlite3.connect(path)
    params = KdfParams.from_json(
        conn.execute("SELECT value FROM header WHERE name='kdf'").fetchone()[0]
    )
    weaker = KdfParams(params.memory_kib, params.iterations, 1, params.salt_hex)
    conn.execute("UPDATE header SET value=? WHERE name='kdf'", (weaker.canonical(),))
    conn.commit()
    conn.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(path, PASS)


def test_attachment_streams_in_chunks_and_detects_truncation(vault: Vault) -> None:
    vault.new_case("c1")
    data = bytes(range(256)) * 9000  # 2.3 MB: three chunks
    size, _digest = store_attachment(vault, "c1", "att", io.BytesIO(data))
    assert size == len(data)
    assert b"".join(read_attachment(vault, "c1", "att")) == data
    vault.conn.execute("DELETE FROM chunks WHERE attachment_id='att' AND idx=2")
    with pytest.raises(RecordTampered):
        b"".join(read_attachment(vault, "c1", "att"))


def test_empty_attachment(vault: Vault) -> None:
    vault.new_case("c1")
    assert store_attachment(vault, "c1", "e", io.BytesIO(b""))[0] == 0
    assert b"".join(read_attachment(vault, "c1", "e")) == b""


def test_several_documents_stored_in_one_pass_read_back_each_with_its_hash(
    vault: Vault,
) -> None:
    import contextlib
    import hashlib

    vault.new_case("c1")
    vault.new_case("c2")
    files = {"a": os.urandom(3 * 1024 * 1024 + 5), "b": b"", "c": b"scan"}
    owners = {"a": "c1", "b": "c2", "c": "c1"}
    stored = store_attachments(
        vault,
        [
            (owners[name], name, lambda data=data: contextlib.nullcontext(io.BytesIO(data)))
            for name, data in files.items()
        ],
    )
    assert [(s.size, s.sha256) for s in stored] == [
        (len(data), hashlib.sha256(data).hexdigest()) for data in files.values()
    ]
    for name, data in files.items():
        assert b"".join(read_attachment(vault, owners[name], name)) == data
    assert check_vault(vault) == []


def test_stored_documents_reach_the_vault_file_when_the_log_is_folded(vault: Vault) -> None:
    vault.new_case("c1")
    data = os.urandom(3 * 1024 * 1024)
    before = vault.path.stat().st_size
    store_attachment(vault, "c1", "scan", io.BytesIO(data))
    assert vault.log_to_fold  # durable in the log, not yet copied into the file
    assert vault.path.stat().st_size < before + len(data)
    vault.fold_log()
    assert not vault.log_to_fold
    assert vault.path.stat().st_size >= before + len(data)
    assert b"".join(read_attachment(vault, "c1", "scan")) == data


def test_a_second_key_is_never_made_for_a_case(vault: Vault) -> None:
    vault.new_case("c1")
    vault.put("r1", "case", {"n": 1}, case_id="c1")
    vault.new_case("c1")  # bundle import makes a new case's key before its documents
    assert vault.get("r1").payload == {"n": 1}
    assert vault.conn.execute("SELECT count(*) FROM case_keys").fetchone()[0] == 1


def test_deleting_a_case_removes_records_chunks_and_key(vault: Vault) -> None:
    vault.new_case("c1")
    vault.put("r1", "case", {"n": 1}, case_id="c1")
    store_attachment(vault, "c1", "a", io.BytesIO(b"scan"))
    vault.delete_case("c1")
    conn = vault.conn
    assert conn.execute("SELECT count(*) FROM records WHERE case_id='c1'").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM chunks").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM case_keys").fetchone()[0] == 0


def test_transaction_rolls_back_everything(vault: Vault) -> None:
    with pytest.raises(RuntimeError), vault.transaction():
        vault.put("x", "setting", {"v": 1})
        raise RuntimeError("boom")
    assert vault.get("x") is None


def test_backup_is_a_vault_that_opens_with_the_same_passphrase(
    vault: Vault, tmp_path: Path
) -> None:
    vault.put("x", "setting", {"v": "kept"})
    copy = vault.backup(tmp_path / "backup.cwvault")
    with pytest.raises(VaultExists):
        vault.backup(copy)
    restored = Vault.open(copy, PASS)
    assert restored.get("x").payload == {"v": "kept"}  # type: ignore[union-attr]
    restored.close()


def test_clear_header_says_only_format_id_and_kdf(vault: Vault) -> None:
    header = read_header(vault.path)
    assert header.format == "casework-vault-v1"
    assert header.kdf.memory_kib == 8 * 1024
    assert header.schema_version == schema.SCHEMA_VERSION
