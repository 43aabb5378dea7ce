"""What several commands share, defined once: a command with the function that runs it and
its ``--json`` switch, commands that take an ACTION, ``--lang``, ``--profile``'s choices,
``--kdf-memory``, the case filters and dates given as YYYY-MM-DD (docs/cli.md)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from typing import Any

from ui.cli.context import CliError

LANGUAGES = ("en", "az", "ru")
PROFILE_CHOICES = ("colleague", "family", "public")  # what a bundle or a summary may show


def add_lang_option(parser: Any, help: str | None, default: str | None = None) -> None:
    """``--lang en|az|ru``."""
    parser.add_argument("--lang", choices=LANGUAGES, default=default, help=help)


def add_kdf_memory_option(parser: Any, help: str = argparse.SUPPRESS) -> None:
    """``--kdf-memory MIB``: Argon2id memory, for tests (hidden unless ``help`` is given)."""
    parser.add_argument("--kdf-memory", type=int, metavar="MIB", help=help)


def parse_date(option: str, value: str) -> date:
    """``value`` as a date, or a one-line error naming ``option``."""
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise CliError(f"{option}: {value!r} is not a date as YYYY-MM-DD") from exc


def date_or_today(option: str, value: str | None) -> date:
    """``value`` as a date, today if it was not given."""
    return date.today() if value is None else parse_date(option, value)


def add_case_filters(parser: Any, search_help: str) -> None:
    """``--search Q``, ``--group G`` and ``--status S``: which cases a listing keeps."""
    parser.add_argument("--search", metavar="Q", help=search_help)
    parser.add_argument("--group", metavar="G")
    parser.add_argument("--status", metavar="S")


def actions(commands: Any, name: str, help: str) -> Any:
    """Add command ``name`` whose ACTION (``casework NAME ACTION ...``) must be given; returns
    the subparsers to add the actions to. The action's name lands in ``args.NAME_command``."""
    parser = commands.add_parser(name, help=help)
    return parser.add_subparsers(dest=f"{name}_command", metavar="ACTION", required=True)


def command(
    commands: Any,
    name: str,
    func: Callable[[argparse.Namespace], int],
    help: str,
    *,
    json: bool = False,
    **settings: Any,
) -> Any:
    """Add command (or action) ``name``, run by ``func``, with its ``--json`` switch when
    ``json``; returns its parser, for the other arguments."""
    parser = commands.add_parser(name, help=help, **settings)
    parser.set_defaults(func=func)
    if json:
        parser.add_argument("--json", action="store_true")
    return parser
