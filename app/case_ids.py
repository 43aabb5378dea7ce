"""What a case id looks like: 32 lowercase hex digits (a random 128-bit id, see
:func:`app.case_json.new_id`). Ids come from outside too — case JSON files, the command
line, bundles — and end up in record names and in the file names inside a bundle's zip, so
anything else (``../../etc/passwd``, a megabyte of text) is refused where it enters.

Pure.
"""

from __future__ import annotations

import re

__all__ = ["NotACaseId", "check_case_id", "check_case_id_prefix"]

_CASE_ID = re.compile(r"[0-9a-f]{32}")
_CASE_ID_PREFIX = re.compile(r"[0-9a-f]{1,32}")


class NotACaseId(KeyError, ValueError):
    """Not a case id. A ``KeyError`` (as an unknown id is) and a ``ValueError`` (bad input)."""

    def __str__(self) -> str:
        return str(self.args[0])


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "…"


def check_case_id(value: object) -> str:
    """``value`` when it is a whole case id; raises :class:`NotACaseId`."""
    if not isinstance(value, str) or not _CASE_ID.fullmatch(value):
        raise NotACaseId(f"not a case id (32 hex digits): {_shown(value)}")
    return value


def check_case_id_prefix(value: object) -> str:
    """``value`` when it is a case id or the start of one (hex digits, lower case
    accepted for upper); raises :class:`NotACaseId`."""
    text = value.lower() if isinstance(value, str) else value
    if not isinstance(text, str) or not _CASE_ID_PREFIX.fullmatch(text):
        raise NotACaseId(f"not a case id (32 hex digits, or the first of them): {_shown(value)}")
    return text
