"""Sentence arithmetic of DESIGN §4: last day, credit, unserved part, milestones, adjustments.

:func:`compute_sentence` is pure (no I/O, no clock: the day is an argument) and safe on any
thread. Every date it gives is explained by the structured trace (:mod:`app.sentence.trace`),
which is rebuilt on demand from the same code path (``Computation.trace``), so computing
10,000 cases for a list does not pay for 10,000 traces nobody reads. The first stage
(adjustments, credit, last day) is :mod:`app.sentence.core`.
"""

from __future__ import annotations

from datetime import date
from typing import Any, NamedTuple

from app.model import Case
from app.sentence.calendar import add_months_days, days_in_month, fraction_offset
from app.sentence.core import Trace, first_stage, served_fraction
from app.sentence.profile import AZ, JurisdictionProfile
from app.sentence.trace import TraceStep, render_trace
from app.terms import Term

MILESTONES = (("half", 1, 2), ("two_thirds", 2, 3), ("three_quarters", 3, 4))


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
        return served_fraction(self.term_days, self.last_day.toordinal() - day.toordinal())

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


_make_computation = Computation._make  # builds the tuple without keyword handling


def milestone_date(computation: Computation, numerator: int, denominator: int) -> date:
    """DESIGN §4's fraction milestone, written plainly: ``add(start_date, P<m>M<d>D) −
    credited_days`` with (m, d) from :func:`fraction_offset`, never after ``last_day``."""
    c = computation
    months, days = fraction_offset(
        c.effective_term, numerator, denominator, c.profile.days_per_month_fraction
    )
    result = add_months_days(c.start_date, months, days - c.credited_days)
    return result if result <= c.last_day else c.last_day


def _month_step(year: int, month: int, day: int, months: int) -> int:
    """The ordinal of ``date(year, month, day)`` plus ``months`` calendar months, clamped
    (the month step of :func:`add_months_days`, on plain integers)."""
    index = month - 1 + months
    y, m = year + index // 12, index % 12 + 1
    if day > 28:  # only then can the month be too short (days_in_month, inlined)
        last = days_in_month(y, m)
        if day > last:
            day = last
    return date(y, m, day).toordinal()


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
    case: Case, on: date, profile: JurisdictionProfile, trace: Trace
) -> Computation | None:
    stage = first_stage(case, on, profile, trace)
    if stage is None:
        return None
    start, record_term, term, credited, end, base_last, last_day, released_on = stage
    last_ord = last_day.toordinal()
    months, days = term.total_months, term.total_days

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
    return _make_computation(
        (
            case.id,
            on,
            start,
            record_term,
            term,
            credited,
            end,
            last_day,
            term_days,
            unserved,
            served_fraction(term_days, left),
            last_day if half > last_ord else date.fromordinal(half),
            last_day if two_thirds > last_ord else date.fromordinal(two_thirds),
            last_day if three_quarters > last_ord else date.fromordinal(three_quarters),
            released_on,
            profile,
            case,
        )
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
