"""Whose vault this is: a lawyer's (the default) or a relative's. Chosen when the vault is
created ("I am a lawyer / I am a relative") and kept as a vault setting, so it is encrypted
with the cases and travels with the vault file, never in a plaintext preferences file.

The desktop app opens a relative's cases in a simpler view, and printouts can default to
the family profile (:func:`owner_role`). No I/O beyond the session given; any thread that
owns the session.
"""

from __future__ import annotations

from typing import Any, Protocol

OWNER_ROLE_SETTING = "owner_role"
LAWYER = "lawyer"
FAMILY = "family"
OWNER_ROLES = (LAWYER, FAMILY)


class SettingsStore(Protocol):
    def get_setting(self, name: str, default: Any = None) -> Any: ...

    def set_setting(self, name: str, value: Any) -> None: ...


def owner_role(session: SettingsStore) -> str:
    """``"lawyer"`` or ``"family"``; a vault from before the choice existed is a lawyer's."""
    value = session.get_setting(OWNER_ROLE_SETTING, LAWYER)
    return value if value in OWNER_ROLES else LAWYER


def set_owner_role(session: SettingsStore, role: str) -> None:
    """Raises ValueError for anything but ``"lawyer"`` or ``"family"``."""
    if role not in OWNER_ROLES:
        raise ValueError(f"owner role must be one of {', '.join(OWNER_ROLES)}, not {role!r}")
    session.set_setting(OWNER_ROLE_SETTING, role)
