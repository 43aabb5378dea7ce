"""``init``, ``passwd``, ``check``, ``backup`` and ``recover``."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from ui.cli.context import CliError, open_session, print_json, read_passphrase, vault_path
from ui.cli.options import add_kdf_memory_option, command


def register(commands: Any) -> None:
    init = command(commands, "init", cmd_init, "create a new vault")
    add_kdf_memory_option(init, "Argon2id memory in MiB (tests only; default 256, calibrated)")

    passwd = command(commands, "passwd", cmd_passwd, "change the vault's passphrase")
    add_kdf_memory_option(passwd)
    passwd.add_argument(
        "--new-recovery-code",
        action="store_true",
        help="also replace the recovery code (the old one stops working; the new one is "
        "shown once)",
    )

    recover = command(
        commands, "recover", cmd_recover, "unlock with the recovery code and set a new passphrase"
    )
    add_kdf_memory_option(recover)

    check = command(commands, "check", cmd_check, "verify every record; changes nothing")
    check.add_argument("--json", action="store_true", help="print the problems as JSON")

    backup = command(commands, "backup", cmd_backup, "write an encrypted copy of the vault")
    backup.add_argument("dest", metavar="DEST", help="the backup file (must not exist)")


def cmd_init(args: argparse.Namespace) -> int:
    from app.session import Session

    path = vault_path(args)
    if path.exists():
        raise CliError(f"a vault already exists at {path}")
    passphrase = read_passphrase(args, prompt="New passphrase: ", confirm=True)
    require_strong(passphrase)
    session, recovery_code = Session.create(path, passphrase, kdf_memory_mib=args.kdf_memory)
    session.close()
    print(f"Created the vault {path}")
    _print_recovery_code(recovery_code)
    return 0


def _print_recovery_code(code: str) -> None:
    print()
    print("Recovery code — write it down or print it and keep it apart from the laptop.")
    print("It is shown only this once and opens the vault if the passphrase is forgotten:")
    print()
    print(f"    {code}")
    print()


def cmd_passwd(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        new = _new_passphrase(args)
        code = session.change_passphrase(
            new, kdf_memory_mib=args.kdf_memory, new_recovery_code=args.new_recovery_code
        )
    print("The passphrase was changed and the vault key replaced: the old passphrase no")
    print("longer opens this vault, and older copies of it hold nothing written from now on.")
    if code is not None:
        print("The old recovery code no longer works.")
        _print_recovery_code(code)
    else:
        print("The recovery code still works (replace it with 'passwd --new-recovery-code').")
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    from app.session import Session

    code = read_passphrase(args, prompt="Recovery code: ", env="CASEWORK_RECOVERY_CODE")
    session = Session.open_with_recovery(vault_path(args), code)
    try:
        new = _new_passphrase(args)
        new_code = session.change_passphrase(new, kdf_memory_mib=args.kdf_memory)
    finally:
        session.close()
    print("The vault is open again with the new passphrase; the old one no longer works.")
    if new_code is not None:
        print("The recovery code you used no longer works; here is its replacement.")
        _print_recovery_code(new_code)
    return 0


def _new_passphrase(args: argparse.Namespace) -> str:
    value = os.environ.get("CASEWORK_NEW_PASSPHRASE")
    if not value:
        if not sys.stdin.isatty():
            raise CliError("no new passphrase: set CASEWORK_NEW_PASSPHRASE or run in a terminal")
        import getpass

        value = getpass.getpass("New passphrase: ")
        if not value or getpass.getpass("Repeat: ") != value:
            raise CliError("the new passphrases are empty or differ; nothing was changed")
    require_strong(value)
    return value


_WEAK = {
    "empty": "the passphrase is empty",
    "common": "the passphrase is a well-known password",
    "weak": "the passphrase is too weak (strength {score} of 4, at least {minimum} needed)",
}


def require_strong(passphrase: str) -> None:
    """The app's passphrase policy (app/passphrase_policy.py): a weak one is refused with
    advice, before anything is written."""
    from app.passphrase_policy import MIN_ACCEPTED_SCORE, judge

    verdict = judge(passphrase)
    if verdict.accepted or verdict.reason is None:
        return
    reason = _WEAK[verdict.reason].format(score=verdict.score, minimum=MIN_ACCEPTED_SCORE)
    raise CliError(
        f"{reason}: use four or more random words, e.g. 'violet tram ninety umbrella'; "
        "nothing was changed"
    )


def cmd_check(args: argparse.Namespace) -> int:
    from app.session import Session

    # Opened even when the file does not hold what its account lists, to name every problem.
    session = Session.open(vault_path(args), read_passphrase(args), tolerate_damage=True)
    try:
        problems = session.check()
        count = session.case_count()
    finally:
        session.close()
    if args.json:
        print_json([p.__dict__ for p in problems])
    elif problems:
        for problem in problems:
            print(f"PROBLEM {problem.kind} {problem.what}: {problem.message}")
    else:
        print(f"OK: {count} cases; every record, key and attachment passed its integrity check.")
    return 1 if problems else 0


def cmd_backup(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        target = session.backup(args.dest)
    print(f"Wrote {target} (encrypted; it opens with the same passphrase).")
    return 0
