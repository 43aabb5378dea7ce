"""``summary``, ``stats``, ``import-list`` and ``export-list`` (docs/cli.md, docs/reports.md,
docs/list-import.md).

Only ``summary`` needs Qt (to lay out the PDF), and imports it inside the command, so the
other commands run headless. A file written where the user chose is outside the vault:
each command that writes one says so once, on stderr.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from app.groups import Names, display_name
from ui.cli.context import CliError, open_session, print_json
from ui.cli.options import (
    LANGUAGES,
    PROFILE_CHOICES,
    add_case_filters,
    add_lang_option,
    command,
    date_or_today,
    parse_date,
)


def register(commands: Any) -> None:
    summary = command(
        commands,
        "summary",
        cmd_summary,
        "print case summaries to a PDF (several IDs: one PDF, a case a page)",
    )
    summary.add_argument("ids", nargs="+", metavar="ID", help="case id (or a unique prefix)")
    summary.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    summary.add_argument(
        "--profile",
        choices=PROFILE_CHOICES,
        default=None,
        help="what the summary may show (default: colleague, everything; family in a "
        "family member's vault)",
    )
    add_lang_option(
        summary, "the summary's language (default: the app's language setting, else en)"
    )
    summary.add_argument("--page-size", choices=("A4", "Letter"), default="A4")
    summary.add_argument("--on", metavar="DATE", help="print as of DATE (default today)")

    stats = command(
        commands, "stats", cmd_stats, "counts and shares by group, status and article", json=True
    )
    stats.add_argument("--rule", metavar="FILE_OR_ID", help="also a rule's reach by group/month")
    stats.add_argument("--on", metavar="DATE", help="evaluate the rule on DATE")
    stats.add_argument("--csv", metavar="FILE", help="also write the numbers to a CSV file")

    imp = command(
        commands, "import-list", cmd_import_list, "import a list of people from CSV or XLSX"
    )
    imp.add_argument("file", metavar="FILE", help="a .csv or .xlsx file")
    imp.add_argument("--mapping", metavar="FILE", help='TOML: "Column title" = "field"')
    imp.add_argument("--dry-run", action="store_true", help="report what would happen only")
    imp.add_argument("--skip-bad", action="store_true", help="import the good rows only")
    imp.add_argument("--encoding", metavar="ENC", help="the CSV's encoding (default: detect)")
    imp.add_argument(
        "--update",
        action="store_true",
        help="a newer edition of a list: also update people already in the vault (status, "
        "sentence, groups), shown as a diff first",
    )
    imp.add_argument("--json", action="store_true", help="report as JSON on stdout")

    exp = command(commands, "export-list", cmd_export_list, "write the case list to CSV or XLSX")
    exp.add_argument("-o", "--output", required=True, metavar="FILE", help=".csv or .xlsx")
    exp.add_argument(
        "--columns",
        metavar="A,B,...",
        help="columns to write (default: the list-import fields, last_day and "
        "unserved_days; also id, facility)",
    )
    add_case_filters(exp, "only cases whose name matches Q")
    exp.add_argument("--on", metavar="DATE", help="compute last_day/unserved_days on DATE")
    add_lang_option(
        exp, "headers and values in this language (default: the app's language, else en)"
    )


def _write(path: str, data: bytes) -> Path:
    from app.reports.files import write_output_file

    try:
        return write_output_file(path, data)
    except OSError as exc:
        raise CliError(f"cannot write {path}: {exc.strerror or exc}") from exc


def _notice(path: Path, what: str) -> None:
    from app.reports.files import outside_vault_notice

    print(f"Wrote {what} to {path}.", file=sys.stderr)
    print(outside_vault_notice(path), file=sys.stderr)


# ---------------------------------------------------------------- summary


def app_language() -> str:
    """The desktop app's language setting (its preferences file, read without Qt), else
    ``en``: a summary printed from the CLI reads as the app would print it."""
    import configparser

    from platformdirs import user_config_dir

    path = Path(user_config_dir("casework", appauthor=False)) / "desktop.ini"
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(path, encoding="utf-8")
    except (configparser.Error, OSError, UnicodeDecodeError):
        return "en"
    value = parser.get("General", "language", fallback="").strip().casefold()[:2]
    return value if value in LANGUAGES else "en"


def cmd_summary(args: argparse.Namespace) -> int:
    from app.reports import build_summaries, default_profile

    on = date_or_today("--on", args.on)
    lang = args.lang or app_language()
    with open_session(args) as session:
        profile = args.profile or default_profile(session)
        summaries = build_summaries(session, args.ids, profile=profile, printed_on=on, lang=lang)
    # The vault is locked again before Qt starts: rendering needs only the summaries.
    from ui.printing.summaries import render_summaries_pdf

    data = render_summaries_pdf(summaries, page_size=args.page_size)
    path = _write(args.output, data)
    count = len(summaries)
    _notice(path, f"{count} case summar{'y' if count == 1 else 'ies'} ({profile} profile)")
    return 0


# ---------------------------------------------------------------- stats


def cmd_stats(args: argparse.Namespace) -> int:
    from app.eligibility import RuleError, resolve_rule
    from app.group_store import group_names
    from app.stats import compute_stats, row_stats, stats_csv, stats_json

    on = parse_date("--on", args.on) if args.on else None
    today = date.today()
    with open_session(args) as session:
        rule = None
        if args.rule:
            try:
                rule = resolve_rule(session, args.rule)
            except RuleError as exc:
                raise CliError(str(exc)) from exc
        names = group_names(session)
        if rule is None:  # the list rows suffice: no case is decrypted whole
            stats = row_stats(session.list_rows())
        else:
            stats = compute_stats(session.light_cases(), rule=rule, on=on, today=today)
    data = stats_json(stats)
    if args.csv:
        path = _write(args.csv, stats_csv(stats).encode("utf-8-sig"))
        _notice(path, "the statistics")
    if args.json:
        print_json(data)
        return 0
    print(render_stats_text(data, names))
    return 0


def _share_lines(
    title: str, shares: dict[str, dict[str, Any]], name: Callable[[str], str] = str
) -> list[str]:
    lines = [title]
    if not shares:
        lines.append("  (none)")
    for key, share in shares.items():
        lines.append(f"  {name(key):<34} {share['count']:>6}  {share['percent']:>5.1f} %")
    return lines


def render_stats_text(data: dict[str, Any], names: Names | None = None) -> str:
    """``stats`` for people: groups (the vault's names first: :func:`app.groups.display_name`),
    statuses and results by their names (the numbers as in ``--json``, which keeps the ids)."""
    from app.words import month_words, word

    def group(group_id: str) -> str:
        return display_name(group_id, "en", names)

    lines = [f"Cases: {data['total']}"]
    lines += _share_lines("By group:", data["by_group"], group)
    lines += _share_lines("By status:", data["by_status"], lambda code: word("status", code))
    lines += _share_lines("By article:", data["by_article"])
    rule = data.get("rule")
    if rule:
        lines.append(f"Rule {rule['id']} ({rule['title']}), evaluated on {rule['on']}:")
        for status, count in rule["counts"].items():
            lines.append(f"  {word('result', status):<34} {count:>6}")
        lines.append("  By group (eligible / from a date / not / review):")
        for group_id, counts in rule["by_group"].items():
            numbers = " / ".join(str(n) for n in counts.values())
            lines.append(f"    {group(group_id):<32} {numbers}")
        lines.append("  First qualifying, by month:")
        for month, count in rule["by_month"].items():
            year, number = (int(part) for part in month.split("-"))
            lines.append(f"    {month_words(year, number):<14}  {count:>6}")
    return "\n".join(lines)


# ---------------------------------------------------------------- import-list


def cmd_import_list(args: argparse.Namespace) -> int:
    from app.list_import import (
        ImportRefused,
        ListFormatError,
        ListReadError,
        apply_import,
        load_mapping_file,
        plan_import,
        read_list_file,
    )

    # With --json, stdout holds only the JSON report; the words go to stderr.
    say = (lambda text: print(text, file=sys.stderr)) if args.json else print
    # The file and the mapping are read before the vault is opened: a file that cannot be
    # read changes nothing, and costs no passphrase.
    try:
        mapping = load_mapping_file(args.mapping) if args.mapping else None
        table = read_list_file(args.file, encoding=args.encoding)
    except (ListReadError, ListFormatError) as exc:
        message = f"{args.file}: {exc}" if isinstance(exc, ListReadError) else str(exc)
        raise CliError(message) from exc
    name = Path(args.file).name
    how = "XLSX" if table.kind == "xlsx" else f"CSV ({_encoding_words(table)})"
    say(f"Read {name} as {how}: {len(table.rows)} rows.")
    with open_session(args) as session:
        try:
            plan = plan_import(
                table,
                session.list_rows(),
                mapping=mapping,
                today=date.today(),
                source=name,
                update=args.update,
                load_case=session.get_case,
            )
        except ListFormatError as exc:
            raise CliError(f"{name}: {exc}") from exc
        _report_plan(plan, say)
        bad = len(plan.bad_lines)
        counts = (
            f"{len(plan.cases)} new, {len(plan.duplicates)} duplicate{_s(plan.duplicates)} "
            f"not added, {bad} bad row{'s' if bad != 1 else ''}"
        )
        if args.update:
            counts += f", {len(plan.updates)} to update"
        refused = bool(bad and not args.skip_bad)
        if args.dry_run or refused:
            if args.json:
                print_json(_plan_json(plan, [], applied=False))
            if refused:
                if args.dry_run:
                    say(f"Dry run, nothing written: {counts}.")
                raise CliError(str(ImportRefused(plan)))
            say(f"Dry run, nothing written: {counts}; would import {len(plan.cases)}.")
            return 0
        stored = apply_import(session, plan, skip_bad=args.skip_bad)
    if args.json:
        print_json(_plan_json(plan, stored, applied=True))
    say(f"Imported {len(stored)} case{_s(stored)} ({counts}).")
    return 0


def _report_plan(plan: Any, say: Any) -> None:
    """The mapping in words, then every problem, duplicate, update and new group."""
    from app.list_import.columns import describe_columns

    say("Columns: " + "; ".join(describe_columns(plan.columns)) + ".")
    for title in plan.columns.ignored:
        say(f"Column {title!r} is not imported (no such field: map it with --mapping).")
    for title in plan.columns.unused:
        say(f"The mapping's column {title!r} is not in the file.")
    for problem in plan.problems:
        print(str(problem), file=sys.stderr)
    for line, person, missing in plan.not_yet_known:
        what = " and ".join(_NOT_YET_KNOWN[field] for field in missing)
        say(f"line {line}: {person}: {what} not yet known (imported; its dates need review)")
    for duplicate in plan.duplicates:
        say(str(duplicate))
    for group in plan.new_groups:
        say(f"New group: {group}")
    for update in plan.updates:
        say(f"Update {update}")
    for case_id, person in plan.not_in_list:
        say(f"Not in the new list: {person} [{case_id[:8]}] (left as it is)")


_NOT_YET_KNOWN = {"term": "term", "start_date": "start date"}


def _plan_json(plan: Any, stored: list[Any], *, applied: bool) -> dict[str, Any]:
    """``{"new", "duplicates", "updated", "bad_rows"}`` (lists), plus ``not_yet_known``
    (new rows whose term or start date is missing), ``new_groups``, ``not_in_list`` and
    ``applied`` (false for a dry run or a refused import)."""
    new_ids = [case.id for case in stored] if applied else [None] * len(plan.cases)
    return {
        "new": [
            {"line": line, "name": case.person.full_name, "id": new_id}
            for (line, case), new_id in zip(plan.cases, new_ids, strict=False)
        ],
        "duplicates": [
            {"line": d.line, "name": d.name, "same_as": d.match.case_id or f"line {d.match.line}"}
            for d in plan.duplicates
        ],
        "updated": [
            {
                "line": u.line,
                "name": u.name,
                "id": u.case_id,
                "changes": [{"field": c.field, "text": c.describe()} for c in u.changes],
            }
            for u in plan.updates
        ],
        "bad_rows": [
            {"line": p.line, "field": p.field, "message": p.message, "value": p.value}
            for p in plan.problems
        ],
        "not_yet_known": [
            {"line": line, "name": person, "fields": list(missing)}
            for line, person, missing in plan.not_yet_known
        ],
        "new_groups": list(plan.new_groups),
        "not_in_list": [{"id": case_id, "name": name} for case_id, name in plan.not_in_list],
        "applied": applied,
    }


def _s(items: Any) -> str:
    return "" if len(items) == 1 else "s"


def _encoding_words(table: Any) -> str:
    source = {
        "given": "as given",
        "bom": "from its byte-order mark",
        "utf-8": "UTF-8",
        "detected": "detected; give --encoding if names look wrong",
    }.get(table.encoding_source, table.encoding_source)
    delimiter = {"\t": "tab", ",": "comma", ";": "semicolon"}.get(table.delimiter, "?")
    if table.encoding_source == "utf-8":
        return f"UTF-8, {delimiter}-separated"
    return f"{table.encoding}, {source}, {delimiter}-separated"


# ---------------------------------------------------------------- export-list


def cmd_export_list(args: argparse.Namespace) -> int:
    from app.list_export import (
        DEFAULT_COLUMNS,
        ListExportError,
        check_columns,
        export_list,
        format_for,
        needs_whole_cases,
    )

    on = date_or_today("--on", args.on)
    try:
        fmt = format_for(args.output)
        columns = check_columns(args.columns.split(",") if args.columns else DEFAULT_COLUMNS)
    except ListExportError as exc:
        raise CliError(str(exc)) from exc
    with open_session(args) as session:
        query, group, status = args.search or "", args.group, args.status
        if needs_whole_cases(columns):
            cases = session.search(query, group=group, status=status)
        else:  # the same cells from the facts read at unlock
            cases = session.light_cases(session.search_ids(query, group=group, status=status))
        if not args.search:
            cases.sort(key=lambda c: c.person.full_name.casefold())
        data = export_list(cases, columns, on, fmt, args.lang or app_language())
    path = _write(args.output, data)
    _notice(path, f"{len(cases)} case{_s(cases)} ({', '.join(columns)})")
    return 0
