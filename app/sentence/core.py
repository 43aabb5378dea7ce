"""The first stage of the sentence arithmetic: adjustments, credit, interruptions, last day
(docs/sentence-conventions.md).

:func:`compute_core` gives what eligibility rules need (the last day, the credit, the
effective term) without the milestones; :func:`app.sentence.compute_sentence` adds them.
Pure; safe on any thread.

**Life terms.** A life term has no last day. So that rules can still compare dates, a
:class:`SentenceCore` of a life term (``life`` True, not released) uses :data:`NEVER`
(``date.max``) as its ``end_of_term``, ``base_last`` and ``last_day``, and its milestones are
:data:`NEVER` too: "unserved at most …" never holds, "term more than …" always holds, a
fraction of the term is never served. ``served_at_least_date`` works as for any term (release
from a life term is a rule on years served). ``term`` and ``effective_term`` are ``P0D`` and
mean nothing; check ``life`` first. A life term released by a pardon (``release_on``) has that
day as its last day. The display form (:class:`app.sentence.Computation`) uses None instead.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple, Protocol

from app.model import Case, Sentence
from app.sentence.adjust import adjust
from app.sentence.calendar import add_months_days, days_in_month, fraction_offset, is_month_end
from app.sentence.credit import Spans, credit_days, interrupted_through, interruption_spans
from app.sentence.profile import AZ, JurisdictionProfile
from app.sentence.trace import TraceStep
from app.terms import Term

Trace = list[TraceStep] | None

NEVER = date.max
"""The last day (and milestones) of a life term in :class:`SentenceCore`: never reached."""

_NEVER_ORD = NEVER.toordinal()
_NO_TERM = Term()


class SentenceDates(Protocol):
    """What :class:`SentenceCore` offers to rules (eligibility)."""

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
    @property
    def life(self) -> bool: ...
    @property
    def term_served_by_credit(self) -> bool: ...

    def unserved_on(self, day: date) -> int: ...
    def served_fraction_on(self, day: date) -> float: ...
    def milestone(self, numerator: int, denominator: int) -> date: ...
    def served_at_least_date(self, term: Term) -> date: ...
    def served_days_on(self, day: date) -> int: ...


class SentenceCore(NamedTuple):
    """A sentence on the day ``on``, up to its last day.

    ``term`` is the sentence record's term and ``effective_term`` the term after the
    adjustments (both ``P0D`` for life). ``end_of_term`` is ``add(start_date, effective_term)``,
    ``base_last`` the last day before credit, interruptions and cuts, ``last_day`` the last
    day served (a release caps it). ``interruption_days`` move the last day and every
    milestone later; ``cut_days`` are the days cut by fractional pardons.
    ``alternative_last_day`` is the last day under the other month-end convention when it
    differs (starts on the 29th–31st, terms with months), else None.
    """

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
    life: bool = False
    interruption_days: int = 0
    interruptions: Spans = ()
    cut_days: int = 0
    alternative_last_day: date | None = None

    @property
    def term_days(self) -> int:
        """Calendar days of the effective term (before credit; huge for life)."""
        return self.base_last.toordinal() + 1 - self.start_date.toordinal()

    @property
    def term_served_by_credit(self) -> bool:
        """The credit for custody before the start covers the whole term: the last day falls
        before the start, and the person should be free."""
        return not self.life and self.credited_days >= self.term_days

    @property
    def excess_credit_days(self) -> int:
        """Days of credit beyond the term (0 unless :attr:`term_served_by_credit`)."""
        return self.credited_days - self.term_days if self.term_served_by_credit else 0

    def unserved_on(self, day: date) -> int:
        """``last_day − day`` in days, never below 0; 0 when the credit covers the term."""
        if self.term_served_by_credit:
            return 0
        left = self.last_day.toordinal() - day.toordinal()
        return left if left > 0 else 0

    def served_fraction_on(self, day: date) -> float:
        """Days served including credit ÷ days of the term on ``day``, in 0..1 (about 0 for
        a life term)."""
        if self.term_served_by_credit:
            return 1.0
        return served_fraction(self.term_days, self.last_day.toordinal() - day.toordinal())

    def milestone(self, numerator: int, denominator: int) -> date:
        """The day the fraction ``numerator/denominator`` of the term is served, later by the
        interruption days, never after ``last_day`` (:data:`NEVER` for life)."""
        if self.life:
            return self.last_day
        term = self.effective_term
        key = (term, numerator, denominator, self.profile.days_per_month_fraction)
        offset = _FRACTION_OFFSETS.get(key)
        if offset is None:
            offset = fraction_offset(term, numerator, denominator, key[3])
            if len(_FRACTION_OFFSETS) < 4096:
                _FRACTION_OFFSETS[key] = offset
        shift = offset[1] - self.credited_days + self.interruption_days
        result = add_months_days(self.start_date, offset[0], shift)
        return result if result <= self.last_day else self.last_day

    def served_at_least_date(self, term: Term) -> date:
        """``add(start_date, term) − credited_days + interruption_days``: the first day
        ``term`` counts as served (life terms too)."""
        shift = term.total_days - self.credited_days + self.interruption_days
        return add_months_days(self.start_date, term.total_months, shift)

    def served_days_on(self, day: date) -> int:
        """Days served by the end of ``day``: the credit plus the days from the start, not
        counting interruptions nor days after the last day."""
        last = min(day.toordinal(), self.last_day.toordinal())
        since = last - self.start_date.toordinal() + 1
        if since <= 0:
            return self.credited_days
        return self.credited_days + since - interrupted_through(self.interruptions, last)


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


def end_rule(
    start: date, term: Term, profile: JurisdictionProfile, *, other: bool = False
) -> tuple[date, date, str]:
    """(``add(start, term)``, the last day before credit, the rule's trace code) under the
    profile's end-of-term convention; with ``other``, under the other month-end convention
    (the UK engine's unless the profile uses it, then the default)."""
    months, days = term.total_months, term.total_days
    end = add_months_days(start, months, days)
    subtract_first = profile.subtract_day_first != other
    month_end = profile.month_end_to_month_end and months and not days and is_month_end(start)
    if month_end and not other:
        return end, date(end.year, end.month, days_in_month(end.year, end.month)), "month_end"
    if subtract_first and months:
        before = date.fromordinal(start.toordinal() - 1)
        return end, add_months_days(before, months, days), "subtract_day_first"
    return end, date.fromordinal(end.toordinal() - 1), "end_of_term"


def is_life(sentence: Sentence) -> bool:
    """A life term, the sentence's own or an aggregated verdict's: an aggregated verdict of
    life makes the aggregated sentence life (CC Art. 66, 67), whatever term was entered
    beside it (the case shows a warning). Light sentences have the same fields."""
    if getattr(sentence, "life", False):
        return True
    components = getattr(sentence, "components", ())
    return bool(components) and any(getattr(c, "life", False) for c in components)


def compute_core(case: Case, *, on: date, profile: JurisdictionProfile = AZ) -> SentenceCore | None:
    """The first stage of :func:`app.sentence.compute_sentence`. None without a sentence,
    and None when its term (not life) or start date is unknown: ``sentence.missing`` names
    what is missing, and a rule answers ``needs_review``."""
    return core(case, on, profile, None)


def core(case: Case, on: date, profile: JurisdictionProfile, trace: Trace) -> SentenceCore | None:
    """:func:`compute_core` with an optional trace to append to."""
    sentence = case.sentence
    if sentence is None:
        return None
    start = sentence.start_date
    life = is_life(sentence)
    record = None if life else sentence.term
    if start is None or (record is None and not life):
        if trace is not None:
            trace.append(TraceStep("missing", {"fields": ", ".join(sentence.missing)}))
        return None
    if trace is not None:
        shown = "life" if record is None else str(record)
        trace.append(TraceStep("sentence", {"start": start, "term": shown}))
    credited = credit_days(case.custody, start, profile, trace) if case.custody else 0
    interrupted, spans = (
        interruption_spans(sentence.interruptions, start, trace)
        if sentence.interruptions
        else (0, ())
    )
    shift = interrupted - credited

    def last_day_of(term: Term | None, cut: int) -> int | None:
        if term is None:
            return None
        return end_rule(start, term, profile)[1].toordinal() + shift - cut

    term: Term | None = record
    cut, release = 0, None
    if case.events:
        term, cut, release = adjust(
            term, start, case.events, on, profile.adjustments_as_of_day, last_day_of, trace
        )
    if term is None:
        return _life_core(case.id, on, start, credited, interrupted, spans, release, profile, trace)

    end, base_last, rule = end_rule(start, term, profile)
    last_ord = base_last.toordinal() + shift - cut
    last_day = date.fromordinal(last_ord)
    if trace is not None:
        _trace_end(trace, start, term, end, base_last, rule)
        trace.append(_last_step(base_last, credited, interrupted, cut, last_day))
    alternative = None
    if release is not None and release < last_day:
        last_day = release
        if trace is not None:
            trace.append(TraceStep("last_day_release", {"result": release}))
    elif start.day >= 29 and term.total_months:
        other_base = end_rule(start, term, profile, other=True)[1]
        if other_base != base_last:
            alternative = date.fromordinal(other_base.toordinal() + shift - cut)
            if trace is not None:
                values = {"start": start, "term": str(term), "result": alternative}
                trace.append(TraceStep("alternative_last_day", values))
    result = SentenceCore(
        case.id,
        on,
        start,
        _NO_TERM if record is None else record,
        term,
        credited,
        end,
        base_last,
        last_day,
        release,
        profile,
        False,
        interrupted,
        spans,
        cut,
        alternative,
    )
    if trace is not None and result.term_served_by_credit:
        values = {"credited_days": credited, "excess_days": result.excess_credit_days}
        trace.append(TraceStep("credit_covers_term", values))
    return result


def _last_step(
    base_last: date, credited: int, interrupted: int, cut: int, last_day: date
) -> TraceStep:
    values: dict[str, object] = {
        "before_credit": base_last,
        "credited_days": credited,
        "result": last_day,
    }
    if not interrupted and not cut:
        return TraceStep("last_day", values)
    values.update({"interruption_days": interrupted, "cut_days": cut})
    code = (
        "last_day_moved"
        if interrupted and cut
        else "last_day_cut"
        if cut
        else "last_day_interrupted"
    )
    return TraceStep(code, values)


def _trace_end(
    trace: list[TraceStep],
    start: date,
    term: Term,
    end: date,
    base_last: date,
    rule: str,
) -> None:
    trace.append(TraceStep("add_term", {"start": start, "term": str(term), "result": end}))
    if rule == "end_of_term":
        trace.append(TraceStep("end_of_term", {"end": end, "result": base_last}))
    else:
        trace.append(TraceStep(rule, {"start": start, "term": str(term), "result": base_last}))


def _life_core(
    case_id: str,
    on: date,
    start: date,
    credited: int,
    interrupted: int,
    spans: Spans,
    release: date | None,
    profile: JurisdictionProfile,
    trace: Trace,
) -> SentenceCore:
    last_day = NEVER if release is None else release
    if trace is not None:
        if release is None:
            trace.append(TraceStep("life", {"start": start}))
        else:
            trace.append(TraceStep("last_day_release", {"result": release}))
    return SentenceCore(
        case_id,
        on,
        start,
        _NO_TERM,
        _NO_TERM,
        credited,
        NEVER,
        NEVER,
        last_day,
        release,
        profile,
        True,
        interrupted,
        spans,
        0,
        None,
    )
