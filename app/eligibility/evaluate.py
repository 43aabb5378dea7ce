"""Evaluating a rule for a case (docs/rules.md): statuses, forecast, reasons.

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
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any, NamedTuple, cast

from app.eligibility.criteria import SEEN, Test, test_of
from app.eligibility.facts import ALWAYS, LIFE, NEVER_AFTER, NEVER_BEFORE, Context
from app.eligibility.facts import Interval as _Interval
from app.eligibility.rules import Criterion, JsonThreshold, Rule
from app.model import ADJUSTMENT_KINDS, Case
from app.sentence import AZ, JurisdictionProfile, SentenceDates
from app.terms import Term

STATUSES = ("eligible", "eligible_from", "not_eligible", "needs_review")
# One clause's interval of days [lo, hi] on a computation (empty once ruled out), and the
# fields it lacks (None: none).
_Clause = tuple[int, int, tuple[str, ...] | None]
_ADJUSTMENTS = frozenset(ADJUSTMENT_KINDS)


class Reason(NamedTuple):
    """One criterion's verdict on the evaluation day.

    ``code``: ``met`` (holds on the day), ``met_from`` (holds from ``since``, a later day),
    ``not_met``, or ``missing`` (``field`` names the data the case lacks; ``holds`` is None),
    or ``not_serving`` (criterion ``serving``: the rule does not look at the case; ``field``
    says why: ``status``, ``not_sentenced`` (``since`` the verdict), ``term_served`` or
    ``term_served_by_credit`` (``until`` the last day)).
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
    criteria are pure, so the rule's plan simply checks them again). One small object per
    result: a result list of 10,000 cases keeps few objects alive for the garbage collector
    to scan."""

    __slots__ = ("_reasons", "clauses", "gate", "rule")

    def __init__(
        self,
        rule: Rule,
        case: Case,
        day: date,
        profile: JurisdictionProfile,
        comp: SentenceDates | None,
    ) -> None:
        Context.__init__(self, case, day, profile, comp)
        self.rule = rule
        self.clauses: tuple[int, ...] | None = ()  # whose reasons to list; None: every clause
        self.gate: tuple[Reason, ...] = ()  # who-is-evaluated reasons, listed first
        self._reasons: tuple[Reason, ...] | None = None

    def reasons(self) -> tuple[Reason, ...]:
        if self._reasons is None:
            gate, criteria = self.listed()
            self._reasons = (*gate, *[explain_reason(e, self) for e in criteria])
        return self._reasons

    def listed(self) -> tuple[tuple[Reason, ...], tuple[Explain, ...]]:
        """What :meth:`reasons` lists: the who-is-evaluated reasons, then a reason for each
        criterion given here, made by :func:`explain_reason` on this context."""
        gate = self.gate
        if gate and gate[0].code == "not_serving":
            return gate, ()  # the rule does not look at the case
        plan = _plan_of(self.rule)
        clauses = self.clauses
        if clauses is None:
            return gate, plan.explain_all
        if not clauses:
            return gate, plan.explain_exclusions
        if len(clauses) == 1:
            return gate, plan.explain_one[clauses[0]]
        criteria = plan.explain_exclusions
        for index in clauses:
            criteria += plan.explain_clauses[index]
        return gate, criteria

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Explanation) and self.reasons() == other.reasons()

    def __hash__(self) -> int:
        return hash(self.reasons())


class RuleResult(NamedTuple):
    """The result of one rule for one case (docs/rules.md contract, see ``result_json``).

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
    """D of docs/rules.md: ``on`` if given, else the rule's ``effective_date``, else today."""
    if on is not None:
        return on
    return rule.effective_date if rule.effective_date is not None else today


class Explain:
    """What the reasons of one criterion of a rule share over every case: the name they give
    (``exclusions.`` before an exclusion's), the clause's index (None for an exclusion), the
    criterion's test, the value the case shows (read once the test decided), the threshold.
    Equal only to itself, so it can key what is worked out for it."""

    __slots__ = ("clause", "criterion", "seen", "test", "threshold")

    def __init__(self, c: Criterion, clause: int | None) -> None:
        self.criterion = c.name if clause is not None else f"exclusions.{c.name}"
        self.clause = clause
        self.test = test_of(c)
        self.seen: Callable[[Context], Any] = SEEN[c.name]
        self.threshold = c.threshold


_make_reason = Reason._make  # the tuple without the keyword handling of __new__


def explain_reason(explain: Explain, ctx: Context) -> Reason:
    """The criterion's reason for the case on the context's day."""
    found = explain.test(ctx)
    return reason_of(explain, ctx, found, None if isinstance(found, str) else explain.seen(ctx))


def reason_of(explain: Explain, ctx: Context, found: _Interval | str, seen: object) -> Reason:
    """The criterion's reason for the case on the context's day, from what its test found
    there and the value the case shows (None when a field is missing)."""
    criterion, threshold, clause = explain.criterion, explain.threshold, explain.clause
    if isinstance(found, str):
        return _make_reason(
            ("missing", criterion, None, threshold, None, clause, None, None, found)
        )
    lo, hi = found
    d = ctx.day_number
    holds = lo <= d <= hi
    since = date.fromordinal(lo) if NEVER_BEFORE < lo <= hi else None
    until = date.fromordinal(hi) if lo <= hi < NEVER_AFTER else None
    code = "met" if holds else ("met_from" if d < lo <= hi else "not_met")
    return _make_reason((code, criterion, seen, threshold, holds, clause, since, until, None))


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


class _Plan(NamedTuple):
    """A rule made ready to run over many cases: each criterion made into its test, the statuses
    as a set, and what the who-is-evaluated check needs (worked out once per rule)."""

    exclusions: tuple[Test, ...]
    clauses: tuple[tuple[Test, ...], ...]
    statuses: frozenset[str]
    pretrial: bool  # the rule looks at people not yet sentenced
    released: bool  # the rule looks at people whose term is served
    each_day: bool
    # the who-is-evaluated reasons' threshold (one list shared by them all, like a
    # criterion's threshold)
    threshold: list[str]
    explain_exclusions: tuple[Explain, ...]
    explain_clauses: tuple[tuple[Explain, ...], ...]
    explain_one: tuple[tuple[Explain, ...], ...]  # the exclusions', then one clause's
    explain_all: tuple[Explain, ...]  # the exclusions', then every clause's


# The plan of each rule seen, by identity (the rule is kept, so its id is not reused).
_PLANS: dict[int, tuple[Rule, _Plan]] = {}


def _plan(rule: Rule) -> _Plan:
    exclusions = tuple(Explain(c, None) for c in rule.exclusions)
    clauses = tuple(
        tuple(Explain(c, index) for c in clause.criteria)
        for index, clause in enumerate(rule.clauses)
    )
    plan = _Plan(
        tuple(test_of(c) for c in rule.exclusions),
        tuple(tuple(test_of(c) for c in clause.criteria) for clause in rule.clauses),
        frozenset(rule.statuses),
        "pretrial" in rule.statuses,
        "released" in rule.statuses,
        rule.tests_each_day,
        list(rule.statuses),
        exclusions,
        clauses,
        tuple(exclusions + clause for clause in clauses),
        exclusions + tuple(e for clause in clauses for e in clause),
    )
    if len(_PLANS) >= 256:
        _PLANS.clear()
    _PLANS[id(rule)] = (rule, plan)
    return plan


def _plan_of(rule: Rule) -> _Plan:
    found = _PLANS.get(id(rule))
    return found[1] if found is not None and found[0] is rule else _plan(rule)


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
    ``today``), with the precedence and forecast of docs/rules.md. ``computation`` may pass
    the case's sentence computation on D to save recomputing it. Never raises for a valid
    rule and case.

    Only people serving a sentence on D are looked at (:func:`_who`): a released or
    deceased person, one not yet sentenced on D, or one whose term is served by D is
    ``not_eligible`` with that reason. With ``test_on = "effective_date"`` the conditions
    are tested on the effective date alone (no forecast). The case's sentence facts are
    worked out once (:class:`~app.eligibility.facts.Context`) and shared by the check
    of who is evaluated and every criterion.
    """
    plan = _plan_of(rule)
    day = on if on is not None else (rule.effective_date or today)
    each_day = plan.each_day
    cond_day = day if each_day else cast(date, rule.effective_date)
    if computation is not None and (computation.on != cond_day or computation.case_id != case.id):
        computation = None
    ctx = _Explanation(rule, case, cond_day, profile, computation)
    stop, doubts = _who(plan, ctx, day if day > cond_day else cond_day)
    if stop is not None:
        ctx.gate = (stop,)
        return _result(rule, ctx, "not_eligible", None, None, ())
    result = _decide(rule, plan, ctx, each_day)
    if not each_day and result.status == "eligible" and day < cond_day:
        result = result._replace(status="eligible_from")  # the act is not in force yet
    if doubts:
        ctx.gate = doubts
        if result.status != "not_eligible":
            # it would qualify, but whether the person is serving on D is not known
            fields = tuple(dict.fromkeys([*result.missing, *(r.field or "" for r in doubts)]))
            result = result._replace(status="needs_review", date=None, missing=fields)
    return result


def _who(plan: _Plan, ctx: Context, serving_day: date) -> tuple[Reason | None, tuple[Reason, ...]]:
    """Whether the rule looks at the case (docs/rules.md, "Who is evaluated"): a reason
    (code ``not_serving``) that rules the case out, and the doubts (code ``missing``) that
    make a qualifying result ``needs_review``. ``field`` says which: ``status``,
    ``not_sentenced``, ``term_served``, ``term_served_by_credit``, or the missing field."""
    status = ctx.case.status
    if status not in plan.statuses:
        threshold: JsonThreshold = plan.threshold
        return Reason("not_serving", "serving", status, threshold, False, field="status"), ()
    doubts: tuple[Reason, ...] = ()
    if status == "unknown":
        threshold = plan.threshold
        doubts = (Reason("missing", "serving", status, threshold, None, field="status"),)
    sentence = ctx.sentence
    if sentence is None:
        return None, doubts  # the criteria that need it say so
    verdict = sentence.verdict_date
    if verdict is not None and verdict > ctx.day and not plan.pretrial:
        seen = verdict.isoformat()
        threshold = plan.threshold
        why = Reason(
            "not_serving", "serving", seen, threshold, False, since=verdict, field="not_sentenced"
        )
        return why, doubts
    if plan.released:
        return None, doubts
    missing = ctx.lacks
    if missing is not None:
        if missing == LIFE:
            return None, doubts
        threshold = plan.threshold
        doubt = Reason("missing", "serving", None, threshold, None, field=missing)
        return None, (*doubts, doubt)
    comp = ctx.comp
    if comp is not None:
        last = comp.last_day
        if last < serving_day or last < comp.start_date:
            kind = "term_served_by_credit" if last < comp.start_date else "term_served"
            threshold = plan.threshold
            seen = last.isoformat()
            why = Reason("not_serving", "serving", seen, threshold, False, until=last, field=kind)
            return why, doubts
    return None, doubts


def _intervals(
    plan: _Plan, ctx: Context, stop_on_day: bool = False
) -> tuple[list[_Clause], list[str], list[_Interval], bool]:
    """Each clause's interval ``(lo, hi, lacking)`` (empty once ruled out; ``lacking``: the
    fields it lacks, or None), the exclusions' missing fields and blocked intervals, and
    whether an exclusion holds on the context's day. With ``stop_on_day``, stop at an
    exclusion that holds on the day or after the first clause that does (the last interval
    given is that clause's)."""
    d = ctx.day_number
    missing: list[str] = []
    blocked: list[_Interval] = []
    excluded = False
    for test in plan.exclusions:
        found = test(ctx)
        if isinstance(found, str):
            missing.append(found)
        elif found[0] <= found[1]:
            if found[0] <= d <= found[1]:
                excluded = True
                if stop_on_day:
                    return [], missing, blocked, True
            blocked.append(found)
    return _clauses(plan, ctx, stop_on_day), missing, blocked, excluded


def _clauses(plan: _Plan, ctx: Context, stop_on_day: bool) -> list[_Clause]:
    d = ctx.day_number
    out: list[_Clause] = []
    for clause in plan.clauses:
        lo, hi = ALWAYS
        lacking: tuple[str, ...] | None = None
        for test in clause:
            found = test(ctx)
            if isinstance(found, str):
                lacking = (found,) if lacking is None else (*lacking, found)
                continue
            if found[0] > lo:
                lo = found[0]
            if found[1] < hi:
                hi = found[1]
            if lo > hi:
                break
        out.append((lo, hi, lacking))
        if stop_on_day and lacking is None and lo <= d <= hi:
            break  # the first clause that holds on the day decides
    return out


def _first(lo: int, hi: int, begin: int, until: int, blocked: list[_Interval]) -> int | None:
    """The first day in [begin, until] on which the clause (holding on [lo, hi]) holds and
    no exclusion does."""
    if lo > begin:
        begin = lo
    if hi < until:
        until = hi
    if blocked:
        return _first_free(begin, until, blocked)
    return begin if begin <= until else None


def _decide(rule: Rule, plan: _Plan, ctx: _Explanation, forecast: bool) -> RuleResult:
    """Exclusions, clauses and forecast on the context's day (docs/rules.md, precedence)."""
    d = ctx.day_number
    if plan.exclusions:
        spans, missing, blocked, excluded = _intervals(plan, ctx, stop_on_day=True)
        if excluded:
            return _result(rule, ctx, "not_eligible", None, None, ())
    else:
        spans, missing, blocked = _clauses(plan, ctx, True), [], []
    closed = _outside_the_act(rule) if forecast else []
    if closed:
        blocked = [*blocked, *closed]
    last = spans[-1]
    # Only the last clause can hold on the day, and only while the act is in force.
    if last[2] is None and last[0] <= d <= last[1] and _first_free(d, d, closed) is not None:
        index = len(spans) - 1
        ctx.clauses = (index,)
        return _result(rule, ctx, "eligible", ctx.day, index, ())
    later = _later_adjustments(ctx) if forecast and ctx.case.events else []
    if not later:
        for lo, hi, _ in spans:
            if lo <= hi:
                break
        else:  # every clause is ruled out on every day: nothing to forecast
            ctx.clauses = None
            if missing:
                missed = tuple(dict.fromkeys(missing))
                return _result(rule, ctx, "needs_review", None, None, missed)
            return _result(rule, ctx, "not_eligible", None, None, ())

    end = _horizon(rule, ctx) if forecast else d
    seg_end = later[0] - 1 if later and later[0] - 1 < end else end
    for lo, hi, lacking in spans:
        if lacking is None or lo > hi:
            continue
        if lo <= d <= hi or (forecast and _first(lo, hi, d + 1, seg_end, blocked) is not None):
            missing.extend(lacking)  # the missing data decides this clause
    best = _earliest(spans, d + 1, seg_end, blocked) if forecast else None
    # Adjustments dated after D change the term from their day on: each later stretch of
    # days is tested on the sentence as it stands then.
    for at, begin in enumerate(later):
        if best is not None:
            break
        part = ctx.later(date.fromordinal(begin))
        if _served_out(part, begin):
            break
        part_spans, _, part_blocked, _ = _intervals(plan, part)
        part_end = _horizon(rule, part)
        if at + 1 < len(later) and later[at + 1] - 1 < part_end:
            part_end = later[at + 1] - 1
        best = _earliest(part_spans, begin, part_end, [*part_blocked, *closed])

    if best is not None:
        first, index = best
        ctx.clauses = (index,)
        return _result(rule, ctx, "eligible_from", date.fromordinal(first), index, ())
    ctx.clauses = None  # all of them
    if missing:
        return _result(rule, ctx, "needs_review", None, None, tuple(dict.fromkeys(missing)))
    return _result(rule, ctx, "not_eligible", None, None, ())


def _outside_the_act(rule: Rule) -> list[_Interval]:
    """The days a rule tested each day cannot make anyone eligible: before its
    ``effective_date`` (not in force yet) and after its ``window_end`` (its time is over)."""
    closed: list[_Interval] = []
    if rule.effective_date is not None:
        closed.append((1, rule.effective_date.toordinal() - 1))
    if rule.window_end is not None:
        closed.append((rule.window_end.toordinal() + 1, NEVER_AFTER))
    return closed


def _earliest(
    spans: list[_Clause], begin: int, until: int, blocked: list[_Interval]
) -> tuple[int, int] | None:
    """The first day in [begin, until] some decided clause holds, and the clause's index
    (a tie goes to the earlier clause)."""
    best: tuple[int, int] | None = None
    if begin > until:
        return None
    for index, (lo, hi, lacking) in enumerate(spans):
        if lacking is not None or lo > hi:
            continue
        if blocked:
            first = _first(lo, hi, begin, until, blocked)
        else:  # _first without exclusions, written out: one call less per clause
            first = lo if lo > begin else begin
            if first > (hi if hi < until else until):
                continue
        if first is not None and (best is None or first < best[0]):
            best = (first, index)
    return best


def _later_adjustments(ctx: Context) -> list[int]:
    """The days after the context's day on which a dated adjustment changes the term (only
    when the profile applies adjustments as of their day)."""
    if not ctx.profile.adjustments_as_of_day or not ctx.case.events:
        return []
    days = {
        e.date.toordinal() for e in ctx.case.events if e.kind in _ADJUSTMENTS and e.date > ctx.day
    }
    return sorted(days)


def _served_out(ctx: Context, day: int) -> bool:
    comp = ctx.dates()
    return not isinstance(comp, str) and comp.last_day.toordinal() < day


def _horizon(rule: Rule, ctx: Context) -> int:
    """The last day a forecast may give: ``window_end``, else the last day of the term —
    never after the last day (a person who has served the term is no longer looked at). A
    life term has no last day: without a window the forecast runs without an end."""
    comp = ctx.dates()
    if comp == LIFE:
        return rule.window_end.toordinal() if rule.window_end is not None else NEVER_AFTER - 1
    if isinstance(comp, str):
        return rule.window_end.toordinal() if rule.window_end is not None else ctx.day_number
    last = comp.last_day.toordinal()
    if rule.window_end is not None and rule.window_end.toordinal() < last:
        return rule.window_end.toordinal()
    return last


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
