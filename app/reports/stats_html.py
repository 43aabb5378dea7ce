"""Statistics (:class:`app.stats.Statistics`) as a printable HTML report.

Tables of counts and shares by group, status and article and, under a rule, its reach by
group and month. Chart images may be placed above the tables by name (``chart:groups``...):
the renderer supplies them from memory, so nothing is written to disk. Aggregates only —
no names — but still plaintext once saved: callers say so. Pure.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from html import escape

from app.groups import display_name
from app.reports.summary_html import html_document
from app.reports.words import label
from app.stats import Share, Statistics

RESULT_LABELS = {
    "eligible": "Eligible",
    "eligible_from": "Eligible from a later date",
    "not_eligible": "Not eligible",
    "needs_review": "Needs review",
}


def _share_table(
    title: str, shares: dict[str, Share], *, codes: bool, name: Callable[[str], str] = label
) -> str:
    rows = "".join(
        f"<tr><td>{escape(name(key) if codes else key)}</td>"
        f'<td align="right">{share.count}</td><td align="right">{share.percent:.1f} %</td></tr>'
        for key, share in shares.items()
    )
    if not rows:
        rows = '<tr><td colspan="3">—</td></tr>'
    return (
        f"<h2>{escape(title)}</h2>"
        '<table width="100%" border="1" cellspacing="0" cellpadding="3" '
        'style="border-color: #9fa8da; border-collapse: collapse;">'
        "<thead><tr><th>Value</th><th>People</th><th>Share</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
    )


def _rule_tables(stats: Statistics) -> str:
    rule = stats.rule
    if rule is None:
        return ""
    window = f", window to {rule.window_end.isoformat()}" if rule.window_end else ""
    parts = [
        f"<h2>{escape(rule.title)}</h2>",
        f'<p class="muted">Rule {escape(rule.id)}, evaluated on {rule.on.isoformat()}{window}.</p>',
        '<table width="100%" border="1" cellspacing="0" cellpadding="3" '
        'style="border-color: #9fa8da; border-collapse: collapse;">'
        "<thead><tr><th>Group</th>"
        + "".join(f"<th>{escape(text)}</th>" for text in RESULT_LABELS.values())
        + "</tr></thead><tbody>",
    ]
    parts.append(
        "<tr><td><b>All</b></td>"
        + "".join(f'<td align="right"><b>{rule.counts[s]}</b></td>' for s in RESULT_LABELS)
        + "</tr>"
    )
    for group, counts in rule.by_group.items():
        parts.append(
            f"<tr><td>{escape(display_name(group))}</td>"
            + "".join(f'<td align="right">{counts[s]}</td>' for s in RESULT_LABELS)
            + "</tr>"
        )
    parts.append("</tbody></table>")
    parts.append(
        "<h3>First qualifying, by month</h3>"
        '<table border="1" cellspacing="0" cellpadding="3" '
        'style="border-color: #9fa8da; border-collapse: collapse;">'
        "<thead><tr><th>Month</th><th>People</th></tr></thead><tbody>"
        + "".join(
            f'<tr><td>{month}</td><td align="right">{n}</td></tr>'
            for month, n in rule.by_month.items()
        )
        + "</tbody></table>"
    )
    return "".join(parts)


def stats_html(
    stats: Statistics, *, printed_on: date, charts: Sequence[tuple[str, int]] = ()
) -> str:
    """The statistics report. ``charts`` are ``(image name, width in pixels)`` pairs to show
    under the title (the renderer provides the images)."""
    images = "".join(
        f'<p><img src="{escape(name)}" width="{width}"/></p>' for name, width in charts
    )
    body = (
        f"<h1>Statistics of {stats.total} case{'' if stats.total == 1 else 's'}</h1>"
        f'<p class="muted">As of {printed_on.isoformat()}. A person in several groups, or '
        "convicted under several articles, counts once in each.</p>"
        + images
        + _share_table("By group", stats.by_group, codes=True, name=display_name)
        + _share_table("By status", stats.by_status, codes=True)
        + _share_table("By article", stats.by_article, codes=False)
        + _rule_tables(stats)
    )
    return html_document(body, "Statistics")


def stats_footer(printed_on: date) -> Callable[[int, int], str]:
    """The footer of each page: print date and page of pages."""

    def footer(page: int, pages: int) -> str:
        return f"Casework statistics · Printed {printed_on.isoformat()} · Page {page} of {pages}"

    return footer
