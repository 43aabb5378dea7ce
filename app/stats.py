"""Statistics of a list of cases (docs/reports.md, the ``stats --json`` contract).

Counts and shares by group, status and article, and, under an eligibility rule, how many
people it touches in each group and how many first qualify in each month of its window.

- ``percent`` is of the total number of cases, rounded half up to one decimal
  (249 of 392 → 63.5). A person in several groups (or convicted under several articles)
  counts once in each, so those shares may add up to more than 100.
- ``by_status`` lists every status, zeros included (a closed set); ``by_group`` and
  ``by_article`` list the keys that occur, largest count first, then by key.
- Under a rule, each case is counted as :func:`app.eligibility.evaluate_rule` finds it, so
  the rule looks only at people serving a sentence on the evaluation day (docs/rules.md,
  "Who is evaluated"): released, deceased, not yet sentenced and served-out people count as
  ``not_eligible``, an unknown status as ``needs_review`` — never as eligible.
- ``rule.by_month`` counts each ``eligible`` / ``eligible_from`` result in the month of its
  ``date`` (``eligible`` ones in the month of the evaluation day), for every month from the
  evaluation day's month to the month of the rule's ``window_end`` — or, for a rule without
  a window, the evaluation day's month and the eleven after it — zeros included.

Pure (no I/O, no clock: ``today`` is an argument) and safe on any thread.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from app.eligibility import STATUSES as RESULT_STATUSES
from app.eligibility import Rule, RuleResult, evaluate_rule, evaluation_day
from app.list_import.read import quote_cell
from app.model import STATUSES, Case
from app.sentence import AZ, JurisdictionProfile

FORECAST_MONTHS_WITHOUT_WINDOW = 12


@dataclass(frozen=True)
class Share:
    count: int
    percent: float


@dataclass(frozen=True)
class RuleStats:
    """A rule's reach: result counts overall and per group, and first-qualifying per month."""

    id: str
    title: str
    on: date
    window_end: date | None
    counts: dict[str, int]
    by_group: dict[str, dict[str, int]]
    by_month: dict[str, int]
    titles: tuple[tuple[str, str], ...] = ()  # the rule's title in az, ru (``title_az``...)

    def title_in(self, lang: str) -> str:
        """The rule's title in ``lang`` when the rule gives one, else ``title``
        (:meth:`app.eligibility.Rule.title_in`)."""
        return dict(self.titles).get(lang) or self.title


@dataclass(frozen=True)
class Statistics:
    total: int
    by_group: dict[str, Share]
    by_status: dict[str, Share]
    by_article: dict[str, Share]
    rule: RuleStats | None = None


def percent_of(count: int, total: int) -> float:
    """``count`` as a percentage of ``total``, rounded half up to one decimal (0 for no total).

    Integer arithmetic, so 63.45 never becomes 63.4 through a binary fraction."""
    if total <= 0:
        return 0.0
    tenths = (count * 2000 + total) // (2 * total)
    return tenths / 10


def _shares(
    counter: Counter[str], total: int, keys: Iterable[str] | None = None
) -> dict[str, Share]:
    if keys is None:
        keys = sorted(counter, key=lambda key: (-counter[key], key))
    return {key: Share(counter[key], percent_of(counter[key], total)) for key in keys}


def month_key(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def forecast_months(on: date, window_end: date | None) -> list[str]:
    """The ``YYYY-MM`` keys of ``rule.by_month``: from ``on``'s month to ``window_end``'s
    (at least ``on``'s month), or twelve months from ``on``'s month without a window."""
    first = on.year * 12 + on.month - 1
    if window_end is None:
        last = first + FORECAST_MONTHS_WITHOUT_WINDOW - 1
    else:
        last = max(first, window_end.year * 12 + window_end.month - 1)
    return [f"{index // 12:04d}-{index % 12 + 1:02d}" for index in range(first, last + 1)]


def rule_stats(
    rule: Rule, groups_of: Sequence[Iterable[str]], results: Sequence[RuleResult], on: date
) -> RuleStats:
    """Aggregate ``results`` of ``rule`` evaluated on ``on``; ``groups_of[i]`` are the groups
    of the person of ``results[i]`` (from cases or from the case list's rows)."""
    counts = dict.fromkeys(RESULT_STATUSES, 0)
    groups: dict[str, dict[str, int]] = {}
    months = dict.fromkeys(forecast_months(on, rule.window_end), 0)
    for person_groups, result in zip(groups_of, results, strict=True):
        counts[result.status] += 1
        for group in dict.fromkeys(person_groups):
            per_group = groups.get(group)
            if per_group is None:
                per_group = groups[group] = dict.fromkeys(RESULT_STATUSES, 0)
            per_group[result.status] += 1
        if result.date is not None:
            key = month_key(result.date)
            if key in months:
                months[key] += 1
    ordered = sorted(groups, key=lambda g: (-groups[g]["eligible"] - groups[g]["eligible_from"], g))
    return RuleStats(
        id=rule.id,
        title=rule.title,
        on=on,
        window_end=rule.window_end,
        counts=counts,
        by_group={group: groups[group] for group in ordered},
        by_month=months,
        titles=rule.titles,
    )


Facts = tuple[Iterable[str], str, Iterable[str]]  # groups, status, articles of one case


def count_stats(facts: Iterable[Facts]) -> Statistics:
    """Counts and shares from ``(groups, status, articles)`` of each case (no rule)."""
    total = 0
    groups: Counter[str] = Counter()
    statuses: Counter[str] = Counter()
    articles: Counter[str] = Counter()
    for case_groups, status, case_articles in facts:
        total += 1
        statuses[status] += 1
        groups.update(set(case_groups))
        articles.update(set(case_articles))
    return Statistics(
        total=total,
        by_group=_shares(groups, total),
        by_status=_shares(statuses, total, STATUSES),
        by_article=_shares(articles, total),
    )


def row_stats(rows: Iterable[Mapping[str, Any]]) -> Statistics:
    """:func:`count_stats` of the session's list rows (``groups``, ``status``,
    ``articles``): statistics without decrypting whole cases."""
    return count_stats((r["groups"], r["status"], r["articles"]) for r in rows)


def compute_stats(
    cases: Sequence[Case],
    *,
    rule: Rule | None = None,
    on: date | None = None,
    today: date,
    profile: JurisdictionProfile = AZ,
) -> Statistics:
    """The statistics of ``cases``; with ``rule``, also its reach evaluated on docs/rules.md's day
    D (``on``, else the rule's effective date, else ``today``). Never raises for valid cases."""
    stats = count_stats(
        (c.person.groups, c.status, c.sentence.articles if c.sentence is not None else ())
        for c in cases
    )
    if rule is None:
        return stats
    day = evaluation_day(rule, on, today)
    results = [evaluate_rule(rule, c, on=day, today=today, profile=profile) for c in cases]
    groups_of = [c.person.groups for c in cases]
    return replace(stats, rule=rule_stats(rule, groups_of, results, day))


def _shares_json(shares: dict[str, Share]) -> dict[str, dict[str, Any]]:
    return {key: {"count": s.count, "percent": s.percent} for key, s in shares.items()}


def stats_json(stats: Statistics) -> dict[str, Any]:
    """The ``stats --json`` object of docs/reports.md (a contract); the rule part adds ``title``,
    ``on`` and ``window_end`` to the contract's keys."""
    out: dict[str, Any] = {
        "total": stats.total,
        "by_group": _shares_json(stats.by_group),
        "by_status": _shares_json(stats.by_status),
        "by_article": _shares_json(stats.by_article),
    }
    if stats.rule is not None:
        r = stats.rule
        out["rule"] = {
            "id": r.id,
            "title": r.title,
            "on": r.on.isoformat(),
            "window_end": None if r.window_end is None else r.window_end.isoformat(),
            "counts": dict(r.counts),
            "by_group": {group: dict(counts) for group, counts in r.by_group.items()},
            "by_month": dict(r.by_month),
        }
    return out


CSV_HEADER = ("section", "key", "count", "percent")


def stats_rows(stats: Statistics) -> list[tuple[str, str, int, float | str]]:
    """The numbers as flat rows ``(section, key, count, percent)`` for a CSV file: sections
    ``total``, ``group``, ``status``, ``article`` and, under a rule, ``rule:<status>``,
    ``rule_group:<status>`` (key: the group) and ``rule_month`` (percent left empty)."""
    rows: list[tuple[str, str, int, float | str]] = [("total", "", stats.total, 100.0)]
    for section, shares in (
        ("group", stats.by_group),
        ("status", stats.by_status),
        ("article", stats.by_article),
    ):
        rows.extend((section, key, s.count, s.percent) for key, s in shares.items())
    if stats.rule is not None:
        r = stats.rule
        rows.extend(
            (f"rule:{status}", r.id, n, percent_of(n, stats.total))
            for status, n in r.counts.items()
        )
        for group, counts in r.by_group.items():
            rows.extend((f"rule_group:{status}", group, n, "") for status, n in counts.items())
        rows.extend(("rule_month", month, n, "") for month, n in r.by_month.items())
    return rows


def stats_csv(stats: Statistics) -> str:
    """:func:`stats_rows` as CSV text (comma-separated, ``\\r\\n`` line ends, a header row).
    A text cell a spreadsheet would run as a formula (an article or a group from someone
    else's bundle: ``=HYPERLINK(...)``) is written with a leading ``'``, as list export does
    (:func:`app.list_import.read.quote_cell`)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_HEADER)
    writer.writerows(
        tuple(quote_cell(cell) if isinstance(cell, str) else cell for cell in row)
        for row in stats_rows(stats)
    )
    return buffer.getvalue()
