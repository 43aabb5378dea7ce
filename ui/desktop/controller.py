"""The one bridge between the desktop UI and the core (``app/``).

Widgets never call :mod:`app` services or hold a :class:`~app.session.Session`; they call
the :class:`Controller`'s methods and react to its past-tense signals. Long work (unlock,
vault creation, eligibility over every case, attachments) runs through
:class:`~ui.desktop.workers.Workers`; results come back on the GUI thread.

Session threading: :class:`Session` is not thread-safe. A worker job that touches the open
session (attachments, passphrase change) is the only user of it while it runs: the UI shows
a modal progress dialog for such jobs, and :meth:`Controller.lock` waits for them (after
cancelling) before closing the vault. Jobs on plain values (eligibility) run freely.

All methods: GUI thread only.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

from app.case_json import new_id
from app.eligibility import (
    Rule,
    RuleError,
    RuleResult,
    evaluate_rule,
    load_builtin_rules,
    parse_rule_text,
)
from app.model import Case, Person
from app.private_files import private_output
from app.sentence import Computation, compute_sentence
from ui.desktop.messages import describe_failure
from ui.desktop.models.case_rows import CaseRow, build_row, build_rows
from ui.desktop.workers import JobContext, JobHandle, ProgressReader, Workers

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from app.session import HistoryEntry, Session

CHUNK = 1 << 20


class Controller(QObject):
    """State of the open vault and every action on it (see the module docstring)."""

    vault_created = Signal(str)  # the recovery code, to show once
    vault_unlocked = Signal()
    vault_about_to_lock = Signal()  # editors save or drop their drafts now
    vault_locked = Signal()
    unlock_failed = Signal(str)  # a message for the user
    unlock_progressed = Signal(int, int)
    cases_loaded = Signal(object)  # list[CaseRow], right after unlock
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
        self._rows: dict[str, CaseRow] = {}
        self._builtin: tuple[Rule, ...] | None = None  # read on first use (startup time)
        self._imported_rules: dict[str, Rule] = {}
        self._selected_rule_id = ""
        self._results: dict[str, dict[str, RuleResult]] = {}
        self._evaluation: JobHandle | None = None
        self._session_job: JobHandle | None = None
        self._lock_pending = False
        self._unlocking: JobHandle | None = None

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
        memory = self.kdf_memory_mib

        def work(ctx: JobContext) -> tuple[Session, str, list[CaseRow]]:
            from app.session import Session

            session, code = Session.create(self.vault_path, passphrase, kdf_memory_mib=memory)
            return session, code, []

        self._start_unlock(work)

    def unlock(self, passphrase: str) -> None:
        """Open the vault on a worker; ``vault_unlocked`` or ``unlock_failed(message)``."""
        path, today = self.vault_path, self.today()

        def work(ctx: JobContext) -> tuple[Session, str, list[CaseRow]]:
            from app.session import Session

            session = Session.open(path, passphrase, progress=ctx.progress)
            try:
                rows = build_rows(session.list_rows(), today)
            except BaseException:
                session.close()
                raise
            return session, "", rows

        self._start_unlock(work)

    def unlock_with_recovery(self, recovery_code: str, new_passphrase: str) -> None:
        """Open with the recovery code and set ``new_passphrase``; then as :meth:`unlock`."""
        path, today, memory = self.vault_path, self.today(), self.kdf_memory_mib
        replaced: list[str] = []

        def work(ctx: JobContext) -> tuple[Session, str, list[CaseRow]]:
            from app.session import Session

            session = Session.open_with_recovery(path, recovery_code)
            try:
                new_code = session.change_passphrase(new_passphrase, kdf_memory_mib=memory)
                replaced.extend([new_code] if new_code else [])
                rows = build_rows(session.list_rows(), today)
            except BaseException:
                session.close()
                raise
            return session, "", rows

        def announce() -> None:
            if replaced:
                self.recovery_code_replaced.emit(replaced.pop())

        self.vault_unlocked.connect(announce, Qt.ConnectionType.SingleShotConnection)
        self._start_unlock(work)

    def adopt_session(self, session: Session) -> None:
        """Start unlocked on a session opened elsewhere (``casework demo``)."""
        self.vault_path = Path(session.vault.path)
        today = self.today()

        def work(ctx: JobContext) -> tuple[Session, str, list[CaseRow]]:
            return session, "", build_rows(session.list_rows(), today)

        self._start_unlock(work)

    def cancel_unlock(self) -> None:
        if self._unlocking is not None:
            self._unlocking.cancel()

    def _start_unlock(
        self, work: Callable[[JobContext], tuple[Session, str, list[CaseRow]]]
    ) -> None:
        if self._session is not None or self._unlocking is not None:
            return

        def discard(result: Any) -> None:
            result[0].close()

        self._unlocking = self.workers.start(
            "unlock",
            work,
            on_success=self._on_unlock_succeeded,
            on_failure=self._on_unlock_failed,
            on_cancel=self._on_unlock_cancelled,
            on_progress=self.unlock_progressed.emit,
            discard=discard,
        )

    def _on_unlock_succeeded(self, result: tuple[Session, str, list[CaseRow]]) -> None:
        self._unlocking = None
        session, code, rows = result
        self._session = session
        self._lock_pending = False
        self._rows = {row.case_id: row for row in rows}
        self._load_imported_rules()
        if code:
            self.vault_created.emit(code)
        self.vault_unlocked.emit()
        self.cases_loaded.emit(list(self._rows.values()))
        self.evaluate_selected_rule()

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
        if self._evaluation is not None:
            self._evaluation.cancel()
        self._rows.clear()
        self._results.clear()
        self._imported_rules.clear()
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

    @property
    def session_busy(self) -> bool:
        return self._session_job is not None

    def _require(self) -> Session:
        if self._session is None or self._lock_pending:
            raise RuntimeError("the vault is locked")
        return self._session

    # ------------------------------------------------------------ cases

    def case_rows(self) -> list[CaseRow]:
        return list(self._rows.values())

    def case_row(self, case_id: str) -> CaseRow | None:
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
        self._rows.pop(case_id, None)
        for results in self._results.values():
            results.pop(case_id, None)
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

    def _refresh_row(self, case_id: str) -> None:
        session = self._require()
        case = session.get_case(case_id)
        result = None
        rule = self.selected_rule()
        if rule is not None:
            found = evaluate_rule(rule, case, on=None, today=self.today())
            self._results.setdefault(rule.id, {})[case_id] = found
            result = (found.status, found.date)
        self._rows[case_id] = build_row(session.list_row(case_id), self.today(), result)

    # ------------------------------------------------------------ rules

    @property
    def _builtin_rules(self) -> tuple[Rule, ...]:
        if self._builtin is None:
            self._builtin = load_builtin_rules()
            if not self._selected_rule_id:
                self._selected_rule_id = self._default_rule_id()
        return self._builtin

    def rules(self) -> list[Rule]:
        """Built-in rules, then imported ones."""
        return [*self._builtin_rules, *self._imported_rules.values()]

    def is_builtin(self, rule_id: str) -> bool:
        return any(r.id == rule_id for r in self._builtin_rules)

    def selected_rule(self) -> Rule | None:
        rules = self.rules()
        for rule in rules:
            if rule.id == self._selected_rule_id:
                return rule
        return None

    def _default_rule_id(self) -> str:
        # Parole is evaluated on today's date and forecasts ahead; amnesties are dated acts.
        rules = self._builtin or ()
        for rule in rules:
            if rule.kind == "parole":
                return rule.id
        return rules[0].id if rules else ""

    def select_rule(self, rule_id: str) -> None:
        self.rules()  # the built-in pack is read, and the default chosen, on first use
        if rule_id == self._selected_rule_id:
            return
        self._selected_rule_id = rule_id
        self.rule_selected.emit(rule_id)
        self.evaluate_selected_rule()

    def import_rule(self, path: str | os.PathLike[str]) -> None:
        """Read a ``.toml`` rule, keep it in the vault and select it; ``rules_changed`` or
        ``rule_import_failed(message)`` naming the line and key."""
        session = self._require()
        try:
            text = Path(path).read_bytes().decode("utf-8")
            rule = parse_rule_text(text, Path(path).name)
        except RuleError as exc:
            self.rule_import_failed.emit(str(exc))
            return
        except (OSError, UnicodeDecodeError) as exc:
            self.rule_import_failed.emit(
                describe_failure(exc) if isinstance(exc, OSError) else str(exc)
            )
            return
        session.put_vault_record(
            "rule", rule.id, {"id": rule.id, "text": text, "filename": Path(path).name}
        )
        self._imported_rules[rule.id] = rule
        self.rules_changed.emit()
        self._selected_rule_id = ""
        self.select_rule(rule.id)

    def _load_imported_rules(self) -> None:
        self._imported_rules.clear()
        session = self._require()
        for payload in session.vault_records("rule"):
            if not isinstance(payload, dict) or "text" not in payload:
                continue
            try:
                rule = parse_rule_text(payload["text"], str(payload.get("filename", "")))
            except RuleError:
                continue
            self._imported_rules[rule.id] = rule
        if self._imported_rules:
            self.rules_changed.emit()

    def evaluate_selected_rule(self) -> None:
        """Evaluate the selected rule for every case on a worker; ``eligibility_evaluated``."""
        rule = self.selected_rule()
        session = self._session
        if rule is None or session is None:
            return
        if self._evaluation is not None:
            self._evaluation.cancel()
        today = self.today()

        def work(ctx: JobContext) -> tuple[str, dict[str, RuleResult]]:
            # Whole cases are decrypted on first use (seconds for 10,000): here, off the GUI
            # thread. This only reads the vault, which SQLite serialises; a case saved
            # meanwhile changes the dict being copied, so that is retried.
            for _attempt in range(3):
                try:
                    cases = session.list_cases()
                    break
                except RuntimeError:
                    ctx.check_cancelled()
            else:
                cases = []
            results: dict[str, RuleResult] = {}
            for done, case in enumerate(cases, start=1):
                results[case.id] = evaluate_rule(rule, case, on=None, today=today)
                if done % 500 == 0:
                    ctx.progress(done, len(cases))
            return rule.id, results

        self._evaluation = self.workers.start(
            "eligibility", work, on_success=self._on_evaluation_succeeded
        )

    def _on_evaluation_succeeded(self, result: tuple[str, dict[str, RuleResult]]) -> None:
        rule_id, results = result
        if self._session is None:
            return
        self._results[rule_id] = results
        if rule_id != self._selected_rule_id:
            return  # a rule that was selected before; its job finished before the cancel
        self._evaluation = None
        self.eligibility_evaluated.emit(rule_id)

    def eligibility_results(self, rule_id: str | None = None) -> dict[str, RuleResult]:
        """Results of a rule by case id (empty until ``eligibility_evaluated``)."""
        return dict(self._results.get(rule_id or self._selected_rule_id, {}))

    def evaluate_case(self, rule: Rule, case: Case) -> RuleResult:
        return evaluate_rule(rule, case, on=None, today=self.today())

    # ------------------------------------------------------------ attachments

    def _start_session_job(
        self,
        name: str,
        work: Callable[[JobContext], Any],
        on_success: Callable[[Any], None],
    ) -> JobHandle | None:
        if self._session_job is not None:
            self.job_failed.emit(translate("Controller", "Wait until the current task ends."))
            return None

        def succeeded(result: Any) -> None:
            if not self._lock_pending:
                on_success(result)

        def finished_job(_handle: Any = None) -> None:
            self._session_job = None
            self.busy_changed.emit(False)
            if self._lock_pending:
                self._close_session()

        def failed(exc: Exception) -> None:
            if not self._lock_pending:
                self.job_failed.emit(describe_failure(exc))

        handle = self.workers.start(
            name, work, on_success=succeeded, on_failure=failed, on_finished=finished_job
        )
        self._session_job = handle
        self.busy_changed.emit(True)
        return handle

    def add_attachment(self, case_id: str, path: str | os.PathLike[str]) -> JobHandle | None:
        """Encrypt a file into the vault (streamed); ``attachment_added(case id)``."""
        session = self._require()
        source = Path(path)
        total = source.stat().st_size

        def work(ctx: JobContext) -> str:
            with source.open("rb") as raw:
                reader = ProgressReader(raw, total, ctx)
                session.add_attachment(case_id, reader, source.name)  # type: ignore[arg-type]
            return case_id

        def done(found_id: str) -> None:
            self._refresh_row(found_id)
            self.case_saved.emit(found_id)
            self.attachment_added.emit(found_id)

        return self._start_session_job("attachment", work, done)

    def remove_attachment(self, case_id: str, attachment_id: str) -> JobHandle | None:
        """Delete an attachment's encrypted bytes and its entry; ``attachment_removed``."""
        session = self._require()

        def work(_ctx: JobContext) -> str:
            session.remove_attachment(case_id, attachment_id)
            return case_id

        def done(found_id: str) -> None:
            self._refresh_row(found_id)
            self.case_saved.emit(found_id)
            self.attachment_removed.emit(found_id)

        return self._start_session_job("attachment", work, done)

    def load_attachment(self, case_id: str, attachment_id: str) -> JobHandle | None:
        """Decrypt an attachment into memory (never a temp file);
        ``attachment_loaded(case id, attachment id, bytes)``."""
        session = self._require()

        def work(ctx: JobContext) -> tuple[str, str, bytes]:
            buffer = bytearray()
            for chunk in session.read_attachment(case_id, attachment_id):
                buffer += chunk
                ctx.progress(len(buffer), 0)
            return case_id, attachment_id, bytes(buffer)

        return self._start_session_job(
            "attachment", work, lambda r: self.attachment_loaded.emit(*r)
        )

    def export_attachment(
        self, case_id: str, attachment_id: str, destination: str | os.PathLike[str]
    ) -> JobHandle | None:
        """Write a decrypted copy where the user asked (an explicit export)."""
        session = self._require()
        target = Path(destination)

        def work(ctx: JobContext) -> str:
            with private_output(target) as out:  # owner-only; nothing left on error
                for chunk in session.read_attachment(case_id, attachment_id):
                    out.write(chunk)
                    ctx.progress(out.tell(), 0)
            return str(target)

        return self._start_session_job("export", work, self.attachment_exported.emit)

    def change_passphrase(self, new_passphrase: str) -> JobHandle | None:
        session = self._require()
        memory = self.kdf_memory_mib

        def work(ctx: JobContext) -> str | None:
            return session.change_passphrase(new_passphrase, kdf_memory_mib=memory)

        def done(code: str | None) -> None:
            if code:  # a vault with an old-style recovery slot gets a new code: show it
                self.recovery_code_replaced.emit(code)
            self.passphrase_changed.emit()

        return self._start_session_job("passphrase", work, done)

    def shutdown(self) -> None:
        """Cancel jobs, wait for them, lock (application exit)."""
        self.workers.cancel_all()
        self.workers.wait_for_done(10_000)
        self.lock()
        if self._session is not None:
            self._close_session()
