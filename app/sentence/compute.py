"""Sentence arithmetic: last day, credit, unserved part, milestones, adjustments, life terms
(docs/sentence-conventions.md).

:func:`compute_sentence` is pure (no I/O, no clock: the day is an argument) and safe on any
thread. Every date it gives is explained by the structured trace (:mod:`app.sentence.trace`),
which is rebuilt on demand from the same code path (``Computation.trace``), so computing
10,000 cases for a list does not pay for 10,000 traces nobody reads. The first stage
(adjustments, credit, interruptions, last day) is :mod:`app.sentence.core`.
"""

from __future__ import annotations

from datetime import date
from typing import Any, NamedTuple

from app.model import Case
from app.sentence.calendar import add_months_days, days_in_month, fraction_offset
from app.sentence.core import SentenceCore, Trace, core
from app.sentence.profile import AZ, JurisdictionProfile
from app.sentence.trace import TraceStep, render_trace
from app.terms import Term

MILESTONES = (("half", 1, 2), ("two_thirds", 2, 3), ("three_quarters", 3, 4))


class Computation(NamedTuple):
    """The derived dates of one case's sentence on the day ``on``, as shown to people.

    Days are whole days; ``last_day`` counts as served. ``effective_term`` is the term after
    the adjustments applied (``term`` is the one of the sentence record). Milestones are the
    pure fraction dates (no floors such as "6 months served"), never after ``last_day``.

    A life term (``life``) has no ``term``, ``effective_term``, ``end_of_term``,
    ``last_day``, ``term_days``, ``unserved_days``, ``served_fraction`` nor milestones (all
    None) unless a pardon released it on a date (then ``last_day`` is that date);
    ``served_days`` counts as for any term. When the credit covers the term,
    ``term_served_by_credit`` is True, ``excess_credit_days`` says by how much, and the
    unserved part is 0. ``core`` is the first stage (what rules use).
    An immutable named tuple rather than a frozen dataclass: lists of 10,000 cases are
    computed at once.
    """

    case_id: str
    on: date
    start_date: date
    term: Term | None
    effective_term: Term | None
    credited_days: int
    end_of_term: date | None  # add(start_date, effective_term): the day after a credit-free term
    last_day: date | None
    term_days: int | None  # calendar days of the effective term (before credit)
    unserved_days: int | None
    served_fraction: float | None
    half: date | None
    two_thirds: date | None
    three_quarters: date | None
    released_on: date | None  # set by a release_on adjustment
    profile: JurisdictionProfile
    case: Case | None  # kept to rebuild the trace on demand
    core: SentenceCore
    served_days: int  # credit plus days served since the start, on ``on``
    life: bool = False
    term_served_by_credit: bool = False
    excess_credit_days: int = 0
    alternative_last_day: date | None = None
    interruption_days: int = 0

    @property
    def trace(self) -> list[TraceStep]:
        """The steps that led to these dates (rebuilt on each access)."""
        steps: list[TraceStep] = []
        if self.case is not None:
            _compute(self.case, self.on, self.profile, steps)
        return steps

    def unserved_on(self, day: date) -> int | None:
        """``last_day − day`` in days, never below 0; None for life."""
        return None if self.last_day is None else self.core.unserved_on(day)

    def served_fraction_on(self, day: date) -> float | None:
        """Days served including credit ÷ days of the term on ``day``, in 0..1; None for life."""
        return None if self.last_day is None or self.life else self.core.served_fraction_on(day)

    def milestone(self, numerator: int, denominator: int) -> date | None:
        """The day the fraction ``numerator/denominator`` of the term is served, never after
        ``last_day``; None for life (the three usual ones are already computed)."""
        if self.life:
            return None
        if denominator == 2 and numerator == 1:
            return self.half
        if denominator == 3 and numerator == 2:
            return self.two_thirds
        if denominator == 4 and numerator == 3:
            return self.three_quarters
        return self.core.milestone(numerator, denominator)

    def served_at_least_date(self, term: Term) -> date:
        """The first day ``term`` counts as served (life terms too)."""
        return self.core.served_at_least_date(term)


def milestone_date(computation: Computation, numerator: int, denominator: int) -> date | None:
    """The fraction milestone, written plainly: ``add(start_date, P<m>M<d>D) − credited_days +
    interruption_days`` with (m, d) from :func:`fraction_offset`, never after ``last_day``;
    None for life."""
    c = computation
    if c.effective_term is None or c.last_day is None:
        return None
    months, days = fraction_offset(
        c.effective_term, numerator, denominator, c.profile.days_per_month_fraction
    )
    shift = days - c.credited_days + c.interruption_days
    result = add_months_days(c.start_date, months, shift)
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
    """All derived dates of ``case``'s sentence on day ``on``. None without a sentence, and
    None when its term or start date is not yet known (``case.sentence.missing`` names what
    is missing; :func:`computed_json_for` says so in ``computed``).

    Adjustment events (``app.model.ADJUSTMENT_KINDS``) apply in date order (with the
    profile's default, only those dated on or before ``on``). Never raises for a valid case.
    """
    return _compute(case, on, profile, None)


def _compute(
    case: Case, on: date, profile: JurisdictionProfile, trace: Trace
) -> Computation | None:
    first = core(case, on, profile, trace)
    if first is None:
        return None
    start, credited, last_day = first.start_date, first.credited_days, first.last_day
    served_days = first.served_days_on(on)
    if first.life:
        return _life(case, on, profile, first, served_days, trace)
    term = first.effective_term
    last_ord = last_day.toordinal()
    shift = first.interruption_days - credited

    # Milestones on integers: they are most of the cost of a computation
    # (milestone_date() is the readable form, and a property test pins the two together).
    offsets = _milestone_offsets(
        term.total_months, term.total_days, profile.days_per_month_fraction
    )
    year, month, day = start.year, start.month, start.day
    (m1, d1), (m2, d2), (m3, d3) = offsets
    half = _month_step(year, month, day, m1) + d1 + shift
    two_thirds = _month_step(year, month, day, m2) + d2 + shift
    three_quarters = _month_step(year, month, day, m3) + d3 + shift
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
                "interruption_days": first.interruption_days,
                "result": date.fromordinal(min(ordinal, last_ord)),
                "clamped": ordinal > last_ord,
            }
            trace.append(TraceStep("milestone", values))

    term_days = first.term_days
    by_credit = first.term_served_by_credit
    left = last_ord - on.toordinal()
    unserved = left if left > 0 and not by_credit else 0
    if trace is not None:
        trace.append(TraceStep("unserved", {"on": on, "last_day": last_day, "days": unserved}))
    return Computation(
        case.id,
        on,
        start,
        first.term,
        term,
        credited,
        first.end_of_term,
        last_day,
        term_days,
        unserved,
        1.0 if by_credit else first.served_fraction_on(on),
        last_day if half > last_ord else date.fromordinal(half),
        last_day if two_thirds > last_ord else date.fromordinal(two_thirds),
        last_day if three_quarters > last_ord else date.fromordinal(three_quarters),
        first.released_on,
        profile,
        case,
        first,
        served_days,
        False,
        by_credit,
        first.excess_credit_days,
        first.alternative_last_day,
        first.interruption_days,
    )


def _life(
    case: Case,
    on: date,
    profile: JurisdictionProfile,
    first: SentenceCore,
    served_days: int,
    trace: Trace,
) -> Computation:
    released = first.released_on
    unserved = None
    if released is not None:
        left = released.toordinal() - on.toordinal()
        unserved = left if left > 0 else 0
    if trace is not None:
        trace.append(TraceStep("served_life", {"on": on, "days": served_days}))
    return Computation(
        case.id,
        on,
        first.start_date,
        None,
        None,
        first.credited_days,
        None,
        released,
        None,
        unserved,
        None,
        None,
        None,
        None,
        released,
        profile,
        case,
        first,
        served_days,
        True,
        False,
        0,
        None,
        first.interruption_days,
    )


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def computed_json(
    computation: Computation | None, *, with_trace: bool = True
) -> dict[str, Any] | None:
    """The ``computed`` object of ``case show --json`` (docs/case-json.md): the contract keys
    first, then ``life``, ``served_days``, ``term_served_by_credit``, ``excess_credit_days``,
    ``alternative_last_day`` (when the month-end conventions differ), ``interruption_days``,
    ``effective_term``, ``on`` and ``trace`` (English lines). None without a sentence."""
    if computation is None:
        return None
    c = computation
    fraction = c.served_fraction
    out: dict[str, Any] = {
        "last_day": _iso(c.last_day),
        "credited_days": c.credited_days,
        "unserved_days": c.unserved_days,
        "served_fraction": None if fraction is None else round(fraction, 4),
        "half": _iso(c.half),
        "two_thirds": _iso(c.two_thirds),
        "three_quarters": _iso(c.three_quarters),
        "life": c.life,
        "served_days": c.served_days,
        "term_served_by_credit": c.term_served_by_credit,
        "excess_credit_days": c.excess_credit_days,
        "alternative_last_day": _iso(c.alternative_last_day),
        "interruption_days": c.interruption_days,
        "needs_review": [],
        "effective_term": "life" if c.effective_term is None else str(c.effective_term),
        "on": c.on.isoformat(),
    }
    if with_trace:
        out["trace"] = render_trace(c.trace)
    return out


def computed_json_for(
    case: Case, *, on: date, profile: JurisdictionProfile = AZ, with_trace: bool = True
) -> dict[str, Any] | None:
    """``computed`` for a case: :func:`computed_json` of its computation; for a sentence whose
    term or start date is not yet known, the same keys with null dates and ``needs_review``
    naming the missing fields. None without a sentence."""
    sentence = case.sentence
    if sentence is None:
        return None
    computation = compute_sentence(case, on=on, profile=profile)
    if computation is not None:
        return computed_json(computation, with_trace=with_trace)
    out: dict[str, Any] = dict.fromkeys(
        ("last_day", "credited_days", "unserved_days", "served_fraction", "half"), None
    )
    out.update(
        {
            "two_thirds": None,
            "three_quarters": None,
            "life": sentence.life,
            "served_days": None,
            "term_served_by_credit": False,
            "excess_credit_days": 0,
            "alternative_last_day": None,
            "interruption_days": 0,
            "needs_review": list(sentence.missing),
            "effective_term": None,
            "on": on.isoformat(),
        }
    )
    if with_trace:
        out["trace"] = [f"Not computed: {', '.join(sentence.missing)} not yet known"]
    return out
