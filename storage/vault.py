"""The encrypted vault: one SQLite file (docs/vault-format.md). A :class:`Vault` is an
unlocked vault: it holds the vault key in memory and the one-writer lock on the file. One
thread at a time may use it (the GUI unlocks it on a worker and hands it to the GUI thread).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from storage import files, keys, recovery, schema
from storage.account import Account
from storage.backup import write_backup
from storage.errors import (
    RecordTampered,
    VaultCorrupt,
    VaultExists,
    VaultNotFound,
    VaultTampered,
    VaultWriteFailed,
    reason_of,
)
from storage.header import (
    WIDE_PURPOSE,
    Header,
    Unlocked,
    damaged_message,
    names_key_of,
    passphrase_slot,
    read_header,
    read_header_from_rows,
    read_header_rows,
    unwrap_with_passphrase,
    unwrap_with_recovery,
)
from storage.lockfile import VaultLock
from storage.problems import Problem
from storage.sealing import (
    case_key_associated_data,
    nonce_seal,
    open_payload,
    record_associated_data,
    seal_payload,
)
from storage.wal_folding import commit_without_checkpoint

__all__ = ["Header", "StoredRecord", "Vault", "read_header"]


@dataclass(frozen=True)
class StoredRecord:
    """A decrypted record. ``case_id`` is None for vault-wide records."""

    id: str
    case_id: str | None
    kind: str
    revision: int
    payload: Any


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=5.0)
    # Durability: every acknowledged commit is on disk (WAL + FULL fsyncs at commit).
    conn.execute("PRAGMA synchronous = FULL")
    # Freed pages are overwritten, so deleted ciphertext and keys do not linger in the file.
    conn.execute("PRAGMA secure_delete = ON")
    # Sorting and temporary tables stay in memory, never in a temp file.
    conn.execute("PRAGMA temp_store = MEMORY")
    return conn


class Vault:
    """An open, unlocked vault. Create with :meth:`create`, :meth:`open` or
    :meth:`open_with_recovery`; always :meth:`close` (or use as a context manager)."""

    def __init__(
        self,
        path: Path,
        conn: sqlite3.Connection,
        lock: VaultLock,
        vault_key: bytes,
        header: Header,
    ) -> None:
        self.path = path
        self.header = header
        self._conn: sqlite3.Connection | None = conn
        self._lock = lock
        self._vault_key: bytes | None = None
        self._case_ciphers: dict[str, AESGCM] = {}
        self._in_transaction = False
        self._bulk = False  # the transaction stores documents (storage/wal_folding.py)
        self.log_to_fold = False  # a commit of documents left them in the log
        self._rotated: tuple[bytes, dict[str, AESGCM]] | None = None
        self.opened_with_recovery = False
        self._install_key(vault_key, names_key_of(conn, header.vault_id, vault_key))
        self.account = Account(conn, header.vault_id, vault_key)
        self.account_problems: list[Problem] = []

    # ------------------------------------------------------------ opening and closing

    @classmethod
    def create(
        cls, path: str | os.PathLike[str], passphrase: str, *, kdf_memory_mib: int | None = None
    ) -> tuple[Vault, str]:
        """Create a new vault file and return it open, with its recovery code (shown once).

        Raises :class:`VaultExists` if anything is at ``path``. The file appears complete or
        not at all: it is written under a temporary name and renamed.
        """
        target = Path(path)
        if target.exists():
            raise VaultExists(str(target))
        if not passphrase:
            raise ValueError("the passphrase must not be empty")
        files.private_folder(target.parent)
        params = keys.new_kdf_params(kdf_memory_mib)
        vault_id = uuid.uuid4().hex
        vault_key = os.urandom(keys.KEY_BYTES)
        recovery_code, recovery_rows = recovery.new_slot(vault_id, vault_key)
        kek = keys.derive_kek(passphrase, params)
        created = datetime.now(UTC).replace(microsecond=0).isoformat()
        header_rows = {
            "format": keys.FORMAT.encode(),
            "vault_id": vault_id.encode(),
            "kdf": params.canonical(),
            "created": created.encode(),
            "wrapped_vk": passphrase_slot(kek, vault_key, vault_id, params),
            **recovery_rows,
        }
        partial = target.with_name(target.name + ".creating")
        files.remove_with_side_files(partial)
        try:
            files.create_private(partial)
            conn = _connect(partial)
            try:
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("BEGIN IMMEDIATE")
                schema.create_schema(conn)
                conn.executemany(
                    "INSERT INTO header (name, value) VALUES (?, ?)", list(header_rows.items())
                )
                Account(conn, vault_id, vault_key).rebuild()  # the empty vault's account
                conn.execute("COMMIT")
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                conn.close()
            for suffix in files.SQLITE_SIDE_FILES:
                Path(str(partial) + suffix).unlink(missing_ok=True)
            os.replace(partial, target)
        except (OSError, sqlite3.Error) as exc:
            files.remove_with_side_files(partial)
            raise VaultWriteFailed(str(target), reason_of(exc)) from exc
        return cls.open(target, passphrase), recovery_code

    @classmethod
    def open(
        cls, path: str | os.PathLike[str], passphrase: str, *, tolerate_damage: bool = False
    ) -> Vault:
        """Unlock with the passphrase. Raises :class:`WrongPassphrase` (the file is left
        byte-identical), :class:`VaultInUse`, :class:`VaultNotFound` or :class:`VaultCorrupt`
        — :class:`VaultTampered` when the file does not hold what its account lists, unless
        ``tolerate_damage`` (for ``check``, which then names every difference)."""
        return cls._open(
            Path(path),
            lambda header, rows: unwrap_with_passphrase(passphrase, header, rows),
            tolerate_damage,
        )

    @classmethod
    def open_with_recovery(
        cls, path: str | os.PathLike[str], recovery_code: str, *, tolerate_damage: bool = False
    ) -> Vault:
        """Unlock with the recovery code; then set a new passphrase with
        :meth:`change_passphrase`, which also replaces the code (a used code is revoked)."""
        vault = cls._open(
            Path(path),
            lambda header, rows: unwrap_with_recovery(recovery_code, header, rows),
            tolerate_damage,
        )
        vault.opened_with_recovery = True
        return vault

    @classmethod
    def _open(
        cls,
        path: Path,
        unwrap_key: Callable[[Header, dict[str, bytes]], Unlocked],
        tolerate_damage: bool,
    ) -> Vault:
        if not path.is_file():
            raise VaultNotFound(str(path))
        lock = VaultLock(path)
        conn: sqlite3.Connection | None = None
        try:
            files.make_private(Path(os.path.realpath(path)))
            conn = _connect(Path(os.path.realpath(path)))
            rows = read_header_rows(conn, path)
            header = read_header_from_rows(rows, schema.schema_version(conn), path)
            unlocked = unwrap_key(header, rows)
            # Only after the key is accepted (a wrong passphrase leaves the file untouched):
            # a restored backup comes in rollback-journal mode; vaults always run in WAL.
            conn.execute("PRAGMA journal_mode = WAL")
            try:
                conn.execute("BEGIN IMMEDIATE")
                schema.migrate(conn)
                conn.execute("COMMIT")
            except RuntimeError as exc:
                conn.execute("ROLLBACK")
                raise VaultCorrupt(str(exc)) from exc
            header = Header(
                header.format,
                header.vault_id,
                header.kdf,
                header.created,
                schema.schema_version(conn),
            )
            vault = cls(path, conn, lock, unlocked.vault_key, header)
        except sqlite3.DatabaseError as exc:
            if conn is not None:
                conn.close()
            lock.release()
            raise VaultCorrupt(damaged_message(path, exc)) from exc
        except BaseException:
            if conn is not None:
                conn.close()
            lock.release()
            raise
        try:
            vault._settle_account(unlocked)
        except sqlite3.DatabaseError as exc:
            vault.close()
            raise VaultCorrupt(damaged_message(path, exc)) from exc
        except BaseException:
            vault.close()
            raise
        if vault.account_problems and not tolerate_damage:
            problems = vault.account_problems
            vault.close()
            raise VaultTampered(str(path), [p.message for p in problems])
        return vault

    def account_report(self) -> list[Problem]:
        """Every difference between the tables and the account, named (read-only)."""
        if self.account_problems and not self.account.present:
            return list(self.account_problems)
        try:
            return self.account.verify()
        except VaultCorrupt as exc:
            return [Problem("account", "account", None, str(exc))]

    def _settle_account(self, unlocked: Unlocked) -> None:
        """Check the account at unlock (storage/account.py): one decryption and three SQL
        aggregates; every row compared only when those disagree. A vault from before
        accounts gets one built now, and its passphrase slot says so from then on."""
        account = self.account
        try:
            account.load()
        except (InvalidTag, ValueError) as exc:
            self.account_problems = [
                Problem("account", "account", None, f"the vault's account was altered ({exc})")
            ]
            return
        if not account.present and not unlocked.account_required:
            with self.transaction():
                account.rebuild()
                self.conn.executemany(
                    "INSERT OR REPLACE INTO header (name, value) VALUES (?, ?)",
                    list(unlocked.upgrade.items()),
                )
            return
        if not account.present or not account.totals_match():
            self.account_problems = account.verify() or [
                Problem("account", "account", None, "the vault's totals differ from its account")
            ]

    def close(self) -> None:
        """Drop the keys, checkpoint the WAL into the file and release the lock. Idempotent."""
        if self._conn is None:
            return
        self._vault_key = None
        self._case_ciphers.clear()
        try:
            with contextlib.suppress(sqlite3.Error):
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._conn.close()
        finally:
            self._conn = None
            self._lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def conn(self) -> sqlite3.Connection:
        if self._conn is None:
            raise RuntimeError("the vault is locked")
        return self._conn

    # ------------------------------------------------------------ passphrase and recovery

    def change_passphrase(
        self,
        new_passphrase: str,
        *,
        kdf_memory_mib: int | None = None,
        new_recovery_code: bool = False,
    ) -> str | None:
        """Set a new passphrase and rotate the vault key: a new VK, every case key replaced
        and every record and attachment chunk re-encrypted under the new keys, in one
        transaction (storage/rotation.py). An older copy of the file still opens with the old
        passphrase but holds nothing written from now on.

        Returns a new recovery code (to show once) when one was made: on request, after an
        unlock with the recovery code (a used code is revoked), or when the vault's recovery
        slot is of the old kind that cannot be re-sealed. Otherwise the code keeps working."""
        from storage.rotation import rotate  # local: rotation builds on this module

        if not new_passphrase:
            raise ValueError("the passphrase must not be empty")
        params = keys.new_kdf_params(kdf_memory_mib)
        replace_code = new_recovery_code or self.opened_with_recovery
        code = rotate(self, new_passphrase, params, replace_code=replace_code)
        self.header = Header(
            self.header.format,
            self.header.vault_id,
            params,
            self.header.created,
            self.header.schema_version,
        )
        self.opened_with_recovery = False
        return code

    def _install_key(
        self, vault_key: bytes, names_key: bytes, case_ciphers: dict[str, AESGCM] | None = None
    ) -> None:
        """Use ``vault_key`` from now on (at open, and after a rotation has committed)."""
        self._vault_key = vault_key
        self._vault_cipher = AESGCM(vault_key)
        self._wide_cipher = AESGCM(keys.subkey(vault_key, WIDE_PURPOSE))
        self._name_key = names_key
        self._case_ciphers = dict(case_ciphers or {})

    def rotated(self, vault_key: bytes, case_ciphers: dict[str, AESGCM]) -> None:
        """Inside a rotation's transaction: the new keys take over when it commits (and are
        forgotten if it rolls back)."""
        self._rotated = (vault_key, case_ciphers)

    def _after_commit(self) -> None:
        if self._rotated is not None:
            self._install_key(self._rotated[0], self._name_key, self._rotated[1])

    def named_key(self) -> bytes:
        """The key that turns record names into ids (see :func:`names_key_of`)."""
        self._require_key()
        return self._name_key

    def wide_cipher(self) -> AESGCM:
        """The cipher of vault-wide records."""
        self._require_key()
        return self._wide_cipher

    def _require_key(self) -> bytes:
        if self._vault_key is None:
            raise RuntimeError("the vault is locked")
        return self._vault_key

    # ------------------------------------------------------------ transactions

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """All writes inside commit together or not at all. Nested use joins the outer one."""
        if self._in_transaction:
            yield
            return
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        self._in_transaction = True
        self._bulk = False
        self._rotated = None
        self.account.begin()
        try:
            yield
            self.account.before_commit()
            with commit_without_checkpoint(conn) if self._bulk else contextlib.nullcontext():
                conn.execute("COMMIT")
        except sqlite3.Error as exc:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
            self.account.rollback()
            raise VaultWriteFailed(str(self.path), reason_of(exc)) from exc
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
            self.account.rollback()
            raise
        else:
            self.account.after_commit()
            self._after_commit()
            self.log_to_fold |= self._bulk
        finally:
            self._in_transaction = False
            self._rotated = None

    def note_bulk_write(self) -> None:
        """The transaction in progress stores documents (storage/wal_folding.py)."""
        self._bulk = True

    def fold_log(self) -> None:
        """Copy into the file what document-storing commits left in the log."""
        self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
        self.log_to_fold = False

    # ------------------------------------------------------------ keys

    def named_id(self, name: str) -> str:
        """A stable record id for a named record (``"setting:language"``) that hides the name."""
        return keys.named_id(self._name_key, name)

    def new_case(self, case_id: str) -> None:
        """Create the random key of a new case (once: a case that has one keeps it)."""
        if self.conn.execute("SELECT 1 FROM case_keys WHERE case_id = ?", (case_id,)).fetchone():
            return
        case_key = os.urandom(keys.KEY_BYTES)
        wrapped = keys.wrap(self._require_key(), case_key, case_key_associated_data(case_id))
        with self.transaction():
            self.conn.execute(
                "INSERT INTO case_keys (case_id, wrapped) VALUES (?, ?)", (case_id, wrapped)
            )
            self.account.key_written(case_id, wrapped[: keys.NONCE_BYTES])
        self._case_ciphers[case_id] = AESGCM(case_key)

    def _cipher_for(self, case_id: str | None, wrapped: bytes | None = None) -> AESGCM:
        if case_id is None:
            return self._wide_cipher
        cipher = self._case_ciphers.get(case_id)
        if cipher is not None:
            return cipher
        if wrapped is None:
            row = self.conn.execute(
                "SELECT wrapped FROM case_keys WHERE case_id = ?", (case_id,)
            ).fetchone()
            if row is None:
                raise RecordTampered(f"key of {case_id}", "case-key", case_id)
            wrapped = bytes(row[0])
        try:
            case_key = self._vault_cipher.decrypt(
                wrapped[: keys.NONCE_BYTES],
                wrapped[keys.NONCE_BYTES :],
                case_key_associated_data(case_id),
            )
        except InvalidTag as exc:
            raise RecordTampered(f"key of {case_id}", "case-key", case_id) from exc
        cipher = AESGCM(case_key)
        self._case_ciphers[case_id] = cipher
        return cipher

    def case_cipher(self, case_id: str) -> AESGCM:
        """The AES-GCM cipher of one case (for attachment chunks)."""
        return self._cipher_for(case_id)

    def case_ids(self) -> list[str]:
        return [row[0] for row in self._fetch("SELECT case_id FROM case_keys")]

    def delete_case(self, case_id: str) -> None:
        """Delete every record, chunk and the key of a case (crypto-shredding), then
        checkpoint so the overwritten pages leave the WAL too."""
        with self.transaction():
            self.conn.execute("DELETE FROM records WHERE case_id = ?", (case_id,))
            self.conn.execute("DELETE FROM chunks WHERE case_id = ?", (case_id,))
            self.conn.execute("DELETE FROM case_keys WHERE case_id = ?", (case_id,))
            self.account.case_deleted(case_id)
        self._case_ciphers.pop(case_id, None)
        if not self._in_transaction:
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    # ------------------------------------------------------------ records

    def put(self, record_id: str, kind: str, payload: Any, *, case_id: str | None = None) -> int:
        """Encrypt and store a record (JSON-serialisable payload); returns its new revision."""
        cipher = self._cipher_for(case_id)
        with self.transaction():
            row = self.conn.execute(
                "SELECT revision, case_id, kind FROM records WHERE id = ?", (record_id,)
            ).fetchone()
            if row is not None and (row[1] != case_id or row[2] != kind):
                raise ValueError(f"record {record_id} exists with another case or kind")
            revision = 1 if row is None else int(row[0]) + 1
            blob = seal_payload(
                cipher, payload, record_associated_data(record_id, case_id, kind, revision)
            )
            self.conn.execute(
                "INSERT OR REPLACE INTO records (id, case_id, kind, revision, blob, seal) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (record_id, case_id, kind, revision, blob, nonce_seal(blob)),
            )
            self.account.record_written(
                record_id, case_id, kind, revision, blob[: keys.NONCE_BYTES]
            )
        return revision

    def get(self, record_id: str) -> StoredRecord | None:
        """Decrypt one record. Raises :class:`RecordTampered` if it fails its tag."""
        rows = self._fetch(
            "SELECT r.id, r.case_id, r.kind, r.revision, r.blob, k.wrapped, r.seal "
            "FROM records r LEFT JOIN case_keys k ON k.case_id = r.case_id WHERE r.id = ?",
            (record_id,),
        )
        return self._decrypt_row(rows[0]) if rows else None

    def records(
        self, kind: str | None = None, case_id: str | None = None
    ) -> Iterator[StoredRecord]:
        """Decrypt the records of a kind and/or case, one at a time (ordered by id).
        Raises :class:`RecordTampered` at the first that fails its tag."""
        for row in self._select_rows(kind, case_id):
            yield self._decrypt_row(row)

    def records_tolerant(
        self, kind: str | None = None, case_id: str | None = None
    ) -> Iterator[StoredRecord | RecordTampered]:
        """Like :meth:`records`, but yields the error in place of a record that fails its tag,
        so one damaged record does not hide the rest."""
        for row in self._select_rows(kind, case_id):
            try:
                yield self._decrypt_row(row)
            except RecordTampered as exc:
                yield exc

    def _select_rows(self, kind: str | None, case_id: str | None) -> list[Any]:
        clauses, args = [], []
        if kind is not None:
            clauses.append("r.kind = ?")
            args.append(kind)
        if case_id is not None:
            clauses.append("r.case_id = ?")
            args.append(case_id)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        return self._fetch(
            "SELECT r.id, r.case_id, r.kind, r.revision, r.blob, k.wrapped, r.seal "
            f"FROM records r LEFT JOIN case_keys k ON k.case_id = r.case_id {where} "
            "ORDER BY r.id",
            tuple(args),
        )

    def _fetch(self, sql: str, args: tuple[Any, ...] = ()) -> list[Any]:
        """Run a query; a damaged file becomes :class:`VaultCorrupt` naming it."""
        try:
            return self.conn.execute(sql, args).fetchall()
        except sqlite3.DatabaseError as exc:
            raise VaultCorrupt(damaged_message(self.path, exc)) from exc

    def _decrypt_row(self, row: Any) -> StoredRecord:
        record_id, case_id, kind, revision, blob, wrapped, seal = row
        if seal != nonce_seal(bytes(blob)):
            raise RecordTampered(record_id, kind, case_id)
        cipher = self._cipher_for(case_id, None if wrapped is None else bytes(wrapped))
        try:
            payload = open_payload(
                cipher, bytes(blob), record_associated_data(record_id, case_id, kind, revision)
            )
        except (InvalidTag, ValueError) as exc:
            raise RecordTampered(record_id, kind, case_id) from exc
        return StoredRecord(record_id, case_id, kind, int(revision), payload)

    def revision(self, record_id: str) -> int | None:
        rows = self._fetch("SELECT revision FROM records WHERE id = ?", (record_id,))
        return int(rows[0][0]) if rows else None

    def delete(self, record_id: str) -> None:
        with self.transaction():
            row = self.conn.execute(
                "SELECT case_id FROM records WHERE id = ?", (record_id,)
            ).fetchone()
            if row is None:
                return
            self.conn.execute("DELETE FROM records WHERE id = ?", (record_id,))
            self.account.record_deleted(record_id, row[0])

    def count(self, kind: str) -> int:
        return int(self._fetch("SELECT count(*) FROM records WHERE kind = ?", (kind,))[0][0])

    # ------------------------------------------------------------ backup

    def backup(self, destination: str | os.PathLike[str]) -> Path:
        """Write a consistent copy of the vault file (still encrypted, same passphrase) to
        ``destination``, which must not exist (see :func:`storage.backup.write_backup`)."""
        return write_backup(self.conn, Path(destination))
