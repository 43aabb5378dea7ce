"""What the desktop reads of a vault it has just opened, on the unlock worker, so that the GUI
thread only builds models from it (docs/architecture.md, "How an unlock travels").

The unlock job (:meth:`ui.desktop.controller.Controller.unlock` and its siblings) opens the
:class:`~app.session.Session` and then calls :func:`read_opened_vault` on the same worker:
the search index, the case list's rows, and the vault-wide records the pages need at once —
the user's own rules, the deadlines marked done, the group names and the groups in use —
are decrypted and parsed there. The result, an :class:`Unlocked`, reaches the GUI thread in
the job's success signal; the controller hands the rules to the rules bridge and keeps the
:class:`VaultFacts` while the vault is open
(:attr:`~ui.desktop.controller.Controller.unlock_facts`), where the deadline marks and the
group names take theirs on ``vault_unlocked``.

Worker thread only: the session is not yet shared with the GUI thread while this runs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from app.collector import collector_paused
from app.deadline_marks import done_deadlines
from app.eligibility import Rule, load_builtin_rules, stored_rules
from app.errors import RecordTampered
from app.group_store import group_names, known_groups
from ui.desktop.models.case_rows import TableRow, build_rows

if TYPE_CHECKING:
    from app.session import Session


@dataclass(frozen=True)
class VaultFacts:
    """The vault-wide records the desktop shows from the start, as they were at unlock."""

    builtin_rules: tuple[Rule, ...]
    imported_rules: tuple[Rule, ...]  # the user's own rules kept in the vault, by id
    done_deadlines: frozenset[str]  # ids of the deadlines marked done
    group_names: dict[str, dict[str, str]]  # group id -> language -> the name the user gave
    known_groups: tuple[str, ...]  # built-in, named and in use (app.group_store)


@dataclass(frozen=True)
class Unlocked:
    """The unlock job's result: an open session and what the GUI builds its models from."""

    session: Session
    rows: list[TableRow]
    facts: VaultFacts
    recovery_code: str = ""  # a new vault's, to show once
    replaced_code: str = ""  # a new recovery code after an unlock with the used one


def read_facts(session: Session) -> VaultFacts:
    """Decrypt and parse the vault-wide records of :class:`VaultFacts`. A damaged rule
    record (``check`` reports it) leaves the user's rules out rather than refusing the
    vault; damaged marks and group names are skipped by their readers the same way."""
    try:
        imported = tuple(stored_rules(session))
    except RecordTampered:
        imported = ()
    return VaultFacts(
        builtin_rules=load_builtin_rules(),
        imported_rules=imported,
        done_deadlines=frozenset(done_deadlines(session)),
        group_names=group_names(session),
        known_groups=tuple(known_groups(session)),
    )


def read_opened_vault(
    session: Session, today: date, *, recovery_code: str = "", replaced_code: str = ""
) -> Unlocked:
    """Everything the GUI needs of ``session`` just opened (see the module docstring).
    Closes the session and re-raises when reading fails. What it makes lives until the vault
    is locked, so it is frozen out of the cyclic collector's way
    (:func:`app.collector.collector_paused`; the controller releases it on lock)."""
    try:
        with collector_paused(freeze=True):
            session.prepare_search()
            rows = build_rows(session.list_rows(), today)
            facts = read_facts(session)
    except BaseException:
        session.close()
        raise
    return Unlocked(session, rows, facts, recovery_code, replaced_code)
