"""Export profiles over field visibility (docs/bundle-format.md).

Every part of a case has a visibility — ``privileged`` (lawyers only), ``family`` or
``public`` — and a profile is the set of visibilities it lets through:

============  =====================================
profile       lets through
============  =====================================
colleague     privileged, family, public (all)
family        family, public
public        public
============  =====================================

Per-field visibility (the merge units of :data:`app.session.FIELD_PATHS`; a unit is sent
whole or not at all, so a filtered bundle can never overwrite a field with a cut-down
copy of it):

=====================  ==========  ==================================================
field                  visibility  why
=====================  ==========  ==================================================
person.full_name       public      advocacy lists publish the name
person.aliases         public      spellings of the name, as published
person.groups          public      the list's category (journalists, believers, …)
status                 public      imprisoned / released / …
arrested_on            public      published with the case
sentence               public      articles, term, verdict date: the sentence basics
person.birth_date      family      personal data, not for publication
person.sex             family      personal data, not for publication
facility               family      where the person is held: family, not public
custody                family      detention history with court-ordered dates
notes/<id>             the note's own visibility (default privileged)
events/<id>            the event's own visibility (default family)
attachments/<id>       the document's own visibility (default privileged)
eligibility_notes/<id> privileged  a lawyer's legal assessment
=====================  ==========  ==================================================

Deletions of list elements (tombstones) carry no content, only an id and a clock stamp,
and go to every profile so a withdrawn note also disappears from the family's copy.

Pure and Qt-free.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.session import ELEMENT_LISTS, FIELD_PATHS

__all__ = [
    "ELEMENT_DEFAULT_VISIBILITY",
    "FIELD_VISIBILITY",
    "PROFILES",
    "ProfileError",
    "check_profile",
    "filter_case_json",
    "path_visible",
    "profile_table",
]

PROFILES = ("colleague", "family", "public")

ALLOWED: dict[str, frozenset[str]] = {
    "colleague": frozenset({"privileged", "family", "public"}),
    "family": frozenset({"family", "public"}),
    "public": frozenset({"public"}),
}

FIELD_VISIBILITY: dict[str, str] = {
    "person.full_name": "public",
    "person.aliases": "public",
    "person.groups": "public",
    "status": "public",
    "arrested_on": "public",
    "sentence": "public",
    "person.birth_date": "family",
    "person.sex": "family",
    "facility": "family",
    "custody": "family",
}

# Lists whose elements carry a ``visibility`` of their own, and its default when absent.
ELEMENT_DEFAULT_VISIBILITY: dict[str, str] = {
    "notes": "privileged",
    "events": "family",
    "attachments": "privileged",
}
# Lists whose elements have a fixed visibility.
ELEMENT_FIXED_VISIBILITY: dict[str, str] = {"eligibility_notes": "privileged"}

assert set(FIELD_VISIBILITY) == set(FIELD_PATHS), "every merge field needs a visibility"
assert set(ELEMENT_DEFAULT_VISIBILITY) | set(ELEMENT_FIXED_VISIBILITY) == set(ELEMENT_LISTS)


class ProfileError(ValueError):
    def __init__(self, profile: str) -> None:
        super().__init__(f"unknown export profile {profile!r} (use one of: {', '.join(PROFILES)})")
        self.code = "profile.unknown"


def check_profile(profile: str) -> str:
    if profile not in ALLOWED:
        raise ProfileError(profile)
    return profile


def visibility_of(path: str, value: Any) -> str | None:
    """The visibility of a field path with this value; None for a content-free tombstone."""
    if "/" not in path:
        return FIELD_VISIBILITY[path]
    list_name = path.split("/", 1)[0]
    if list_name in ELEMENT_FIXED_VISIBILITY:
        return ELEMENT_FIXED_VISIBILITY[list_name]
    if value is None:
        return None
    visibility = value.get("visibility") if isinstance(value, Mapping) else None
    return str(visibility or ELEMENT_DEFAULT_VISIBILITY[list_name])


def path_visible(profile: str, path: str, value: Any) -> bool:
    """Whether ``path`` holding ``value`` (None: deleted or unset) goes into a bundle made
    with ``profile``. Raises ``ProfileError`` for an unknown profile, ``KeyError`` for an
    unknown field path."""
    allowed = ALLOWED[check_profile(profile)]
    visibility = visibility_of(path, value)
    if visibility is None:
        # A deleted element: the tombstone reveals only a random id and a time.
        return True
    return visibility in allowed


def filter_case_json(case_json: Mapping[str, Any], profile: str) -> dict[str, Any]:
    """A copy of a case JSON holding only what ``profile`` lets through (for previews and
    tests; bundles filter field by field with :func:`path_visible`)."""
    check_profile(profile)
    out: dict[str, Any] = {"id": case_json.get("id"), "person": {}}
    for path in FIELD_PATHS:
        if path.startswith("person."):
            key = path.split(".", 1)[1]
            value = case_json.get("person", {}).get(key)
            if path_visible(profile, path, value):
                out["person"][key] = value
        elif path_visible(profile, path, case_json.get(path)):
            out[path] = case_json.get(path)
    for list_name in ELEMENT_LISTS:
        kept = [
            element
            for element in case_json.get(list_name) or ()
            if path_visible(profile, f"{list_name}/{element.get('id')}", element)
        ]
        if kept or list_name in ("notes", "events"):
            out[list_name] = kept
    return out


def profile_table() -> list[dict[str, Any]]:
    """Per field: its visibility and which profiles include it (for docs and the export
    dialog). Element lists show their default, marked ``per_element``."""
    rows: list[dict[str, Any]] = []
    for path in FIELD_PATHS:
        visibility = FIELD_VISIBILITY[path]
        rows.append(
            {
                "field": path,
                "visibility": visibility,
                "per_element": False,
                "profiles": [p for p in PROFILES if visibility in ALLOWED[p]],
            }
        )
    for list_name in ELEMENT_LISTS:
        fixed = list_name in ELEMENT_FIXED_VISIBILITY
        visibility = (
            ELEMENT_FIXED_VISIBILITY.get(list_name) or ELEMENT_DEFAULT_VISIBILITY[list_name]
        )
        rows.append(
            {
                "field": list_name,
                "visibility": visibility,
                "per_element": not fixed,
                "profiles": [p for p in PROFILES if visibility in ALLOWED[p]],
            }
        )
    return rows
