"""What changed in a case and when: merge granularity (field paths), change lists, history
entries and the packed per-field clocks kept in each case record (docs/vault-format.md)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from app.case_json import case_to_json
from app.model import Case

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
