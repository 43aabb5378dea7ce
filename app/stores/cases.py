"""Cases in the vault: their facts (list rows and light cases) for lists, search, statistics
and rules, and the whole case for the one being shown or edited.

Records per case (docs/vault-format.md):

- ``facts``: the :class:`~app.list_row.ListRow` and the light case (:mod:`app.case_facts`),
  packed many cases to a record (:mod:`app.stores.facts`). Unlock decrypts only these.
- ``case`` (id = case id): the case JSON without notes, the per-field merge clocks and
  tombstones; read when the case is opened.
- ``notes``: the notes' full text; ``history``: one per saved change set.

A vault written before facts records existed gets them on its first unlock (one
transaction), computed from its case records.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any, Unpack

from app.case_changes import (
    Change,
    HistoryEntry,
    diff_cases,
    now_iso,
    pack_clocks,
    unpack_clocks,
)
from app.case_ids import check_case_id_prefix
from app.case_json import case_to_json, new_id, parse_case
from app.list_row import ListRow
from app.model import Case
from app.search.index import CaseFilters, SearchIndex
from app.stores.facts import FactsStore
from app.stores.writer import Writer
from storage.errors import RecordTampered

Progress = Callable[[int, int], None]


class CaseStore:
    """The cases of one open vault (not thread-safe; see :class:`app.session.Session`)."""

    def __init__(self, writer: Writer) -> None:
        self.writer = writer
        self.vault = writer.vault
        self.facts = FactsStore(writer)
        self.damaged: list[RecordTampered] = []
        self._rows = self.facts.rows  # the same dict: updated when a transaction commits
        self._cases: dict[str, Case] = {}  # whole cases (without notes) opened so far
        self._clocks: dict[str, dict[str, Any]] = {}  # packed: see pack_clocks
        self._tombstones: dict[str, dict[str, str]] = {}

    # ------------------------------------------------------------ unlock

    def load(self, progress: Progress | None = None) -> None:
        """Read every case's facts (decrypting nothing else); the search index is built
        when first used."""
        case_records = {
            str(case_id): int(revision)
            for case_id, revision in self.vault.conn.execute(
                "SELECT r.id, r.revision FROM records r JOIN case_keys k ON k.case_id = r.id"
                " WHERE r.kind = 'case'"
            )
        }
        missing = self.facts.load(case_records, progress)
        if missing:
            self._rebuild_missing_facts(sorted(missing))

    def _rebuild_missing_facts(self, missing: list[str]) -> None:
        """Cases without readable facts (a vault from before facts records, or a damaged
        pack): compute them from the case record and store them."""
        with self.writer.transaction():
            for case_id in missing:
                try:
                    record = self.vault.get(case_id)
                except RecordTampered as exc:
                    self.damaged.append(exc)
                    continue
                if record is None or record.kind != "case":
                    continue
                payload = dict(record.payload)
                case = parse_case(payload["case"], case_id=case_id, stored=True)
                revision = record.revision
                if "row" in payload:  # the row now lives in the facts only
                    del payload["row"]
                    revision = self.vault.put(case_id, "case", payload, case_id=case_id)
                self._cases[case_id] = case
                self._clocks[case_id] = dict(payload.get("clocks", {}))
                self._tombstones[case_id] = dict(payload.get("tombstones", {}))
                self.facts.stage(case, revision)

    def close(self) -> None:
        self.facts.close()
        for held in (self._cases, self._clocks, self._tombstones):
            held.clear()

    # ------------------------------------------------------------ reading facts

    def rows(self) -> list[ListRow]:
        return list(self._rows.values())

    def rows_ids(self) -> list[str]:
        return list(self._rows)

    def row(self, case_id: str) -> ListRow:
        return self._rows[self.resolve_id(case_id)]

    def count(self) -> int:
        return len(self._rows)

    def has(self, case_id: str) -> bool:
        return case_id in self._rows

    def revision(self, case_id: str) -> int:
        """The revision of a case's facts: it changes whenever the case is saved."""
        return self.facts.revision(case_id)

    def light_case(self, case_id: str) -> Case:
        """The case as rules and statistics see it (:mod:`app.case_facts`), from its facts."""
        return self.facts.light_case(case_id)

    def light_cases(self, case_ids: Iterable[str] | None = None) -> list[Case]:
        ids = self._rows if case_ids is None else case_ids
        facts = self.facts
        return [facts.light_case(i) for i in ids if facts.has_light_case(i)]

    def resolve_id(self, case_id: str) -> str:
        """The full id for a full id or an unambiguous prefix of one (at least 4 characters).
        Raises ``KeyError`` with a message for an unknown or ambiguous id (``NotACaseId``
        for text that cannot be one)."""
        if case_id in self._rows:
            return case_id
        case_id = check_case_id_prefix(case_id)
        if case_id in self._rows:
            return case_id
        matches = (
            [cid for cid in self._rows if cid.startswith(case_id)] if len(case_id) >= 4 else []
        )
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise KeyError(f"the id {case_id!r} is ambiguous: give more characters")
        raise KeyError(f"no case with id {case_id!r}")

    @property
    def index(self) -> SearchIndex:
        return self.facts.index

    def search_ids(self, query: str = "", **filters: Unpack[CaseFilters]) -> list[str]:
        if query.strip():
            return self.index.search(query, **filters)
        return self.index.filter(**filters)

    # ------------------------------------------------------------ reading whole cases

    def find(self, case_id: str) -> Case:
        """The whole case without notes (decrypted on first use)."""
        full_id = self.resolve_id(case_id)
        case = self._cases.get(full_id)
        return case if case is not None else self._load_case(full_id)

    def _load_case(self, case_id: str) -> Case:
        record = self.vault.get(case_id)
        if record is None or record.kind != "case":
            raise KeyError(f"no case with id {case_id!r}")
        case = parse_case(record.payload["case"], case_id=case_id, stored=True)
        self._cases[case_id] = case
        self._clocks[case_id] = dict(record.payload.get("clocks", {}))
        self._tombstones[case_id] = dict(record.payload.get("tombstones", {}))
        return case

    def whole_cases(self) -> list[Case]:
        """Every readable whole case without notes (decrypts every case record once)."""
        damaged = {d.case_id for d in self.damaged if d.kind == "case"}
        reported = {d.record_id for d in self.damaged}
        # Walk the records only while some readable case is not in memory yet: a damaged
        # case is never there, and must not make every later call decrypt the vault again.
        if any(i not in self._cases and i not in damaged for i in self._rows):
            for item in self.vault.records_tolerant(kind="case"):
                if isinstance(item, RecordTampered):
                    if item.record_id not in reported:
                        self.damaged.append(item)
                        reported.add(item.record_id)
                    if item.kind == "case" and item.case_id:
                        damaged.add(item.case_id)
                    continue
                if item.id in self._cases or item.id not in self._rows:
                    continue
                self._cases[item.id] = parse_case(
                    item.payload["case"], case_id=item.id, stored=True
                )
                self._clocks[item.id] = dict(item.payload.get("clocks", {}))
                self._tombstones[item.id] = dict(item.payload.get("tombstones", {}))
        return [self._cases[i] for i in self._rows if i in self._cases]

    def get(self, case_id: str) -> Case:
        """The whole case, notes included."""
        case = self.find(case_id)
        notes = self.vault.get(self._notes_id(case.id))
        if notes is None:
            return case
        return replace(
            case,
            notes=parse_case({"person": {"full_name": "-"}, "notes": notes.payload["notes"]}).notes,
        )

    def history(self, case_id: str) -> list[HistoryEntry]:
        case_id = self.resolve_id(case_id)
        entries = []
        for record in self.vault.records(kind="history", case_id=case_id):
            p = record.payload
            entries.append(
                HistoryEntry(
                    at=p["at"],
                    device=p["device"],
                    source=p.get("source", "edit"),
                    changes=tuple(Change(c["field"], c["old"], c["new"]) for c in p["changes"]),
                )
            )
        entries.sort(key=lambda e: e.at)
        return entries

    def clocks(self, case_id: str) -> dict[str, str]:
        case = self.get(case_id)
        return unpack_clocks(self._clocks.get(case.id, {}), case)

    def tombstones(self, case_id: str) -> dict[str, str]:
        return dict(self._tombstones.get(case_id, {}))

    def deleted(self) -> dict[str, str]:
        return {
            r.payload["case_id"]: r.payload["deleted"] for r in self.vault.records(kind="tombstone")
        }

    # ------------------------------------------------------------ writing

    def add(self, case: Case, *, source: str = "edit") -> Case:
        if case.id in self._rows:
            case = replace(case, id=new_id())
        with self.writer.transaction():
            self.vault.new_case(case.id)
            self.write(case, None, source)
        return case

    def write(self, case: Case, old: Case | None, source: str) -> list[Change]:
        """Save ``case`` (``old`` is the stored version, None for a new case); returns what
        changed, and writes nothing when nothing did."""
        new_json = case_to_json(case)
        old_json = case_to_json(old) if old is not None else None
        changes = diff_cases(old_json, new_json)
        if old is not None and not changes:
            return []
        clocks = unpack_clocks(self._clocks.get(case.id, {}), old) if old is not None else {}
        tombstones = dict(self._tombstones.get(case.id, {}))
        stamp = str(self.writer.clock.now())
        for change in changes:
            clocks[change.field] = stamp
            if change.new is None and "/" in change.field:
                tombstones[change.field] = stamp
                clocks.pop(change.field, None)
        # A new case has no history yet: its creation time is its fields' first clock.
        recorded = changes if old is not None else []
        self.store(case, clocks, tombstones, changes, source, recorded)
        return changes

    def store(
        self,
        case: Case,
        clocks: dict[str, str],
        tombstones: dict[str, str],
        changes: list[Change],
        source: str,
        recorded: list[Change] | None = None,
        *,
        new: bool = False,
    ) -> None:
        """Write one version of a case with its field clocks and tombstones; ``recorded`` (by
        default ``changes``) goes into its history, and ``new`` first makes the case's record
        (bundle import stores merged cases this way, after observing their clocks)."""
        case_json = case_to_json(case)
        recorded = changes if recorded is None else recorded
        notes = case_json.pop("notes")
        packed = pack_clocks(clocks)
        with self.writer.transaction():
            if new:
                self.vault.new_case(case.id)
            revision = self.vault.put(
                case.id,
                "case",
                {"case": case_json, "clocks": packed, "tombstones": tombstones},
                case_id=case.id,
            )
            self.facts.stage(case, revision)
            if any(c.field.startswith("notes/") for c in changes):
                self.vault.put(self._notes_id(case.id), "notes", {"notes": notes}, case_id=case.id)
            if recorded:
                self.vault.put(
                    new_id(),
                    "history",
                    {
                        "at": now_iso(),
                        "device": self.writer.device_id,
                        "source": source,
                        "changes": [
                            {"field": c.field, "old": c.old, "new": c.new} for c in recorded
                        ],
                    },
                    case_id=case.id,
                )
            self.writer.clock_used()

        def apply() -> None:
            self._cases[case.id] = replace(case, notes=())
            self._clocks[case.id] = packed
            self._tombstones[case.id] = tombstones

        self.writer.after_commit(apply)

    def delete(self, case_id: str) -> None:
        """Delete a case, its history and attachments, and its key (crypto-shredding); a
        tombstone (id and time only) lets sync tell contacts the case was deleted."""
        case_id = self.resolve_id(case_id)
        stamp = self.writer.clock.now()
        with self.writer.transaction():
            self.vault.delete_case(case_id)
            self.vault.put(
                self.vault.named_id(f"tombstone:{case_id}"),
                "tombstone",
                {"case_id": case_id, "deleted": str(stamp)},
            )
            self.writer.save_device()
            self.facts.stage_removal(case_id)
        if not self.writer.in_transaction:
            self.vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self._cases.pop(case_id, None)
        self._clocks.pop(case_id, None)

    def _notes_id(self, case_id: str) -> str:
        return self.vault.named_id(f"notes:{case_id}")
