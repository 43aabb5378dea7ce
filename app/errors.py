"""The vault's failures as the interfaces meet them: ``ui/`` imports them from here, never
from ``storage/`` (the interfaces speak to the app layer only; docs/architecture.md)."""

from storage.errors import (
    RecordTampered,
    UnsafeKdfParameters,
    VaultCorrupt,
    VaultError,
    VaultExists,
    VaultInUse,
    VaultNotFound,
    VaultTampered,
    VaultWriteFailed,
    WrongPassphrase,
)

__all__ = [
    "RecordTampered",
    "UnsafeKdfParameters",
    "VaultCorrupt",
    "VaultError",
    "VaultExists",
    "VaultInUse",
    "VaultNotFound",
    "VaultTampered",
    "VaultWriteFailed",
    "WrongPassphrase",
]
