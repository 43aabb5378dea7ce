"""The one bridge between the desktop UI and the core (``app/``).

Widgets never call :mod:`app` services or hold a :class:`~app.session.Session`; they call
the :class:`Controller`'s methods and react to its past-tense signals. Unlock and vault
creation run on a :class:`~ui.desktop.workers.Workers` thread, which also reads what the
pages need at once (:mod:`ui.desktop.unlock_job`); other long work on the
open vault is a session job (:mod:`ui.desktop.session_jobs`, :meth:`Controller.run_job`)
with separate success and failure callbacks. Rules and eligibility live in
:class:`~ui.desktop.rules_bridge.RulesBridge` (evaluated from the cases' facts in short
slices on the GUI thread); the controller forwards its rule methods and signals there.

Session threading: :class:`Session` is not thread-safe. A session job is the only user of
the session while it runs: the UI shows progress for such jobs, and :meth:`Controller.lock`
waits for them (after cancelling) before closing the vault.

All methods: GUI thread only.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.case_json import new_id
from app.collector import release_frozen
from app.eligibility import Rule, RuleResult
from app.model import Case, Person
from app.sentence import Computation, compute_sentence
from ui.desktop.messages import describe_failure
from ui.desktop.models.case_rows import TableRow, build_row
from ui.desktop.rules_bridge import RulesBridge
from ui.desktop.session_jobs import (
    AddAttachmentJob,
    ChangePassphraseJob,
    ExportAttachmentJob,
    LoadAttachmentJob,
    RemoveAttachmentJob,
    SessionJob,
)
from ui.desktop.unlock_job import Unlocked, VaultFacts, read_opened_vault
from ui.desktop.workers import JobContext, JobHandle, Workers

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from app.session import HistoryEntry, Session

T = TypeVar("T")


class Controller(QObject):
    """State of the open vault and every action on it (see the module docstring)."""

    vault_created = Signal(str)  # the recovery code, to show once
    vault_unlocked = Signal()
    vault_about_to_lock = Signal()  # editors save or drop their drafts now
    vault_locked = Signal()
    unlock_failed = Signal(str)  # a message for the user
    unlock_progressed = Signal(int, int)
    cases_loaded = Signal(object)  # list[TableRow], right after unlock
    case_saved = Signal(str)  # case id (its row: case_row(id))
    case_deleted = Signal(str)
    rules_changed = Signal()
    rule_selected = Signal(str)  # rule id
    rule_import_failed = Signal(str)
    eligibility_evaluated = Signal(str)  # rule id; results: eligibility_results()
    attachment_added = Signal(str)  # case id
    attachment_removed = Signal(str)  # case id
    attachment_loaded = Signal(str, str, bytes)  # case id, attachment id, the bytes
    attachment_exported = Signal(str)  # the file written
    passphrase_changed = Signal()
    # A new recovery code, to show once: the used one was revoked (docs/threat-model.md).
    recovery_code_replaced = Signal(str)
    job_failed = Signal(str)  # a message for the user
    busy_changed = Signal(bool)  # a job that uses the session started / ended

    def __init__(
        self,
        vault_path: str | os.PathLike[str],
        parent: QObject | None = None,
        *,
        kdf_memory_mib: int | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.vault_path = Path(vault_path)
        self.kdf_memory_mib = kdf_memory_mib  # tests only: small Argon2id memory
        self.today = today
        self.workers = Workers(self)
        self._session: Session | None = None
        self._rows: dict[str, TableRow] = {}
        self.rules_bridge = RulesBridge(
            lambda: None if self._lock_pending else self._session,
            lambda: self.today(),
            lambda: list(self._rows),
            self,
        )
        for name in ("rules_changed", "rule_selected", "rule_import_failed"):
            getattr(self.rules_bridge, name).connect(getattr(self, name))
        self.rules_bridge.eligibility_evaluated.connect(self.eligibility_evaluated)
        self._session_job: JobHandle | None = None
        self._lock_pending = False
        self._unlocking: JobHandle | None = None
        self._facts: VaultFacts | None = None

    # ------------------------------------------------------------ vault

    @property
    def is_unlocked(self) -> bool:
        return self._session is not None and not self._lock_pending

    @property
    def is_unlocking(self) -> bool:
        return self._unlocking is not None

    def vault_exists(self) -> bool:
        return self.vault_path.is_file()

    def set_vault_path(self, path: str | os.PathLike[str]) -> None:
        """Choose another vault file (only while locked)."""
        if self._session is None:
            self.vault_path = Path(path)

    def create_vault(self, path: str | os.PathLike[str], passphrase: str) -> None:
        """Create a vault on a worker (Argon2id calibration takes about a second);
        ``vault_created(recovery code)`` then ``vault_unlocked``, or ``unlock_failed``."""
        self.vault_path = Path(path)
        memory, today = self.kdf_memory_mib, self.today()

        def work(ctx: JobContext) -> Unlocked:
            from app.session import Session

            session, code = Session.create(self.vault_path, passphrase, kdf_memory_mib=memory)
            return read_opened_vault(session, today, recovery_code=code)

        self._start_unlock(work)

    def unlock(self, passphrase: str) -> None:
        """Open the vault on a worker; ``vault_unlocked`` or ``unlock_failed(message)``."""
        path, today = self.vault_path, self.today()

        def work(ctx: JobContext) -> Unlocked:
            from app.session import Session

            session = Session.open(path, passphrase, progress=ctx.progress)
            return read_opened_vault(session, today)

        self._start_unlock(work)

    def unlock_with_recovery(self, recovery_code: str, new_passphrase: str) -> None:
        """Open with the recovery code and set ``new_passphrase``; then as :meth:`unlock`,
        and ``recovery_code_replaced(new code)`` after ``vault_unlocked``."""
        path, today, memory = self.vault_path, self.today(), self.kdf_memory_mib

        def work(ctx: JobContext) -> Unlocked:
            from app.session import Session

            session = Session.open_with_recovery(path, recovery_code)
            try:
                new_code = session.change_passphrase(new_passphrase, kdf_memory_mib=memory)
            except BaseException:
                session.close()
                raise
            return read_opened_vault(session, today, replaced_code=new_code or "")

        self._start_unlock(work)

    def adopt_session(self, session: Session) -> None:
        """Start unlocked on a session opened elsewhere (``casework demo``)."""
        self.vault_path = Path(session.vault.path)
        today = self.today()
        self._start_unlock(lambda ctx: read_opened_vault(session, today))

    def cancel_unlock(self) -> None:
        if self._unlocking is not None:
            self._unlocking.cancel()

    def _start_unlock(self, work: Callable[[JobContext], Unlocked]) -> None:
        if self._session is not None or self._unlocking is not None:
            return

        def discard(result: Unlocked) -> None:
            result.session.close()

        self._unlocking = self.workers.start(
            "unlock",
            work,
            on_success=self._on_unlock_succeeded,
            on_failure=self._on_unlock_failed,
            on_cancel=self._on_unlock_cancelled,
            on_progress=self.unlock_progressed.emit,
            discard=discard,
        )

    def _on_unlock_succeeded(self, result: Unlocked) -> None:
        # Everything was read on the worker (ui.desktop.unlock_job): only models are built here.
        self._unlocking = None
        self._session = result.session
        self._lock_pending = False
        self._facts = result.facts
        self._rows = {row.case_id: row for row in result.rows}
        self.rules_bridge.set_rules(result.facts.builtin_rules, result.facts.imported_rules)
        if result.recovery_code:
            self.vault_created.emit(result.recovery_code)
        self.vault_unlocked.emit()
        if result.replaced_code:
            self.recovery_code_replaced.emit(result.replaced_code)
        self.cases_loaded.emit(list(self._rows.values()))
        self.evaluate_selected_rule()

    @property
    def unlock_facts(self) -> VaultFacts | None:
        """The vault-wide records read by the unlock job (None while locked), as they were
        at unlock: for ``vault_unlocked`` handlers, which must not read the vault on the
        GUI thread; later changes are read from the session."""
        return self._facts if self.is_unlocked else None

    def _on_unlock_failed(self, exc: Exception) -> None:
        self._unlocking = None
        self.unlock_failed.emit(describe_failure(exc))

    def _on_unlock_cancelled(self) -> None:
        self._unlocking = None
        self.unlock_failed.emit("")

    def lock(self) -> None:
        """Drop the keys and every decrypted value; ``vault_locked``. If a job is using the
        session it is cancelled and the vault closes as soon as it stops."""
        if self._unlocking is not None:
            self._unlocking.cancel()
        if self._session is None:
            return
        self.vault_about_to_lock.emit()
        self.rules_bridge.on_locked()
        self._rows.clear()
        self._facts = None
        if self._session_job is not None and not self._session_job.done:
            self._lock_pending = True
            self._session_job.cancel()
            self.vault_locked.emit()
            return
        self._close_session()
        self.vault_locked.emit()

    def _close_session(self) -> None:
        session, self._session = self._session, None
        self._lock_pending = False
        if session is not None:
            session.close()
        release_frozen()  # what was frozen at unlock can be collected now

    @property
    def session_busy(self) -> bool:
        return self._session_job is not None

    def require_session(self) -> Session:
        """The open session, for bridges that run on it (GUI thread, or inside a session
        job). Raises ``RuntimeError`` while locked."""
        if self._session is None or self._lock_pending:
            raise RuntimeError("the vault is locked")
        return self._session

    _require = require_session

    # ------------------------------------------------------------ cases

    def case_rows(self) -> list[TableRow]:
        return list(self._rows.values())

    def case_row(self, case_id: str) -> TableRow | None:
        return self._rows.get(case_id)

    def case_count(self) -> int:
        return len(self._rows)

    def search(
        self,
        query: str,
        *,
        group: str | None = None,
        status: str | None = None,
        article: str | None = None,
    ) -> list[str]:
        """Ids of the cases whose name or alias matches ``query`` in any script, best first."""
        return self._require().search_ids(query, group=group, status=status, article=article)

    def get_case(self, case_id: str) -> Case:
        return self._require().get_case(case_id)

    def new_case(self) -> Case:
        """An empty case to fill in (not stored until :meth:`save_case`)."""
        return Case(id=new_id(), person=Person(full_name=""))

    def is_stored(self, case_id: str) -> bool:
        return self._session is not None and self._session.has_case(case_id)

    def save_case(self, case: Case) -> str:
        """Store a new case or a new version of one; ``case_saved(id)``. Returns the id.
        Raises the core's error (the vault is unchanged) for the caller to show."""
        session = self._require()
        if session.has_case(case.id):
            session.update_case(case)
            stored_id = case.id
        else:
            stored_id = session.add_case(case).id
        self._refresh_row(stored_id)
        self.case_saved.emit(stored_id)
        return stored_id

    def delete_case(self, case_id: str) -> None:
        self._require().delete_case(case_id)
        self._rows.pop(case_id, None)  # the session forgot its results too
        self.case_deleted.emit(case_id)

    def relabel_rows(self) -> None:
        """Make every row again from its list row (names shown in it changed, e.g. a
        group's), keeping eligibility results; ``cases_loaded`` with the new rows."""
        session = self._require()
        today = self.today()
        self._rows = {
            case_id: build_row(session.list_row(case_id), today, row.eligibility_result)
            for case_id, row in self._rows.items()
        }
        self.cases_loaded.emit(list(self._rows.values()))

    def compute(self, case: Case) -> Computation | None:
        """The sentence arithmetic of ``case`` as of today (None without a sentence)."""
        return compute_sentence(case, on=self.today())

    def history(self, case_id: str) -> list[HistoryEntry]:
        return self._require().history(case_id)

    def owner_role(self) -> str:
        """``"lawyer"`` or ``"family"`` (see :mod:`app.owner`)."""
        from app.owner import owner_role

        return owner_role(self._require())

    def set_owner_role(self, role: str) -> None:
        from app.owner import set_owner_role

        set_owner_role(self._require(), role)

    def refresh_row(self, case_id: str) -> None:
        """Remake a saved case's row and its result under the selected rule, from its
        facts (the whole case is not read)."""
        session = self._require()
        found = self.rules_bridge.result_for(case_id)
        result = None if found is None else (found.status, found.date)
        self._rows[case_id] = build_row(session.list_row(case_id), self.today(), result)

    _refresh_row = refresh_row

    # ------------------------------------------------------------ rules (RulesBridge)

    def rules(self) -> list[Rule]:
        """Built-in rules, then imported ones."""
        return self.rules_bridge.rules()

    def is_builtin(self, rule_id: str) -> bool:
        return self.rules_bridge.is_builtin(rule_id)

    def selected_rule(self) -> Rule | None:
        return self.rules_bridge.selected_rule()

    def select_rule(self, rule_id: str) -> None:
        self.rules_bridge.select_rule(rule_id)

    def import_rule(self, path: str | os.PathLike[str]) -> None:
        """Read a ``.toml`` rule, keep it in the vault and select it; ``rules_changed`` or
        ``rule_import_failed(message)`` naming the line and key."""
        self.rules_bridge.import_rule(self._require(), path)

    def evaluate_selected_rule(self) -> None:
        """Evaluate the selected rule for every case (slices on the GUI thread);
        ``eligibility_evaluated``."""
        self.rules_bridge.evaluate_selected_rule()

    def eligibility_results(self, rule_id: str | None = None) -> dict[str, RuleResult]:
        """Results of a rule by case id (empty until ``eligibility_evaluated``)."""
        return self.rules_bridge.results(rule_id)

    def evaluate_case(self, rule: Rule, case: Case) -> RuleResult:
        return self.rules_bridge.evaluate_case(rule, case)

    # ------------------------------------------------------------ session jobs

    def run_job(
        self,
        job: SessionJob[T],
        on_success: Callable[[T], None],
        on_failure: Callable[[str], None] | None = None,
    ) -> JobHandle | None:
        """Run ``job`` on a worker as the only user of the session (see
        :mod:`ui.desktop.session_jobs`): ``on_success(result)`` or ``on_failure(message)``
        on the GUI thread; without ``on_failure`` a failure is ``job_failed(message)``.
        Returns None (and reports a failure) while another session job runs."""
        fail = on_failure or self.job_failed.emit
        if self._session_job is not None:
            fail(translate("Controller", "Wait until the current task ends."))
            return None
        session = self._require()
        refusals = job.refusals

        def work(ctx: JobContext) -> tuple[bool, T | str]:
            try:
                return True, job.run(session, ctx)
            except refusals as exc:
                return False, str(exc)  # a refusal is an answer to show, not a crash
            finally:
                session.fold_log()  # what stored documents, here rather than at a later save

        def release() -> None:
            # The worker is done with the session: a job started from the result's
            # handler, or right after it, is not refused as "the current task".
            if self._session_job is handle:
                self._session_job = None
                self.busy_changed.emit(False)

        def succeeded(outcome: tuple[bool, Any]) -> None:
            if self._lock_pending:
                return
            release()
            ok, value = outcome
            if ok:
                on_success(value)
            else:
                fail(value)

        def failed(exc: Exception) -> None:
            if not self._lock_pending:
                release()
                fail(describe_failure(exc))

        def finished_job() -> None:
            release()
            if self._lock_pending:
                self._close_session()

        handle = self.workers.start(
            job.name, work, on_success=succeeded, on_failure=failed, on_finished=finished_job
        )
        self._session_job = handle
        self.busy_changed.emit(True)
        return handle

    # ------------------------------------------------------------ attachments

    def add_attachment(self, case_id: str, path: str | os.PathLike[str]) -> JobHandle | None:
        """Encrypt a file into the vault (streamed); ``attachment_added(case id)``."""

        def done(found_id: str) -> None:
            self.refresh_row(found_id)
            self.case_saved.emit(found_id)
            self.attachment_added.emit(found_id)

        return self.run_job(AddAttachmentJob(case_id, path), done)

    def remove_attachment(self, case_id: str, attachment_id: str) -> JobHandle | None:
        """Delete an attachment's encrypted bytes and its entry; ``attachment_removed``."""

        def done(found_id: str) -> None:
            self.refresh_row(found_id)
            self.case_saved.emit(found_id)
            self.attachment_removed.emit(found_id)

        return self.run_job(RemoveAttachmentJob(case_id, attachment_id), done)

    def load_attachment(self, case_id: str, attachment_id: str) -> JobHandle | None:
        """Decrypt an attachment into memory (never a temp file);
        ``attachment_loaded(case id, attachment id, bytes)``."""
        return self.run_job(
            LoadAttachmentJob(case_id, attachment_id), lambda r: self.attachment_loaded.emit(*r)
        )

    def export_attachment(
        self, case_id: str, attachment_id: str, destination: str | os.PathLike[str]
    ) -> JobHandle | None:
        """Write a decrypted copy where the user asked (an explicit export)."""
        return self.run_job(
            ExportAttachmentJob(case_id, attachment_id, destination),
            self.attachment_exported.emit,
        )

    def change_passphrase(self, new_passphrase: str) -> JobHandle | None:
        def done(code: str | None) -> None:
            if code:  # a vault with an old-style recovery slot gets a new code: show it
                self.recovery_code_replaced.emit(code)
            self.passphrase_changed.emit()

        return self.run_job(ChangePassphraseJob(new_passphrase, self.kdf_memory_mib), done)

    def shutdown(self) -> None:
        """Cancel jobs, wait for them, lock (application exit)."""
        self.workers.cancel_all()
        self.workers.wait_for_done(10_000)
        self.lock()
        if self._session is not None:
            self._close_session()
