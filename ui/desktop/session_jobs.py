"""Work on the open vault that runs on a worker: one :class:`SessionJob` subclass per kind of
work, run by :meth:`ui.desktop.controller.Controller.run_job` with a success callback (the
job's typed result) and a failure callback (a message for the user), never one signal
carrying either.

A job is the only user of the session while it runs: the UI shows progress, and locking
waits for it (after cancelling). ``refusals`` are the errors that are an answer to show —
a refused bundle, a contact's state — rather than a failure; their message is passed to
the failure callback as it is. Any other error is described for the user
(:func:`ui.desktop.messages.describe_failure`).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, Generic, TypeVar

from ui.desktop.workers import JobContext, ProgressReader

if TYPE_CHECKING:
    from app.list_import import ImportPlan as ListPlan
    from app.session import Session

T = TypeVar("T")


class SessionJob(Generic[T]):
    """One kind of work on the session; subclasses set ``name`` and implement :meth:`run`."""

    name: ClassVar[str] = "job"
    refusals: ClassVar[tuple[type[Exception], ...]] = ()

    def run(self, session: Session, ctx: JobContext) -> T:
        """Do the work on a worker thread; ``ctx.progress`` reports and may cancel."""
        raise NotImplementedError


class AddAttachmentJob(SessionJob[str]):
    """Encrypt a file into the vault (streamed) and list it on the case; the case id."""

    name = "attachment"

    def __init__(self, case_id: str, path: str | os.PathLike[str]) -> None:
        self.case_id = case_id
        self.source = Path(path)
        self.total = self.source.stat().st_size

    def run(self, session: Session, ctx: JobContext) -> str:
        with self.source.open("rb") as raw:
            reader = ProgressReader(raw, self.total, ctx)
            session.add_attachment(self.case_id, reader, self.source.name)  # type: ignore[arg-type]
        return self.case_id


class LoadAttachmentJob(SessionJob[tuple[str, str, bytes]]):
    """Decrypt an attachment into memory (never a temp file): (case id, attachment id, bytes)."""

    name = "attachment"

    def __init__(self, case_id: str, attachment_id: str) -> None:
        self.case_id = case_id
        self.attachment_id = attachment_id

    def run(self, session: Session, ctx: JobContext) -> tuple[str, str, bytes]:
        buffer = bytearray()
        for chunk in session.read_attachment(self.case_id, self.attachment_id):
            buffer += chunk
            ctx.progress(len(buffer), 0)
        return self.case_id, self.attachment_id, bytes(buffer)


class ExportAttachmentJob(SessionJob[str]):
    """Write a decrypted copy where the user asked (an explicit export); the file written."""

    name = "export"

    def __init__(
        self, case_id: str, attachment_id: str, destination: str | os.PathLike[str]
    ) -> None:
        self.case_id = case_id
        self.attachment_id = attachment_id
        self.target = Path(destination)

    def run(self, session: Session, ctx: JobContext) -> str:
        from app.private_files import private_output

        with private_output(self.target) as out:  # owner-only; nothing left on error
            for chunk in session.read_attachment(self.case_id, self.attachment_id):
                out.write(chunk)
                ctx.progress(out.tell(), 0)
        return str(self.target)


class RemoveAttachmentJob(SessionJob[str]):
    """Delete an attachment's encrypted bytes and its entry on the case; the case id."""

    name = "attachment"

    def __init__(self, case_id: str, attachment_id: str) -> None:
        self.case_id = case_id
        self.attachment_id = attachment_id

    def run(self, session: Session, ctx: JobContext) -> str:
        session.remove_attachment(self.case_id, self.attachment_id)
        return self.case_id


class ChangePassphraseJob(SessionJob[str | None]):
    """A new passphrase and a new vault key (Argon2id takes about a second, re-encrypting
    every record longer); a new recovery code when one was made (see
    :meth:`app.session.Session.change_passphrase`)."""

    name = "passphrase"

    def __init__(self, new_passphrase: str, kdf_memory_mib: int | None) -> None:
        self.new_passphrase = new_passphrase
        self.kdf_memory_mib = kdf_memory_mib

    def run(self, session: Session, ctx: JobContext) -> str | None:
        return session.change_passphrase(self.new_passphrase, kdf_memory_mib=self.kdf_memory_mib)


class PlanListUpdateJob(SessionJob["ListPlan"]):
    """Check a newer edition of a list against the people in the vault (reads their stored
    cases, so it is the session's own job); the plan to show before anything is written."""

    name = "check-list"

    def __init__(self, plan_import: Callable[[Session], ListPlan]) -> None:
        self.plan_import = plan_import

    def run(self, session: Session, ctx: JobContext) -> ListPlan:
        return self.plan_import(session)


class ListImportJob(SessionJob[int]):
    """Store a checked list's good rows in one transaction; the number of cases stored."""

    name = "list-import"

    def __init__(self, plan: ListPlan, skip_bad: bool) -> None:
        self.plan = plan
        self.skip_bad = skip_bad

    def run(self, session: Session, ctx: JobContext) -> int:
        from app.list_import import apply_import

        stored = apply_import(session, self.plan, skip_bad=self.skip_bad, progress=ctx.progress)
        return len(stored)
