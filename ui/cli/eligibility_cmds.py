"""``eligibility --rule FILE_OR_ID`` and ``rules list|add`` (docs/rules.md); ``deadlines`` is in
:mod:`ui.cli.deadline_cmds`."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from typing import Any

from ui.cli.context import open_session, print_json
from ui.cli.options import LANGUAGES, actions, add_lang_option, parse_date


def register(commands: Any) -> None:
    elig = commands.add_parser(
        "eligibility", help="evaluate a rule (amnesty, parole, …) for every case, with reasons"
    )
    elig.add_argument("--rule", required=True, metavar="FILE_OR_ID", help="a rule file or id")
    elig.add_argument(
        "--on", metavar="DATE", help="evaluate on DATE (default: the rule's date, else today)"
    )
    elig.add_argument("--json", action="store_true")
    add_lang_option(elig, "language of the text output (default: $CASEWORK_LANG, else en)")
    elig.set_defaults(func=cmd_eligibility)

    sub = actions(commands, "rules", "list the rules, add your own rule file")
    lst = sub.add_parser("list", help="built-in rules and the rules added to this vault")
    lst.add_argument("--json", action="store_true")
    add_lang_option(lst, "language of the titles (default: $CASEWORK_LANG, else en)")
    lst.set_defaults(func=cmd_rules_list)
    add = sub.add_parser("add", help="check a rule file and keep it (encrypted) in the vault")
    add.add_argument("file", metavar="FILE")
    add.set_defaults(func=cmd_rules_add)


def _language(args: argparse.Namespace) -> str:
    chosen = getattr(args, "lang", None) or os.environ.get("CASEWORK_LANG", "en")
    return chosen if chosen in LANGUAGES else "en"


def cmd_eligibility(args: argparse.Namespace) -> int:
    from app.eligibility import evaluate_rule, resolve_rule, review
    from app.eligibility.json_text import results_json_text

    on = parse_date("--on", args.on) if args.on is not None else None
    today = date.today()
    with open_session(args) as session:
        rule = resolve_rule(session, args.rule)
        # Light cases (the facts read at unlock): rules need no notes, documents or texts.
        cases = sorted(session.light_cases(), key=lambda c: c.person.full_name.casefold())
        reviewed = [review(evaluate_rule(rule, case, on=on, today=today), case) for case in cases]
        # The output is made here, while open_session keeps the cyclic garbage collector
        # paused: the reasons made for it would have it rescan every result again and again
        # (a third of a second for 10,000 cases). It is written once the vault is closed.
        if args.json:
            # Each result as reviewed_json gives it, less the notes (their text stays with
            # the case: case show), in one go: a rule's reasons repeat over the cases.
            text = results_json_text(reviewed)
        else:
            text = _results_text(rule, reviewed, _language(args))
    sys.stdout.write(text)
    if not args.json:
        from app.eligibility.words import cases_evaluated

        print(cases_evaluated(len(reviewed), _language(args)), file=sys.stderr)
    return 0


def _results_text(rule: Any, reviewed: list[Any], lang: str) -> str:
    from app.eligibility import (
        clause_verify,
        reason_words,
        result_words,
        rule_title,
        rule_verify,
        verify_words,
    )

    lines = [f"{rule.id}: {rule_title(rule, lang)}"]
    notes = rule.notes_in(lang)
    if notes:
        lines.append(f"  {notes}")
    verify = rule_verify(rule, lang)
    if verify:
        lines.append(f"  {verify_words(verify, lang)}")
    for item in reviewed:
        result = item.result
        lines.append(f"{result.case_id[:8]}  {result.name}: {result_words(result, lang)}")
        if result.status in ("eligible", "eligible_from"):
            clause_note = clause_verify(rule, result.clause, lang)  # how far that part is checked
            if clause_note:
                lines.append(f"    {verify_words(clause_note, lang)}")
        for reason in result.reasons:
            lines.append(f"    {reason_words(reason, result.on, lang)}")
        if item.override is not None:
            lines.append(
                f"    lawyer's override: {item.override.override} — {item.override.reason}"
            )
    return "\n".join(lines) + "\n"


def cmd_rules_list(args: argparse.Namespace) -> int:
    from app.eligibility import all_rules, verify_flag

    lang = _language(args)
    with open_session(args) as session:
        rules = all_rules(session)
    rows = [
        {
            "id": rule.id,
            "title": rule.title_in(lang),
            "kind": rule.kind,
            "origin": origin,
            "effective_date": None if rule.effective_date is None else str(rule.effective_date),
            "window_end": None if rule.window_end is None else str(rule.window_end),
            "verify": rule.verify_in(lang),
        }
        for rule, origin in rules
    ]
    if args.json:
        print_json(rows)
        return 0
    from app.reports.phrases import say
    from app.words import date_words, word

    for (rule, origin), row in zip(rules, rows, strict=True):
        until = date_words(rule.window_end, lang) if rule.window_end else ""
        window = "  " + say("rule.until", lang, date=until) if until else ""
        flag = f"  {verify_flag(lang)}" if row["verify"] else ""
        kind = word("rule_kind", rule.kind, lang)
        where = say(f"rule.origin.{origin}", lang)
        print(f"{row['id']:<28} {kind:<12} {where:<12} {row['title']}{window}{flag}")
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
