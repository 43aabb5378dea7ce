"""``case add|list|show|edit|delete``, ``attach`` and ``attachment get``."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from app.group_store import group_names
from app.groups import Names, display_name
from ui.cli.context import CliError, open_session, print_json, read_input_json
from ui.cli.options import actions, add_case_filters, command, date_or_today


def register(commands: Any) -> None:
    sub = actions(commands, "case", "add, list, show, edit and delete cases")

    add = command(sub, "add", cmd_add, "add a case from case JSON; prints the new id")
    add.add_argument("--json", required=True, metavar="FILE", help="case JSON file, or - for stdin")

    lst = command(sub, "list", cmd_list, "list cases", json=True)
    add_case_filters(lst, "name or alias, in any spelling")
    lst.add_argument("--article", metavar="A", help="article, '234.1*' for its sub-parts")

    show = command(sub, "show", cmd_show, "show a case with its computed dates", json=True)
    show.add_argument("id", metavar="ID", help="case id (or a unique prefix)")
    show.add_argument("--on", metavar="DATE", help="compute as of DATE (default today)")
    show.add_argument("--history", action="store_true", help="also print the change history")

    edit = command(
        sub,
        "edit",
        cmd_edit,
        "change a case: fields given replace the stored ones, null clears one",
    )
    edit.add_argument("id", metavar="ID")
    edit.add_argument("--json", required=True, metavar="FILE", help="case JSON, or - for stdin")

    delete = command(sub, "delete", cmd_delete, "delete a case, its history and its documents")
    delete.add_argument("id", metavar="ID")

    attach = command(commands, "attach", cmd_attach, "add a document to a case (encrypted)")
    attach.add_argument("id", metavar="ID")
    attach.add_argument("file", metavar="FILE")
    attach.add_argument(
        "--visibility", choices=("privileged", "family", "public"), default="privileged"
    )

    asub = actions(commands, "attachment", "get a case's document")
    get = command(asub, "get", cmd_attachment_get, "write a document out of the vault (decrypted!)")
    get.add_argument("id", metavar="ID")
    get.add_argument("name", metavar="NAME", help="file name or attachment id")
    get.add_argument("-o", "--output", required=True, metavar="FILE")


def cmd_add(args: argparse.Namespace) -> int:
    from app.case_json import parse_case

    case = parse_case(read_input_json(args.json))
    with open_session(args) as session:
        stored = session.add_case(case)
    print(stored.id)
    _print_warnings(stored)
    return 0


def _print_warnings(case: Any) -> None:
    """Warnings about a saved case (a start long before the verdict, a term not yet known)."""
    from app.case_warnings import case_warnings, render_warning

    for warning in case_warnings(case):
        print(render_warning(warning), file=sys.stderr)


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
                "term": row.term,  # the text output only
            }
            for row in found
        ]
    if args.json:
        print_json([{k: v for k, v in row.items() if k != "term"} for row in rows])
        return 0
    for row in rows:
        print(render_case_line(row))
    print(f"{len(rows)} case(s)", file=sys.stderr)
    return 0


def case_show_json(session: Any, case_id: str, on: date) -> dict[str, Any]:
    """The case JSON of docs/case-json.md with ``id`` and ``computed`` (a contract)."""
    from app.case_json import case_to_json
    from app.sentence import computed_json_for

    case = session.get_case(case_id)
    out = case_to_json(case)
    out["computed"] = computed_json_for(case, on=on)
    return out


def cmd_show(args: argparse.Namespace) -> int:
    on = date_or_today("--on", args.on)
    with open_session(args) as session:
        data = case_show_json(session, args.id, on)
        history = session.history(data["id"]) if args.history else []
        names = group_names(session)
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
    print(render_case_text(data, on, names))
    for entry in history:
        print(f"  {entry.at}  {entry.source}  " + ", ".join(c.field for c in entry.changes))
    return 0


def _word(table: str, code: str | None) -> str:
    """A code as the words a person uses (``pretrial_detention`` → ``pretrial detention``)."""
    from app.words import inline_word, word

    return inline_word(word(table, code))


def words(table: str, codes: list[str]) -> str:
    """Several codes' words (a group's name as written: ``Ganja case``)."""
    from app.words import words as table_words

    return table_words(table, codes)


def _term_text(term: str | None) -> str:
    """A case JSON term in words: ``P3Y6M`` → ``3 years 6 months``; ``life`` → ``life
    imprisonment``; None → ``term not yet known``."""
    from app.words import term_text_words

    return term_text_words(term) if term else "term not yet known"


_NOT_KNOWN = {"sentence.term": "the term", "sentence.start_date": "the start date"}


def render_case_text(data: dict[str, Any], on: date, names: Names | None = None) -> str:
    """``case show`` for people: codes and terms in words, dates as YYYY-MM-DD."""
    person = data["person"]
    lines = [f"{person['full_name']}  [{data['id']}]"]
    if person["aliases"]:
        lines.append(f"  also written: {', '.join(person['aliases'])}")
    if person["birth_date"]:
        lines.append(f"  born: {person['birth_date']}")
    if person.get("sex"):
        lines.append(f"  sex: {_word('sex', person['sex'])}")
    if person["groups"]:
        shown = ", ".join(display_name(g, "en", names) for g in person["groups"])
        lines.append(f"  groups: {shown}")
    lines.append(f"  status: {_word('status', data['status'])}")
    if data.get("facility"):
        lines.append(f"  held at: {data['facility']}")
    for period in data["custody"]:
        lines.append(
            f"  custody: {period['from']} .. {period['to'] or 'ongoing'} "
            f"({_word('custody', period['kind'])})"
        )
    sentence = data.get("sentence")
    if sentence:
        category = _word("category", sentence["category"]) if sentence["category"] else None
        lines.append(
            f"  sentence: {_term_text(sentence['term'])} from "
            f"{sentence['start_date'] or 'a start date not yet known'}, articles "
            f"{', '.join(sentence['articles']) or '-'} ({category or 'category not known'})"
        )
        for part in sentence.get("components") or []:
            lines.append(
                f"    verdict of {part['verdict_date'] or 'a date not known'}: "
                f"{_term_text(part['term'])}, articles {', '.join(part['articles']) or '-'}"
            )
        if sentence.get("regime"):
            lines.append(f"  regime: {_word('regime', sentence['regime'])}")
        if sentence.get("recidivism"):
            lines.append(f"  repeat offence: {_word('recidivism', sentence['recidivism'])}")
    computed = data.get("computed")
    if computed and computed.get("needs_review"):
        gaps = computed["needs_review"]
        missing = " and ".join(_NOT_KNOWN.get(f, f) for f in gaps)
        lines.append(f"  not computed: {missing} {'are' if len(gaps) > 1 else 'is'} not yet known")
    elif computed and computed.get("life") and computed["last_day"] is None:
        lines.append(
            f"  life imprisonment: no last day; served on {on.isoformat()}: "
            f"{_days(computed['served_days'])} (credit {_days(computed['credited_days'])})"
        )
    elif computed:
        lines.append(
            f"  last day: {computed['last_day']}  (credit {_days(computed['credited_days'])})"
        )
        if computed.get("alternative_last_day"):
            lines.append(
                f"  last day under the other month-end convention: "
                f"{computed['alternative_last_day']} (the conventions differ for this start)"
            )
        if computed.get("term_served_by_credit"):
            lines.append(
                f"  term served by credit ({_days(computed['excess_credit_days'])} more): "
                "should be free"
            )
        lines.append(f"  unserved on {on.isoformat()}: {_days(computed['unserved_days'])}")
        lines.append(
            f"  1/2: {computed['half']}   2/3: {computed['two_thirds']}   "
            f"3/4: {computed['three_quarters']}"
        )
    for note in data["notes"]:
        lines.append(f"  note [{_word('visibility', note['visibility'])}]: {note['text']}")
    for event in sorted(data["events"], key=lambda e: e["date"]):
        text = f": {event['text']}" if event["text"] else ""
        lines.append(f"  {event['date']} {words('event', [event['kind']])}{text}")
    for attachment in data.get("attachments", []):
        lines.append(f"  document: {attachment['name']} ({attachment['size']} bytes)")
    return "\n".join(lines)


def _days(count: int | None) -> str:
    from app.words import count_words

    return "-" if count is None else count_words(count, "day")


def render_case_line(row: dict[str, Any]) -> str:
    """A ``case list`` line: short id, name, status in words, last day (``life`` for a life
    term with no last day, ``-`` when not known)."""
    last_day = row["last_day"] or ("life" if row.get("term") == "life" else "-")
    return (
        f"{row['id'][:8]}  {row['full_name']:<32}  {_word('status', row['status']):<10}  {last_day}"
    )


def cmd_edit(args: argparse.Namespace) -> int:
    from app.case_edit import apply_edit

    patch = read_input_json(args.json)
    with open_session(args) as session:
        current = session.get_case(args.id)
        updated = apply_edit(current, patch)
        changes = session.update_case(updated)
    if not changes:
        print("Nothing changed.")
    for change in changes:
        print(f"changed {change.field}")
    _print_warnings(updated)
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
    from app.private_files import private_output

    target = Path(args.output)
    with open_session(args) as session:
        info = session.find_attachment(args.id, args.name)
        with private_output(target) as out:  # owner-only; nothing left on error
            for chunk in session.read_attachment(args.id, info.id):
                out.write(chunk)
    print(
        f"Wrote {target} ({info.size} bytes). It is outside the vault and not encrypted.",
        file=sys.stderr,
    )
    return 0
