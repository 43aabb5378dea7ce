"""Merging case edits from several vaults — pure functions, no I/O (docs/bundle-format.md, merge).

Each merge unit of a case (a field path such as ``status``, or one list element such as
``notes/<id>``) is a *multi-value register*: a small set of :class:`Version` values, each
written by one device at one hybrid-logical-clock stamp, with the **context** its author
had seen for that unit (per device, the highest stamp seen, its own included).

- A version that another version's context covers was *seen* by that version's author
  before they wrote: it is superseded, knowingly, and dropped.
- What remains are mutually concurrent versions. The one with the greatest stamp (wall
  time, counter, then device id as tie-break) is the **winner** — the value the case shows.
  The others stay as **siblings**: concurrent edits that lost, listed as conflicts to
  review and never silently dropped.
- Deletion of a list element is a version whose value is ``None`` (a tombstone).
- A new local edit's context covers every version present, so editing a field (or choosing
  a value in the conflict list) resolves its conflict everywhere the edit travels.

Merging is a set union followed by dropping superseded versions, so it is commutative,
associative and idempotent for versions written by honest devices: any import order of the
same bundles gives the same state, importing twice equals importing once, and no edit is
lost (every version written is either present or seen by one that is). Stamps are compared
as text: :class:`app.hlc.Stamp` writes them so that text order is stamp order.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

__all__ = [
    "CaseState",
    "Version",
    "Versions",
    "conflicting",
    "context_of",
    "edit",
    "merge_case",
    "merge_versions",
    "normalise",
    "single",
    "stamp_device",
    "winner",
]


def stamp_device(stamp: str) -> str:
    """The device id at the end of ``<wall>-<counter>-<device>``."""
    return stamp.split("-", 2)[2]


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


@dataclass(frozen=True)
class Version:
    """One written value of one merge unit. ``value`` None means cleared / deleted.

    ``ctx`` is sorted ``(device, stamp)`` pairs: the highest stamp of each device the
    author had seen for this unit when writing, this version's own stamp included.
    """

    value: Any
    stamp: str
    ctx: tuple[tuple[str, str], ...]

    @property
    def device(self) -> str:
        return stamp_device(self.stamp)

    def has_seen(self, other: Version) -> bool:
        """Whether this version's author had ``other`` (or a later edit by the same device
        to this unit) when writing this one."""
        for device, stamp in self.ctx:
            if device == other.device:
                return other.stamp <= stamp
        return False

    def key(self) -> tuple[str, str]:
        return (self.stamp, _canonical(self.value))


Versions = tuple[Version, ...]
CaseState = Mapping[str, Versions]


def single(value: Any, stamp: str) -> Version:
    """A version with no knowledge beyond itself (a first edit, or legacy data)."""
    return Version(value, stamp, ((stamp_device(stamp), stamp),))


def normalise(versions: Iterable[Version]) -> Versions:
    """Drop duplicates and superseded versions; winner first, then by stamp, descending.

    Two versions with one stamp are one edit; should they differ (only a forged bundle can
    do that) the choice is still deterministic: the greater canonical JSON wins.
    """
    by_stamp: dict[str, Version] = {}
    for version in versions:
        present = by_stamp.get(version.stamp)
        if present is None or version.key() > present.key():
            by_stamp[version.stamp] = version
    candidates = list(by_stamp.values())
    kept = [
        v for v in candidates if not any(w.stamp != v.stamp and w.has_seen(v) for w in candidates)
    ]
    kept.sort(key=lambda v: v.stamp, reverse=True)
    return tuple(kept)


def merge_versions(a: Iterable[Version], b: Iterable[Version]) -> Versions:
    return normalise([*a, *b])


def winner(versions: Versions) -> Version:
    """The version whose value the case shows. ``versions`` must be normalised, non-empty."""
    return versions[0]


def conflicting(versions: Versions) -> Versions:
    """Concurrent losing versions whose value differs from the winner's: the conflicts."""
    if len(versions) < 2:
        return ()
    shown = _canonical(versions[0].value)
    return tuple(v for v in versions[1:] if _canonical(v.value) != shown)


def context_of(versions: Iterable[Version]) -> dict[str, str]:
    """Everything the given versions' authors had seen, per device (pointwise maximum)."""
    seen: dict[str, str] = {}
    for version in versions:
        for device, stamp in version.ctx:
            if stamp > seen.get(device, ""):
                seen[device] = stamp
    return seen


def edit(versions: Iterable[Version], value: Any, stamp: str) -> Versions:
    """A new edit written at ``stamp`` over ``versions``: it has seen all of them, so it
    supersedes them (and so resolves any conflict among them)."""
    seen = context_of(versions)
    device = stamp_device(stamp)
    if stamp > seen.get(device, ""):
        seen[device] = stamp
    return (Version(value, stamp, tuple(sorted(seen.items()))),)


def merge_case(a: CaseState, b: CaseState) -> dict[str, Versions]:
    """Merge two states of one case unit by unit (both normalised, as every function here
    returns them)."""
    merged: dict[str, Versions] = {}
    for path in sorted(set(a) | set(b)):
        left, right = a.get(path, ()), b.get(path, ())
        if not right or left == right:
            merged[path] = left
        elif not left:
            merged[path] = right
        else:
            merged[path] = merge_versions(left, right)
    return {path: versions for path, versions in merged.items() if versions}


def is_trivial(versions: Versions) -> bool:
    """True when the state is one version knowing only itself: no context worth storing."""
    return len(versions) == 1 and versions[0].ctx == ((versions[0].device, versions[0].stamp),)


def versions_to_json(versions: Versions) -> list[dict[str, Any]]:
    return [{"value": v.value, "stamp": v.stamp, "ctx": dict(v.ctx)} for v in versions]


def versions_from_json(data: Any) -> Versions:
    """Inverse of :func:`versions_to_json`; raises ``ValueError`` for a malformed list."""
    if not isinstance(data, list):
        raise ValueError("versions must be a list")
    out = []
    for item in data:
        if not isinstance(item, dict) or not isinstance(item.get("stamp"), str):
            raise ValueError("a version needs a stamp")
        ctx = item.get("ctx", {})
        if not isinstance(ctx, dict) or not all(
            isinstance(k, str) and isinstance(s, str) for k, s in ctx.items()
        ):
            raise ValueError("a version's context must map device ids to stamps")
        out.append(Version(item.get("value"), item["stamp"], tuple(sorted(ctx.items()))))
    return tuple(out)
