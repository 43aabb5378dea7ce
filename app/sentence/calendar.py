"""Calendar steps of docs/sentence-conventions.md on plain integers, for speed.

:func:`add_months_days` gives exactly python-dateutil's
``relativedelta(months=…, days=…)``: the months first, clamped once to the month's last day,
then the days) — a property test pins the two together. It exists because ``relativedelta``
costs about 12 µs a call and the benchmark (10,000 cases, four dates each, in 100 ms)
leaves about 2 µs for each date. Everything else in the package calls these functions.
"""

from __future__ import annotations

from datetime import date

from app.terms import Term

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year: int, month: int) -> int:
    if month == 2 and is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def is_month_end(day: date) -> bool:
    return day.day == days_in_month(day.year, day.month)


def add_months_days(start: date, months: int, days: int = 0) -> date:
    """``start`` plus ``months`` calendar months (clamped once), then ``days`` days.

    Months and days may be negative (the mirror of the addition). Raises ``OverflowError``
    or ``ValueError`` outside the years 1..9999, like ``datetime.date``.
    """
    result = start
    if months:
        index = start.month - 1 + months
        year = start.year + index // 12
        month = index % 12 + 1
        last = days_in_month(year, month)
        result = date(year, month, start.day if start.day <= last else last)
    if days:
        result = date.fromordinal(result.toordinal() + days)
    return result


def add(start: date, term: Term) -> date:
    """``add(date, term)`` of docs/sentence-conventions.md."""
    return add_months_days(start, term.total_months, term.total_days)


def fraction_offset(
    term: Term, numerator: int, denominator: int, days_per_month: int = 30
) -> tuple[int, int]:
    """The fraction ``numerator/denominator`` of ``term`` as (whole months, days),
    docs/sentence-conventions.md.

    The months (12·Y + M) and the days (7·W + D) are taken apart: the fraction of the months
    gives whole months plus the remainder × ``days_per_month`` days, the fraction of the days
    gives days; every fractional day is rounded up. Integer arithmetic only (no rounding error).
    """
    scaled_months = term.total_months * numerator
    whole_months, remainder = divmod(scaled_months, denominator)
    remainder_days = -(-remainder * days_per_month // denominator)
    fraction_days = -(-term.total_days * numerator // denominator)
    return whole_months, remainder_days + fraction_days


def first_day_within(last_day: date, term: Term) -> date:
    """The first day ``d`` with ``last_day <= add(d, term)`` ("at most ``term`` left on d").

    ``add(d, term)`` is the month step then ``7·W + D`` days, and the month step is
    non-decreasing in ``d``, so the answer is the first ``d`` whose month step reaches
    ``last_day − days``: the same day of the month ``months`` earlier when that month has
    it, else the first day of the month after (every day of a short month steps to before
    the target). Exact, O(1); a property test checks it against ``add_term``.
    """
    days = term.total_days
    target = date.fromordinal(last_day.toordinal() - days) if days else last_day
    index = target.year * 12 + target.month - 1 - term.total_months
    year, month = divmod(index, 12)
    month += 1
    day = target.day
    if day <= 28 or day <= days_in_month(year, month):
        return date(year, month, day)
    return date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
