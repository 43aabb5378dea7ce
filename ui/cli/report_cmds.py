"""``summary``, ``stats``, ``import-list`` and ``export-list`` (DESIGN §7, §8).

Only ``summary`` needs Qt (to lay out the PDF), and imports it inside the command, so the
other commands run headless. A file written where the user chose is outside the vault:
each command that writes one says so once, on stderr.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from ui.cli.context import CliError, open_session, print_json


def register(commands: Any) -> None:
    summary = commands.add_parser(
        "summary", help="print case summaries to a PDF (several IDs: one PDF, a case a page)"
    )
    summary.add_argument("ids", nargs="+", metavar="ID", help="case id (or a unique prefix)")
    summary.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    summary.add_argument(
        "--profile",
        choices=("colleague", "family", "public"),
        default="colleague",
        help="what the summary may show (default: colleague, everything)",
    )
    summary.add_argument("--page-size", choices=("A4", "Letter"), default="A4")
    summary.add_argument("--on", metavar="DATE", help="print as of DATE (default today)")
    summary.set_defaults(func=cmd_summary)

    stats = commands.add_parser("stats", help="counts and shares by group, status and article")
    stats.add_argument("--rule", metavar="FILE_OR_ID", help="also a rule's reach by group/month")
    stats.add_argument("--on", metavar="DATE", help="evaluate the rule on DATE")
    stats.add_argument("--json", action="store_true")
    stats.add_argument("--csv", metavar="FILE", help="also write the numbers to a CSV file")
    stats.set_defaults(func=cmd_stats)

    imp = commands.add_parser("import-list", help="import a list of people from CSV or XLSX")
    imp.add_argument("file", metavar="FILE", help="a .csv or .xlsx file")
    imp.add_argument("--mapping", metavar="FILE", help='TOML: "Column title" = "field"')
    imp.add_argument("--dry-run", action="store_true", help="report what would happen only")
    imp.add_argument("--skip-bad", action="store_true", help="import the good rows only")
    imp.add_argument("--encoding", metavar="ENC", help="the CSV's encoding (default: detect)")
    imp.set_defaults(func=cmd_import_list)

    exp = commands.add_parser("export-list", help="write the case list to CSV or XLSX")
    exp.add_argument("-o", "--output", required=True, metavar="FILE", help=".csv or .xlsx")
    exp.add_argument(
        "--columns",
        metavar="A,B,...",
        help="columns to write (default: the list-import fields; also id, facility, "
        "last_day, unserved_days)",
    )
    exp.add_argument("--search", metavar="Q", help="only cases whose name matches Q")
    exp.add_argument("--group", metavar="G")
    exp.add_argument("--status", metavar="S")
    exp.add_argument("--on", metavar="DATE", help="compute last_day/unserved_days on DATE")
    exp.set_defaults(func=cmd_export_list)


def _parse_on(value: str | None, option: str = "--on") -> date:
    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise CliError(f"{option}: {value!r} is not a date as YYYY-MM-DD") from exc


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


def cmd_summary(args: argparse.Namespace) -> int:
    from app.reports import build_summaries

    on = _parse_on(args.on)
    with open_session(args) as session:
        summaries = build_summaries(session, args.ids, profile=args.profile, printed_on=on)
    # The vault is locked again before Qt starts: rendering needs only the summaries.
    from ui.printing.summaries import render_summaries_pdf

    data = render_summaries_pdf(summaries, page_size=args.page_size)
    path = _write(args.output, data)
    count = len(summaries)
    _notice(path, f"{count} case summar{'y' if count == 1 else 'ies'} ({args.profile} profile)")
    return 0


# ---------------------------------------------------------------- stats


def cmd_stats(args: argparse.Namespace) -> int:
    from app.eligibility import RuleError, resolve_rule
    from app.stats import compute_stats, row_stats, stats_csv, stats_json

    on = _parse_on(args.on) if args.on else None
    today = date.today()
    with open_session(args) as session:
        rule = None
        if args.rule:
            try:
                rule = resolve_rule(session, args.rule)
            except RuleError as exc:
                raise CliError(str(exc)) from exc
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
    print(render_stats_text(data))
    return 0


def _share_lines(title: str, shares: dict[str, dict[str, Any]]) -> list[str]:
    lines = [title]
    if not shares:
        lines.append("  (none)")
    for key, share in shares.items():
        lines.append(f"  {key:<34} {share['count']:>6}  {share['percent']:>5.1f} %")
    return lines


def render_stats_text(data: dict[str, Any]) -> str:
    lines = [f"Cases: {data['total']}"]
    lines += _share_lines("By group:", data["by_group"])
    lines += _share_lines("By status:", data["by_status"])
    lines += _share_lines("By article:", data["by_article"])
    rule = data.get("rule")
    if rule:
        lines.append(f"Rule {rule['id']} ({rule['title']}), evaluated on {rule['on']}:")
        for status, count in rule["counts"].items():
            lines.append(f"  {status:<34} {count:>6}")
        lines.append("  By group (eligible / from a date / not / review):")
        for group, counts in rule["by_group"].items():
            numbers = " / ".join(str(n) for n in counts.values())
            lines.append(f"    {group:<32} {numbers}")
        lines.append("  First qualifying, by month:")
        for month, count in rule["by_month"].items():
            lines.append(f"    {month}  {count:>6}")
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
    print(f"Read {name} as {how}: {len(table.rows)} rows.")
    with open_session(args) as session:
        try:
            plan = plan_import(
                table, session.list_rows(), mapping=mapping, today=date.today(), source=name
            )
        except ListFormatError as exc:
            raise CliError(f"{name}: {exc}") from exc
        for title in plan.columns.ignored:
            print(f"Column {title!r} is not imported (no such field: map it with --mapping).")
        for title in plan.columns.unused:
            print(f"The mapping's column {title!r} is not in the file.")
        for problem in plan.problems:
            print(str(problem), file=sys.stderr)
        for duplicate in plan.duplicates:
            print(str(duplicate))
        bad = len(plan.bad_lines)
        counts = (
            f"{len(plan.cases)} new, {len(plan.duplicates)} duplicate{_s(plan.duplicates)} "
            f"not added, {bad} bad row{'s' if bad != 1 else ''}"
        )
        if args.dry_run:
            if bad and not args.skip_bad:
                print(f"Dry run, nothing written: {counts}.")
                raise CliError(str(ImportRefused(plan)))
            print(f"Dry run, nothing written: {counts}; would import {len(plan.cases)}.")
            return 0
        try:
            stored = apply_import(session, plan, skip_bad=args.skip_bad)
        except ImportRefused as exc:
            raise CliError(str(exc)) from exc
    print(f"Imported {len(stored)} case{_s(stored)} ({counts}).")
    return 0


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
    )

    on = _parse_on(args.on)
    try:
        fmt = format_for(args.output)
        columns = check_columns(args.columns.split(",") if args.columns else DEFAULT_COLUMNS)
    except ListExportError as exc:
        raise CliError(str(exc)) from exc
    with open_session(args) as session:
        cases = session.search(args.search or "", group=args.group, status=args.status)
        if not args.search:
            cases.sort(key=lambda c: c.person.full_name.casefold())
        data = export_list(cases, columns, on, fmt)
    path = _write(args.output, data)
    _notice(path, f"{len(cases)} case{_s(cases)} ({', '.join(columns)})")
    return 0
