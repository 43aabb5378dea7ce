"""What every CLI command shares: where the vault is, the passphrase, opening a session,
and turning errors into one clear line on stderr with a non-zero exit status.

Qt-free: headless commands run on machines with no display.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import os
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from platformdirs import user_data_dir


class CliError(Exception):
    """A user-facing error: printed as ``casework: error: <message>``; exit status ``code``."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def default_vault_path() -> Path:
    return Path(user_data_dir("casework", appauthor=False)) / "default.cwvault"


def vault_path(args: argparse.Namespace) -> Path:
    return Path(args.vault).expanduser() if args.vault else default_vault_path()


def read_passphrase(
    args: argparse.Namespace,
    *,
    prompt: str = "Passphrase: ",
    confirm: bool = False,
    env: str = "CASEWORK_PASSPHRASE",
) -> str:
    """From ``CASEWORK_PASSPHRASE``, else ``--passphrase-file``, else a prompt (twice when
    ``confirm``). The file's trailing newline is not part of the passphrase."""
    value = os.environ.get(env)
    if value:
        return value
    if getattr(args, "passphrase_file", None):
        try:
            text = Path(args.passphrase_file).read_text(encoding="utf-8")
        except OSError as exc:
            raise CliError(f"cannot read the passphrase file: {exc.strerror}") from exc
        value = text.rstrip("\r\n")
        if not value:
            raise CliError("the passphrase file is empty")
        return value
    if not sys.stdin.isatty():
        raise CliError(
            "no passphrase: set CASEWORK_PASSPHRASE, give --passphrase-file, or run in a terminal"
        )
    value = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat: ") != value:
        raise CliError("the two passphrases differ")
    if not value:
        raise CliError("the passphrase must not be empty")
    return value


@contextlib.contextmanager
def open_session(args: argparse.Namespace) -> Iterator[Any]:
    """Unlock the vault named by ``--vault`` for one command; always locks it again."""
    from app.collector import collector_paused
    from app.session import Session

    path = vault_path(args)
    session = Session.open(path, read_passphrase(args))
    # One command over thousands of cases makes objects by the hundred thousand and no
    # cycles: the cyclic garbage collector would only rescan them (about 0.1 s for
    # 10,000 cases).
    with collector_paused():
        try:
            yield session
        except sqlite3.Error as exc:
            # A full disk (or a file size limit) while writing: SQLite rolled the
            # transaction back, so the vault is as it was; say which file and why.
            raise CliError(
                f"{path}: cannot write the vault ({exc}): the disk may be full; nothing was saved"
            ) from exc
        finally:
            with contextlib.suppress(sqlite3.Error):
                session.close()


def print_json(value: Any) -> None:
    """Print JSON in one write. A list prints one item per line: Python's JSON encoder is
    about 10× slower with ``indent`` (it cannot use its C part), which for 10,000 cases
    takes a second."""
    if isinstance(value, list) and value:
        items = ",\n ".join(json.dumps(item, ensure_ascii=False) for item in value)
        sys.stdout.write(f"[{items}]\n")
    else:
        sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def read_input_text(name: str) -> str:
    """The text of a file, or of standard input for ``-``."""
    if name == "-":
        return sys.stdin.read()
    try:
        return Path(name).read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise CliError(f"cannot read {name}: {exc.strerror}") from exc
    except UnicodeDecodeError as exc:
        raise CliError(f"{name} is not UTF-8 text") from exc


def read_input_json(name: str, what: str = "case JSON") -> Any:
    """The JSON document in a file, or in standard input for ``-``, decoded within the
    limits of :mod:`app.safe_parse` (deep nesting or a 5,000-digit number is one clear
    error naming the file, never a traceback)."""
    from app.safe_parse import DEFAULT_LIMITS, InputRefused, load_json

    source = "standard input" if name == "-" else name
    try:
        size = 0 if name == "-" else Path(name).stat().st_size
    except OSError as exc:
        raise CliError(f"cannot read {name}: {exc.strerror}") from exc
    try:
        if size > DEFAULT_LIMITS.max_bytes:
            # Refused before it is read: a 10 GB "case file" must not fill the memory.
            raise InputRefused(source, f"larger than {DEFAULT_LIMITS.max_bytes} bytes")
        return load_json(read_input_text(name), source)
    except InputRefused as exc:
        raise CliError(f"invalid {what}: {exc}") from exc
