"""The first stage of the sentence arithmetic (DESIGN §4): adjustments, credit, last day.

:func:`compute_core` gives what eligibility rules need (the last day, the credit, the
effective term) without the milestones; :func:`app.sentence.compute_sentence` adds them.
Pure; safe on any thread.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple, Protocol

from app.model import ADJUSTMENT_KINDS, Case, CustodyPeriod, Event
from app.sentence.calendar import add_months_days, days_in_month, fraction_offset, is_month_end
from app.sentence.profile import AZ, JurisdictionProfile
from app.sentence.trace import TraceStep
from app.terms import Term

Trace = list[TraceStep] | None


class SentenceDates(Protocol):
    """What both :class:`SentenceCore` and :class:`~app.sentence.Computation` offer; rules
    work with either."""

    @property
    def case_id(self) -> str: ...
    @property
    def on(self) -> date: ...
    @property
    def start_date(self) -> date: ...
    @property
    def effective_term(self) -> Term: ...
    @property
    def credited_days(self) -> int: ...
    @property
    def end_of_term(self) -> date: ...
    @property
    def last_day(self) -> date: ...

    def unserved_on(self, day: date) -> int: ...
    def served_fraction_on(self, day: date) -> float: ...
    def milestone(self, numerator: int, denominator: int) -> date: ...
    def served_at_least_date(self, term: Term) -> date: ...


class SentenceCore(NamedTuple):
    """A sentence on the day ``on``, up to its last day (see :class:`Computation` for the
    meaning of the fields); ``base_last`` is the last day before credit."""

    case_id: str
    on: date
    start_date: date
    term: Term
    effective_term: Term
    credited_days: int
    end_of_term: date
    base_last: date
    last_day: date
    released_on: date | None
    profile: JurisdictionProfile = AZ

    @property
    def term_days(self) -> int:
        """Calendar days of the effective term (before credit)."""
        return self.base_last.toordinal() + 1 - self.start_date.toordinal()

    def unserved_on(self, day: date) -> int:
        """``last_day − day`` in days, never below 0 (DESIGN §4)."""
        left = self.last_day.toordinal() - day.toordinal()
        return left if left > 0 else 0

    def served_fraction_on(self, day: date) -> float:
        """Days served including credit ÷ days of the term on ``day``, in 0..1."""
        return served_fraction(self.term_days, self.last_day.toordinal() - day.toordinal())

    def milestone(self, numerator: int, denominator: int) -> date:
        """The day the fraction ``numerator/denominator`` of the term is served (§4),
        never after ``last_day``."""
        term = self.effective_term
        key = (term, numerator, denominator, self.profile.days_per_month_fraction)
        offset = _FRACTION_OFFSETS.get(key)
        if offset is None:
            offset = fraction_offset(term, numerator, denominator, key[3])
            if len(_FRACTION_OFFSETS) < 4096:
                _FRACTION_OFFSETS[key] = offset
        result = add_months_days(self.start_date, offset[0], offset[1] - self.credited_days)
        return result if result <= self.last_day else self.last_day

    def served_at_least_date(self, term: Term) -> date:
        """``add(start_date, term) − credited_days``: the first day ``term`` counts as served."""
        return add_months_days(
            self.start_date, term.total_months, term.total_days - self.credited_days
        )


_make_core = SentenceCore._make

# fraction_offset() per (term, fraction): the same few terms come back across a list of cases.
_FRACTION_OFFSETS: dict[tuple[Term, int, int, int], tuple[int, int]] = {}


def served_fraction(term_days: int, left: int) -> float:
    """(term days − days left) ÷ term days, in 0..1 (1 for an empty term)."""
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
    term: Term, start: date, events: tuple[Event, ...], on: date, as_of_day: bool, trace: Trace
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
    periods: tuple[CustodyPeriod, ...], start: date, profile: JurisdictionProfile, trace: Trace
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
        last = period.end
        end = limit if last is None or (last_ord := last.toordinal()) > limit else last_ord
        overlap = 0
        if first <= covered:
            overlap = min(covered, end) - first + 1
            first = covered + 1
        days = end - first + 1 if end >= first else 0
        if end > covered:
            covered = end
        ratio = ratios.get(period.kind)
        # CreditRatio.credit(), inlined: rounded down to whole days
        credited = 0 if ratio is None else days * ratio.sentence_days // ratio.custody_days
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


def compute_core(case: Case, *, on: date, profile: JurisdictionProfile = AZ) -> SentenceCore | None:
    """The first stage of :func:`app.sentence.compute_sentence`; None without a sentence."""
    return core(case, on, profile, None)


def core(case: Case, on: date, profile: JurisdictionProfile, trace: Trace) -> SentenceCore | None:
    """:func:`compute_core` with an optional trace to append to."""
    stage = first_stage(case, on, profile, trace)
    return None if stage is None else _make_core((case.id, on, *stage, profile))


# start, term of the record, effective term, credited days, end of term, last day before
# credit, last day, release day
Stage = tuple[date, Term, Term, int, date, date, date, date | None]


def first_stage(case: Case, on: date, profile: JurisdictionProfile, trace: Trace) -> Stage | None:
    """The first stage as a plain tuple (``Stage``): what :func:`core` wraps, and what
    :func:`app.sentence.compute_sentence` continues from without building a
    :class:`SentenceCore` (one object less per case of a list)."""
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
    return (start, sentence.term, term, credited, end, base_last, last_day, release)
