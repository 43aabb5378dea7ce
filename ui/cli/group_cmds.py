"""``groups list [--json]`` and ``groups rename ID NAME [--lang en|az|ru]`` (docs/groups.md)."""

from __future__ import annotations

import argparse
from typing import Any

from ui.cli.context import CliError, open_session, print_json
from ui.cli.options import actions, add_lang_option, command


def register(commands: Any) -> None:
    sub = actions(commands, "groups", "the groups and their names in each language")
    command(
        sub, "list", cmd_groups_list, "built-in groups, your own, and the cases in each", json=True
    )
    rename = command(sub, "rename", cmd_groups_rename, "give a group a name in one language")
    rename.add_argument("id", metavar="ID", help="the group's id (see: groups list)")
    rename.add_argument("name", metavar="NAME")
    add_lang_option(rename, None, default="en")


def cmd_groups_list(args: argparse.Namespace) -> int:
    from app.group_store import group_counts, group_names, known_groups
    from app.groups import DEFAULT_GROUPS, LANGUAGES, display_name

    with open_session(args) as session:
        names = group_names(session)
        counts = group_counts(session)
        ids = known_groups(session)
    listed: list[dict[str, Any]] = [
        {
            "id": group_id,
            "names": {lang: display_name(group_id, lang, names) for lang in LANGUAGES},
            "builtin": group_id in DEFAULT_GROUPS,
            "cases": counts.get(group_id, 0),
        }
        for group_id in ids
    ]
    if args.json:
        print_json(listed)
        return 0
    width = max(len(g["id"]) for g in listed)
    for group in listed:
        own = "" if group["builtin"] else "  (your own)"
        print(f"{group['id']:<{width}}  {group['cases']:>6}  {group['names']['en']}{own}")
    return 0


def cmd_groups_rename(args: argparse.Namespace) -> int:
    from app.group_store import rename_group
    from app.groups import GroupError

    with open_session(args) as session:
        try:
            rename_group(session, args.id, args.name, args.lang)
        except GroupError as exc:
            raise CliError(str(exc)) from exc
    print(f"Group {args.id} is now called {' '.join(args.name.split())!r} ({args.lang})")
    return 0
