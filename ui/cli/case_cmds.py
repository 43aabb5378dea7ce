"""``case add|list|show|edit|delete``, ``attach`` and ``attachment get``."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from ui.cli.context import CliError, open_session, print_json, read_input_text


def register(commands: Any) -> None:
    case = commands.add_parser("case", help="add, list, show, edit and delete cases")
    sub = case.add_subparsers(dest="case_command", metavar="ACTION", required=True)

    add = sub.add_parser("add", help="add a case from case JSON; prints the new id")
    add.add_argument("--json", required=True, metavar="FILE", help="case JSON file, or - for stdin")
    add.set_defaults(func=cmd_add)

    lst = sub.add_parser("list", help="list cases")
    lst.add_argument("--search", metavar="Q", help="name or alias, in any spelling")
    lst.add_argument("--group", metavar="G")
    lst.add_argument("--status", metavar="S")
    lst.add_argument("--article", metavar="A", help="article, '234.1*' for its sub-parts")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(func=cmd_list)

    show = sub.add_parser("show", help="show a case with its computed dates")
    show.add_argument("id", metavar="ID", help="case id (or a unique prefix)")
    show.add_argument("--on", metavar="DATE", help="compute as of DATE (default today)")
    show.add_argument("--json", action="store_true")
    show.add_argument("--history", action="store_true", help="also print the change history")
    show.set_defaults(func=cmd_show)

    edit = sub.add_parser(
        "edit", help="change a case: fields given replace the stored ones, null clears one"
    )
    edit.add_argument("id", metavar="ID")
    edit.add_argument("--json", required=True, metavar="FILE", help="case JSON, or - for stdin")
    edit.set_defaults(func=cmd_edit)

    delete = sub.add_parser("delete", help="delete a case, its history and its documents")
    delete.add_argument("id", metavar="ID")
    delete.set_defaults(func=cmd_delete)

    attach = commands.add_parser("attach", help="add a document to a case (encrypted)")
    attach.add_argument("id", metavar="ID")
    attach.add_argument("file", metavar="FILE")
    attach.add_argument(
        "--visibility", choices=("privileged", "family", "public"), default="privileged"
    )
    attach.set_defaults(func=cmd_attach)

    attachment = commands.add_parser("attachment", help="get a case's document")
    asub = attachment.add_subparsers(dest="attachment_command", metavar="ACTION", required=True)
    get = asub.add_parser("get", help="write a document out of the vault (decrypted!)")
    get.add_argument("id", metavar="ID")
    get.add_argument("name", metavar="NAME", help="file name or attachment id")
    get.add_argument("-o", "--output", required=True, metavar="FILE")
    get.set_defaults(func=cmd_attachment_get)


def _parse_on(value: str | None) -> date:
    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise CliError(f"--on: {value!r} is not a date as YYYY-MM-DD") from exc


def cmd_add(args: argparse.Namespace) -> int:
    from app.case_json import parse_case_text

    case = parse_case_text(read_input_text(args.json))
    with open_session(args) as session:
        stored = session.add_case(case)
    print(stored.id)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        # The list rows read at unlock hold all of this: no whole case is decrypted, and
        # without a search or filter, the search index is not even built.
        if args.search or args.group or args.status or args.article:
            found = session.search_rows(
                args.search or "", group=args.group, status=args.status, article=args.article
            )
        else:
            found = session.list_rows()
        if not args.search:
            found.sort(key=lambda r: r.full_name.casefold())
        rows = [
            {
                "id": row.case_id,
                "full_name": row.full_name,
                "aliases": list(row.aliases),
                "groups": list(row.groups),
                "status": row.status,
                "last_day": row.last_day,
            }
            for row in found
        ]
    if args.json:
        print_json(rows)
        return 0
    for row in rows:
        print(
            f"{row['id'][:8]}  {row['full_name']:<32}  {row['status']:<10}  "
            f"{row['last_day'] or '-'}"
        )
    print(f"{len(rows)} case(s)", file=sys.stderr)
    return 0


def case_show_json(session: Any, case_id: str, on: date) -> dict[str, Any]:
    """The case JSON of DESIGN §3 with ``id`` and ``computed`` (a contract)."""
    from app.case_json import case_to_json
    from app.sentence import compute_sentence, computed_json

    case = session.get_case(case_id)
    out = case_to_json(case)
    computation = compute_sentence(case, on=on)
    out["computed"] = computed_json(computation) if computation is not None else None
    return out


def cmd_show(args: argparse.Namespace) -> int:
    on = _parse_on(args.on)
    with open_session(args) as session:
        data = case_show_json(session, args.id, on)
        history = session.history(data["id"]) if args.history else []
    if args.json:
        if args.history:
            data["history"] = [
                {
                    "at": h.at,
                    "device": h.device,
                    "source": h.source,
                    "changes": [c.__dict__ for c in h.changes],
                }
                for h in history
            ]
        print_json(data)
        return 0
    print(render_case_text(data, on))
    for entry in history:
        print(f"  {entry.at}  {entry.source}  " + ", ".join(c.field for c in entry.changes))
    return 0


def render_case_text(data: dict[str, Any], on: date) -> str:
    person = data["person"]
    lines = [f"{person['full_name']}  [{data['id']}]"]
    if person["aliases"]:
        lines.append(f"  also written: {', '.join(person['aliases'])}")
    if person["birth_date"]:
        lines.append(f"  born: {person['birth_date']}")
    if person["groups"]:
        lines.append(f"  groups: {', '.join(person['groups'])}")
    lines.append(f"  status: {data['status']}")
    if data.get("facility"):
        lines.append(f"  held at: {data['facility']}")
    for period in data["custody"]:
        lines.append(
            f"  custody: {period['from']} .. {period['to'] or 'ongoing'} ({period['kind']})"
        )
    sentence = data.get("sentence")
    if sentence:
        lines.append(
            f"  sentence: {sentence['term']} from {sentence['start_date']}, articles "
            f"{', '.join(sentence['articles']) or '-'} ({sentence['category'] or 'category ?'})"
        )
    computed = data.get("computed")
    if computed:
        lines.append(
            f"  last day: {computed['last_day']}  (credit {computed['credited_days']} days)"
        )
        lines.append(f"  unserved on {on.isoformat()}: {computed['unserved_days']} days")
        lines.append(
            f"  1/2: {computed['half']}   2/3: {computed['two_thirds']}   "
            f"3/4: {computed['three_quarters']}"
        )
    for note in data["notes"]:
        lines.append(f"  note [{note['visibility']}]: {note['text']}")
    for event in sorted(data["events"], key=lambda e: e["date"]):
        lines.append(f"  {event['date']} {event['kind']}: {event['text']}")
    for attachment in data.get("attachments", []):
        lines.append(f"  document: {attachment['name']} ({attachment['size']} bytes)")
    return "\n".join(lines)


def cmd_edit(args: argparse.Namespace) -> int:
    from app.case_edit import apply_edit

    text = read_input_text(args.json)
    try:
        patch = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CliError(
            f"invalid case JSON: not valid JSON: {exc.msg} at line {exc.lineno}"
        ) from exc
    with open_session(args) as session:
        current = session.get_case(args.id)
        updated = apply_edit(current, patch)
        changes = session.update_case(updated)
    if not changes:
        print("Nothing changed.")
    for change in changes:
        print(f"changed {change.field}")
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        case_id = session.resolve_id(args.id)
        session.delete_case(case_id)
    print(f"Deleted case {case_id} with its history and documents.")
    return 0


def cmd_attach(args: argparse.Namespace) -> int:
    source = Path(args.file)
    if not source.is_file():
        raise CliError(f"{source}: no such file")
    with open_session(args) as session, source.open("rb") as stream:
        info = session.add_attachment(args.id, stream, source.name, visibility=args.visibility)
    print(f"{info.id}  {info.name}  {info.size} bytes  sha256 {info.sha256}")
    return 0


def cmd_attachment_get(args: argparse.Namespace) -> int:
    target = Path(args.output)
    partial = target.with_name(target.name + ".partial")
    with open_session(args) as session:
        info = session.find_attachment(args.id, args.name)
        try:
            with partial.open("wb") as out:
                for chunk in session.read_attachment(args.id, info.id):
                    out.write(chunk)
            partial.replace(target)
        finally:
            partial.unlink(missing_ok=True)
    print(
        f"Wrote {target} ({info.size} bytes). It is outside the vault and not encrypted.",
        file=sys.stderr,
    )
    return 0
