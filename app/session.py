"""An unlocked vault as the app sees it: a thin facade over small stores (:mod:`app.stores`)
for cases and their facts, attachments, settings and records, and eligibility results.

One :class:`Session` per open vault. It is not thread-safe: the GUI opens it on a worker
thread and then uses it from the GUI thread only; long operations take a progress callback.

Unlock decrypts the packed ``facts`` records (each case's list row and light case: see
:mod:`app.case_facts`, :mod:`app.stores.facts` and docs/vault-format.md); the search index
is built from the rows when first used; whole cases are decrypted only when one is shown
or edited. Other records: ``notes`` and ``history`` per case, ``deadline_marks`` per case
(:mod:`app.deadline_marks`), and vault-wide ``device``, ``setting``, ``rule``,
``tombstone`` and ``groups`` (:mod:`app.group_store`).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any, Unpack

from app.case_changes import (
    ELEMENT_LISTS,
    FIELD_PATHS,
    Change,
    HistoryEntry,
    diff_cases,
    field_values,
    now_iso,
    pack_clocks,
    unpack_clocks,
)
from app.case_ids import check_case_id
from app.case_json import new_id
from app.closing import ClosedOnExit
from app.collector import collector_paused
from app.eligibility import Rule, RuleResult
from app.group_store import migrate_groups
from app.hlc import Clock
from app.list_row import ListRow, list_row_for
from app.model import AttachmentInfo, Case, Note
from app.search.index import CaseFilters, SearchIndex
from app.stores.attachments import AttachmentStore
from app.stores.cases import CaseStore
from app.stores.records import RecordStore
from app.stores.results import ResultCache
from app.stores.writer import Writer
from storage.attachments import Opener, Stored
from storage.check import Problem, check_vault
from storage.errors import RecordTampered
from storage.vault import Vault

__all__ = [
    "ELEMENT_LISTS",
    "FIELD_PATHS",
    "Change",
    "HistoryEntry",
    "ListRow",
    "Session",
    "diff_cases",
    "field_values",
    "list_row_for",
    "now_iso",
    "pack_clocks",
    "unpack_clocks",
]

Progress = Callable[[int, int], None]


def disable_core_dumps() -> None:
    """A core dump of a process holding an open vault would put plaintext on disk."""
    try:
        import resource
    except ImportError:  # Windows: no core dumps of this kind
        return
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


class Session(ClosedOnExit):
    """An unlocked vault. Use :meth:`create`, :meth:`open` or :meth:`open_with_recovery`.

    The stores are public for code that needs only one of them: :attr:`cases`,
    :attr:`attachments`, :attr:`records`, :attr:`results`."""

    def __init__(self, vault: Vault, progress: Progress | None = None) -> None:
        disable_core_dumps()
        self.vault = vault
        self.writer = Writer(vault)
        self.cases = CaseStore(self.writer)
        self.attachments = AttachmentStore(self.cases)
        # Encrypt a file into the vault, streamed in 1 MiB chunks, and list it on the case.
        self.add_attachment = self.attachments.add
        self.records = RecordStore(vault)
        self.results = ResultCache(self.cases)
        # Unlock makes a few objects per case and no cycles: the cyclic collector, which
        # would scan them again and again as they pile up (most of the time for 100,000
        # cases), stays off meanwhile.
        with collector_paused():
            self.cases.load(progress)
        migrate_groups(self)  # once per vault: group ids of Casework 0.1 (docs/groups.md)

    # ------------------------------------------------------------ opening

    @classmethod
    def create(
        cls, path: str | os.PathLike[str], passphrase: str, *, kdf_memory_mib: int | None = None
    ) -> tuple[Session, str]:
        vault, recovery_code = Vault.create(path, passphrase, kdf_memory_mib=kdf_memory_mib)
        try:
            return cls(vault), recovery_code
        except BaseException:
            vault.close()
            raise

    @classmethod
    def open(
        cls,
        path: str | os.PathLike[str],
        passphrase: str,
        progress: Progress | None = None,
        *,
        tolerate_damage: bool = False,
    ) -> Session:
        """Unlock. A vault that does not hold what its account lists is refused
        (``VaultTampered``) unless ``tolerate_damage`` (for ``check``)."""
        vault = Vault.open(path, passphrase, tolerate_damage=tolerate_damage)
        try:
            return cls(vault, progress)
        except BaseException:
            vault.close()
            raise

    @classmethod
    def open_with_recovery(cls, path: str | os.PathLike[str], recovery_code: str) -> Session:
        vault = Vault.open_with_recovery(path, recovery_code)
        try:
            return cls(vault)
        except BaseException:
            vault.close()
            raise

    def transaction(self) -> contextlib.AbstractContextManager[None]:
        """Writes inside commit together; the session's in-memory view changes only after
        the commit. Nested use joins the outer transaction."""
        return self.writer.transaction()

    def fold_log(self) -> None:
        """After documents were stored, copy them from SQLite's log into the vault file now
        (storage/wal_folding.py): the desktop does it on the worker that stored them, so no
        later save on the GUI thread pays for it. A failed copy loses nothing: the pages
        stay in the log until the next commit or closing."""
        if self.vault.log_to_fold:
            with contextlib.suppress(sqlite3.Error):
                self.vault.fold_log()

    def close(self) -> None:
        """Lock: drop the decrypted cases, results, the search index and the keys."""
        self.results.clear()
        self.cases.close()
        self.vault.close()

    lock = close

    @property
    def device_id(self) -> str:
        return self.writer.device_id

    @property
    def clock(self) -> Clock:
        return self.writer.clock

    @property
    def damaged(self) -> list[RecordTampered]:
        """Records that failed their integrity check while reading cases."""
        return self.cases.damaged

    @property
    def index(self) -> SearchIndex:
        """The search index, built from the list rows on first use."""
        return self.cases.index

    def prepare_search(self) -> None:
        """Build the search index now (the desktop does it while unlocking, so the first
        keystroke does not wait for it)."""
        self.cases.index.count()

    # ------------------------------------------------------------ reading

    def list_rows(self) -> list[ListRow]:
        """What the case list shows of every case, from the facts read at unlock."""
        return self.cases.rows()

    def list_row(self, case_id: str) -> ListRow:
        """What the case list shows of one case (an id or unambiguous prefix)."""
        return self.cases.row(case_id)

    def light_cases(self, case_ids: Iterable[str] | None = None) -> list[Case]:
        """Every case (or those given) as rules and statistics see it — no notes,
        documents or event text (:mod:`app.case_facts`) — built from the facts read at
        unlock, without decrypting whole cases."""
        return self.cases.light_cases(case_ids)

    def evaluate_rule(
        self,
        rule: Rule,
        case_ids: Iterable[str] | None = None,
        *,
        on: date | None = None,
        today: date,
        progress: Progress | None = None,
    ) -> dict[str, RuleResult]:
        """``rule``'s result for every case (or those given), by case id, from light
        cases; kept while the vault is open and recomputed for a case when it is saved."""
        return self.results.evaluate(rule, case_ids, on=on, today=today, progress=progress)

    def forget_derived(self) -> None:
        """Drop the results and light cases kept in memory; they are made again when next
        asked for (benchmarks measure the first evaluation this way)."""
        self.results.clear()
        self.cases.facts.forget_light_cases()

    def list_cases(self) -> list[Case]:
        """Every readable whole case, without notes' text (see :meth:`get_case`). The first
        call decrypts every case record; lists, statistics and rules need only
        :meth:`light_cases`. Damaged cases are left out and listed in ``damaged``."""
        return self.cases.whole_cases()

    def case_count(self) -> int:
        return self.cases.count()

    def has_case(self, case_id: str) -> bool:
        return self.cases.has(case_id)

    def get_case(self, case_id: str) -> Case:
        """The whole case, notes included. Raises ``KeyError`` for an unknown id and
        ``RecordTampered`` when it fails its integrity check."""
        return self.cases.get(case_id)

    def _find(self, case_id: str) -> Case:
        return self.cases.find(case_id)

    def resolve_id(self, case_id: str) -> str:
        """The full id for a full id or an unambiguous prefix of one (at least 4 characters).
        Raises ``KeyError`` with a message for an unknown or ambiguous id."""
        return self.cases.resolve_id(case_id)

    def search_ids(self, query: str = "", **filters: Unpack[CaseFilters]) -> list[str]:
        """Ids of the cases whose name or alias matches ``query`` however it is spelled (best
        first), or of all cases passing the filters (by name) when ``query`` is blank."""
        return self.cases.search_ids(query, **filters)

    def search_rows(self, query: str = "", **filters: Unpack[CaseFilters]) -> list[ListRow]:
        """Like :meth:`search_ids`, returning the list rows (nothing is decrypted)."""
        ids = self.search_ids(query, **filters)
        return [self.cases.row(i) for i in ids if self.cases.has(i)]

    def search(self, query: str = "", **filters: Unpack[CaseFilters]) -> list[Case]:
        """Like :meth:`search_ids`, returning the whole cases (decrypted as needed)."""
        ids = self.search_ids(query, **filters)
        return [self.cases.find(i) for i in ids if self.cases.has(i)]

    def history(self, case_id: str) -> list[HistoryEntry]:
        """The change history of a case, oldest first."""
        return self.cases.history(case_id)

    def clocks(self, case_id: str) -> dict[str, str]:
        """``{field path: HLC stamp}`` of a case's fields and list elements (for merge)."""
        return self.cases.clocks(case_id)

    def tombstones(self, case_id: str) -> dict[str, str]:
        return self.cases.tombstones(case_id)

    def deleted_cases(self) -> dict[str, str]:
        """``{case id: deletion stamp}`` of deleted cases."""
        return self.cases.deleted()

    # ------------------------------------------------------------ writing

    def add_case(self, case: Case, *, source: str = "edit") -> Case:
        """Store a new case (a fresh id when the given one is taken). One transaction.
        Raises ``NotACaseId`` for an id that is not 32 hex digits."""
        check_case_id(case.id)
        return self.cases.add(case, source=source)

    def add_cases(
        self, cases: Iterable[Case], *, source: str = "import", progress: Progress | None = None
    ) -> list[Case]:
        """Store many new cases in one transaction (all or none): list import and demo data."""
        stored = []
        with self.transaction():
            for done, case in enumerate(cases, start=1):
                stored.append(self.cases.add(case, source=source))
                if progress is not None and done % 200 == 0:
                    progress(done, 0)
        return stored

    def update_case(self, case: Case, *, source: str = "edit") -> list[Change]:
        """Save a new version of an existing case; returns what changed (nothing written when
        nothing changed). One transaction: all of it is saved, or none."""
        old = self.cases.get(case.id)
        return self.cases.write(case, old, source)

    def delete_case(self, case_id: str) -> None:
        """Delete a case, its history and attachments, and its key (crypto-shredding). A
        tombstone (id and time only) lets sync tell contacts the case was deleted."""
        full_id = self.cases.resolve_id(case_id)
        self.cases.delete(full_id)
        self.results.forget(full_id)

    def add_note(self, case_id: str, text: str, visibility: str = "privileged") -> Note:
        case = self.get_case(case_id)
        note = Note(id=new_id(), text=text, visibility=visibility, created=now_iso())
        self.update_case(replace(case, notes=(*case.notes, note)))
        return note

    # ------------------------------------------------------------ attachments

    def find_attachment(self, case_id: str, name_or_id: str) -> AttachmentInfo:
        return self.attachments.find(case_id, name_or_id)

    def read_attachment(self, case_id: str, attachment_id: str) -> Iterator[bytes]:
        """Decrypted chunks in order (1 MiB each); raises ``RecordTampered`` if damaged."""
        return self.attachments.read(case_id, attachment_id)

    def remove_attachment(self, case_id: str, attachment_id: str) -> None:
        self.attachments.remove(case_id, attachment_id)

    def attachment_owner(self, attachment_id: str) -> str | None:
        """The id of the case whose stored chunks use ``attachment_id``, if any."""
        return self.attachments.owner(attachment_id)

    def store_attachments_as(self, documents: Sequence[tuple[str, str, Opener]]) -> list[Stored]:
        """Several at once, in one pass (bundle import); see
        :meth:`app.stores.attachments.AttachmentStore.store_many_as`."""
        return self.attachments.store_many_as(documents)

    # ------------------------------------------------------------ settings and records

    def get_setting(self, name: str, default: Any = None) -> Any:
        return self.records.get_setting(name, default)

    def set_setting(self, name: str, value: Any) -> None:
        self.records.set_setting(name, value)

    def put_vault_record(self, kind: str, name: str, payload: Any) -> None:
        """A vault-wide record (rules, identity, contacts...) under a hidden stable id."""
        self.records.put_vault_record(kind, name, payload)

    def get_vault_record(self, kind: str, name: str) -> Any:
        return self.records.get_vault_record(kind, name)

    def vault_records(self, kind: str) -> list[Any]:
        return self.records.vault_records(kind)

    def delete_vault_record(self, kind: str, name: str) -> None:
        self.records.delete_vault_record(kind, name)

    def put_case_record(self, case_id: str, kind: str, payload: Any) -> None:
        """A per-case record (e.g. bundle merge state), crypto-shredded with the case."""
        self.records.put_case_record(case_id, kind, payload)

    def get_case_record(self, case_id: str, kind: str) -> Any:
        return self.records.get_case_record(case_id, kind)

    # ------------------------------------------------------------ maintenance

    def check(self) -> list[Problem]:
        from app.attachment_refs import missing_attachments

        return check_vault(self.vault) + missing_attachments(self)

    def backup(self, destination: str | os.PathLike[str]) -> Path:
        return self.vault.backup(destination)

    def change_passphrase(
        self, new: str, *, kdf_memory_mib: int | None = None, new_recovery_code: bool = False
    ) -> str | None:
        """Set a new passphrase and rotate the vault key (see docs/crypto.md). Returns a new
        recovery code to show once when one was made: on request, always after an unlock
        with the recovery code (the used code is revoked), and for a vault whose recovery
        slot is of the old kind."""
        return self.vault.change_passphrase(
            new, kdf_memory_mib=kdf_memory_mib, new_recovery_code=new_recovery_code
        )
