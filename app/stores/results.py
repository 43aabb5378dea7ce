"""Eligibility results kept while the vault is open: each case is evaluated under a rule
once, from its light case (app.case_facts), and again only when the case is saved (its
facts' revision changes), the rule changes or the day of evaluation does. The one place
results are kept: the desktop reads them back with :meth:`ResultCache.kept`."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from app.eligibility import Rule, RuleResult, evaluate_rule
from app.stores.cases import CaseStore

Progress = Callable[[int, int], None]


class _RuleEntry:
    __slots__ = ("on", "results", "revisions", "rule", "today")

    def __init__(self, rule: Rule, on: date | None, today: date) -> None:
        self.rule = rule
        self.on = on
        self.today = today
        self.results: dict[str, RuleResult] = {}  # case id -> result
        self.revisions: dict[str, int] = {}  # case id -> the facts' revision it was made from


class ResultCache:
    """Results by (case id, rule id, facts revision). Not thread-safe: one caller at a time
    (the desktop evaluates on the GUI thread, in slices)."""

    def __init__(self, cases: CaseStore) -> None:
        self.cases = cases
        self._rules: dict[str, _RuleEntry] = {}

    def evaluate(
        self,
        rule: Rule,
        case_ids: Iterable[str] | None = None,
        *,
        on: date | None,
        today: date,
        progress: Progress | None = None,
    ) -> dict[str, RuleResult]:
        """The results of ``rule`` for the given cases (every case by default), computed
        for those not evaluated since they were last saved. ``progress(done, total)`` is
        called every 500 cases (it may raise to stop)."""
        entry = self._rules.get(rule.id)
        if entry is None or entry.on != on or entry.today != today or entry.rule != rule:
            entry = self._rules[rule.id] = _RuleEntry(rule, on, today)
        ids = list(self.cases.rows_ids() if case_ids is None else case_ids)
        results, revisions = entry.results, entry.revisions
        cases = self.cases
        found: dict[str, RuleResult] = {}
        for done, case_id in enumerate(ids, start=1):
            if not cases.has(case_id):
                continue
            revision = cases.revision(case_id)
            if revisions.get(case_id) != revision:
                results[case_id] = evaluate_rule(
                    rule, cases.light_case(case_id), on=on, today=today
                )
                revisions[case_id] = revision
            found[case_id] = results[case_id]
            if progress is not None and done % 500 == 0:
                progress(done, len(ids))
        return found

    def kept(self, rule: Rule, *, on: date | None, today: date) -> dict[str, RuleResult]:
        """The results of ``rule`` already made by :meth:`evaluate` for the same ``on`` and
        ``today``, by case id in the order they were first made (a copy, made in well under
        a millisecond for 10,000 cases). Computes nothing: a case saved since keeps its
        earlier result until it is evaluated again, as the desktop does at once."""
        entry = self._rules.get(rule.id)
        if entry is None or entry.on != on or entry.today != today or entry.rule != rule:
            return {}
        return dict(entry.results)

    def forget(self, case_id: str) -> None:
        for entry in self._rules.values():
            entry.results.pop(case_id, None)
            entry.revisions.pop(case_id, None)

    def clear(self) -> None:
        self._rules.clear()
