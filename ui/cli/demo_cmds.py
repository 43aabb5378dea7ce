"""``demo``: create (and open) a vault of realistic synthetic cases (docs/cli.md).

Without ``--vault`` the vault goes into a new private temporary folder and gets a random
passphrase, printed once. With ``--vault PATH`` the passphrase comes from
``CASEWORK_PASSPHRASE`` (or ``--passphrase-file``, or a prompt), as for ``init``. The
Argon2id settings are ``init``'s unless ``--kdf-memory`` is given. Opening the desktop app
is the only part that imports Qt, and only without ``--no-open``.
"""

from __future__ import annotations

import argparse
import secrets
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from ui.cli.context import CliError, read_passphrase, vault_path
from ui.cli.options import add_kdf_memory_option

DEFAULT_CASES = 40
MAX_CASES = 1_000_000
DEMO_FILE_NAME = "demo.cwvault"
# Lower-case letters and digits without the look-alikes 0/o and 1/l: easy to type from
# the screen.
_PASSPHRASE_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789"


def register(commands: Any) -> None:
    demo = commands.add_parser(
        "demo",
        help="create and open a demo vault with realistic synthetic cases",
        description="Create a vault of realistic synthetic cases and open the desktop app on "
        "it. Without --vault it goes into a new temporary folder with a random passphrase "
        "(printed); with --vault PATH the passphrase comes from CASEWORK_PASSPHRASE.",
    )
    demo.add_argument(
        "--cases",
        type=_case_count,
        default=DEFAULT_CASES,
        metavar="N",
        help=f"number of cases (default {DEFAULT_CASES})",
    )
    demo.add_argument(
        "--no-open", action="store_true", help="only create the vault and print where it is"
    )
    add_kdf_memory_option(demo, "Argon2id memory in MiB (tests only; default as for init)")
    demo.set_defaults(func=cmd_demo)


def _case_count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not 1 <= value <= MAX_CASES:
        raise argparse.ArgumentTypeError(f"give between 1 and {MAX_CASES:,} cases")
    return value


def random_passphrase() -> str:
    """Five groups of five characters (about 125 bits), e.g. ``k7m2x-...``."""
    groups = ("".join(secrets.choice(_PASSPHRASE_ALPHABET) for _ in range(5)) for _ in range(5))
    return "-".join(groups)


def cmd_demo(args: argparse.Namespace) -> int:
    from app.demo import create_demo_session

    generated_passphrase: str | None = None
    folder: Path | None = None
    if args.vault:
        path = vault_path(args)
        if path.exists():
            raise CliError(f"a vault already exists at {path}")
        passphrase = read_passphrase(args, prompt="New passphrase: ", confirm=True)
    else:
        # mkdtemp makes the folder readable by this user only.
        folder = Path(tempfile.mkdtemp(prefix="casework-demo-"))
        path = folder / DEMO_FILE_NAME
        passphrase = generated_passphrase = random_passphrase()

    progress = _print_progress if sys.stderr.isatty() and args.cases >= 2000 else None
    try:
        session, recovery_code = create_demo_session(
            path, args.cases, passphrase, kdf_memory_mib=args.kdf_memory, progress=progress
        )
    except BaseException:
        if folder is not None:  # nothing of a failed demo is left in the temporary folder
            shutil.rmtree(folder, ignore_errors=True)
        raise
    try:
        print(f"Created the demo vault {path} with {args.cases} synthetic cases.")
        if generated_passphrase is not None:
            print(f"Passphrase: {generated_passphrase}")
        print(f"Recovery code: {recovery_code}")
        print("Every person in it is invented; delete the folder when you are done.")
        if args.no_open:
            return 0
        sys.stdout.flush()
        try:
            from ui.desktop.application import run_desktop
        except ImportError as exc:
            raise CliError(
                f"the desktop app cannot start ({exc}); the demo vault stays at {path}"
            ) from exc
        # The app receives the unlocked session: no passphrase prompt for a demo.
        return int(run_desktop(vault=str(path), session=session, demo=True) or 0)
    finally:
        session.close()


def _print_progress(done: int, total: int) -> None:
    end = "\n" if done >= total else ""
    print(f"\rStoring demo cases: {done:,} of {total:,}", end=end, file=sys.stderr, flush=True)
