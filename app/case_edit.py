"""Editing a case with a partial case JSON (``casework case edit ID --json``).

The edit is a JSON merge patch (RFC 7386) over the case's JSON: fields given replace the
stored ones, ``null`` clears a field, fields left out stay as they are, and lists are
replaced whole. Notes and events given without an ``id`` keep the id of an identical stored
one, so re-sending the same list does not duplicate them.
"""

from __future__ import annotations

from typing import Any

from app.case_json import CaseJsonError, case_to_json, parse_case
from app.model import Case


def merge_patch(target: Any, patch: Any) -> Any:
    """RFC 7386: apply ``patch`` to ``target`` and return the result (inputs unchanged)."""
    if not isinstance(patch, dict):
        return patch
    result = dict(target) if isinstance(target, dict) else {}
    for key, value in patch.items():
        if value is None:
            result.pop(key, None)
        else:
            result[key] = merge_patch(result.get(key), value)
    return result


def _reuse_ids(stored: list[dict[str, Any]], given: Any, keys: tuple[str, ...]) -> Any:
    if not isinstance(given, list):
        return given
    by_content = {tuple(item.get(k) for k in keys): item["id"] for item in stored}
    out = []
    for item in given:
        if isinstance(item, dict) and "id" not in item:
            found = by_content.get(tuple(item.get(k) for k in keys))
            if found is not None:
                item = {**item, "id": found}
        out.append(item)
    return out


def apply_edit(current: Case, patch: Any) -> Case:
    """The case after the edit. Raises :class:`CaseJsonError` naming the wrong field; the
    case id cannot be changed."""
    if not isinstance(patch, dict):
        raise CaseJsonError("", "expected a JSON object with the fields to change")
    if "id" in patch and patch["id"] not in (None, current.id):
        raise CaseJsonError("id", "a case's id cannot be changed")
    patch = {k: v for k, v in patch.items() if k not in ("id", "computed")}
    stored = case_to_json(current)
    if "notes" in patch:
        patch["notes"] = _reuse_ids(stored["notes"], patch["notes"], ("text", "visibility"))
    if "events" in patch:
        patch["events"] = _reuse_ids(stored["events"], patch["events"], ("date", "kind", "text"))
    merged = merge_patch(stored, patch)
    merged["id"] = current.id
    return parse_case(merged, case_id=current.id)
