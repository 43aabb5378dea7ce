"""The vault's group names and the migration of Casework 0.1's group ids (docs/groups.md).

One vault-wide record (kind ``groups``, encrypted like every record) holds
``{"version": 1, "names": {group id: {language: name}}}``: the names the user gave, which
win over the built-in ones (:mod:`app.groups`). A vault without it was made before groups
had names; :func:`migrate_groups` then renames the two legacy ids that have a counterpart
in every case (a "migration" entry in each case's history) and keeps the other legacy ids
in use as the user's own groups, their old names written into the record.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from app.groups import (
    DEFAULT_GROUPS,
    LEGACY_NAMES,
    LEGACY_RENAMED,
    check_group_id,
    check_language,
    check_name,
    migrated_groups,
)
from storage.errors import RecordTampered

RECORD_KIND = "groups"
RECORD_NAME = "names"
VERSION = 1


class GroupVault(Protocol):
    """What this needs of :class:`app.session.Session`."""

    def get_vault_record(self, kind: str, name: str) -> Any: ...

    def put_vault_record(self, kind: str, name: str, payload: Any) -> None: ...

    def list_rows(self) -> Sequence[Mapping[str, Any]]: ...


_DAMAGED: dict[str, Any] = {"damaged": True}


def _record(session: GroupVault) -> dict[str, Any] | None:
    """The names record; a damaged one (it fails its integrity check, which ``check``
    reports) reads as ``_DAMAGED`` rather than stopping the vault from opening."""
    try:
        payload: dict[str, Any] | None = session.get_vault_record(RECORD_KIND, RECORD_NAME)
    except RecordTampered:
        return _DAMAGED
    return payload


def group_names(session: GroupVault) -> dict[str, dict[str, str]]:
    """The names the user gave: group id -> language -> name (none from a damaged record:
    the built-in names and readable ids are shown instead)."""
    payload = _record(session) or {}
    names = payload.get("names") or {}
    return {str(g): {str(k): str(v) for k, v in n.items()} for g, n in names.items()}


def _save(session: GroupVault, names: dict[str, dict[str, str]]) -> None:
    session.put_vault_record(RECORD_KIND, RECORD_NAME, {"version": VERSION, "names": names})


def rename_group(session: GroupVault, group_id: str, name: str, language: str = "en") -> None:
    """Give a group (built-in, in use, or new) a name in ``language``. Raises
    :class:`app.groups.GroupError` naming the bad value; the vault is then unchanged."""
    check_group_id(group_id, "group id")
    check_language(language)
    clean = check_name(name)
    names = group_names(session)
    names.setdefault(group_id, {})[language] = clean
    _save(session, names)


def add_names(session: GroupVault, new: dict[str, str], language: str) -> None:
    """Name groups the user just created (in the case editor), without renaming those that
    have a name in ``language`` already."""
    check_language(language)
    names = group_names(session)
    changed = False
    for group_id, name in new.items():
        check_group_id(group_id, "group id")
        if not names.get(group_id, {}).get(language):
            names.setdefault(group_id, {})[language] = check_name(name)
            changed = True
    if changed:
        _save(session, names)


def group_counts(session: GroupVault) -> Counter[str]:
    """How many cases are in each group in use."""
    return Counter(g for row in session.list_rows() for g in dict.fromkeys(row.get("groups") or ()))


def known_groups(session: GroupVault) -> list[str]:
    """The built-in groups, then those with a name in this vault, then any other in use."""
    return list(dict.fromkeys([*DEFAULT_GROUPS, *group_names(session), *group_counts(session)]))


class MigratingVault(GroupVault, Protocol):
    def get_case(self, case_id: str) -> Any: ...

    def update_case(self, case: Any, *, source: str = "edit") -> Any: ...


def migrate_groups(session: MigratingVault) -> int:
    """Bring a vault made before groups had names up to date (once; later calls only read
    one record). Each case changes in its own transaction, and the record that marks the
    migration done is written last, so an interrupted migration resumes on the next open; a
    case that cannot be read or rewritten keeps its old ids (shown with their old names).
    Returns how many cases were changed."""
    from dataclasses import replace

    if _record(session) is not None:  # done, or damaged: left for ``check`` to report
        return 0
    changed = 0
    names: dict[str, dict[str, str]] = {}
    for row in session.list_rows():
        groups = tuple(row.get("groups") or ())
        for legacy in groups:
            if legacy in LEGACY_NAMES:
                names.setdefault(legacy, dict(LEGACY_NAMES[legacy]))
        if not any(group in LEGACY_RENAMED for group in groups):
            continue
        try:
            case = session.get_case(str(row["case_id"]))
            person = replace(case.person, groups=migrated_groups(case.person.groups))
            session.update_case(replace(case, person=person), source="migration")
        except Exception:  # a damaged or unreadable case stays as it is
            continue
        changed += 1
    _save(session, names)
    return changed
