"""Statistics (:class:`app.stats.Statistics`) as a printable HTML report, in English,
Azerbaijani or Russian (``lang``; see docs/reports.md).

Tables of counts and shares by group, status and article and, under a rule, its reach by
group and month. Chart images may be placed above the tables by name (``chart:groups``...):
the renderer supplies them from memory, so nothing is written to disk. Aggregates only —
no names — but still plaintext once saved: callers say so. Pure.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from html import escape

from app.reports.phrases import say
from app.reports.summary_html import html_document
from app.stats import Share, Statistics
from app.words import (
    DEFAULT_LANGUAGE,
    check_language,
    date_words,
    decimal_words,
    month_words,
    word,
)

RESULTS = ("eligible", "eligible_from", "not_eligible", "needs_review")
# Kept for callers that want the English words of the result columns.

_TABLE = (
    '<table width="100%" border="1" cellspacing="0" cellpadding="3" '
    'style="border-color: #9fa8da; border-collapse: collapse;">'
)


def _share_table(title: str, shares: dict[str, Share], table: str, lang: str) -> str:
    rows = "".join(
        f"<tr><td>{escape(word(table, key, lang) if table else key)}</td>"
        f'<td align="right">{share.count}</td>'
        f'<td align="right">{decimal_words(share.percent, lang)} %</td></tr>'
        for key, share in shares.items()
    )
    if not rows:
        rows = '<tr><td colspan="3">—</td></tr>'
    head = "".join(
        f"<th>{escape(say(k, lang))}</th>" for k in ("stats.value", "stats.people", "stats.share")
    )
    return (
        f"<h2>{escape(title)}</h2>{_TABLE}"
        f"<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
    )


def _month(key: str, lang: str) -> str:
    try:
        year, month = (int(part) for part in key.split("-", 1))
        return month_words(year, month, lang)
    except ValueError:
        return key


def _rule_tables(stats: Statistics, lang: str) -> str:
    rule = stats.rule
    if rule is None:
        return ""
    title = rule.title_in(lang)
    window = (
        say("stats.window", lang, date=date_words(rule.window_end, lang)) if rule.window_end else ""
    )
    evaluated = say("stats.rule", lang, date=date_words(rule.on, lang), window=window)
    parts = [
        f"<h2>{escape(title)}</h2>",
        f'<p class="muted">{escape(evaluated)}</p>',
        _TABLE,
        f"<thead><tr><th>{escape(say('stats.group', lang))}</th>"
        + "".join(f"<th>{escape(word('result', s, lang))}</th>" for s in RESULTS)
        + "</tr></thead><tbody>",
    ]
    parts.append(
        f"<tr><td><b>{escape(say('stats.all', lang))}</b></td>"
        + "".join(f'<td align="right"><b>{rule.counts.get(s, 0)}</b></td>' for s in RESULTS)
        + "</tr>"
    )
    for group, counts in rule.by_group.items():
        parts.append(
            f"<tr><td>{escape(word('group', group, lang))}</td>"
            + "".join(f'<td align="right">{counts.get(s, 0)}</td>' for s in RESULTS)
            + "</tr>"
        )
    parts.append("</tbody></table>")
    parts.append(
        f"<h3>{escape(say('stats.by_month', lang))}</h3>"
        '<table border="1" cellspacing="0" cellpadding="3" '
        'style="border-color: #9fa8da; border-collapse: collapse;">'
        f"<thead><tr><th>{escape(say('stats.month', lang))}</th>"
        f"<th>{escape(say('stats.people', lang))}</th></tr></thead><tbody>"
        + "".join(
            f'<tr><td>{escape(_month(month, lang))}</td><td align="right">{n}</td></tr>'
            for month, n in rule.by_month.items()
        )
        + "</tbody></table>"
    )
    return "".join(parts)


def stats_html(
    stats: Statistics,
    *,
    printed_on: date,
    charts: Sequence[tuple[str, int]] = (),
    lang: str = DEFAULT_LANGUAGE,
) -> str:
    """The statistics report in ``lang``. ``charts`` are ``(image name, width in pixels)``
    pairs to show under the title (the renderer provides the images)."""
    lang = check_language(lang)
    images = "".join(
        f'<p><img src="{escape(name)}" width="{width}"/></p>' for name, width in charts
    )
    as_of = say("stats.as_of", lang, date=date_words(printed_on, lang))
    body = (
        f"<h1>{escape(say('stats.title', lang, count=stats.total))}</h1>"
        f'<p class="muted">{escape(as_of)}</p>'
        + images
        + _share_table(say("stats.by_group", lang), stats.by_group, "group", lang)
        + _share_table(say("stats.by_status", lang), stats.by_status, "status", lang)
        + _share_table(say("stats.by_article", lang), stats.by_article, "", lang)
        + _rule_tables(stats, lang)
    )
    return html_document(body, say("stats.title", lang, count=stats.total))


def stats_footer(printed_on: date, lang: str = DEFAULT_LANGUAGE) -> Callable[[int, int], str]:
    """The footer of each page: print date and page of pages, in ``lang``."""

    def footer(page: int, pages: int) -> str:
        head = say("stats.footer", lang, date=date_words(printed_on, lang))
        return f"{head} · {say('page', lang, page=page, pages=pages)}"

    return footer
