"""``deadlines [--json] [--ics FILE] [--all]`` and ``deadlines done ID [--undo]``
(docs/deadlines.md)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.errors import RecordTampered
from ui.cli.context import CliError, open_session, print_json
from ui.cli.options import date_or_today

if TYPE_CHECKING:
    from app.deadlines import Deadline
    from app.list_row import ListRow
    from app.session import Session


def register(commands: Any) -> None:
    deadlines = commands.add_parser(
        "deadlines", help="deadlines and alerts of every case, overdue ones first"
    )
    deadlines.add_argument("--json", action="store_true")
    deadlines.add_argument("--ics", metavar="FILE", help="also write an iCalendar (.ics) file")
    deadlines.add_argument(
        "--no-names", action="store_true", help="leave clients' names out of the .ics file"
    )
    deadlines.add_argument(
        "--all", action="store_true", help="the history too: done and long-past deadlines"
    )
    deadlines.add_argument("--today", metavar="DATE", help=argparse.SUPPRESS)
    deadlines.set_defaults(func=cmd_deadlines)
    sub = deadlines.add_subparsers(dest="deadlines_command", metavar="ACTION")
    done = sub.add_parser("done", help="mark a deadline done (its ID from deadlines --json)")
    done.add_argument("id", metavar="ID", help="the deadline's id, or its first 4+ characters")
    done.add_argument("--undo", action="store_true", help="mark it not done again")
    done.add_argument("--today", metavar="DATE", help=argparse.SUPPRESS)
    done.set_defaults(func=cmd_deadlines_done)


def cmd_deadlines(args: argparse.Namespace) -> int:
    from app.deadline_kinds import kind_label
    from app.deadline_marks import done_deadlines
    from app.deadlines import deadlines_json, is_pending, sort_deadlines
    from app.ics import deadlines_to_ics

    today = date_or_today("--today", args.today)
    with open_session(args) as session:
        done = done_deadlines(session)
        found = _deadlines(session, session.list_rows(), today)
    if not args.all:
        found = [d for d in found if is_pending(d, today, done)]
    deadlines = sort_deadlines(found)
    if args.ics:
        data = deadlines_to_ics(deadlines, now=datetime.now(UTC), with_names=not args.no_names)
        _write_atomically(Path(args.ics), data)
        print(f"Wrote {len(deadlines)} deadline(s) to {args.ics}", file=sys.stderr)
    if args.json:
        print_json(deadlines_json(deadlines, today=today, done=done))
        return 0
    for d in deadlines:
        if d.id in done:
            state = "done"
        elif d.due < today:
            state = "OVERDUE"
        else:
            state = ""
        print(f"{d.id}  {d.due.isoformat()}  {state:<7} {d.name}: {kind_label(d.kind)}. {d.text}")
    if not deadlines:
        print("No deadlines.", file=sys.stderr)
    return 0


def cmd_deadlines_done(args: argparse.Namespace) -> int:
    from app.deadline_kinds import kind_label
    from app.deadline_marks import set_done

    today = date_or_today("--today", args.today)
    wanted = args.id.strip().lower()
    with open_session(args) as session:
        # The list rows name every deadline's id: only the cases they point to are looked at
        # (all of them only if the rows know no such id).
        rows = session.list_rows()
        pointed = [
            row
            for row in rows
            if any(len(entry) > 2 and entry[2].startswith(wanted) for entry in row.deadlines)
        ]
        matches = {
            deadline.id: deadline
            for deadline in _deadlines(session, pointed or rows, today)
            if len(wanted) >= 4 and deadline.id.startswith(wanted)
        }
        if len(matches) > 1:
            raise CliError(f"deadline id {args.id!r} is ambiguous: give more of it")
        if not matches:
            raise CliError(f"no deadline with id {args.id!r} (see: casework deadlines --all)")
        (match,) = matches.values()
        changed = set_done(session, match.case_id, match.id, today, done=not args.undo)
    what = f"{kind_label(match.kind)} — {match.name}, due {match.due.isoformat()}"
    if not changed:
        print(f"Already {'not ' if args.undo else ''}done: {what}")
    else:
        print(f"{'Not done any more' if args.undo else 'Done'}: {what}")
    return 0


def _deadlines(session: Session, rows: Sequence[ListRow], today: date) -> list[Deadline]:
    """Every deadline of the cases of ``rows``, past ones included, from their facts (list
    rows and light cases: nothing else is decrypted). A case whose row was stored by an
    older Casework, before deadline entries named their events, is read whole."""
    from app.deadlines import ALERT_STATUSES, deadlines_for, deadlines_from_facts

    alerting = [row.case_id for row in rows if row.status in ALERT_STATUSES]
    lights = {case.id: case for case in session.light_cases(alerting)}
    found: list[Deadline] = []
    for row in rows:
        light = lights.get(row.case_id)
        listed = None
        if light is not None or row.status not in ALERT_STATUSES:
            listed = deadlines_from_facts(row.case_id, row.full_name, row.deadlines, today, light)
        if listed is None:
            try:
                case = session.get_case(row.case_id)
            except RecordTampered:
                continue  # listed in 'casework check'; the other cases' deadlines still show
            listed = deadlines_for(case, today, include_past=True)
        found.extend(listed)
    return found


def _write_atomically(target: Path, data: bytes) -> None:
    from app.private_files import write_private_file

    try:
        write_private_file(target, data)  # owner-only; nothing left on error
    except OSError as exc:
        raise CliError(f"cannot write {target}: {exc.strerror}") from exc
