"""Documents a case lists whose bytes are not in the vault (finding F3 of tests/fuzz).

Case JSON carries ``attachments`` as metadata (``case show --json`` prints it, so a file
edited by hand or copied from another vault can list a document whose bytes never came
along). The vault's own check authenticates what is stored and cannot see what is missing;
this looks from the other side, so ``casework check`` names the dangling reference instead
of a later export blaming tampering for it.

Runs on the thread that owns the session. Read-only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storage.check import Problem

if TYPE_CHECKING:
    from app.session import Session

__all__ = ["KIND", "missing_attachments"]

KIND = "attachment_missing"


def missing_attachments(session: Session) -> list[Problem]:
    """One problem per listed document whose bytes are not stored under its case."""
    problems = []
    for case in session.list_cases():
        for attachment in case.attachments:
            if session.attachment_owner(attachment.id) == case.id:
                continue
            problems.append(
                Problem(
                    what=attachment.id,
                    kind=KIND,
                    case_id=case.id,
                    message=(
                        f"case {case.id[:8]} lists the document {attachment.name!r}, but its "
                        "bytes are not in the vault (listed in case JSON without the file?): "
                        "attach the file again, or remove it from the case"
                    ),
                )
            )
    return problems
