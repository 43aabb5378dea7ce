"""Between a vault's cases and the merge states of :mod:`app.merge`, and the per-case JSON
document that travels in a bundle.

In the vault a case is its case JSON, one clock stamp per field (``Session.clocks``),
tombstones of deleted list elements (``Session.tombstones``) and, once the case has been
merged, a per-case ``merge`` record holding the versions with their contexts for every unit
that is not simply this vault's own latest edit (values from other vaults, concurrent
siblings — open conflicts — and what each author had seen). A local edit made through the
session after the last merge shows up as a clock that differs from the merge record's
winner: it is rebuilt as a new version that has seen everything the record held (see
:func:`app.merge.edit`), so it supersedes what it replaced everywhere it travels.

A bundle's case document (``cases/<id>.json``)::

    {"case": {case JSON v1, only the fields the profile lets through},
     "clocks": {"status": "<stamp>", "notes/<id>": "<stamp>", ...},
     "tombstones": {"notes/<id>": "<stamp>"},
     "contexts": {"status": {"<device>": "<stamp>", ...}},      # only when not trivial
     "siblings": {"status": [{"value": ..., "stamp": ..., "ctx": {...}}]}}
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from app.case_json import CaseJsonError, case_to_json, parse_case
from app.hlc import Stamp
from app.merge import (
    Version,
    Versions,
    edit,
    is_trivial,
    normalise,
    single,
    versions_from_json,
    versions_to_json,
)
from app.profiles import path_visible
from app.session import ELEMENT_LISTS, FIELD_PATHS, Change, diff_cases, field_values

if TYPE_CHECKING:
    from app.session import Session

__all__ = [
    "MERGE_KIND",
    "build_case_json",
    "doc_to_state",
    "filter_state",
    "local_state",
    "state_to_doc",
    "store_state",
]

MERGE_KIND = "merge"
_ZERO = "000000000000000-000000-"
_LIST_KEYS = {
    "notes": ("created", "id"),
    "events": ("date", "id"),
    "eligibility_notes": ("date", "id"),
    "attachments": ("added", "id"),
}


def is_path(path: str) -> bool:
    if path in FIELD_PATHS:
        return True
    list_name, _, element_id = path.partition("/")
    return list_name in ELEMENT_LISTS and bool(element_id)


def _has_content(value: Any) -> bool:
    return value is not None and value != [] and value != ""


# ---------------------------------------------------------------- the vault side


def stored_meta(session: Session, case_id: str) -> dict[str, Versions]:
    """The merge record: full versions where they carry more than themselves, and for a
    unit that is one self-contained version from another vault, only its stamp (its value
    is the case's; only the stamp is needed to recognise a later local edit over it)."""
    record = session.get_case_record(case_id, MERGE_KIND)
    if not record:
        return {}
    meta = {path: versions_from_json(v) for path, v in record.get("fields", {}).items()}
    for path, stamp in record.get("seen", {}).items():
        meta[path] = (single(None, stamp),)
    return meta


def local_state(session: Session, case_id: str) -> dict[str, Versions]:
    """The merge state of a stored case (raises ``KeyError`` for an unknown id)."""
    case_json = case_to_json(session.get_case(case_id))
    return state_from_parts(
        field_values(case_json),
        session.clocks(case_id),
        session.tombstones(case_id),
        stored_meta(session, case_id),
        session.device_id,
    )


def state_from_parts(
    values: Mapping[str, Any],
    clocks: Mapping[str, str],
    tombstones: Mapping[str, str],
    meta: Mapping[str, Versions],
    device_id: str,
) -> dict[str, Versions]:
    state: dict[str, Versions] = {}
    paths = set(clocks) | set(tombstones) | {p for p, v in values.items() if _has_content(v)}
    for path in sorted(paths):
        if not is_path(path):
            continue
        live, dead = clocks.get(path), tombstones.get(path)
        if live is not None and live.startswith(_ZERO) and not _has_content(values.get(path)):
            continue  # "nothing known here" (see store_state): not a version to send
        if dead is not None and (live is None or dead > live):
            value, stamp = None, dead
        elif live is not None:
            value, stamp = values.get(path), live
        else:
            # Data written before clocks existed: older than any clocked edit anywhere.
            value, stamp = values.get(path), _ZERO + device_id
        known = meta.get(path)
        if known and known[0].stamp == stamp:
            state[path] = (Version(value, stamp, known[0].ctx), *known[1:])
        elif known:
            state[path] = edit(known, value, stamp)
        else:
            state[path] = (single(value, stamp),)
    return state


def build_case_json(case_id: str, state: Mapping[str, Versions]) -> dict[str, Any]:
    """Case JSON v1 showing each unit's winning value (lists in a deterministic order)."""
    out: dict[str, Any] = {"id": case_id, "person": {}}
    lists: dict[str, list[dict[str, Any]]] = {name: [] for name in ELEMENT_LISTS}
    for path, versions in state.items():
        value = versions[0].value
        if "/" in path:
            if value is not None:
                lists[path.split("/", 1)[0]].append(value)
        elif path.startswith("person."):
            out["person"][path.split(".", 1)[1]] = value
        else:
            out[path] = value
    for name, elements in lists.items():
        first, second = _LIST_KEYS[name]
        elements.sort(key=lambda e: (str(e.get(first) or ""), str(e.get(second) or "")))
        if elements:
            out[name] = elements
    return {k: v for k, v in out.items() if v is not None}


def store_state(
    session: Session,
    case_id: str,
    merged: Mapping[str, Versions],
    *,
    old_json: dict[str, Any] | None,
    source: str,
    extra_changes: Iterable[Change] = (),
) -> list[Change]:
    """Write a merged state as the case (inside the caller's transaction); returns the
    value changes recorded in the case history."""
    case = parse_case(build_case_json(case_id, merged), case_id=case_id)
    changes = diff_cases(old_json, case_to_json(case))
    clocks: dict[str, str] = {}
    tombstones: dict[str, str] = {}
    for path, versions in merged.items():
        if "/" in path and versions[0].value is None:
            tombstones[path] = versions[0].stamp
        else:
            clocks[path] = versions[0].stamp
    # The session gives every field of a case a stamp (its packed clocks fill gaps with the
    # most common one). A field no bundle has set must not take another device's stamp, or
    # this vault would claim that device left it empty: the lowest possible stamp of this
    # device says "nothing known here", and never travels.
    for path in FIELD_PATHS:
        clocks.setdefault(path, _ZERO + session.device_id)
    recorded = [*changes, *extra_changes]
    for value in clocks.values():
        session.clock.observe(Stamp.parse(value))
    session.cases.store(case, clocks, tombstones, recorded, source, new=old_json is None)
    # Kept: every unit whose state is not simply this vault's own latest edit, so a later
    # local edit (which the session stamps without contexts) can be rebuilt as having
    # seen what it replaced.
    meta = {p: versions_to_json(v) for p, v in merged.items() if not is_trivial(v)}
    seen = {
        p: v[0].stamp
        for p, v in merged.items()
        if is_trivial(v) and v[0].device != session.device_id
    }
    if meta or seen or (old_json is not None and session.get_case_record(case_id, MERGE_KIND)):
        session.put_case_record(
            case_id, MERGE_KIND, {"case_id": case_id, "fields": meta, "seen": seen}
        )
    return changes


# ---------------------------------------------------------------- the bundle side


def filter_state(
    state: Mapping[str, Versions], profile: str, paths: Iterable[str] | None = None
) -> dict[str, Versions]:
    """The units of ``state`` that ``profile`` lets through (a unit whose winner is hidden
    is left out whole; hidden siblings are dropped), optionally only ``paths``."""
    wanted = set(state) if paths is None else set(paths) & set(state)
    out: dict[str, Versions] = {}
    for path in sorted(wanted):
        versions = state[path]
        if not path_visible(profile, path, versions[0].value):
            continue
        out[path] = tuple(
            v for i, v in enumerate(versions) if i == 0 or path_visible(profile, path, v.value)
        )
    return out


def state_to_doc(case_id: str, state: Mapping[str, Versions]) -> dict[str, Any]:
    """The bundle document of an (already filtered) case state."""
    clocks: dict[str, str] = {}
    tombstones: dict[str, str] = {}
    contexts: dict[str, dict[str, str]] = {}
    siblings: dict[str, list[dict[str, Any]]] = {}
    for path, versions in state.items():
        top = versions[0]
        if "/" in path and top.value is None:
            tombstones[path] = top.stamp
        else:
            clocks[path] = top.stamp
        if top.ctx != ((top.device, top.stamp),):
            contexts[path] = dict(top.ctx)
        if len(versions) > 1:
            siblings[path] = versions_to_json(versions[1:])
    doc: dict[str, Any] = {
        "case": build_case_json(case_id, state),
        "clocks": clocks,
        "tombstones": tombstones,
    }
    if contexts:
        doc["contexts"] = contexts
    if siblings:
        doc["siblings"] = siblings
    return doc


def _case_skeleton(path: str, value: Any) -> dict[str, Any]:
    case: dict[str, Any] = {"person": {"full_name": "-"}}
    if "/" in path:
        case[path.split("/", 1)[0]] = [value]
    elif path.startswith("person."):
        case["person"][path.split(".", 1)[1]] = value
    else:
        case[path] = value
    return case


def canonical_value(path: str, value: Any) -> Any:
    """``value`` as this vault would store it at ``path``; ``ValueError`` if invalid."""
    if value is None:
        if path == "person.full_name":
            raise ValueError("person.full_name: is required")
        return None
    if "/" in path and (not isinstance(value, dict) or value.get("id") != path.split("/", 1)[1]):
        raise ValueError(f"{path}: the element's id does not match its path")
    try:
        values = field_values(case_to_json(parse_case(_case_skeleton(path, value))))
    except CaseJsonError as exc:
        raise ValueError(str(exc)) from exc
    return values.get(path)


_STAMP = re.compile(r"[0-9]{15}-[0-9]{6}-(.+)", re.DOTALL)


def _check_stamp(stamp: Any, where: str) -> str:
    """``stamp`` if it is an HLC stamp (see :class:`app.hlc.Stamp`); else ``ValueError``."""
    if not isinstance(stamp, str) or _STAMP.fullmatch(stamp) is None:
        raise ValueError(f"{where}: not a clock stamp: {str(stamp)[:40]!r}")
    return stamp


def _check_version(version: Version, where: str) -> None:
    _check_stamp(version.stamp, where)
    for device, stamp in version.ctx:
        if _check_stamp(stamp, where).split("-", 2)[2] != device:
            raise ValueError(f"{where}: a context stamp is filed under another device")


def doc_to_state(case_id: str, doc: Any) -> dict[str, Versions]:
    """The merge state carried by a bundle's case document, every value validated and in
    this vault's canonical form. Raises ``ValueError`` naming what is wrong."""
    if not isinstance(doc, dict) or not isinstance(doc.get("case"), dict):
        raise ValueError("not a case document")
    case_json = dict(doc["case"])
    if case_json.get("id") != case_id:
        raise ValueError("the case document's id does not match its file name")
    try:
        values = field_values(case_to_json(parse_case(case_json, case_id=case_id)))
    except CaseJsonError as exc:
        raise ValueError(str(exc)) from exc
    clocks, tombstones = doc.get("clocks", {}), doc.get("tombstones", {})
    contexts, siblings = doc.get("contexts", {}), doc.get("siblings", {})
    for name, part in (("clocks", clocks), ("tombstones", tombstones)):
        if not isinstance(part, dict):
            raise ValueError(f"{name} must be an object")
    if not isinstance(contexts, dict) or not isinstance(siblings, dict):
        raise ValueError("contexts and siblings must be objects")
    state: dict[str, Versions] = {}
    for path in sorted(set(clocks) | set(tombstones)):
        if not is_path(path) or (path in clocks and path in tombstones):
            raise ValueError(f"unknown or doubled field {path!r}")
        if path in tombstones:
            if "/" not in path:
                raise ValueError(f"{path}: only list elements have tombstones")
            value, stamp = None, _check_stamp(tombstones[path], path)
        else:
            stamp = _check_stamp(clocks[path], path)
            value = values.get(path)
            if "/" in path and value is None:
                raise ValueError(f"{path}: has a clock but is not in the case")
        if path not in contexts and path not in siblings:
            state[path] = (single(value, stamp),)  # the common case: nothing more to check
            continue
        ctx = contexts.get(path, {stamp.split("-", 2)[2]: stamp})
        top = versions_from_json([{"value": value, "stamp": stamp, "ctx": ctx}])[0]
        others = versions_from_json(siblings.get(path, []))
        for version in (top, *others):
            _check_version(version, path)
        checked = [Version(canonical_value(path, v.value), v.stamp, v.ctx) for v in others]
        state[path] = normalise([top, *checked])
    return state
