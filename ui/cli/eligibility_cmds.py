"""``eligibility --rule FILE_OR_ID``, ``rules list|add`` and ``deadlines`` (DESIGN §5, §7)."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from ui.cli.context import CliError, open_session, print_json


def register(commands: Any) -> None:
    elig = commands.add_parser(
        "eligibility", help="evaluate a rule (amnesty, parole, …) for every case, with reasons"
    )
    elig.add_argument("--rule", required=True, metavar="FILE_OR_ID", help="a rule file or id")
    elig.add_argument(
        "--on", metavar="DATE", help="evaluate on DATE (default: the rule's date, else today)"
    )
    elig.add_argument("--json", action="store_true")
    elig.set_defaults(func=cmd_eligibility)

    rules = commands.add_parser("rules", help="list the rules, add your own rule file")
    sub = rules.add_subparsers(dest="rules_command", metavar="ACTION", required=True)
    lst = sub.add_parser("list", help="built-in rules and the rules added to this vault")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(func=cmd_rules_list)
    add = sub.add_parser("add", help="check a rule file and keep it (encrypted) in the vault")
    add.add_argument("file", metavar="FILE")
    add.set_defaults(func=cmd_rules_add)

    deadlines = commands.add_parser("deadlines", help="upcoming deadlines of every case")
    deadlines.add_argument("--json", action="store_true")
    deadlines.add_argument("--ics", metavar="FILE", help="also write an iCalendar (.ics) file")
    deadlines.add_argument(
        "--no-names", action="store_true", help="leave clients' names out of the .ics file"
    )
    deadlines.add_argument("--today", metavar="DATE", help=argparse.SUPPRESS)
    deadlines.set_defaults(func=cmd_deadlines)


def _date_arg(option: str, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise CliError(f"{option}: {value!r} is not a date as YYYY-MM-DD") from exc


def cmd_eligibility(args: argparse.Namespace) -> int:
    from app.eligibility import evaluate_rule, render_reason, render_result, resolve_rule, review
    from app.eligibility import reviewed_json as result_with_override

    on = _date_arg("--on", args.on)
    today = date.today()
    with open_session(args) as session:
        rule = resolve_rule(session, args.rule)
        # Light cases (the facts read at unlock): rules need no notes, documents or texts.
        cases = sorted(session.light_cases(), key=lambda c: c.person.full_name.casefold())
        reviewed = [review(evaluate_rule(rule, case, on=on, today=today), case) for case in cases]
    if args.json:
        out = []
        for item in reviewed:
            data = result_with_override(item)
            data.pop("notes", None)  # the notes' text stays with the case (case show)
            out.append(data)
        print_json(out)
        return 0
    print(f"{rule.id}: {rule.title}")
    if rule.verify_note:
        print(f"  note: {rule.verify_note}")
    for item in reviewed:
        result = item.result
        print(f"{result.case_id[:8]}  {result.name}: {render_result(result)}")
        for reason in result.reasons:
            print(f"    {render_reason(reason, result.on)}")
        if item.override is not None:
            print(f"    lawyer's override: {item.override.override} — {item.override.reason}")
    print(f"{len(reviewed)} case(s) evaluated", file=sys.stderr)
    return 0


def cmd_rules_list(args: argparse.Namespace) -> int:
    from app.eligibility import all_rules

    with open_session(args) as session:
        rules = all_rules(session)
    rows = [
        {
            "id": rule.id,
            "title": rule.title,
            "kind": rule.kind,
            "origin": origin,
            "effective_date": None if rule.effective_date is None else str(rule.effective_date),
            "window_end": None if rule.window_end is None else str(rule.window_end),
            "verify": rule.verify_note,
        }
        for rule, origin in rules
    ]
    if args.json:
        print_json(rows)
        return 0
    for row in rows:
        window = f"  until {row['window_end']}" if row["window_end"] else ""
        flag = "  (verify)" if row["verify"] else ""
        print(f"{row['id']:<28} {row['kind']:<11} {row['origin']:<8} {row['title']}{window}{flag}")
    return 0


def cmd_rules_add(args: argparse.Namespace) -> int:
    from app.eligibility import add_rule_file, load_rule_file

    load_rule_file(args.file)  # a bad file is refused before the vault is even unlocked
    with open_session(args) as session:
        rule, replaced = add_rule_file(session, args.file)
    note = {
        None: "",
        "vault": " (replaces the rule added before with this id)",
        "builtin": " (replaces the built-in rule with this id)",
    }[replaced]
    print(f"Added rule {rule.id}: {rule.title}{note}")
    return 0


def cmd_deadlines(args: argparse.Namespace) -> int:
    from app.deadlines import deadlines_for, deadlines_json, sort_deadlines
    from app.ics import deadlines_to_ics

    today = _date_arg("--today", args.today) or date.today()
    with open_session(args) as session:
        found = []
        for case in session.list_cases():
            found.extend(deadlines_for(case, today))
    deadlines = sort_deadlines(found)
    if args.ics:
        data = deadlines_to_ics(deadlines, now=datetime.now(UTC), with_names=not args.no_names)
        _write_atomically(Path(args.ics), data)
        print(f"Wrote {len(deadlines)} deadline(s) to {args.ics}", file=sys.stderr)
    if args.json:
        print_json(deadlines_json(deadlines))
        return 0
    for d in deadlines:
        print(f"{d.due.isoformat()}  {d.kind:<13} {d.name}: {d.text}")
    if not deadlines:
        print("No upcoming deadlines.", file=sys.stderr)
    return 0


def _write_atomically(target: Path, data: bytes) -> None:
    partial = target.with_name(target.name + ".partial")
    try:
        partial.write_bytes(data)
        partial.replace(target)
    except OSError as exc:
        raise CliError(f"cannot write {target}: {exc.strerror}") from exc
    finally:
        partial.unlink(missing_ok=True)
