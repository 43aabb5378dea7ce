"""The vault's SQLite schema and its migrations.

``PRAGMA user_version`` holds the schema version. Every version that was ever released keeps
its migration here, and a vault made by each version is kept in ``tests/data/`` and opened by
the tests.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import sqlite_utils

SCHEMA_VERSION = 3


def create_schema(conn: sqlite3.Connection) -> None:
    """Create the tables of the current version in an empty database (inside a transaction)."""
    db = sqlite_utils.Database(conn)
    db.table("header").create({"name": str, "value": bytes}, pk="name")
    db.table("case_keys").create({"case_id": str, "wrapped": bytes}, pk="case_id")
    db.table("records").create(
        {"id": str, "case_id": str, "kind": str, "revision": int, "blob": bytes, "seal": int},
        pk="id",
        not_null={"kind", "revision", "blob", "seal"},
        defaults={"seal": 0},
    )
    db.table("records").create_index(["case_id"])
    db.table("records").create_index(["kind"])
    db.table("chunks").create(
        {"attachment_id": str, "idx": int, "case_id": str, "blob": bytes},
        pk=("attachment_id", "idx"),
        not_null={"case_id", "blob"},
    )
    db.table("chunks").create_index(["case_id"])
    _add_account_tables(conn)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _add_account_tables(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE account (bucket INTEGER PRIMARY KEY, blob BLOB NOT NULL)")
    conn.execute("CREATE INDEX records_kind_totals ON records (kind, revision, seal)")


def _add_account(conn: sqlite3.Connection) -> None:
    """Schema 2: the vault's account (storage/account.py), each record's ``seal`` (the
    first 40 bits of its nonce), and an index that lets unlock total the records per kind
    without reading them."""
    conn.execute("ALTER TABLE records ADD COLUMN seal INTEGER NOT NULL DEFAULT 0")
    rows = conn.execute("SELECT id, substr(blob, 1, 5) FROM records").fetchall()
    conn.executemany(
        "UPDATE records SET seal = ? WHERE id = ?",
        [(int.from_bytes(bytes(head), "big"), record_id) for record_id, head in rows],
    )
    _add_account_tables(conn)


def _records_may_use_the_dictionary(conn: sqlite3.Connection) -> None:
    """Schema 3: records are compressed from a preset dictionary
    (storage/record_dictionary.py). Nothing in the file changes: the records written
    before keep plain zlib and open as they are, and are compressed the new way when next
    written. The version only keeps an older Casework, which cannot read the new records,
    from taking them for damaged: it refuses the vault as written by a newer one."""
    del conn


# version -> function that upgrades a vault *from* that version to the next one.
# The account itself is built when the vault is unlocked (it needs the vault key).
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    1: _add_account,
    2: _records_may_use_the_dictionary,
}


def schema_version(conn: sqlite3.Connection) -> int:
    row = conn.execute("PRAGMA user_version").fetchone()
    return int(row[0])


def migrate(conn: sqlite3.Connection) -> int:
    """Bring an opened vault up to :data:`SCHEMA_VERSION` in one transaction; returns the
    version it started from. A vault newer than this program is refused, unchanged."""
    start = schema_version(conn)
    if start > SCHEMA_VERSION:
        raise RuntimeError(
            f"this vault was written by a newer Casework (schema {start}; this program knows "
            f"{SCHEMA_VERSION}): update Casework to open it"
        )
    version = start
    while version < SCHEMA_VERSION:
        MIGRATIONS[version](conn)
        version += 1
        conn.execute(f"PRAGMA user_version = {version}")
    return start


EXPECTED_TABLES = {"header", "case_keys", "records", "chunks", "account"}
