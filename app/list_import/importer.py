"""Importing a list: read, map columns, check every row, find duplicates — then, only if
the user wants it and the rules allow it, store the good rows in one transaction.

With ``update`` (a newer edition of a list), rows that match a stored case become updates
of its status, sentence and groups (:mod:`app.list_import.update`), shown before they are
applied, and the stored cases no row matches are reported as not in the new list.

:func:`plan_import` does everything but writing and is what ``--dry-run`` and the app's
preview show. :func:`apply_import` writes: all-or-nothing by default (any bad row →
:class:`ImportRefused`, nothing stored), or only the good rows with ``skip_bad``.
Duplicates are never stored. Runs on any one thread (the session's).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.list_import.columns import ColumnPlan, plan_columns
from app.list_import.duplicates import DuplicateIndex, Match
from app.list_import.read import ListTable, read_list_file
from app.list_import.rows import RowProblem, not_yet_known, row_to_case
from app.list_import.update import UpdateRow, diff_case
from app.model import KNOWN_GROUPS, Case

if TYPE_CHECKING:
    from app.session import Session

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class DuplicateRow:
    """A good row describing someone already known (in the vault or on an earlier line)."""

    line: int
    name: str
    match: Match

    def __str__(self) -> str:
        return f"line {self.line}: {self.name}: not added, {self.match.describe()}"


@dataclass(frozen=True)
class ImportPlan:
    """What importing the list would do. ``cases`` are the good new rows as
    ``(line, case)``; ``problems`` every problem of every bad row, in line order."""

    source: str
    table: ListTable
    columns: ColumnPlan
    cases: tuple[tuple[int, Case], ...]
    problems: tuple[RowProblem, ...]
    duplicates: tuple[DuplicateRow, ...]
    new_groups: tuple[str, ...] = ()
    updates: tuple[UpdateRow, ...] = ()
    not_in_list: tuple[tuple[str, str], ...] = ()  # (case id, name), with ``update`` only

    @property
    def row_count(self) -> int:
        return len(self.table.rows)

    @property
    def not_yet_known(self) -> tuple[tuple[int, str, tuple[str, ...]], ...]:
        """``(line, name, fields)`` of the new rows whose sentence lacks its term or start
        date (``("term",)``, ``("start_date",)`` or both): imported, and reported as not yet
        known, since what needs the missing field answers "needs review"."""
        found = []
        for line, case in self.cases:
            missing = not_yet_known(case)
            if missing:
                found.append((line, case.person.full_name, missing))
        return tuple(found)

    @property
    def bad_lines(self) -> tuple[int, ...]:
        return tuple(sorted({p.line for p in self.problems}))


class ImportRefused(ValueError):
    """The list has bad rows and the user did not ask to skip them: nothing was stored."""

    def __init__(self, plan: ImportPlan) -> None:
        self.plan = plan
        bad = len(plan.bad_lines)
        super().__init__(
            f"{bad} bad row{'s' if bad != 1 else ''} in {plan.source}: nothing was imported "
            "(fix them, or import only the good rows with --skip-bad)"
        )


def plan_import(
    table: ListTable,
    existing: Iterable[Case | Mapping[str, Any]],
    *,
    mapping: Mapping[str, str] | None = None,
    today: date,
    source: str = "the list",
    progress: Progress | None = None,
    update: bool = False,
    load_case: Callable[[str], Case] | None = None,
) -> ImportPlan:
    """Check every row of ``table`` against the column plan and against ``existing`` cases
    (cases, or the session's ``list_rows()``, which need no decryption) and earlier rows for
    duplicates. With ``update``, a row matching a stored case (read with ``load_case``) is
    planned as an update when it changes something. Raises
    :class:`~app.list_import.columns.ListFormatError` when the header cannot be used;
    never writes."""
    columns = plan_columns(table.header, mapping)
    known = list(existing)
    index = DuplicateIndex()
    index.add_known(known)
    known_groups = set(KNOWN_GROUPS)
    for item in known:
        known_groups.update(
            item.person.groups if isinstance(item, Case) else item.get("groups") or ()
        )
    new_groups: dict[str, None] = {}
    matched: set[str] = set()
    updates: list[UpdateRow] = []
    cases: list[tuple[int, Case]] = []
    problems: list[RowProblem] = []
    duplicates: list[DuplicateRow] = []
    total = len(table.rows)
    for done, row in enumerate(table.rows, start=1):
        found = row_to_case(row, columns, today)
        if isinstance(found, list):
            problems.extend(found)
        else:
            keys = index.keys(found.person)
            match = index.find(found.person, keys)
            for group in found.person.groups:
                if group not in known_groups:
                    new_groups.setdefault(group)
            if match is not None and match.case_id is not None:
                matched.add(match.case_id)
            change = None
            if update and match is not None and match.case_id is not None and load_case:
                change = diff_case(load_case(match.case_id), found, columns)
            if change is not None:
                updates.append(replace(change, line=row.line))
            elif match is not None:
                duplicates.append(DuplicateRow(row.line, found.person.full_name, match))
            else:
                index.add(found.person, line=row.line, keys=keys)
                cases.append((row.line, found))
        if progress is not None and done % 500 == 0:
            progress(done, total)
    not_in_list: list[tuple[str, str]] = []
    if update:
        for item in known:
            case_id = item.id if isinstance(item, Case) else str(item["case_id"])
            name = item.person.full_name if isinstance(item, Case) else str(item["full_name"])
            if case_id not in matched:
                not_in_list.append((case_id, name))
    return ImportPlan(
        source,
        table,
        columns,
        tuple(cases),
        tuple(problems),
        tuple(duplicates),
        tuple(new_groups),
        tuple(updates),
        tuple(not_in_list),
    )


def plan_list_file(
    path: str | Path,
    existing: Iterable[Case | Mapping[str, Any]],
    *,
    mapping: Mapping[str, str] | None = None,
    encoding: str | None = None,
    today: date,
) -> ImportPlan:
    """:func:`plan_import` of a file on disk. Raises
    :class:`~app.list_import.read.ListReadError` for a file that cannot be read."""
    table = read_list_file(path, encoding=encoding)
    return plan_import(table, existing, mapping=mapping, today=today, source=Path(path).name)


def apply_import(
    session: Session,
    plan: ImportPlan,
    *,
    skip_bad: bool = False,
    progress: Progress | None = None,
) -> list[Case]:
    """Store the plan's good rows — and apply its updates — in one transaction, and return
    the new cases as stored. With bad rows and without ``skip_bad``: :class:`ImportRefused`,
    and nothing is stored."""
    if plan.problems and not skip_bad:
        raise ImportRefused(plan)
    if not plan.cases and not plan.updates:
        return []
    with session.transaction():
        stored = session.add_cases(
            [case for _, case in plan.cases], source="list-import", progress=progress
        )
        for change in plan.updates:
            session.update_case(change.case, source="list-import")
    return stored
