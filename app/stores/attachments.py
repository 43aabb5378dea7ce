"""Documents of cases: encrypted into the vault in 1 MiB chunks (storage.attachments) and
listed on their case."""

from __future__ import annotations

import mimetypes
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import IO

from app.case_changes import now_iso
from app.case_json import new_id
from app.model import AttachmentInfo
from app.stores.cases import CaseStore
from storage.attachments import (
    Opener,
    Stored,
    delete_attachment,
    read_attachment,
    store_attachment,
    store_attachments,
)


class AttachmentStore:
    """The attachments of one open vault's cases."""

    def __init__(self, cases: CaseStore) -> None:
        self.cases = cases
        self.vault = cases.vault

    def add(
        self,
        case_id: str,
        source: IO[bytes],
        name: str,
        *,
        media_type: str | None = None,
        visibility: str = "privileged",
    ) -> AttachmentInfo:
        """Encrypt a file into the vault, streamed in 1 MiB chunks, and list it on the case."""
        case = self.cases.get(case_id)
        attachment_id = new_id()
        guessed = media_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
        with self.cases.writer.transaction():
            size, digest = store_attachment(self.vault, case.id, attachment_id, source)
            info = AttachmentInfo(
                id=attachment_id,
                name=Path(name).name,
                size=size,
                sha256=digest,
                media_type=guessed,
                visibility=visibility,
                added=now_iso(),
            )
            self.cases.write(replace(case, attachments=(*case.attachments, info)), case, "edit")
        return info

    def find(self, case_id: str, name_or_id: str) -> AttachmentInfo:
        case = self.cases.find(case_id)
        for info in case.attachments:
            if name_or_id in (info.id, info.name):
                return info
        raise KeyError(f"case {case.id[:8]} has no attachment named {name_or_id!r}")

    def read(self, case_id: str, attachment_id: str) -> Iterator[bytes]:
        """Decrypted chunks in order (1 MiB each); raises ``RecordTampered`` if damaged."""
        return read_attachment(self.vault, self.cases.resolve_id(case_id), attachment_id)

    def remove(self, case_id: str, attachment_id: str) -> None:
        case = self.cases.get(case_id)
        kept = tuple(a for a in case.attachments if a.id != attachment_id)
        with self.cases.writer.transaction():
            delete_attachment(self.vault, attachment_id)
            self.cases.write(replace(case, attachments=kept), case, "edit")

    def owner(self, attachment_id: str) -> str | None:
        """The id of the case whose stored chunks use ``attachment_id``, if any."""
        row = self.vault.conn.execute(
            "SELECT case_id FROM chunks WHERE attachment_id = ? LIMIT 1", (attachment_id,)
        ).fetchone()
        return None if row is None else str(row[0])

    def store_many_as(self, documents: Sequence[tuple[str, str, Opener]]) -> list[Stored]:
        """Encrypt several documents, ``(case id, attachment id, opener of its bytes)``, as
        the bytes of those ids (chosen elsewhere: bundle import), in one pass that reads
        the next while the last is written; the caller lists them on their cases. Raises
        ``ValueError`` before storing anything when another case's attachment already
        uses one of the ids."""
        for case_id, attachment_id, _ in documents:
            owner = self.owner(attachment_id)
            if owner is not None and owner != case_id:
                raise ValueError(f"attachment id {attachment_id} belongs to another case")
        return store_attachments(self.vault, documents)
