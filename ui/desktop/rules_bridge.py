"""Rules and eligibility for the desktop: the built-in and imported rules, the selected one,
and its results for every case, evaluated after unlock and whenever the rule changes.

The evaluation reads each case's facts (light cases: app/case_facts.py) through the
session's result cache (:mod:`app.stores.results`: a case is evaluated again only when it
was saved), the one place results are kept: the bridge remembers only which rule was
evaluated for which day. It runs on the GUI thread in slices of at most
:data:`SLICE_SECONDS` from a zero-time timer, so input and paint events are handled between
two slices. A worker thread would not do: while it runs Python, every entry of the GUI
thread into Python (each model ``data()`` call, each slot) waits up to the interpreter's
switch interval (5 ms) for the lock, and a keystroke took 30 ms typically and up to half a
second (docs/PERFORMANCE.md). The cyclic garbage collector is paused while an evaluation
runs (:mod:`app.collector`). The rules themselves are read by the unlock job
(:mod:`ui.desktop.unlock_job`). The :class:`~ui.desktop.controller.Controller` forwards its
rule methods and signals here. GUI thread only.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from app.collector import collector_paused
from app.eligibility import (
    Rule,
    RuleError,
    RuleResult,
    evaluate_rule,
    load_builtin_rules,
    parse_rule_text,
)
from app.model import Case
from ui.desktop.messages import describe_failure

if TYPE_CHECKING:
    from app.session import Session

SLICE_SECONDS = 0.002  # work done between two turns of the event loop, at most about
STEP = 8  # cases evaluated between two looks at the clock (under a millisecond)


class _Evaluation:
    """A rule being evaluated over a list of cases, slice after slice."""

    __slots__ = ("ids", "paused", "position", "rule", "today")

    def __init__(self, rule: Rule, today: date, ids: list[str]) -> None:
        self.rule = rule
        self.today = today
        self.ids = ids
        self.position = 0
        # The evaluation makes light cases and results by the hundred thousand, and no
        # cycles: the cyclic collector would only stop typing to scan them. Back on when it
        # ends, and what it made (kept until the vault is locked) frozen out of its way.
        self.paused = contextlib.ExitStack()
        self.paused.enter_context(collector_paused(freeze=True))


class RulesBridge(QObject):
    """The rules, the selected rule and its results (see the module docstring)."""

    rules_changed = Signal()
    rule_selected = Signal(str)  # rule id
    rule_import_failed = Signal(str)  # a message for the user
    eligibility_evaluated = Signal(str)  # rule id; results: results()
    evaluation_progressed = Signal(int, int)  # cases done, cases in all

    def __init__(
        self,
        session: Callable[[], Session | None],
        today: Callable[[], date],
        case_ids: Callable[[], list[str]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._today = today
        self._case_ids = case_ids
        self._builtin: tuple[Rule, ...] | None = None  # read on first use (startup time)
        self._imported: dict[str, Rule] = {}
        self._selected_id = ""
        # rule id -> (the rule, the day) of its last finished evaluation; the results are
        # the session's (app.stores.results)
        self._evaluated: dict[str, tuple[Rule, date]] = {}
        self._evaluation: _Evaluation | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._evaluate_slice)

    # ------------------------------------------------------------ rules

    @property
    def _builtin_rules(self) -> tuple[Rule, ...]:
        if self._builtin is None:
            self._builtin = load_builtin_rules()
            if not self._selected_id:
                self._selected_id = self._default_rule_id()
        return self._builtin

    def rules(self) -> list[Rule]:
        """Built-in rules, then imported ones."""
        return [*self._builtin_rules, *self._imported.values()]

    def is_builtin(self, rule_id: str) -> bool:
        return any(r.id == rule_id for r in self._builtin_rules)

    def selected_rule(self) -> Rule | None:
        for rule in self.rules():
            if rule.id == self._selected_id:
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
        if rule_id == self._selected_id:
            return
        self._selected_id = rule_id
        self.rule_selected.emit(rule_id)
        self.evaluate_selected_rule()

    def import_rule(self, session: Session, path: str | os.PathLike[str]) -> None:
        """Read a ``.toml`` rule, keep it in the vault and select it; ``rules_changed`` or
        ``rule_import_failed(message)`` naming the line and key."""
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
        self._imported[rule.id] = rule
        self.rules_changed.emit()
        self._selected_id = ""
        self.select_rule(rule.id)

    def set_rules(self, builtin: Iterable[Rule], imported: Iterable[Rule]) -> None:
        """The rules read by the unlock job: the built-in pack (unless read already) and
        the user's own rules in the vault; ``rules_changed`` when there are any of those."""
        if self._builtin is None:
            self._builtin = tuple(builtin)
            if not self._selected_id:
                self._selected_id = self._default_rule_id()
        self._imported = {rule.id: rule for rule in imported}
        if self._imported:
            self.rules_changed.emit()

    # ------------------------------------------------------------ results

    def evaluate_selected_rule(self) -> None:
        """Evaluate the selected rule for every case, slice by slice (see the module
        docstring); ``eligibility_evaluated(rule id)`` when done."""
        rule = self.selected_rule()
        if rule is None or self._session() is None:
            return
        self._stop()
        self._evaluation = _Evaluation(rule, self._today(), self._case_ids())
        self._timer.start()

    def _evaluate_slice(self) -> None:
        evaluation, session = self._evaluation, self._session()
        if evaluation is None or session is None:
            self._stop()
            return
        deadline = time.perf_counter() + SLICE_SECONDS
        ids, rule, today = evaluation.ids, evaluation.rule, evaluation.today
        try:
            while evaluation.position < len(ids):
                part = ids[evaluation.position : evaluation.position + STEP]
                session.evaluate_rule(rule, part, on=None, today=today)  # kept by the session
                evaluation.position += len(part)
                if time.perf_counter() >= deadline:
                    self.evaluation_progressed.emit(evaluation.position, len(ids))
                    return
        except BaseException:
            self._stop()
            raise
        self._stop()
        self._evaluated[rule.id] = (rule, today)
        self.evaluation_progressed.emit(len(ids), len(ids))
        self.eligibility_evaluated.emit(rule.id)

    def _stop(self) -> None:
        self._timer.stop()
        evaluation, self._evaluation = self._evaluation, None
        if evaluation is not None:
            evaluation.paused.close()

    def results(self, rule_id: str | None = None) -> dict[str, RuleResult]:
        """Results of a rule by case id, from the session's cache (empty until
        ``eligibility_evaluated`` for that rule; a saved case's result is remade by
        :meth:`result_for`)."""
        evaluated = self._evaluated.get(rule_id or self._selected_id)
        session = self._session()
        if evaluated is None or session is None:
            return {}
        rule, today = evaluated
        return session.results.kept(rule, on=None, today=today)

    def result_for(self, case_id: str) -> RuleResult | None:
        """The selected rule's result for one (just saved) case, made again if it changed
        (the session keeps it with the others)."""
        rule = self.selected_rule()
        session = self._session()
        if rule is None or session is None or not session.has_case(case_id):
            return None
        evaluated = self._evaluated.get(rule.id)
        today = evaluated[1] if evaluated is not None and evaluated[0] == rule else self._today()
        return session.evaluate_rule(rule, [case_id], on=None, today=today)[case_id]

    def evaluate_case(self, rule: Rule, case: Case) -> RuleResult:
        return evaluate_rule(rule, case, on=None, today=self._today())

    def on_locked(self) -> None:
        self._stop()
        self._evaluated.clear()
        self._imported.clear()
