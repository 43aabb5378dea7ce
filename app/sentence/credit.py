"""Days that move the last day: credit for custody before the start, and interruptions
(days after the start not spent serving). See docs/sentence-conventions.md §3 and §8.

Pure; safe on any thread.
"""

from __future__ import annotations

from datetime import date

from app.model import Case, CustodyPeriod, Interruption
from app.sentence.profile import AZ, JurisdictionProfile
from app.sentence.trace import TraceStep

Trace = list[TraceStep] | None
# Interruption days as merged, sorted (first, last) ordinal ranges, both ends counted.
Spans = tuple[tuple[int, int], ...]


def _period_order(period: CustodyPeriod) -> tuple[date, date, str]:
    return (period.start, period.end or date.max, period.kind)


def credit_days(
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


def interruption_spans(
    interruptions: tuple[Interruption, ...], start: date, trace: Trace
) -> tuple[int, Spans]:
    """The days (both ends counted) of the interruptions on or after ``start``, a day covered
    twice counting once, and their merged ranges. Days before the start are not counted: the
    term was not running yet."""
    if not interruptions:
        return 0, ()
    first_day = start.toordinal()
    ranges: list[tuple[int, int]] = []
    for item in sorted(interruptions, key=lambda i: (i.start, i.end)):
        first, last = max(item.start.toordinal(), first_day), item.end.toordinal()
        if trace is not None:
            values = {
                "from": item.start,
                "to": item.end,
                "reason": item.reason,
                "days": max(0, last - first + 1),
                "clipped": item.start.toordinal() < first_day,
            }
            trace.append(TraceStep("interruption", values))
        if last < first:
            continue
        if ranges and first <= ranges[-1][1] + 1:
            if last > ranges[-1][1]:
                ranges[-1] = (ranges[-1][0], last)
        else:
            ranges.append((first, last))
    total = sum(last - first + 1 for first, last in ranges)
    if trace is not None:
        trace.append(TraceStep("interruption_total", {"days": total}))
    return total, tuple(ranges)


def interrupted_through(spans: Spans, day: int) -> int:
    """Interruption days on or before the ordinal ``day``."""
    total = 0
    for first, last in spans:
        if first > day:
            break
        total += (last if last < day else day) - first + 1
    return total


def credited_days(case: Case, profile: JurisdictionProfile = AZ) -> int:
    """Days of custody before the sentence's start date credited against the sentence: each
    period's days times its kind's ratio in ``profile``, rounded down, a day covered twice
    counted once. 0 without a sentence, a start date or custody. This is what
    :func:`~app.sentence.compute_core` counts, also for a sentence it gives no dates for
    (a life term)."""
    start = getattr(case.sentence, "start_date", None)
    if start is None or not case.custody:
        return 0
    return credit_days(case.custody, start, profile, None)
