"""Adjustments of a sentence (amnesty reduction, pardon, appeal change): dated events that
change the term or the last day, applied in date order (docs/sentence-conventions.md §6).

- ``new_term`` replaces the term (a life term becomes a term of years);
- ``reduce_by`` shortens the term;
- ``reduce_unserved_by`` (``"1/2"``) cuts the part still unserved on the event's date by
  that fraction, rounded down to whole days; the cut days stay cut whatever comes later;
- ``release_on`` releases on a date: from then on the last day is never later than it,
  whatever a later adjustment says (a later change never undoes an earlier release).

Pure; safe on any thread. Every step is recorded in the trace when one is asked for.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import NamedTuple

from app.model import ADJUSTMENT_KINDS, Event
from app.sentence.calendar import add_months_days
from app.sentence.trace import TraceStep
from app.terms import Term, TermError, parse_fraction

Trace = list[TraceStep] | None

_ADJUSTMENTS = frozenset(ADJUSTMENT_KINDS)


class Adjusted(NamedTuple):
    """The sentence after the adjustments: its term (None for life), the days cut by
    fractional pardons, and the earliest release date set (None when none)."""

    term: Term | None
    cut_days: int
    release: date | None


def reduce_term(term: Term, by: Term, start: date) -> Term:
    """The term shortened by ``by``: months from months and days from days; when a part would
    go below zero, the remaining length is counted in days on the calendar instead."""
    months = term.total_months - by.total_months
    days = term.total_days - by.total_days
    if months >= 0 and days >= 0:
        return Term(years=months // 12, months=months % 12, days=days)
    end = add_months_days(start, term.total_months, term.total_days)
    new_end = add_months_days(end, -by.total_months, -by.total_days)
    return Term(days=max(0, (new_end - start).days))


def _event_order(event: Event) -> tuple[date, str, str]:
    return (event.date, event.kind, event.id)


# The current last day (as an ordinal, before any release) for a term (None: life) and the
# days cut so far; a life term answers None.
LastDayOf = Callable[[Term | None, int], int | None]


def adjust(
    term: Term | None,
    start: date,
    events: tuple[Event, ...],
    on: date,
    as_of_day: bool,
    last_day_of: LastDayOf,
    trace: Trace,
) -> Adjusted:
    """Apply the adjustment events in date order (ties: kind, then id). With ``as_of_day``
    only those dated on or before ``on`` apply; the trace lists the others."""
    cut = 0
    release: date | None = None
    adjustments = [e for e in events if e.kind in _ADJUSTMENTS]
    if len(adjustments) > 1:
        adjustments.sort(key=_event_order)
    for event in adjustments:
        where: dict[str, object] = {"date": event.date, "kind": event.kind, "event_id": event.id}
        if as_of_day and event.date > on:
            if trace is not None:
                trace.append(TraceStep("adjustment_later", {**where, "on": on}))
            continue
        changed = False
        if event.new_term is not None:
            if trace is not None:
                before = "life" if term is None else str(term)
                values = {**where, "before": before, "after": str(event.new_term)}
                trace.append(TraceStep("replace_term", values))
            term, changed = event.new_term, True
        if event.reduce_by is not None:
            changed = True
            if term is None:
                if trace is not None:
                    values = {**where, "reduce_by": str(event.reduce_by)}
                    trace.append(TraceStep("reduce_life_ignored", values))
            else:
                after = reduce_term(term, event.reduce_by, start)
                if trace is not None:
                    values = {
                        **where,
                        "before": str(term),
                        "reduce_by": str(event.reduce_by),
                        "after": str(after),
                    }
                    trace.append(TraceStep("reduce_term", values))
                term = after
        if event.reduce_unserved_by is not None:
            changed = True
            cut += _cut(event, where, term, cut, last_day_of, trace)
        if event.release_on is not None:
            changed = True
            earlier = release is None or event.release_on < release
            if trace is not None:
                if earlier:
                    trace.append(
                        TraceStep("set_last_day", {**where, "release_on": event.release_on})
                    )
                else:
                    values = {**where, "release_on": event.release_on, "kept": release}
                    trace.append(TraceStep("release_not_later", values))
            if earlier:
                release = event.release_on
        elif changed and release is not None and trace is not None:
            trace.append(TraceStep("release_kept", {**where, "release_on": release}))
        if not changed and trace is not None:
            trace.append(TraceStep("adjustment_no_change", where))
    return Adjusted(term, cut, release)


def _cut(
    event: Event,
    where: dict[str, object],
    term: Term | None,
    cut: int,
    last_day_of: LastDayOf,
    trace: Trace,
) -> int:
    """The days a fractional pardon cuts: the unserved part on its date (the current last day
    before any release, minus that date; the last day counts as served) times the fraction,
    rounded down (never more than the pardon gives). A life term has no unserved part to cut
    (a pardon of a life term gives a ``new_term`` or a ``release_on``)."""
    try:
        numerator, denominator = parse_fraction(event.reduce_unserved_by)
    except TermError:  # case JSON refuses these; a hand-built Event may still carry one
        numerator, denominator = 0, 1
    last = last_day_of(term, cut)
    if last is None:
        if trace is not None:
            values = {**where, "fraction": f"{event.reduce_unserved_by}"}
            trace.append(TraceStep("cut_life_ignored", values))
        return 0
    unserved = max(0, last - event.date.toordinal())
    days = unserved * numerator // denominator
    if trace is not None:
        values = {
            **where,
            "fraction": f"{numerator}/{denominator}",
            "unserved_days": unserved,
            "cut_days": days,
            "before": date.fromordinal(last),
            "result": date.fromordinal(last - days),
        }
        trace.append(TraceStep("cut_unserved", values))
    return days
