"""``casework check``: verify the schema and every record's, key's and chunk's tag, and report
problems without changing anything."""

from __future__ import annotations

from storage import schema
from storage.attachments import attachment_ids, read_attachment
from storage.errors import RecordTampered
from storage.problems import Problem
from storage.vault import Vault

__all__ = ["Problem", "check_vault"]


def check_vault(vault: Vault) -> list[Problem]:
    """Read and authenticate everything; return the problems (empty when the vault is sound).
    Read-only: nothing is written."""
    problems: list[Problem] = []
    conn = vault.conn
    result = conn.execute("PRAGMA integrity_check").fetchone()[0]
    if result != "ok":
        problems.append(Problem("file", "sqlite", None, f"SQLite integrity check: {result}"))
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    missing = schema.EXPECTED_TABLES - tables
    if missing:
        problems.append(Problem("schema", "schema", None, f"missing tables: {sorted(missing)}"))
        return problems
    version = schema.schema_version(conn)
    if version != schema.SCHEMA_VERSION:
        problems.append(
            Problem(
                "schema",
                "schema",
                None,
                f"schema version {version}, expected {schema.SCHEMA_VERSION}",
            )
        )
    for case_id in vault.case_ids():
        try:
            vault.case_cipher(case_id)
        except RecordTampered as exc:
            problems.append(Problem(exc.record_id, "case-key", case_id, str(exc)))
    for item in vault.records_tolerant():
        if isinstance(item, RecordTampered):
            problems.append(Problem(item.record_id, item.kind, item.case_id, str(item)))
    orphans = conn.execute(
        "SELECT id FROM records WHERE case_id IS NOT NULL AND case_id NOT IN "
        "(SELECT case_id FROM case_keys)"
    ).fetchall()
    for (record_id,) in orphans:
        problems.append(Problem(record_id, "record", None, "record of a case that has no key"))
    problems.extend(vault.account_report())
    for attachment_id, case_id in attachment_ids(vault):
        try:
            for _chunk in read_attachment(vault, case_id, attachment_id):
                pass
        except RecordTampered as exc:
            problems.append(Problem(attachment_id, "attachment", case_id, str(exc)))
    return problems
