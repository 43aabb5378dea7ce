"""Sentence arithmetic of DESIGN §4: last day, credit, unserved part, milestones, adjustments.

:func:`compute_sentence` is pure (no I/O, no clock: the day is an argument) and safe on any
thread. Every date it gives is explained by the structured trace (:mod:`app.sentence.trace`),
which is rebuilt on demand from the same code path (``Computation.trace``), so computing
10,000 cases for a list does not pay for 10,000 traces nobody reads.
"""

from __future__ import annotations

from datetime import date
from typing import Any, NamedTuple

from app.model import ADJUSTMENT_KINDS, Case, CustodyPeriod, Event
from app.sentence.calendar import add_months_days, days_in_month, fraction_offset, is_month_end
from app.sentence.profile import AZ, JurisdictionProfile
from app.sentence.trace import TraceStep, render_trace
from app.terms import Term

MILESTONES = (("half", 1, 2), ("two_thirds", 2, 3), ("three_quarters", 3, 4))

_Trace = list[TraceStep] | None


class Computation(NamedTuple):
    """The derived dates of one case's sentence on the day ``on``.

    Days are whole days; ``last_day`` counts as served. ``effective_term`` is the term after
    the adjustments applied (``term`` is the one of the sentence record). Milestones are the
    pure fraction dates (no floors such as "6 months served"), never after ``last_day``.
    An immutable named tuple rather than a frozen dataclass: creating one is 4x cheaper, and
    lists of 10,000 cases are computed at once.
    """

    case_id: str
    on: date
    start_date: date
    term: Term
    effective_term: Term
    credited_days: int
    end_of_term: date  # add(start_date, effective_term): the day after a credit-free term
    last_day: date
    term_days: int  # calendar days of the effective term (before credit)
    unserved_days: int
    served_fraction: float
    half: date
    two_thirds: date
    three_quarters: date
    released_on: date | None  # set by a release_on adjustment
    profile: JurisdictionProfile = AZ
    case: Case | None = None  # kept to rebuild the trace on demand

    @property
    def trace(self) -> list[TraceStep]:
        """The steps that led to these dates (rebuilt on each access)."""
        steps: list[TraceStep] = []
        if self.case is not None:
            _compute(self.case, self.on, self.profile, steps)
        return steps

    def unserved_on(self, day: date) -> int:
        """``last_day − day`` in days, never below 0 (DESIGN §4)."""
        left = self.last_day.toordinal() - day.toordinal()
        return left if left > 0 else 0

    def served_fraction_on(self, day: date) -> float:
        """Days served including credit ÷ days of the term on ``day``, in 0..1."""
        return _fraction(self.term_days, self.last_day.toordinal() - day.toordinal())

    def milestone(self, numerator: int, denominator: int) -> date:
        """The day the fraction ``numerator/denominator`` of the term is served (§4),
        never after ``last_day`` (the three usual ones are already computed)."""
        if denominator == 2 and numerator == 1:
            return self.half
        if denominator == 3 and numerator == 2:
            return self.two_thirds
        if denominator == 4 and numerator == 3:
            return self.three_quarters
        return milestone_date(self, numerator, denominator)

    def served_at_least_date(self, term: Term) -> date:
        """``add(start_date, term) − credited_days``: the first day ``term`` counts as served."""
        return add_months_days(
            self.start_date, term.total_months, term.total_days - self.credited_days
        )


def milestone_date(computation: Computation, numerator: int, denominator: int) -> date:
    """DESIGN §4's fraction milestone, written plainly: ``add(start_date, P<m>M<d>D) −
    credited_days`` with (m, d) from :func:`fraction_offset`, never after ``last_day``."""
    c = computation
    months, days = fraction_offset(
        c.effective_term, numerator, denominator, c.profile.days_per_month_fraction
    )
    result = add_months_days(c.start_date, months, days - c.credited_days)
    return result if result <= c.last_day else c.last_day


def _fraction(term_days: int, left: int) -> float:
    if term_days <= 0:
        return 1.0
    served = term_days - left
    if served <= 0:
        return 0.0
    return 1.0 if served >= term_days else served / term_days


def _reduce(term: Term, by: Term, start: date) -> Term:
    """The term shortened by ``by``: months from months and days from days; when a part would
    go below zero, the remaining length is counted in days on the calendar instead."""
    months = term.total_months - by.total_months
    days = term.total_days - by.total_days
    if months >= 0 and days >= 0:
        return Term(years=months // 12, months=months % 12, days=days)
    end = add_months_days(start, term.total_months, term.total_days)
    new_end = add_months_days(end, -by.total_months, -by.total_days)
    return Term(days=max(0, (new_end - start).days))


_ADJUSTMENTS = frozenset(ADJUSTMENT_KINDS)


def _event_order(event: Event) -> tuple[date, str, str]:
    return (event.date, event.kind, event.id)


def _adjust(
    term: Term, start: date, events: tuple[Event, ...], on: date, as_of_day: bool, trace: _Trace
) -> tuple[Term, date | None]:
    """Apply the adjustment events in date order (ties: kind, then id)."""
    release: date | None = None
    adjustments = [e for e in events if e.kind in _ADJUSTMENTS]
    if len(adjustments) > 1:
        adjustments.sort(key=_event_order)
    for event in adjustments:
        if trace is not None:
            where: dict[str, object] = {
                "date": event.date,
                "kind": event.kind,
                "event_id": event.id,
            }
        if as_of_day and event.date > on:
            if trace is not None:
                trace.append(TraceStep("adjustment_later", {**where, "on": on}))
            continue
        changed = False
        if event.new_term is not None:
            if trace is not None:
                values = {**where, "before": str(term), "after": str(event.new_term)}
                trace.append(TraceStep("replace_term", values))
            term, release, changed = event.new_term, None, True
        if event.reduce_by is not None:
            after = _reduce(term, event.reduce_by, start)
            if trace is not None:
                values = {
                    **where,
                    "before": str(term),
                    "reduce_by": str(event.reduce_by),
                    "after": str(after),
                }
                trace.append(TraceStep("reduce_term", values))
            term, release, changed = after, None, True
        if event.release_on is not None:
            if trace is not None:
                trace.append(TraceStep("set_last_day", {**where, "release_on": event.release_on}))
            release, changed = event.release_on, True
        if not changed and trace is not None:
            trace.append(TraceStep("adjustment_no_change", where))
    return term, release


def _period_order(period: CustodyPeriod) -> tuple[date, date, str]:
    return (period.start, period.end or date.max, period.kind)


def _credit(
    periods: tuple[CustodyPeriod, ...], start: date, profile: JurisdictionProfile, trace: _Trace
) -> int:
    """Credited days for custody before ``start`` (each period's days × its kind's ratio,
    rounded down); a day covered by two periods counts once, for the one that starts first."""
    limit = start.toordinal() - 1
    covered = -1
    total = 0
    ordered = periods if len(periods) < 2 else sorted(periods, key=_period_order)
    ratios = profile.credit_ratios
    for period in ordered:
        first = period.start.toordinal()
        if first > limit:
            if trace is not None:
                values = {"from": period.start, "kind": period.kind, "start": start}
                trace.append(TraceStep("credit_ignored", values))
            continue
        end = limit if period.end is None else min(period.end.toordinal(), limit)
        overlap = 0
        if first <= covered:
            overlap = min(covered, end) - first + 1
            first = covered + 1
        days = end - first + 1 if end >= first else 0
        if end > covered:
            covered = end
        ratio = ratios.get(period.kind)
        credited = 0 if ratio is None else ratio.credit(days)
        total += credited
        if trace is None:
            continue
        to = date.fromordinal(end)
        if ratio is None:
            values = {"from": period.start, "to": to, "kind": period.kind}
            trace.append(TraceStep("credit_no_ratio", values))
            continue
        values = {
            "from": period.start,
            "to": to,
            "kind": period.kind,
            "days": days,
            "overlap_days": overlap,
            "ratio": str(ratio),
            "credited": credited,
            "unverified": ratio.unverified,
            "clipped": period.end is None or period.end.toordinal() > limit,
        }
        trace.append(TraceStep("credit_period", values))
    if periods and trace is not None:
        trace.append(TraceStep("credit_total", {"credited_days": total}))
    return total


def _month_step(year: int, month: int, day: int, months: int) -> int:
    """The ordinal of ``date(year, month, day)`` plus ``months`` calendar months, clamped
    (the month step of :func:`add_months_days`, on plain integers)."""
    index = month - 1 + months
    y, m = year + index // 12, index % 12 + 1
    last = days_in_month(y, m)
    return date(y, m, day if day <= last else last).toordinal()


_OFFSETS: dict[tuple[int, int, int], tuple[tuple[int, int], ...]] = {}


def _milestone_offsets(months: int, days: int, per_month: int) -> tuple[tuple[int, int], ...]:
    """(months, days) of each milestone for a term, kept per term: the same few terms
    (P3Y, P5Y, …) come back across a list of cases."""
    key = (months, days, per_month)
    found = _OFFSETS.get(key)
    if found is None:
        term = Term(months=months, days=days)
        found = tuple(fraction_offset(term, n, q, per_month) for _, n, q in MILESTONES)
        if len(_OFFSETS) < 4096:
            _OFFSETS[key] = found
    return found


def compute_sentence(
    case: Case, *, on: date, profile: JurisdictionProfile = AZ
) -> Computation | None:
    """All derived dates of ``case``'s sentence on day ``on``; None without a sentence.

    Adjustment events (``app.model.ADJUSTMENT_KINDS``) apply in date order (with the
    profile's default, only those dated on or before ``on``). Never raises for a valid case.
    """
    return _compute(case, on, profile, None)


def _compute(
    case: Case, on: date, profile: JurisdictionProfile, trace: _Trace
) -> Computation | None:
    sentence = case.sentence
    if sentence is None:
        return None
    start = sentence.start_date
    if trace is not None:
        trace.append(TraceStep("sentence", {"start": start, "term": str(sentence.term)}))
    term, release = sentence.term, None
    if case.events:
        term, release = _adjust(term, start, case.events, on, profile.adjustments_as_of_day, trace)
    credited = _credit(case.custody, start, profile, trace) if case.custody else 0

    months, days = term.total_months, term.total_days
    end = add_months_days(start, months, days)
    month_end = profile.month_end_to_month_end and months and not days and is_month_end(start)
    if month_end:
        base_last = date(end.year, end.month, days_in_month(end.year, end.month))
    else:
        base_last = date.fromordinal(end.toordinal() - 1)
    last_ord = base_last.toordinal() - credited
    last_day = date.fromordinal(last_ord)
    if trace is not None:
        trace.append(TraceStep("add_term", {"start": start, "term": str(term), "result": end}))
        if month_end:
            values = {"start": start, "term": str(term), "result": base_last}
            trace.append(TraceStep("month_end", values))
        else:
            trace.append(TraceStep("end_of_term", {"end": end, "result": base_last}))
        values = {"before_credit": base_last, "credited_days": credited, "result": last_day}
        trace.append(TraceStep("last_day", values))
    if release is not None:
        last_day, last_ord = release, release.toordinal()
        if trace is not None:
            trace.append(TraceStep("last_day_release", {"result": release}))

    # Milestones, DESIGN §4, on integers: they are most of the cost of a computation
    # (milestone_date() is the readable form, and a property test pins the two together).
    offsets = _milestone_offsets(months, days, profile.days_per_month_fraction)
    year, month, day = start.year, start.month, start.day
    (m1, d1), (m2, d2), (m3, d3) = offsets
    half = _month_step(year, month, day, m1) + d1 - credited
    two_thirds = _month_step(year, month, day, m2) + d2 - credited
    three_quarters = _month_step(year, month, day, m3) + d3 - credited
    if trace is not None:
        for (name, numerator, denominator), (m, d), ordinal in zip(
            MILESTONES, offsets, (half, two_thirds, three_quarters), strict=True
        ):
            values = {
                "name": name,
                "fraction": f"{numerator}/{denominator}",
                "term": str(term),
                "start": start,
                "months": m,
                "days": d,
                "credited_days": credited,
                "result": date.fromordinal(min(ordinal, last_ord)),
                "clamped": ordinal > last_ord,
            }
            trace.append(TraceStep("milestone", values))

    term_days = base_last.toordinal() + 1 - start.toordinal()
    left = last_ord - on.toordinal()
    unserved = left if left > 0 else 0
    if trace is not None:
        trace.append(TraceStep("unserved", {"on": on, "last_day": last_day, "days": unserved}))
    return Computation(
        case.id,
        on,
        start,
        sentence.term,
        term,
        credited,
        end,
        last_day,
        term_days,
        unserved,
        _fraction(term_days, left),
        last_day if half > last_ord else date.fromordinal(half),
        last_day if two_thirds > last_ord else date.fromordinal(two_thirds),
        last_day if three_quarters > last_ord else date.fromordinal(three_quarters),
        release,
        profile,
        case,
    )


def computed_json(
    computation: Computation | None, *, with_trace: bool = True
) -> dict[str, Any] | None:
    """DESIGN §3's ``computed`` object (contract keys first), plus the extras
    ``effective_term``, ``on`` and ``trace`` (English lines). None without a sentence."""
    if computation is None:
        return None
    c = computation
    out: dict[str, Any] = {
        "last_day": c.last_day.isoformat(),
        "credited_days": c.credited_days,
        "unserved_days": c.unserved_days,
        "served_fraction": round(c.served_fraction, 4),
        "half": c.half.isoformat(),
        "two_thirds": c.two_thirds.isoformat(),
        "three_quarters": c.three_quarters.isoformat(),
        "effective_term": str(c.effective_term),
        "on": c.on.isoformat(),
    }
    if with_trace:
        out["trace"] = render_trace(c.trace)
    return out
