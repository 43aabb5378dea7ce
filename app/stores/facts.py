"""Every case's facts — its :class:`~app.list_row.ListRow` and light case
(:mod:`app.case_facts`) — in packed ``facts`` records, and the search index built from them.

A case belongs to one of :data:`PACKS` packs, chosen from its id (CRC-32 of the id, modulo
:data:`PACKS`); each pack is one vault-wide record (docs/vault-format.md). Unlock decrypts
a few hundred records instead of one per case — per record, decompressing and parsing
cost more than the data itself — and the packs compress about 3× better than one record
per case. A saved case rewrites its pack once per transaction (about 20 cases per pack for
10,000 cases), so importing 10,000 cases in one transaction writes each pack once.

Each case's entry carries its own revision, which changes whenever the case is saved
(results kept in memory, :mod:`app.stores.results`, are keyed by it), and the revision of
the case record it was made from: facts that do not match their case record (written by
an older Casework, which keeps no facts) are made again on unlock.

A pack is written in columns (version 2): ``ids``, ``revisions``, ``made_from``, ``rows``
(one list per :class:`ListRow` field after the id) and ``light`` (the light cases' texts):
each field's values side by side compress far better than one object per case. Packs of
version 1 (``cases``: id -> ``[row, light case text, revision, made from]``) are still
read, and written again in columns when one of their cases is next saved.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterable
from typing import Any

from app.case_facts import facts_payload, light_case
from app.list_row import ListRow
from app.model import Case
from app.search.index import SearchIndex
from app.stores.writer import Writer
from storage.errors import RecordTampered

Progress = Callable[[int, int], None]

PACKS = 512
FACTS_VERSION = 2  # the pack layout written; version 1 is still read
_ROW_COLUMNS = 14  # the ListRow fields after case_id


def pack_of(case_id: str) -> int:
    """The pack that holds a case's facts (stable: part of the vault format)."""
    return zlib.crc32(case_id.encode()) % PACKS


class FactsStore:
    """The facts of one open vault's cases (not thread-safe)."""

    def __init__(self, writer: Writer) -> None:
        self.writer = writer
        self.vault = writer.vault
        self._index: SearchIndex | None = None  # built when first searched
        self.rows: dict[str, ListRow] = {}
        self._texts: dict[str, str] = {}  # case id -> light case JSON text
        self._revisions: dict[str, int] = {}
        self._case_revisions: dict[str, int] = {}  # of the case record the facts came from
        self._light: dict[str, Case] = {}
        self._members: dict[int, set[str]] = {}
        # Changes of the running transaction: written before it commits, applied after.
        self._staged: dict[str, tuple[ListRow, str, int] | None] = {}
        self._staged_revisions: dict[str, int] = {}
        writer.before_every_commit(self._write_staged)
        writer.on_every_commit(self._apply_staged)
        writer.on_every_rollback(self._drop_staged)

    # ------------------------------------------------------------ unlock

    @property
    def index(self) -> SearchIndex:
        """The search index of the rows, built on first use (0.1-0.2 s for 10,000 cases):
        listing every case or evaluating a rule needs none."""
        if self._index is None:
            index = SearchIndex()
            index.bulk_load(self.rows.values(), ignore_other_keys=True)
            self._index = index
        return self._index

    def load(self, case_records: dict[str, int], progress: Progress | None = None) -> list[str]:
        """Read every pack; ``case_records`` is the revision of every case record by case
        id. Returns the ids whose facts are missing, unreadable, or were made from another
        revision of the case record (one written by an older Casework, say)."""
        known = case_records
        total = len(known)
        rows, texts, revisions, members = self.rows, self._texts, self._revisions, self._members
        case_revisions = self._case_revisions
        for item in self.vault.records_tolerant(kind="facts"):
            if isinstance(item, RecordTampered):
                continue  # its cases are rebuilt from their case records
            payload: Any = item.payload
            if type(payload) is not dict or type(payload.get("pack")) is not int:
                continue
            pack: int = payload["pack"]
            try:
                if payload.get("v") == FACTS_VERSION:
                    entries = _columns(payload)
                elif payload.get("v") == 1 and type(payload.get("cases")) is dict:
                    entries = _entries_v1(payload["cases"])
                else:
                    continue
            except (KeyError, TypeError, ValueError):
                continue
            held = members.setdefault(pack, set())
            for case_id, row_data, text, revision, case_revision in entries:
                if case_id not in known or pack_of(case_id) != pack:
                    continue
                if case_revision != known[case_id]:
                    continue  # the case record changed without its facts
                try:
                    row = ListRow.from_stored(case_id, row_data)
                except (TypeError, ValueError):
                    continue
                if type(text) is not str or type(revision) is not int:
                    continue
                rows[case_id] = row
                texts[case_id] = text
                revisions[case_id] = revision
                case_revisions[case_id] = case_revision
                held.add(case_id)
            if progress is not None:
                progress(len(rows), total)
        return [case_id for case_id in known if case_id not in rows]

    def close(self) -> None:
        for held in (
            self.rows,
            self._texts,
            self._revisions,
            self._case_revisions,
            self._light,
            self._members,
        ):
            held.clear()
        self._drop_staged()
        if self._index is not None:
            self._index.close()
            self._index = None

    # ------------------------------------------------------------ reading

    def revision(self, case_id: str) -> int:
        return self._revisions.get(case_id, 0)

    def light_case(self, case_id: str) -> Case:
        found = self._light.get(case_id)
        if found is None:
            text, row = self._texts[case_id], self.rows[case_id]
            found = self._light[case_id] = light_case(case_id, text, row)
        return found

    def forget_light_cases(self) -> None:
        self._light.clear()

    def has_light_case(self, case_id: str) -> bool:
        return case_id in self._texts

    # ------------------------------------------------------------ writing

    def stage(self, case: Case, case_revision: int) -> ListRow:
        """Compute the facts of a case saved as revision ``case_revision`` of its case
        record; they are written when the transaction commits."""
        row, payload = facts_payload(case)
        self._staged[case.id] = (row, payload["case"], case_revision)
        return row

    def stage_removal(self, case_id: str) -> None:
        self._staged[case_id] = None

    def _write_staged(self) -> None:
        if not self._staged:
            return
        by_pack: dict[int, list[str]] = {}
        for case_id in self._staged:
            by_pack.setdefault(pack_of(case_id), []).append(case_id)
        staged = self._staged
        for pack in sorted(by_pack):
            ids = [i for i in self._members.get(pack, ()) if i not in staged]
            rows = [self.rows[i] for i in ids]
            texts = [self._texts[i] for i in ids]
            revisions = [self._revisions[i] for i in ids]
            made_from = [self._case_revisions[i] for i in ids]
            for case_id in by_pack[pack]:
                new = staged[case_id]
                if new is None:
                    continue
                revision = self._revisions.get(case_id, 0) + 1
                self._staged_revisions[case_id] = revision
                ids.append(case_id)
                rows.append(new[0])
                texts.append(new[1])
                revisions.append(revision)
                made_from.append(new[2])
            record_id = self.vault.named_id(f"facts:{pack}")
            if ids:
                stored = [row.to_json()[1:] for row in rows]
                payload = {
                    "v": FACTS_VERSION,
                    "pack": pack,
                    "ids": ids,
                    "revisions": revisions,
                    "made_from": made_from,
                    "rows": [list(column) for column in zip(*stored, strict=True)],
                    "light": texts,
                }
                self.vault.put(record_id, "facts", payload)
            else:
                self.vault.delete(record_id)

    def _apply_staged(self) -> None:
        if not self._staged:
            return
        staged, revisions = self._staged, self._staged_revisions
        self._staged, self._staged_revisions = {}, {}
        batch = []
        for case_id, new in staged.items():
            self._light.pop(case_id, None)
            held = self._members.setdefault(pack_of(case_id), set())
            if new is None:
                self.rows.pop(case_id, None)
                self._texts.pop(case_id, None)
                self._revisions.pop(case_id, None)
                self._case_revisions.pop(case_id, None)
                held.discard(case_id)
                if self._index is not None:
                    self._index.remove(case_id)
                continue
            row, text, case_revision = new
            self.rows[case_id] = row
            self._texts[case_id] = text
            self._revisions[case_id] = revisions[case_id]
            self._case_revisions[case_id] = case_revision
            held.add(case_id)
            batch.append(row)
        if batch and self._index is not None:
            # One bulk update of the search index per transaction, not one per case.
            self._index.bulk_load(batch, ignore_other_keys=True)

    def _drop_staged(self) -> None:
        self._staged.clear()
        self._staged_revisions.clear()


_Entry = tuple[Any, Any, Any, Any, Any]  # case id, row fields, light text, revisions


def _columns(payload: dict[str, Any]) -> Iterable[_Entry]:
    """The entries of a version-2 pack (``ValueError`` / ``TypeError`` if malformed)."""
    ids, revisions, made_from = payload["ids"], payload["revisions"], payload["made_from"]
    columns, texts = payload["rows"], payload["light"]
    if type(columns) is not list or len(columns) != _ROW_COLUMNS:
        raise ValueError("not a facts pack")
    count = len(ids)
    if any(len(part) != count for part in (revisions, made_from, texts, *columns)):
        raise ValueError("not a facts pack")
    if not all(type(case_id) is str for case_id in ids):
        raise TypeError("not a facts pack")
    return zip(ids, zip(*columns, strict=True), texts, revisions, made_from, strict=True)


def _entries_v1(cases: dict[str, Any]) -> Iterable[_Entry]:
    """The entries of a version-1 pack (one ``[row, text, revision, made from]`` per case)."""
    for case_id, entry in cases.items():
        if type(entry) is not list or len(entry) != 4 or type(entry[0]) is not list:
            continue
        row_json, text, revision, case_revision = entry
        if len(row_json) != _ROW_COLUMNS + 1 or row_json[0] != case_id:
            continue
        yield case_id, row_json[1:], text, revision, case_revision
