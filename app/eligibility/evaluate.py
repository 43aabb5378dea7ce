"""Evaluating a rule for a case (DESIGN §5): statuses, forecast, reasons.

Each criterion is an interval of days (:mod:`app.eligibility.criteria`). A clause holds on
the intersection of its criteria's intervals, and the forecast is the first day of that
intersection after the evaluation day, up to the horizon, that no exclusion covers — no
stepping day by day. Criteria of a clause are checked in the rule's order and a clause stops
at the first that rules it out; the reasons (every criterion with the value it saw) are
built when first read, so a list of 10,000 cases pays only for the statuses and dates it
asks for, and keeps few objects alive.
Pure; safe on any thread.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from datetime import date
from typing import NamedTuple

from app.eligibility.criteria import ALWAYS, CHECKS, NEVER_AFTER, NEVER_BEFORE, SEEN, Context
from app.eligibility.criteria import Interval as _Interval
from app.eligibility.rules import Criterion, JsonThreshold, Rule
from app.model import Case
from app.sentence import AZ, JurisdictionProfile, SentenceDates
from app.terms import Term

STATUSES = ("eligible", "eligible_from", "not_eligible", "needs_review")


class Reason(NamedTuple):
    """One criterion's verdict on the evaluation day.

    ``code``: ``met`` (holds on the day), ``met_from`` (holds from ``since``, a later day),
    ``not_met``, or ``missing`` (``field`` names the data the case lacks; ``holds`` is None).
    ``criterion`` is the criterion name, prefixed ``exclusions.`` for an exclusion.
    ``seen`` is the case's value (JSON-ready), ``threshold`` the rule's value as written.
    ``since``/``until``: the first/last day the criterion holds, when it depends on time.
    """

    code: str
    criterion: str
    seen: object
    threshold: JsonThreshold
    holds: bool | None
    clause: int | None = None
    since: date | None = None
    until: date | None = None
    field: str | None = None


class _Explanation(Context):
    """The evaluation context kept with a result, to list its reasons on first read (the
    criteria are pure, so they are simply checked again). One small object per result: a
    result list of 10,000 cases keeps few objects alive for the garbage collector to scan."""

    __slots__ = ("_reasons", "clauses", "rule")

    def __init__(
        self,
        rule: Rule,
        case: Case,
        day: date,
        profile: JurisdictionProfile,
        comp: SentenceDates | None,
    ) -> None:
        # Context.__init__ written out: one call less per case evaluated.
        self.case = case
        self.day = day
        self.d = day.toordinal()
        self.profile = profile
        self._comp = comp
        self._computed = comp is not None
        self.rule = rule
        self.clauses: tuple[int, ...] | None = ()  # whose reasons to list; None: every clause
        self._reasons: tuple[Reason, ...] | None = None

    def reasons(self) -> tuple[Reason, ...]:
        if self._reasons is None:
            rule = self.rule
            out = [_reason(c, self, None) for c in rule.exclusions]
            indexes = range(len(rule.clauses)) if self.clauses is None else self.clauses
            for index in indexes:
                out.extend(_reason(c, self, index) for c in rule.clauses[index].criteria)
            self._reasons = tuple(out)
        return self._reasons

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Explanation) and self.reasons() == other.reasons()

    def __hash__(self) -> int:
        return hash(self.reasons())


class RuleResult(NamedTuple):
    """The result of one rule for one case (DESIGN §5 contract, see ``result_json``).

    ``date``: the evaluation day ``on`` for ``eligible``, the first qualifying day for
    ``eligible_from``, else None. ``clause`` is the 0-based index of the clause that gives
    ``effect`` (and ``reduce_by`` for a ``reduce`` effect). ``missing`` names the fields a
    ``needs_review`` result lacks. ``reasons``: the exclusions, then the deciding clause's
    criteria (every clause's when none qualifies). An immutable named tuple: cheap to create.
    """

    case_id: str
    name: str
    rule_id: str
    status: str
    date: datetime.date | None
    effect: str | None
    clause: int | None
    on: datetime.date
    missing: tuple[str, ...] = ()
    reduce_by: Term | None = None
    explanation: _Explanation | None = None

    @property
    def reasons(self) -> tuple[Reason, ...]:
        return () if self.explanation is None else self.explanation.reasons()


def evaluation_day(rule: Rule, on: date | None, today: date) -> date:
    """D of DESIGN §5: ``on`` if given, else the rule's ``effective_date``, else today."""
    if on is not None:
        return on
    return rule.effective_date if rule.effective_date is not None else today


def _reason(c: Criterion, ctx: Context, clause: int | None) -> Reason:
    criterion = c.name if clause is not None else f"exclusions.{c.name}"
    found = CHECKS[c.name](c, ctx)
    if isinstance(found, str):
        return Reason("missing", criterion, None, c.threshold, None, clause, field=found)
    lo, hi = found
    d = ctx.d
    holds = lo <= d <= hi
    since = date.fromordinal(lo) if NEVER_BEFORE < lo <= hi else None
    until = date.fromordinal(hi) if lo <= hi < NEVER_AFTER else None
    code = "met" if holds else ("met_from" if d < lo <= hi else "not_met")
    return Reason(code, criterion, SEEN[c.name](ctx), c.threshold, holds, clause, since, until)


def _first_free(start: int, end: int, blocked: list[_Interval]) -> int | None:
    """The first day in [start, end] outside every ``blocked`` interval."""
    day = start
    moved = True
    while moved and day <= end:
        moved = False
        for lo, hi in blocked:
            if lo <= day <= hi:
                day, moved = hi + 1, True
    return day if day <= end else None


def evaluate_rule(
    rule: Rule,
    case: Case,
    *,
    on: date | None,
    today: date,
    profile: JurisdictionProfile = AZ,
    computation: SentenceDates | None = None,
) -> RuleResult:
    """Evaluate ``rule`` for ``case`` on D (``on``, else the rule's effective date, else
    ``today``), with DESIGN §5's precedence and forecast. ``computation`` may pass the case's
    sentence computation on D to save recomputing it. Never raises for a valid rule and case.
    """
    day = on if on is not None else (rule.effective_date or today)
    if computation is not None and (computation.on != day or computation.case_id != case.id):
        computation = None
    ctx = _Explanation(rule, case, day, profile, computation)
    d = ctx.d

    missing: list[str] = []
    blocked: list[_Interval] = []
    for criterion in rule.exclusions:
        found = CHECKS[criterion.name](criterion, ctx)
        if isinstance(found, str):
            missing.append(found)
        elif found[0] <= found[1]:
            if found[0] <= d <= found[1]:
                return _result(rule, ctx, "not_eligible", None, None, ())
            blocked.append(found)

    horizon: int | None = None
    best_day, best_index = 0, -1
    for index, clause in enumerate(rule.clauses):
        lo, hi = ALWAYS
        lacking: list[str] | None = None
        for criterion in clause.criteria:
            found = CHECKS[criterion.name](criterion, ctx)
            if isinstance(found, str):
                lacking = [found] if lacking is None else [*lacking, found]
                continue
            if found[0] > lo:
                lo = found[0]
            if found[1] < hi:
                hi = found[1]
            if lo > hi or hi < d:
                break  # never holds on D or later: the clause is decided, whatever is missing
        else:
            if lo <= d <= hi and lacking is None:
                ctx.clauses = (index,)
                return _result(rule, ctx, "eligible", day, index, ())
            if horizon is None:
                horizon = _horizon(rule, ctx)
            begin = lo if lo > d else d + 1
            until = hi if hi < horizon else horizon
            if blocked:
                first = _first_free(begin, until, blocked)
            else:
                first = begin if begin <= until else None
            if lacking is not None:
                if lo <= d <= hi or first is not None:
                    missing.extend(lacking)  # the missing data decides this clause
            elif first is not None and (best_index < 0 or first < best_day):
                best_day, best_index = first, index

    if best_index >= 0:
        ctx.clauses = (best_index,)
        return _result(rule, ctx, "eligible_from", date.fromordinal(best_day), best_index, ())
    ctx.clauses = None  # all of them
    if missing:
        return _result(rule, ctx, "needs_review", None, None, tuple(dict.fromkeys(missing)))
    return _result(rule, ctx, "not_eligible", None, None, ())


def _horizon(rule: Rule, ctx: Context) -> int:
    """The last day a forecast may give: ``window_end``, else the last day of the term
    (without a sentence: D itself, so no forecast)."""
    if rule.window_end is not None:
        return rule.window_end.toordinal()
    comp = ctx.comp
    return comp.last_day.toordinal() if comp is not None else ctx.d


def _result(
    rule: Rule,
    ctx: _Explanation,
    status: str,
    when: date | None,
    index: int | None,
    missing: tuple[str, ...],
) -> RuleResult:
    clause = None if index is None else rule.clauses[index]
    if clause is None:
        effect, reduce_by = None, None
    else:
        effect, reduce_by = clause.effect, clause.reduce_by
    case = ctx.case
    name, day = case.person.full_name, ctx.day
    return _make_result(
        (case.id, name, rule.id, status, when, effect, index, day, missing, reduce_by, ctx)
    )


_make_result = RuleResult._make  # the tuple without the keyword handling of __new__


def evaluate_cases(
    rule: Rule,
    cases: Iterable[Case],
    *,
    on: date | None,
    today: date,
    profile: JurisdictionProfile = AZ,
) -> list[RuleResult]:
    """:func:`evaluate_rule` for each case, in order."""
    return [evaluate_rule(rule, case, on=on, today=today, profile=profile) for case in cases]
