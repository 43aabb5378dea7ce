"""The ``casework`` console entry point (docs/cli.md, a contract).

Commands live in small modules that register themselves; only ``gui`` and ``demo`` (and PDF
rendering) import Qt, so every other command runs headless.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from ui.cli.about import version
from ui.cli.context import CliError
from ui.pyside_refcount_guard import guard_if_needed

COMMAND_MODULES = (
    "ui.cli.vault_cmds",
    "ui.cli.case_cmds",
    "ui.cli.demo_cmds",
    "ui.cli.eligibility_cmds",
    "ui.cli.deadline_cmds",
    "ui.cli.group_cmds",
    "ui.cli.bundle_cmds",
    "ui.cli.report_cmds",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="casework",
        description="Encrypted case files for lawyers and families of political prisoners.",
    )
    parser.add_argument("--vault", metavar="PATH", help="vault file (default: the user's vault)")
    parser.add_argument("--passphrase-file", metavar="FILE", help="read the passphrase from FILE")
    parser.add_argument("--version", action="version", version=f"casework {version()}")
    parser.add_argument(
        "--self-test", action="store_true", help="check this installation works, then exit"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui = commands.add_parser("gui", help="open the desktop app (the default)")
    gui.set_defaults(func=run_gui)
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue
            raise
        module.register(commands)
    return parser


def run_gui(args: argparse.Namespace) -> int:
    from ui.desktop.application import run_desktop

    return run_desktop(vault=args.vault)


def main(argv: Sequence[str] | None = None) -> int:
    guard_if_needed()  # before any Qt: PySide6 6.12.0 on Python 3.11 (ui/pyside_refcount_guard.py)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test:
        from ui.cli.self_test import run_self_test

        return run_self_test()
    if args.command is None:
        args.func = run_gui
    try:
        return int(args.func(args) or 0)
    except CliError as exc:
        print(f"casework: error: {exc}", file=sys.stderr)
        return exc.code
    except BrokenPipeError:
        # The reader went away (`casework case list | head`): stop quietly, like other tools.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
    except KeyboardInterrupt:
        print("casework: interrupted; nothing more was written", file=sys.stderr)
        return 130
    except Exception as exc:  # last resort: one clear line, never a traceback
        from ui.cli.errors import describe_error

        message = describe_error(exc)
        if message is None:
            raise
        print(f"casework: error: {message}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
