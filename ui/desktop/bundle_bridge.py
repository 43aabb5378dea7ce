"""The bundle part of the desktop controller: identity, contacts, conflicts, and export,
import and sync as the :class:`~ui.desktop.controller.Controller`'s session jobs (so locking
waits for them, and only one job uses the session at a time).

It reaches the open session only through the controller, on the GUI thread or inside a
session job. Each long piece of work is a job class (below); its result comes on one
signal and a refusal from the core (a bundle's reason, a contact's state) or a failure, as a
message for the dialog to show, on another. GUI thread only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app import contacts as contact_service
from app import identity as identity_service
from app.bundle.conflicts import Conflict, list_conflicts, resolve_conflict
from app.bundle.errors import BundleError
from app.contacts import Contact, ContactError
from app.identity import CardError, IdentityError
from ui.desktop.controller import Controller
from ui.desktop.session_jobs import SessionJob
from ui.desktop.workers import JobContext

if TYPE_CHECKING:
    from app.bundle import ImportPlan, WrittenBundle
    from app.session import Session
    from app.sync import SyncReport

REFUSALS = (BundleError, ContactError, CardError, IdentityError, ValueError, OSError, KeyError)
SYNC_SETTING = "sync_folder"


class ExportBundleJob(SessionJob["WrittenBundle"]):
    """Write a signed, encrypted bundle of some cases for some contacts."""

    name = "export"
    refusals = REFUSALS

    def __init__(self, names: list[str], profile: str, case_ids: list[str], path: str) -> None:
        self.names, self.profile, self.case_ids, self.path = names, profile, case_ids, path

    def run(self, session: Session, ctx: JobContext) -> WrittenBundle:
        from app.sync import export_to

        return export_to(
            session,
            self.names,
            self.path,
            profile=self.profile,
            case_ids=self.case_ids,
            progress=ctx.progress,
        )


class PlanImportJob(SessionJob["ImportPlan"]):
    """Open and check a bundle and plan its import (its bundle stays open for the apply)."""

    name = "import"
    refusals = REFUSALS

    def __init__(self, path: str) -> None:
        self.path = path

    def run(self, session: Session, ctx: JobContext) -> ImportPlan:
        from app.bundle import open_bundle, plan_import

        bundle = open_bundle(session, self.path)
        try:
            return plan_import(session, bundle)
        except BaseException:
            bundle.close()
            raise


class ApplyImportJob(SessionJob["ImportPlan"]):
    """Apply a planned import (one transaction), then close its bundle."""

    name = "import"
    refusals = REFUSALS

    def __init__(self, plan: ImportPlan) -> None:
        self.plan = plan

    def run(self, session: Session, ctx: JobContext) -> ImportPlan:
        from app.bundle import apply_import

        try:
            return apply_import(session, self.plan, progress=ctx.progress)
        finally:
            self.plan.bundle.close()


class SyncJob(SessionJob["SyncReport"]):
    """Import the sync folder's bundles and write the contacts' new ones."""

    name = "sync"
    refusals = REFUSALS

    def __init__(self, folder: str) -> None:
        self.folder = folder

    def run(self, session: Session, ctx: JobContext) -> SyncReport:
        from app.sync import sync_folder

        return sync_folder(session, self.folder, progress=ctx.progress)


class BundleBridge(QObject):
    """Identity, contacts, export, import and sync for the widgets (see module docstring)."""

    contacts_changed = Signal()
    export_finished = Signal(object)  # WrittenBundle
    export_failed = Signal(str)  # a refusal or failure, for the user
    import_planned = Signal(object)  # ImportPlan (its bundle stays open)
    import_plan_failed = Signal(str)
    import_applied = Signal(object)  # ImportPlan as applied
    import_failed = Signal(str)
    sync_finished = Signal(object)  # SyncReport
    sync_failed = Signal(str)

    def __init__(self, controller: Controller, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller

    def _session(self) -> Session:
        # The controller owns the session; this bridge uses it on the GUI thread or inside
        # the controller's session jobs only.
        return self.controller.require_session()

    # --- quick reads and writes (GUI thread) ---------------------------------------------

    def identity(self) -> identity_service.Identity:
        return identity_service.ensure_identity(self._session())

    def set_name(self, name: str) -> None:
        identity_service.set_identity_name(self._session(), name)

    def card(self) -> bytes:
        return identity_service.make_card(self.identity())

    def contacts(self) -> list[Contact]:
        return contact_service.list_contacts(self._session())

    def add_card(self, path: str, *, profile: str | None = None) -> contact_service.AddResult:
        with open(path, "rb") as handle:
            data = handle.read(1024 * 1024 + 1)  # a card is ~1 KB; parse_card says if too big
        result = contact_service.add_contact(self._session(), data, profile=profile)
        self.contacts_changed.emit()
        return result

    def verify(self, name: str) -> None:
        contact_service.verify_contact(self._session(), name)
        self.contacts_changed.emit()

    def set_profile(self, name: str, profile: str) -> None:
        contact_service.set_profile(self._session(), name, profile)
        self.contacts_changed.emit()

    def conflicts(self) -> list[Conflict]:
        return list_conflicts(self._session())

    def resolve(self, conflict_id: str, use: int | None) -> None:
        found = resolve_conflict(self._session(), conflict_id, use=use)
        self._refresh([found.case_id])

    def sync_folder(self) -> str:
        return str(self._session().get_setting(SYNC_SETTING, "") or "")

    def set_sync_folder(self, folder: str) -> None:
        self._session().set_setting(SYNC_SETTING, folder)

    # --- long work (session jobs: ui.desktop.session_jobs) -----------------------------------

    def export(self, names: list[str], profile: str, case_ids: list[str], path: str) -> None:
        def done(written: WrittenBundle) -> None:
            self.contacts_changed.emit()
            self.export_finished.emit(written)

        job = ExportBundleJob(names, profile, case_ids, path)
        self.controller.run_job(job, done, self.export_failed.emit)

    def plan_import(self, path: str) -> None:
        job = PlanImportJob(path)
        self.controller.run_job(job, self.import_planned.emit, self.import_plan_failed.emit)

    def apply_import(self, plan: ImportPlan) -> None:
        def done(applied: ImportPlan) -> None:
            self._after_import(applied)
            self.import_applied.emit(applied)

        self.controller.run_job(ApplyImportJob(plan), done, self.import_failed.emit)

    def sync(self, folder: str) -> None:
        def done(report: SyncReport) -> None:
            self._after_sync(report)
            self.sync_finished.emit(report)

        self.controller.run_job(SyncJob(folder), done, self.sync_failed.emit)

    def _after_import(self, plan: ImportPlan) -> None:
        self._refresh([o.case_id for o in plan.outcomes])
        self.contacts_changed.emit()

    def _after_sync(self, report: SyncReport) -> None:
        ids = [c["id"] for item in report.imported for c in item["new_cases"]]
        ids += [c["id"] for item in report.imported for c in item["changed_cases"]]
        self._refresh(ids)
        self.contacts_changed.emit()

    def _refresh(self, case_ids: list[str]) -> None:
        for case_id in dict.fromkeys(case_ids):
            if self.controller.is_stored(case_id):
                self.controller.refresh_row(case_id)
                self.controller.case_saved.emit(case_id)

    def resolve_deleted(self, conflict_id: str, delete: bool) -> None:
        found = resolve_conflict(self._session(), conflict_id, delete_case=delete)
        if delete:
            self.controller.case_deleted.emit(found.case_id)
