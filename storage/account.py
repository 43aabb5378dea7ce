"""The vault's account: an authenticated, encrypted list of what the vault holds, so that a
deleted row, a record rolled back to an older copy or a marker removed to let an old bundle
replay is noticed and named (see docs/vault-format.md, "The account").

It lists every record (id, case, kind, revision and the first bytes of its ciphertext),
every case key and every attachment (its chunk count and a digest of its chunks' nonces).
It is kept in 256 *buckets* — a case and everything of it fall in one bucket chosen by a
keyed hash of the case id, a vault-wide record by its own id — each sealed as one row of
the ``account`` table, so a write re-seals only the buckets it touched. A small *summary*
(header row ``account``) holds a counter raised by every committed write, per-kind counts
and revision sums, and the nonce of every bucket's current ciphertext, binding the buckets
to it.

Unlock decrypts only the summary and compares its totals with three SQL aggregates: no
per-record work. ``check`` (and unlock, when the totals disagree) decrypts the buckets and
compares them row by row, naming each difference.

Every write of :class:`storage.vault.Vault` calls in here inside its transaction, so a new
kind of record is covered without anything to add.
"""

from __future__ import annotations

import copy
import hashlib
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from storage import keys
from storage.errors import VaultCorrupt
from storage.problems import Problem
from storage.sealing import nonce_seal, open_payload, seal_payload

Inventory = dict[str, dict[str, Any]]  # {"r": {...}, "k": {...}, "a": {...}}


def _empty_inventory() -> Inventory:
    return {"r": {}, "k": {}, "a": {}}


def _empty_summary() -> dict[str, Any]:
    return {"v": 1, "counter": 0, "kinds": {}, "keys": 0, "chunks": 0, "buckets": {}}


def chunk_digest(nonces: list[bytes]) -> str:
    """A digest of an attachment's chunk nonces in order: any chunk replaced shows."""
    return hashlib.blake2b(b"".join(nonces), digest_size=16).hexdigest()


def _summary_associated_data(vault_id: str) -> bytes:
    return f"{keys.FORMAT}|{vault_id}|account".encode()


def _bucket_associated_data(vault_id: str, bucket: int) -> bytes:
    return f"{keys.FORMAT}|{vault_id}|account-bucket|{bucket}".encode()


@dataclass
class _State:
    summary: dict[str, Any]
    loaded: dict[int, Inventory] = field(default_factory=dict)
    dirty: set[int] = field(default_factory=set)


@dataclass
class _Saved:
    summary: dict[str, Any]
    cipher: AESGCM
    bucket_key: bytes
    present: bool


class Account:
    """The account of one open vault (see the module's docstring)."""

    def __init__(self, conn: sqlite3.Connection, vault_id: str, vault_key: bytes) -> None:
        self._conn = conn
        self._vault_id = vault_id
        self._set_key(vault_key)
        self._state = _State(_empty_summary())
        self._saved: _Saved | None = None
        self.present = False

    def _set_key(self, vault_key: bytes) -> None:
        self._cipher = AESGCM(keys.subkey(vault_key, "casework vault account"))
        self._bucket_key = keys.subkey(vault_key, "casework account buckets")

    # ------------------------------------------------------------ loading

    def load(self) -> None:
        """Read and authenticate the summary (one decryption). Raises ``InvalidTag`` when it
        was altered; leaves :attr:`present` False when there is none."""
        row = self._conn.execute("SELECT value FROM header WHERE name = 'account'").fetchone()
        if row is None:
            self.present = False
            return
        summary = open_payload(
            self._cipher, bytes(row[0]), _summary_associated_data(self._vault_id)
        )
        self._state = _State(summary)
        self.present = True

    @property
    def counter(self) -> int:
        return int(self._state.summary["counter"])

    def totals_match(self) -> bool:
        """Whether the tables' counts and revision sums are the summary's (cheap: three SQL
        aggregates, no decryption)."""
        summary = self._state.summary
        kinds = {
            str(kind): [int(n), int(revisions), int(seals)]
            for kind, n, revisions, seals in self._conn.execute(
                "SELECT kind, count(*), sum(revision), sum(seal) FROM records GROUP BY kind"
            )
        }
        key_count = self._conn.execute("SELECT count(*) FROM case_keys").fetchone()[0]
        chunk_count = self._conn.execute("SELECT count(*) FROM chunks").fetchone()[0]
        expected = {k: v for k, v in summary["kinds"].items() if v[0]}
        return bool(
            kinds == expected and key_count == summary["keys"] and chunk_count == summary["chunks"]
        )

    def _bucket_of(self, name: str) -> int:
        return hashlib.blake2b(name.encode(), key=self._bucket_key, digest_size=2).digest()[0]

    def case_bucket(self, case_id: str) -> int:
        return self._bucket_of(f"case|{case_id}")

    def record_bucket(self, record_id: str, case_id: str | None) -> int:
        return self.case_bucket(case_id) if case_id is not None else self._bucket_of(record_id)

    def _inventory(self, bucket: int) -> Inventory:
        """One bucket's inventory, decrypted on first use and checked against the summary."""
        state = self._state
        inventory = state.loaded.get(bucket)
        if inventory is not None:
            return inventory
        expected = state.summary["buckets"].get(str(bucket))
        row = self._conn.execute("SELECT blob FROM account WHERE bucket = ?", (bucket,)).fetchone()
        if expected is None:
            inventory = _empty_inventory()
        elif row is None or bytes(row[0])[: keys.NONCE_BYTES].hex() != expected:
            raise AccountDamaged(bucket)
        else:
            try:
                inventory = open_payload(
                    self._cipher, bytes(row[0]), _bucket_associated_data(self._vault_id, bucket)
                )
            except (InvalidTag, ValueError) as exc:
                raise AccountDamaged(bucket) from exc
        state.loaded[bucket] = inventory
        return inventory

    # ------------------------------------------------------------ transactions

    def begin(self) -> None:
        """A write transaction starts: remember the state to return to on rollback."""
        self._saved = _Saved(
            copy.deepcopy(self._state.summary), self._cipher, self._bucket_key, self.present
        )

    def rollback(self) -> None:
        saved, self._saved = self._saved, None
        if saved is None:
            return
        dirty = self._state.dirty
        kept = {b: inv for b, inv in self._state.loaded.items() if b not in dirty}
        if saved.cipher is not self._cipher:
            kept = {}  # a rebuild under another key: nothing cached is of the old state
        self._state = _State(saved.summary, kept)
        self._cipher, self._bucket_key, self.present = saved.cipher, saved.bucket_key, saved.present

    def before_commit(self) -> None:
        """Seal the touched buckets and the summary (inside the transaction)."""
        state = self._state
        if not state.dirty:
            self._saved = None
            return
        for bucket in sorted(state.dirty):
            inventory = state.loaded[bucket]
            if not any(inventory.values()):
                self._conn.execute("DELETE FROM account WHERE bucket = ?", (bucket,))
                state.summary["buckets"].pop(str(bucket), None)
                continue
            blob = seal_payload(
                self._cipher, inventory, _bucket_associated_data(self._vault_id, bucket)
            )
            self._conn.execute(
                "INSERT OR REPLACE INTO account (bucket, blob) VALUES (?, ?)", (bucket, blob)
            )
            state.summary["buckets"][str(bucket)] = blob[: keys.NONCE_BYTES].hex()
        state.summary["counter"] = int(state.summary["counter"]) + 1
        self._write_summary()

    def after_commit(self) -> None:
        # Only now: if COMMIT itself fails, :meth:`rollback` must still know which cached
        # buckets hold writes that never reached the file.
        self._state.dirty = set()
        self._saved = None

    def _write_summary(self) -> None:
        blob = seal_payload(
            self._cipher, self._state.summary, _summary_associated_data(self._vault_id)
        )
        self._conn.execute(
            "INSERT OR REPLACE INTO header (name, value) VALUES ('account', ?)", (blob,)
        )
        self.present = True

    # ------------------------------------------------------------ what writes call

    def _touch(self, bucket: int) -> Inventory:
        inventory = self._inventory(bucket)
        self._state.dirty.add(bucket)
        return inventory

    def _count_kind(self, kind: str, sign: int, revision: int, nonce_hex: str) -> None:
        """Add (``sign`` 1) or remove (-1) a record in the per-kind totals: count, revision
        sum and the sum of its ``seal`` (storage/sealing.py)."""
        kinds = self._state.summary["kinds"]
        entry = kinds.setdefault(kind, [0, 0, 0])
        entry[0] += sign
        entry[1] += sign * revision
        entry[2] += sign * nonce_seal(bytes.fromhex(nonce_hex))
        if entry[0] == 0:
            del kinds[kind]

    def record_written(
        self, record_id: str, case_id: str | None, kind: str, revision: int, nonce: bytes
    ) -> None:
        inventory = self._touch(self.record_bucket(record_id, case_id))
        old = inventory["r"].get(record_id)
        if old is not None:
            self._count_kind(old[1], -1, int(old[2]), old[3])
        inventory["r"][record_id] = [case_id, kind, revision, nonce.hex()]
        self._count_kind(kind, 1, revision, nonce.hex())

    def record_deleted(self, record_id: str, case_id: str | None) -> None:
        inventory = self._touch(self.record_bucket(record_id, case_id))
        old = inventory["r"].pop(record_id, None)
        if old is not None:
            self._count_kind(old[1], -1, int(old[2]), old[3])

    def key_written(self, case_id: str, nonce: bytes) -> None:
        inventory = self._touch(self.case_bucket(case_id))
        if case_id not in inventory["k"]:
            self._state.summary["keys"] += 1
        inventory["k"][case_id] = nonce.hex()

    def attachment_written(self, attachment_id: str, case_id: str, nonces: list[bytes]) -> None:
        inventory = self._touch(self.case_bucket(case_id))
        old = inventory["a"].get(attachment_id)
        if old is not None:
            self._state.summary["chunks"] -= int(old[1])
        inventory["a"][attachment_id] = [case_id, len(nonces), chunk_digest(nonces)]
        self._state.summary["chunks"] += len(nonces)

    def attachment_deleted(self, attachment_id: str, case_id: str) -> None:
        inventory = self._touch(self.case_bucket(case_id))
        old = inventory["a"].pop(attachment_id, None)
        if old is not None:
            self._state.summary["chunks"] -= int(old[1])

    def case_deleted(self, case_id: str) -> None:
        """Everything of a case is gone: its records, attachments and key."""
        inventory = self._touch(self.case_bucket(case_id))
        for record_id, entry in list(inventory["r"].items()):
            if entry[0] == case_id:
                del inventory["r"][record_id]
                self._count_kind(entry[1], -1, int(entry[2]), entry[3])
        for attachment_id, entry in list(inventory["a"].items()):
            if entry[0] == case_id:
                del inventory["a"][attachment_id]
                self._state.summary["chunks"] -= int(entry[1])
        if inventory["k"].pop(case_id, None) is not None:
            self._state.summary["keys"] -= 1

    # ------------------------------------------------------------ building and verifying

    def rebuild(self, vault_key: bytes | None = None) -> None:
        """Make the account anew from what the tables hold now (a migrated vault, or after a
        rotation re-encrypted everything; with ``vault_key``, under that key)."""
        if vault_key is not None:
            self._set_key(vault_key)
        counter = self.counter
        self._state = _State(_empty_summary())
        self._state.summary["counter"] = counter
        self._conn.execute("DELETE FROM account")
        for bucket, inventory in self._actual().items():
            self._state.loaded[bucket] = inventory
            self._state.dirty.add(bucket)
            for entry in inventory["r"].values():
                self._count_kind(entry[1], 1, int(entry[2]), entry[3])
            self._state.summary["keys"] += len(inventory["k"])
            self._state.summary["chunks"] += sum(int(a[1]) for a in inventory["a"].values())
        if not self._state.dirty:
            self._write_summary()  # an empty vault still has an account

    def _actual(self) -> dict[int, Inventory]:
        """What the tables hold, in the account's shape."""
        buckets: dict[int, Inventory] = {}

        def bucket(number: int) -> Inventory:
            return buckets.setdefault(number, _empty_inventory())

        for record_id, case_id, kind, revision, nonce in self._conn.execute(
            "SELECT id, case_id, kind, revision, substr(blob, 1, ?) FROM records",
            (keys.NONCE_BYTES,),
        ):
            entry = [case_id, kind, int(revision), bytes(nonce).hex()]
            bucket(self.record_bucket(record_id, case_id))["r"][record_id] = entry
        for case_id, nonce in self._conn.execute(
            "SELECT case_id, substr(wrapped, 1, ?) FROM case_keys", (keys.NONCE_BYTES,)
        ):
            bucket(self.case_bucket(case_id))["k"][case_id] = bytes(nonce).hex()
        nonces: dict[tuple[str, str], list[bytes]] = {}
        for attachment_id, case_id, nonce in self._conn.execute(
            "SELECT attachment_id, case_id, substr(blob, 1, ?) FROM chunks "
            "ORDER BY attachment_id, idx",
            (keys.NONCE_BYTES,),
        ):
            nonces.setdefault((attachment_id, case_id), []).append(bytes(nonce))
        for (attachment_id, case_id), found in nonces.items():
            bucket(self.case_bucket(case_id))["a"][attachment_id] = [
                case_id,
                len(found),
                chunk_digest(found),
            ]
        return buckets

    def verify(self) -> list[Problem]:
        """Compare every bucket with the tables, naming each difference (read-only)."""
        if not self.present:
            return [Problem("account", "account", None, "the vault's account is missing")]
        problems: list[Problem] = []
        actual = self._actual()
        stored_rows = {int(b) for (b,) in self._conn.execute("SELECT bucket FROM account")}
        listed = {int(b) for b in self._state.summary["buckets"]}
        for extra in sorted(stored_rows - listed):
            problems.append(
                Problem("account", "account", None, f"part {extra} of the account is not listed")
            )
        for number in sorted(listed | set(actual)):
            try:
                expected = self._inventory(number)
            except AccountDamaged as exc:
                problems.append(Problem("account", "account", None, str(exc)))
                continue
            problems.extend(_differences(expected, actual.get(number, _empty_inventory())))
        return problems


class AccountDamaged(VaultCorrupt):
    def __init__(self, bucket: int) -> None:
        super().__init__(
            f"part {bucket} of the vault's account was altered, replaced by an older copy or "
            "removed"
        )


def _short(identifier: str | None) -> str:
    return "" if identifier is None else identifier[:8]


def _record_words(record_id: str, case_id: str | None, kind: str) -> str:
    if case_id is None:
        return f"the vault's {kind} record {_short(record_id)}"
    if kind == "case":
        return f"case {_short(case_id)}'s main record"
    return f"case {_short(case_id)}'s {kind} record {_short(record_id)}"


def _differences(expected: Inventory, actual: Inventory) -> list[Problem]:
    problems: list[Problem] = []
    for record_id, (case_id, kind, revision, nonce) in sorted(expected["r"].items()):
        found = actual["r"].get(record_id)
        if found is None:
            where = f"case {_short(case_id)}" if case_id else "the vault"
            what = "its main" if kind == "case" else f"its {kind}"
            problems.append(
                Problem(
                    record_id,
                    kind,
                    case_id,
                    f"{where} is missing {what} record ({_short(record_id)}): it was deleted "
                    "outside Casework",
                )
            )
        elif found[1] != kind or found[0] != case_id:
            problems.append(
                Problem(
                    record_id,
                    kind,
                    case_id,
                    f"{_record_words(record_id, case_id, kind)} was moved to another case or kind",
                )
            )
        elif int(found[2]) != int(revision) or found[3] != nonce:
            problems.append(
                Problem(
                    record_id,
                    kind,
                    case_id,
                    f"{_record_words(record_id, case_id, kind)} is an older or other copy "
                    f"(revision {found[2]}; the account says {revision})",
                )
            )
    for record_id, (case_id, kind, _revision, _nonce) in sorted(actual["r"].items()):
        if record_id not in expected["r"]:
            problems.append(
                Problem(
                    record_id,
                    kind,
                    case_id,
                    f"{_record_words(record_id, case_id, kind)} is not in the vault's account: "
                    "it was added or brought back from an older copy",
                )
            )
    for case_id, nonce in sorted(expected["k"].items()):
        found_key = actual["k"].get(case_id)
        if found_key is None:
            problems.append(
                Problem(case_id, "case-key", case_id, f"case {_short(case_id)} is missing its key")
            )
        elif found_key != nonce:
            problems.append(
                Problem(case_id, "case-key", case_id, f"case {_short(case_id)}'s key was replaced")
            )
    for case_id in sorted(set(actual["k"]) - set(expected["k"])):
        problems.append(
            Problem(
                case_id,
                "case-key",
                case_id,
                f"case {_short(case_id)} is not in the vault's account: it was brought back "
                "from an older copy",
            )
        )
    for attachment_id, (case_id, count, digest) in sorted(expected["a"].items()):
        found_attachment = actual["a"].get(attachment_id)
        if found_attachment is None:
            message = f"case {_short(case_id)} is missing its attachment {_short(attachment_id)}"
        elif int(found_attachment[1]) != int(count):
            message = (
                f"attachment {_short(attachment_id)} of case {_short(case_id)} has "
                f"{found_attachment[1]} of its {count} parts"
            )
        elif found_attachment[2] != digest:
            message = (
                f"attachment {_short(attachment_id)} of case {_short(case_id)} has parts "
                "from another copy"
            )
        else:
            continue
        problems.append(Problem(attachment_id, "attachment", case_id, message))
    for attachment_id in sorted(set(actual["a"]) - set(expected["a"])):
        case_id = actual["a"][attachment_id][0]
        problems.append(
            Problem(
                attachment_id,
                "attachment",
                case_id,
                f"attachment {_short(attachment_id)} of case {_short(case_id)} is not in the "
                "vault's account",
            )
        )
    return problems
