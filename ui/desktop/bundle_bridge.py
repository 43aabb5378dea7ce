"""The bundle part of the desktop controller: identity, contacts, conflicts, and export,
import and sync as the :class:`~ui.desktop.controller.Controller`'s session jobs (so locking
waits for them, and only one job uses the session at a time).

It reaches the open session only through the controller, on the GUI thread or inside a
session job. A refusal from the core (a bundle's reason, a contact's state) comes back as a
message string on the same signal as a result, for the dialog to show. GUI thread only.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from app import contacts as contact_service
from app import identity as identity_service
from app.bundle.conflicts import Conflict, list_conflicts, resolve_conflict
from app.bundle.errors import BundleError
from app.contacts import Contact, ContactError
from app.identity import CardError, IdentityError
from ui.desktop.controller import Controller
from ui.desktop.messages import describe_failure

REFUSALS = (BundleError, ContactError, CardError, IdentityError, ValueError, OSError, KeyError)
SYNC_SETTING = "sync_folder"


class BundleBridge(QObject):
    """Identity, contacts, export, import and sync for the widgets (see module docstring)."""

    contacts_changed = Signal()
    export_finished = Signal(object)  # WrittenBundle, or a refusal message (str)
    import_planned = Signal(object)  # ImportPlan (its bundle stays open), or a message
    import_applied = Signal(object)  # ImportPlan as applied, or a message
    sync_finished = Signal(object)  # SyncReport, or a message

    def __init__(self, controller: Controller, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller

    def _session(self) -> Any:
        # The controller owns the session; this bridge uses it on the GUI thread or inside
        # the controller's session jobs only.
        return self.controller._require()

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

    # --- long work (session jobs) -----------------------------------------------------------

    def _job(self, name: str, work: Any, signal: Any, after: Any = None) -> None:
        def guarded(ctx: Any) -> Any:
            try:
                return work(ctx)
            except REFUSALS as exc:
                return str(exc)  # a refusal is an answer to show, not a crash
            except Exception as exc:
                # Anything else (a bug met on hostile input) must still reach the dialog
                # waiting on this signal, or it shows "Checking the bundle…" forever.
                return describe_failure(exc)

        def done(result: Any) -> None:
            if after is not None and not isinstance(result, str):
                after(result)
            signal.emit(result)

        if self.controller.session_busy:
            signal.emit(self.tr("Wait until the current task ends."))
            return
        self.controller._start_session_job(name, guarded, done)

    def export(self, names: list[str], profile: str, case_ids: list[str], path: str) -> None:
        from app.sync import export_to

        session = self._session()
        self._job(
            "export",
            lambda ctx: export_to(
                session, names, path, profile=profile, case_ids=case_ids, progress=ctx.progress
            ),
            self.export_finished,
            lambda _r: self.contacts_changed.emit(),
        )

    def plan_import(self, path: str) -> None:
        from app.bundle import open_bundle, plan_import

        session = self._session()

        def work(_ctx: Any) -> Any:
            bundle = open_bundle(session, path)
            try:
                return plan_import(session, bundle)
            except BaseException:
                bundle.close()
                raise

        self._job("import", work, self.import_planned)

    def apply_import(self, plan: Any) -> None:
        from app.bundle import apply_import

        session = self._session()

        def work(ctx: Any) -> Any:
            try:
                return apply_import(session, plan, progress=ctx.progress)
            finally:
                plan.bundle.close()

        self._job("import", work, self.import_applied, self._after_import)

    def sync(self, folder: str) -> None:
        from app.sync import sync_folder

        session = self._session()
        self._job(
            "sync",
            lambda ctx: sync_folder(session, folder, progress=ctx.progress),
            self.sync_finished,
            self._after_sync,
        )

    def _after_import(self, plan: Any) -> None:
        self._refresh([o.case_id for o in plan.outcomes])
        self.contacts_changed.emit()

    def _after_sync(self, report: Any) -> None:
        ids = [c["id"] for item in report.imported for c in item["new_cases"]]
        ids += [c["id"] for item in report.imported for c in item["changed_cases"]]
        self._refresh(ids)
        self.contacts_changed.emit()

    def _refresh(self, case_ids: list[str]) -> None:
        for case_id in dict.fromkeys(case_ids):
            if self.controller.is_stored(case_id):
                self.controller._refresh_row(case_id)
                self.controller.case_saved.emit(case_id)

    def resolve_deleted(self, conflict_id: str, delete: bool) -> None:
        found = resolve_conflict(self._session(), conflict_id, delete_case=delete)
        if delete:
            self.controller.case_deleted.emit(found.case_id)
