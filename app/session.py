"""An unlocked vault as the app sees it: cases, their history, notes, attachments, settings
and rule files, with the in-memory search index.

One :class:`Session` per open vault. It is not thread-safe: the GUI opens it on a worker
thread and then uses it from the GUI thread only; long operations take a progress callback.

Record layout (see docs/vault-format.md):
- ``case``: one per case (record id = case id): the case JSON without notes, the list row
  computed when it was saved (``list_row_for``), and the per-field clocks used by merge.
  Unlock decrypts one record per case and reads only its row.
- ``notes``: one per case, the notes' full text, read when the case is opened.
- ``history``: one per saved change set.
- ``attachment`` metadata lives in the case record; the bytes are chunks (storage.attachments).
- vault-wide: ``device``, ``setting``, ``rule``, ``tombstone``, ``groups`` (app.group_store)
  (and later identity/contacts); per case: ``deadline_marks`` (app.deadline_marks).
"""

from __future__ import annotations

import contextlib
import mimetypes
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from app.case_ids import check_case_id, check_case_id_prefix
from app.case_json import case_to_json, new_id, parse_case
from app.deadlines import row_deadlines
from app.group_store import migrate_groups
from app.hlc import Clock, Stamp
from app.model import AttachmentInfo, Case, Note
from app.search.index import SearchIndex
from app.sentence import compute_sentence
from storage.attachments import delete_attachment, read_attachment, store_attachment
from storage.check import Problem, check_vault
from storage.errors import RecordTampered
from storage.vault import Vault

Progress = Callable[[int, int], None]
# Raised when the list row gains what older rows lack (2: deadline ids and alerts); older
# rows are recomputed in memory at unlock until the case is saved again.
ROW_VERSION = 2

# Fields that merge as a whole, each with its own clock. Lists of notes, events, eligibility
# notes and attachments merge element by element ("notes/<id>").
FIELD_PATHS = (
    "person.full_name",
    "person.aliases",
    "person.birth_date",
    "person.sex",
    "person.groups",
    "status",
    "arrested_on",
    "facility",
    "custody",
    "sentence",
)
ELEMENT_LISTS = ("notes", "events", "eligibility_notes", "attachments")


@dataclass(frozen=True)
class Change:
    """One changed field: ``field`` is a path (``person.full_name``, ``notes/<id>``)."""

    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class HistoryEntry:
    at: str
    device: str
    source: str
    changes: tuple[Change, ...]


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def field_values(case_json: dict[str, Any]) -> dict[str, Any]:
    """The case JSON as ``{path: value}`` at merge granularity."""
    values: dict[str, Any] = {}
    for path in FIELD_PATHS:
        if path.startswith("person."):
            values[path] = case_json["person"].get(path.split(".", 1)[1])
        else:
            values[path] = case_json.get(path)
    for name in ELEMENT_LISTS:
        for element in case_json.get(name) or ():
            values[f"{name}/{element['id']}"] = element
    return values


def diff_cases(old: dict[str, Any] | None, new: dict[str, Any] | None) -> list[Change]:
    """The changes from one case JSON to another, path by path (either may be None)."""
    before = field_values(old) if old else {}
    after = field_values(new) if new else {}
    changes = []
    for path in sorted(set(before) | set(after)):
        if before.get(path) != after.get(path):
            changes.append(Change(path, before.get(path), after.get(path)))
    return changes


def disable_core_dumps() -> None:
    """A core dump of a process holding an open vault would put plaintext on disk."""
    try:
        import resource
    except ImportError:  # Windows: no core dumps of this kind
        return
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


class Session:
    """An unlocked vault. Use :meth:`create`, :meth:`open` or :meth:`open_with_recovery`."""

    def __init__(self, vault: Vault, progress: Progress | None = None) -> None:
        disable_core_dumps()
        self.vault = vault
        device = self._load_or_create_device()
        self.device_id: str = device["device_id"]
        self.clock = Clock(self.device_id, wall=device["wall"], counter=device["counter"])
        self._cases: dict[str, Case] = {}
        self._clocks: dict[str, dict[str, Any]] = {}  # packed: see pack_clocks
        self._tombstones: dict[str, dict[str, str]] = {}
        self._rows: dict[str, dict[str, Any]] = {}
        self.damaged: list[RecordTampered] = []
        # In-memory updates wait here until the vault transaction commits, so a rolled-back
        # write leaves the open session exactly as the vault is.
        self._pending: list[Callable[[], None]] | None = None
        self._device_dirty = False
        self._index_batch: list[dict[str, Any]] = []
        self.index = SearchIndex()
        self._load_cases(progress)
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

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """Writes inside commit together; the session's in-memory view changes only after
        the commit. Nested use joins the outer transaction."""
        if self._pending is not None:
            yield
            return
        self._pending = []
        self._device_dirty = False
        try:
            with self.vault.transaction():
                yield
                if self._device_dirty:
                    self._save_device()
        except BaseException:
            self._pending = None
            raise
        pending, self._pending = self._pending, None
        for apply in pending:
            apply()
        if self._index_batch:
            # One bulk update of the search index per transaction, not one per case.
            batch, self._index_batch = self._index_batch, []
            self.index.bulk_load(batch, ignore_other_keys=True)

    def _after_commit(self, apply: Callable[[], None]) -> None:
        if self._pending is None:
            apply()
        else:
            self._pending.append(apply)

    def close(self) -> None:
        """Lock: drop the decrypted cases, the search index and the keys."""
        self._cases.clear()
        self._clocks.clear()
        self.index.close()
        self.vault.close()

    lock = close

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _load_or_create_device(self) -> dict[str, Any]:
        record = self.vault.get(self.vault.named_id("device"))
        if record is not None:
            payload: dict[str, Any] = record.payload
            return payload
        device = {"device_id": new_id()[:16], "wall": 0, "counter": 0}
        self.vault.put(self.vault.named_id("device"), "device", device)
        return device

    def _load_cases(self, progress: Progress | None) -> None:
        """Unlock reads each case record's precomputed list row — what the case list and
        search need — without parsing whole cases, which are built when first asked for."""
        total = self.vault.count("case")
        for done, item in enumerate(self.vault.records_tolerant(kind="case"), start=1):
            if isinstance(item, RecordTampered):
                self.damaged.append(item)
                continue
            row = item.payload.get("row")
            if row is None or row.get("row_version", 1) < ROW_VERSION:
                # written before rows were kept, or by an older version: compute it in memory
                row = list_row_for(parse_case(item.payload["case"], case_id=item.id))
            self._rows[item.id] = row
            if progress is not None and done % 1000 == 0:
                progress(done, total)
        self.index.bulk_load(self._rows.values(), ignore_other_keys=True)
        if progress is not None:
            progress(total, total)

    def _load_case(self, case_id: str) -> Case:
        """Decrypt and parse one case record (without notes) into the cache."""
        record = self.vault.get(case_id)
        if record is None or record.kind != "case":
            raise KeyError(f"no case with id {case_id!r}")
        case = parse_case(record.payload["case"], case_id=case_id)
        self._cases[case_id] = case
        self._clocks[case_id] = dict(record.payload.get("clocks", {}))
        self._tombstones[case_id] = dict(record.payload.get("tombstones", {}))
        return case

    # ------------------------------------------------------------ reading

    def list_cases(self) -> list[Case]:
        """Every readable case, without notes' text (see :meth:`get_case`). The first call
        decrypts every case record (about 10,000 a second); later calls use the cache.
        Cases that fail their integrity check are left out and listed in ``damaged``."""
        if len(self._cases) < len(self._rows):
            for item in self.vault.records_tolerant(kind="case"):
                if isinstance(item, RecordTampered):
                    if all(d.record_id != item.record_id for d in self.damaged):
                        self.damaged.append(item)
                    continue
                if item.id in self._cases or item.id not in self._rows:
                    continue
                case = parse_case(item.payload["case"], case_id=item.id)
                self._cases[item.id] = case
                self._clocks[item.id] = dict(item.payload.get("clocks", {}))
                self._tombstones[item.id] = dict(item.payload.get("tombstones", {}))
        return [self._cases[i] for i in self._rows if i in self._cases]

    def list_rows(self) -> list[dict[str, Any]]:
        """What the case list shows of every case, without decrypting whole cases: see
        :func:`list_row_for` for the keys."""
        return list(self._rows.values())

    def list_row(self, case_id: str) -> dict[str, Any]:
        """What the case list shows of one case (see :func:`list_row_for`)."""
        return dict(self._rows[self.resolve_id(case_id)])

    def case_count(self) -> int:
        return len(self._rows)

    def has_case(self, case_id: str) -> bool:
        return case_id in self._rows

    def get_case(self, case_id: str) -> Case:
        """The whole case, notes included. Raises ``KeyError`` for an unknown id and
        :class:`RecordTampered` when it fails its integrity check."""
        case = self._find(case_id)
        notes = self.vault.get(self._notes_id(case.id))
        if notes is None:
            return case
        return replace(
            case,
            notes=parse_case({"person": {"full_name": "-"}, "notes": notes.payload["notes"]}).notes,
        )

    def _find(self, case_id: str) -> Case:
        full_id = self.resolve_id(case_id)
        case = self._cases.get(full_id)
        return case if case is not None else self._load_case(full_id)

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

    def search_ids(
        self,
        query: str = "",
        *,
        group: str | None = None,
        status: str | None = None,
        article: str | None = None,
    ) -> list[str]:
        """Ids of the cases whose name or alias matches ``query`` however it is spelled (best
        first), or of all cases passing the filters when ``query`` is blank."""
        if query.strip():
            return self.index.search(query, group=group, status=status, article=article)
        return self.index.filter(group=group, status=status, article=article)

    def search(
        self,
        query: str = "",
        *,
        group: str | None = None,
        status: str | None = None,
        article: str | None = None,
    ) -> list[Case]:
        """Like :meth:`search_ids`, returning the cases (decrypted as needed)."""
        ids = self.search_ids(query, group=group, status=status, article=article)
        return [self._find(i) for i in ids if i in self._rows]

    def history(self, case_id: str) -> list[HistoryEntry]:
        """The change history of a case, oldest first."""
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
        """``{field path: HLC stamp}`` of a case's fields and list elements (for merge)."""
        case = self.get_case(case_id)
        return unpack_clocks(self._clocks.get(case.id, {}), case)

    # ------------------------------------------------------------ writing

    def add_case(self, case: Case, *, source: str = "edit") -> Case:
        """Store a new case (a fresh id when the given one is taken). One transaction.
        Raises ``NotACaseId`` for an id that is not 32 hex digits."""
        check_case_id(case.id)
        if case.id in self._rows:
            case = replace(case, id=new_id())
        with self.transaction():
            self.vault.new_case(case.id)
            self._write_case(case, None, source)
        return case

    def add_cases(
        self, cases: Iterable[Case], *, source: str = "import", progress: Progress | None = None
    ) -> list[Case]:
        """Store many new cases in one transaction (all or none): list import and demo data."""
        stored = []
        with self.transaction():
            for done, case in enumerate(cases, start=1):
                stored.append(self.add_case(case, source=source))
                if progress is not None and done % 200 == 0:
                    progress(done, 0)
        return stored

    def update_case(self, case: Case, *, source: str = "edit") -> list[Change]:
        """Save a new version of an existing case; returns what changed (nothing written when
        nothing changed). One transaction: all of it is saved, or none."""
        old = self.get_case(case.id)
        return self._write_case(case, old, source)

    def delete_case(self, case_id: str) -> None:
        """Delete a case, its history and attachments, and its key (crypto-shredding). A
        tombstone (id and time only) lets sync tell contacts the case was deleted."""
        case_id = self.resolve_id(case_id)
        stamp = self.clock.now()
        with self.transaction():
            self.vault.delete_case(case_id)
            self.vault.put(
                self.vault.named_id(f"tombstone:{case_id}"),
                "tombstone",
                {"case_id": case_id, "deleted": str(stamp)},
            )
            self._save_device()
        if self._pending is None:
            self.vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self._cases.pop(case_id, None)
        self._clocks.pop(case_id, None)
        self._rows.pop(case_id, None)
        self.index.remove(case_id)

    def deleted_cases(self) -> dict[str, str]:
        """``{case id: deletion stamp}`` of deleted cases."""
        return {
            r.payload["case_id"]: r.payload["deleted"] for r in self.vault.records(kind="tombstone")
        }

    def _write_case(self, case: Case, old: Case | None, source: str) -> list[Change]:
        new_json = case_to_json(case)
        old_json = case_to_json(old) if old is not None else None
        changes = diff_cases(old_json, new_json)
        if old is not None and not changes:
            return []
        clocks = unpack_clocks(self._clocks.get(case.id, {}), old) if old is not None else {}
        tombstones = dict(self._tombstones.get(case.id, {}))
        stamp = str(self.clock.now())
        for change in changes:
            clocks[change.field] = stamp
            if change.new is None and "/" in change.field:
                tombstones[change.field] = stamp
                clocks.pop(change.field, None)
        # A new case's history says "created" rather than repeating every value.
        # A new case has no history yet: its creation time is its fields' first clock.
        recorded = changes if old is not None else []
        self._store(case, clocks, tombstones, changes, source, recorded)
        return changes

    def store_merged(
        self,
        case: Case,
        clocks: dict[str, str],
        tombstones: dict[str, str],
        changes: list[Change],
        source: str,
        *,
        new: bool,
    ) -> None:
        """Write a case produced by merge with the clocks it computed (used by bundle import,
        inside the importer's transaction)."""
        for value in clocks.values():
            self.clock.observe(Stamp.parse(value))
        with self.transaction():
            if new:
                self.vault.new_case(case.id)
            self._store(case, clocks, tombstones, changes, source)

    def _store(
        self,
        case: Case,
        clocks: dict[str, str],
        tombstones: dict[str, str],
        changes: list[Change],
        source: str,
        recorded: list[Change] | None = None,
    ) -> None:
        case_json = case_to_json(case)
        recorded = changes if recorded is None else recorded
        notes = case_json.pop("notes")
        row = list_row_for(case)
        packed = pack_clocks(clocks)
        with self.transaction():
            self.vault.put(
                case.id,
                "case",
                {"row": row, "case": case_json, "clocks": packed, "tombstones": tombstones},
                case_id=case.id,
            )
            if any(c.field.startswith("notes/") for c in changes):
                self.vault.put(self._notes_id(case.id), "notes", {"notes": notes}, case_id=case.id)
            if recorded:
                self.vault.put(
                    new_id(),
                    "history",
                    {
                        "at": now_iso(),
                        "device": self.device_id,
                        "source": source,
                        "changes": [
                            {"field": c.field, "old": c.old, "new": c.new} for c in recorded
                        ],
                    },
                    case_id=case.id,
                )
            self._device_dirty = True

        def apply() -> None:
            self._cases[case.id] = replace(case, notes=())
            self._clocks[case.id] = packed
            self._tombstones[case.id] = tombstones
            self._rows[case.id] = row
            self._index_batch.append(row)

        self._after_commit(apply)

    def tombstones(self, case_id: str) -> dict[str, str]:
        return dict(self._tombstones.get(case_id, {}))

    def _save_device(self) -> None:
        wall, counter = self.clock.state
        self.vault.put(
            self.vault.named_id("device"),
            "device",
            {"device_id": self.device_id, "wall": wall, "counter": counter},
        )

    def _notes_id(self, case_id: str) -> str:
        return self.vault.named_id(f"notes:{case_id}")

    def add_note(self, case_id: str, text: str, visibility: str = "privileged") -> Note:
        case = self.get_case(case_id)
        note = Note(id=new_id(), text=text, visibility=visibility, created=now_iso())
        self.update_case(replace(case, notes=(*case.notes, note)))
        return note

    # ------------------------------------------------------------ attachments

    def add_attachment(
        self,
        case_id: str,
        source: BinaryIO,
        name: str,
        *,
        media_type: str | None = None,
        visibility: str = "privileged",
    ) -> AttachmentInfo:
        """Encrypt a file into the vault, streamed in 1 MiB chunks, and list it on the case."""
        case = self.get_case(case_id)
        attachment_id = new_id()
        guessed = media_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
        with self.transaction():
            size, digest = store_attachment(self.vault, case.id, attachment_id, source)
            info = AttachmentInfo(
                id=attachment_id,
                name=Path(name).name,
                size=size,
                sha256=digest,
                media_type=guessed,
                visibility=visibility,
                added=now_iso(),
            )
            self.update_case(replace(case, attachments=(*case.attachments, info)))
        return info

    def find_attachment(self, case_id: str, name_or_id: str) -> AttachmentInfo:
        case = self._find(case_id)
        for info in case.attachments:
            if name_or_id in (info.id, info.name):
                return info
        raise KeyError(f"case {case.id[:8]} has no attachment named {name_or_id!r}")

    def read_attachment(self, case_id: str, attachment_id: str) -> Iterator[bytes]:
        """Decrypted chunks in order (1 MiB each); raises :class:`RecordTampered` if damaged."""
        return read_attachment(self.vault, self.resolve_id(case_id), attachment_id)

    def remove_attachment(self, case_id: str, attachment_id: str) -> None:
        case = self.get_case(case_id)
        kept = tuple(a for a in case.attachments if a.id != attachment_id)
        with self.transaction():
            delete_attachment(self.vault, attachment_id)
            self.update_case(replace(case, attachments=kept))

    # ------------------------------------------------------------ settings and rules

    def get_setting(self, name: str, default: Any = None) -> Any:
        record = self.vault.get(self.vault.named_id(f"setting:{name}"))
        return default if record is None else record.payload["value"]

    def set_setting(self, name: str, value: Any) -> None:
        self.vault.put(
            self.vault.named_id(f"setting:{name}"), "setting", {"name": name, "value": value}
        )

    def put_vault_record(self, kind: str, name: str, payload: Any) -> None:
        """A vault-wide record (rules, identity, contacts...) under a hidden stable id."""
        self.vault.put(self.vault.named_id(f"{kind}:{name}"), kind, payload)

    def get_vault_record(self, kind: str, name: str) -> Any:
        record = self.vault.get(self.vault.named_id(f"{kind}:{name}"))
        return None if record is None else record.payload

    def vault_records(self, kind: str) -> list[Any]:
        return [record.payload for record in self.vault.records(kind=kind)]

    def delete_vault_record(self, kind: str, name: str) -> None:
        self.vault.delete(self.vault.named_id(f"{kind}:{name}"))

    # ------------------------------------------------------------ case-scoped records (bundles)

    def put_case_record(self, case_id: str, kind: str, payload: Any) -> None:
        """A per-case record (e.g. bundle merge state) under a hidden stable id, encrypted
        under the case key and so deleted and crypto-shredded with the case."""
        self.vault.put(self.vault.named_id(f"{kind}:{case_id}"), kind, payload, case_id=case_id)

    def get_case_record(self, case_id: str, kind: str) -> Any:
        record = self.vault.get(self.vault.named_id(f"{kind}:{case_id}"))
        return None if record is None else record.payload

    def attachment_owner(self, attachment_id: str) -> str | None:
        """The id of the case whose stored chunks use ``attachment_id``, if any."""
        row = self.vault.conn.execute(
            "SELECT case_id FROM chunks WHERE attachment_id = ? LIMIT 1", (attachment_id,)
        ).fetchone()
        return None if row is None else str(row[0])

    def store_attachment_as(
        self, case_id: str, attachment_id: str, source: BinaryIO
    ) -> tuple[int, str]:
        """Encrypt ``source`` into the vault as the bytes of ``attachment_id`` (an id chosen
        elsewhere: bundle import), streamed in 1 MiB chunks; the caller lists it on the case.
        Returns ``(size, SHA-256 hex)``. Raises ``ValueError`` when another case's
        attachment already uses the id, so an import can never overwrite it."""
        owner = self.attachment_owner(attachment_id)
        if owner is not None and owner != case_id:
            raise ValueError(f"attachment id {attachment_id} belongs to another case")
        return store_attachment(self.vault, case_id, attachment_id, source)

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


def pack_clocks(clocks: dict[str, str]) -> dict[str, Any]:
    """Store the most common stamp once: a new case's fields all share one stamp."""
    if not clocks:
        return {}
    stamps: dict[str, int] = {}
    for stamp in clocks.values():
        stamps[stamp] = stamps.get(stamp, 0) + 1
    base = max(stamps, key=lambda s: (stamps[s], s))
    return {"base": base, "except": {p: s for p, s in clocks.items() if s != base}}


def unpack_clocks(packed: dict[str, Any], case: Case) -> dict[str, str]:
    """Inverse of :func:`pack_clocks`: every field and list element of ``case`` (notes
    included: pass the whole case) has the base stamp unless it has its own."""
    if "base" not in packed:
        return {str(k): str(v) for k, v in packed.items()}
    base = str(packed["base"])
    clocks = dict.fromkeys(field_values(case_to_json(case)), base)
    clocks.update(packed.get("except", {}))
    return clocks


def list_row_for(case: Case) -> dict[str, Any]:
    """What the case list needs of a case, computed when the case is saved and kept in the
    case record so unlock need not parse whole cases.

    Keys: ``case_id``, ``full_name``, ``aliases``, ``groups``, ``status``, ``articles``,
    ``birth_date``, ``category``, ``term``, ``last_day``, ``half``, ``two_thirds``,
    ``three_quarters`` (ISO dates or None), ``deadlines`` (all of them, past ones included:
    :func:`app.deadlines.row_deadlines`), ``search`` (the names folded for the search index,
    so unlock need not fold them: :func:`app.search.search_keys`) and ``row_version``
    (:data:`ROW_VERSION`). None of these depend on today's date.
    """
    from app.search.index import search_keys  # local: only the list row needs it

    computation = compute_sentence(case, on=date.today())
    sentence = case.sentence

    def iso(value: date | None) -> str | None:
        return None if value is None else value.isoformat()

    return {
        "case_id": case.id,
        "full_name": case.person.full_name,
        "aliases": list(case.person.aliases),
        "groups": list(case.person.groups),
        "status": case.status,
        "articles": list(sentence.articles) if sentence else [],
        "birth_date": iso(case.person.birth_date),
        "category": sentence.category if sentence else None,
        "term": None
        if sentence is None or (sentence.term is None and not sentence.life)
        else "life"
        if sentence.life
        else str(sentence.term),
        "last_day": iso(computation.last_day) if computation else None,
        "half": iso(computation.half) if computation else None,
        "two_thirds": iso(computation.two_thirds) if computation else None,
        "three_quarters": iso(computation.three_quarters) if computation else None,
        "deadlines": row_deadlines(case, computation),
        "search": search_keys(case.person.full_name, case.person.aliases),
        "row_version": ROW_VERSION,
    }
