"""Errors raised by the vault. Each message says what is wrong in words a user can act on."""

from __future__ import annotations


class VaultError(Exception):
    """Base class of every vault error."""


class WrongPassphrase(VaultError):
    def __init__(self, what: str = "passphrase") -> None:
        super().__init__(f"the {what} is wrong: the vault could not be unlocked")


class VaultInUse(VaultError):
    def __init__(self, path: str) -> None:
        super().__init__(
            f"the vault {path} is in use by another Casework window or command; close it first"
        )


class VaultNotFound(VaultError):
    def __init__(self, path: str) -> None:
        super().__init__(f"no vault at {path} (create one with 'casework init')")


class VaultExists(VaultError):
    def __init__(self, path: str) -> None:
        super().__init__(f"a file already exists at {path}; refusing to overwrite it")


class VaultCorrupt(VaultError):
    """The file is not a Casework vault, or its header or schema is damaged."""


class VaultTampered(VaultCorrupt):
    """The file does not hold what its account lists: rows deleted, rolled back or brought
    back from an older copy (see docs/vault-format.md, "The account")."""

    def __init__(self, path: str, messages: list[str]) -> None:
        self.messages = messages
        more = f" (and {len(messages) - 1} more)" if len(messages) > 1 else ""
        super().__init__(
            f"{path} does not hold what it should: {messages[0]}{more}. It was changed "
            "outside Casework; run 'casework check' for the list, or restore a backup"
        )


class RecordTampered(VaultError):
    """A record failed its authentication tag: altered, swapped or damaged on disk."""

    def __init__(self, record_id: str, kind: str, case_id: str | None) -> None:
        self.record_id = record_id
        self.kind = kind
        self.case_id = case_id
        where = f" of case {case_id}" if case_id else ""
        super().__init__(
            f"record {record_id} ({kind}{where}) failed its integrity check: it was altered or "
            "damaged on disk and is not shown"
        )


class VaultWriteFailed(VaultError):
    """A write could not be completed (a full disk, a read-only or vanished folder); the
    vault is as it was before it."""

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"could not write {path}: {reason}; nothing was changed")


class UnsafeKdfParameters(VaultCorrupt):
    """The header asks for Argon2id parameters outside the bounds Casework ever writes."""


def reason_of(exc: BaseException) -> str:
    """A short reason for an ``OSError`` or ``sqlite3`` error, in words a user can act on."""
    import errno
    import sqlite3

    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return "the disk is full"
    if isinstance(exc, sqlite3.Error) and "full" in str(exc):
        return "the disk is full"
    if isinstance(exc, sqlite3.Error) and "I/O" in str(exc):
        return "the disk is full or cannot be written (disk I/O error)"
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc)
