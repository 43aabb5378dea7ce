"""What each printing profile may show (docs/bundle-format.md, docs/reports.md): ``colleague``,
``family``, ``public``.

- ``colleague``: everything, privileged notes and events and the lawyer's eligibility notes
  included.
- ``family``: never a ``privileged`` note, event or attachment, never an eligibility note
  (a lawyer's assessment); deadlines only from events the family may see.
- ``public``: only ``public`` notes and events, the birth year rather than the date, no
  deadlines and no eligibility notes.

Filtering happens first, on the case itself (:func:`case_for_profile`), so nothing later
can print what the profile excludes. Pure.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Protocol

from app.model import Case

PROFILES = ("colleague", "family", "public")
DEFAULT_PROFILE = "colleague"

# Which visibilities each profile shows.
_SHOWN = {
    "colleague": frozenset({"privileged", "family", "public"}),
    "family": frozenset({"family", "public"}),
    "public": frozenset({"public"}),
}

# Who the vault belongs to, kept in the vault's settings: "family" for a family member's
# vault (prints default to the family profile), "lawyer" or nothing for a lawyer's. The
# boolean "owner_is_family" is read too.
OWNER_ROLE_SETTING = "owner_role"
OWNER_IS_FAMILY_SETTING = "owner_is_family"


class Settings(Protocol):
    def get_setting(self, name: str, default: Any = None) -> Any: ...


def owner_is_family(settings: Settings | None) -> bool:
    """True when the vault's owner is a family member (either setting says so)."""
    if settings is None:
        return False
    role = settings.get_setting(OWNER_ROLE_SETTING, None)
    if isinstance(role, str) and role.strip().casefold() == "family":
        return True
    return settings.get_setting(OWNER_IS_FAMILY_SETTING, False) is True


def default_profile(settings: Settings | None) -> str:
    """The profile a print starts with: ``family`` in a family member's vault (never the
    lawyer's copy), else :data:`DEFAULT_PROFILE`."""
    return "family" if owner_is_family(settings) else DEFAULT_PROFILE


class ProfileError(ValueError):
    """An unknown profile name."""


def check_profile(profile: str) -> str:
    if profile not in PROFILES:
        raise ProfileError(f"unknown profile {profile!r}: one of {', '.join(PROFILES)}")
    return profile


def shows(profile: str, visibility: str) -> bool:
    """True when ``profile`` may show an item of ``visibility``."""
    return visibility in _SHOWN[check_profile(profile)]


def case_for_profile(case: Case, profile: str) -> Case:
    """The case with only what ``profile`` may show: notes, events and attachments by their
    visibility; eligibility notes only for ``colleague``. Raises :class:`ProfileError`."""
    shown = _SHOWN[check_profile(profile)]
    if profile == "colleague":
        return case
    return replace(
        case,
        notes=tuple(n for n in case.notes if n.visibility in shown),
        events=tuple(e for e in case.events if e.visibility in shown),
        attachments=tuple(a for a in case.attachments if a.visibility in shown),
        eligibility_notes=(),
    )
