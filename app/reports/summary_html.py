"""A :class:`~app.reports.summary.Summary` as HTML for ``QTextDocument`` (and any browser).

Only the HTML subset Qt's rich text engine lays out well: headings, paragraphs and tables
with attributes and simple CSS. Every text from the case is escaped, so a name or a note
can never add markup — nor an image that would make Qt read a local file into the PDF.
The font is left to the renderer (it picks one with Azerbaijani and Cyrillic letters);
``FONT_FAMILIES`` is the CSS fallback for browsers. Pure.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from app.reports.phrases import say
from app.reports.summary import Item, RuleBlock, Section, Summary, Table

FONT_FAMILIES = "'DejaVu Sans', 'Noto Sans', 'Segoe UI', Arial, sans-serif"

STATUS_COLOURS = {
    "eligible": "#1b5e20",
    "eligible_from": "#0d47a1",
    "not_eligible": "#424242",
    "needs_review": "#e65100",
}

STYLE = f"""
body {{ font-family: {FONT_FAMILIES}; font-size: 9.5pt; color: #111; }}
h1 {{ font-size: 17pt; margin: 0 0 2px 0; }}
h2 {{ font-size: 11.5pt; margin: 12px 0 4px 0; color: #1a237e; }}
h3 {{ font-size: 10pt; margin: 8px 0 2px 0; }}
p {{ margin: 2px 0; }}
.banner {{ color: #b71c1c; font-weight: bold; font-size: 8.5pt; }}
.aliases {{ color: #444; }}
.muted {{ color: #555; font-size: 8.5pt; }}
.caution {{ color: #8d4a00; font-size: 8.5pt; }}
th {{ background-color: #e8eaf6; text-align: left; font-weight: bold; }}
td.label {{ color: #333; }}
""".strip()


def _text(value: str) -> str:
    """Escaped text with its line breaks kept."""
    return escape(value).replace("\n", "<br/>")


def _cell_pair(label: str, value: str, strong: bool) -> str:
    shown = f"<b>{_text(value)}</b>" if strong else _text(value)
    return f'<td class="label" width="20%">{_text(label)}</td><td width="30%">{shown}</td>'


def _rows_html(section: Section) -> str:
    """Label/value pairs, two pairs to a line so a summary fits on fewer pages."""
    rows = section.rows
    lines = []
    for start in range(0, len(rows), 2):
        pair = rows[start : start + 2]
        cells = "".join(_cell_pair(r.label, r.value, r.strong) for r in pair)
        if len(pair) == 1:
            cells += '<td width="20%">&nbsp;</td><td width="30%">&nbsp;</td>'
        lines.append(f"<tr>{cells}</tr>")
    return '<table width="100%" cellspacing="0" cellpadding="2">' + "".join(lines) + "</table>"


def _table_html(table: Table) -> str:
    head = "".join(f"<th>{_text(c)}</th>" for c in table.columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{_text(cell)}</td>" for cell in row) + "</tr>" for row in table.rows
    )
    return (
        '<table width="100%" border="1" cellspacing="0" cellpadding="3" '
        'style="border-color: #9fa8da; border-collapse: collapse;">'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def _items_html(items: Sequence[Item]) -> str:
    out = []
    for item in items:
        meta = f'<span class="muted">{_text(item.meta)}</span><br/>' if item.meta else ""
        out.append(f"<p>{meta}{_text(item.text)}</p>")
    return "".join(out)


def _rule_html(block: RuleBlock) -> str:
    colour = STATUS_COLOURS.get(block.status, "#111")
    parts = [
        f"<h3>{_text(block.title)}</h3>",
        f'<p><b style="color: {colour};">{_text(block.verdict)}</b></p>',
    ]
    if block.reasons:
        parts.append("<ul>" + "".join(f"<li>{_text(r)}</li>" for r in block.reasons) + "</ul>")
    if block.notes:
        parts.append(_items_html(block.notes))
    if block.caution:
        parts.append(f'<p class="caution">{_text(block.caution)}</p>')
    return "".join(parts)


def section_html(section: Section) -> str:
    parts = [f"<h2>{_text(section.title)}</h2>"]
    has_content = bool(section.rows or section.table or section.rules or section.items)
    if section.rows:
        parts.append(_rows_html(section))
    if section.table is not None:
        parts.append(_table_html(section.table))
    parts.extend(_rule_html(block) for block in section.rules)
    if section.items:
        parts.append(_items_html(section.items))
    if not has_content and section.empty:
        parts.append(f'<p class="muted">{_text(section.empty)}</p>')
    if section.more:
        parts.append(f'<p class="muted">{_text(section.more)}</p>')
    return "".join(parts)


def summary_body(summary: Summary) -> str:
    """The body content of one summary (no ``<html>``), for joining several."""
    parts = [
        f'<p class="banner">{_text(summary.banner)}</p>',
        f"<h1>{_text(summary.name)}</h1>",
    ]
    if summary.aliases:
        parts.append(f'<p class="aliases">{_text(" · ".join(summary.aliases))}</p>')
    parts.extend(section_html(section) for section in summary.sections)
    return "".join(parts)


def html_document(body: str, title: str) -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"/>'
        f"<title>{_text(title)}</title><style>{STYLE}</style></head>"
        f"<body>{body}</body></html>"
    )


def summary_html(summary: Summary) -> str:
    """One summary as a complete HTML document (the footer is drawn per page by the
    renderer; see :meth:`Summary.footer`)."""
    return html_document(
        summary_body(summary), f"{say('summary.title', summary.lang)} — {summary.name}"
    )


def summaries_html(summaries: Sequence[Summary]) -> str:
    """Several summaries in one HTML document, each starting on a new page."""
    bodies = [
        summary_body(s)
        if i == 0
        else f'<div style="page-break-before: always;">{summary_body(s)}</div>'
        for i, s in enumerate(summaries)
    ]
    lang = summaries[0].lang if summaries else "en"
    return html_document("".join(bodies), say("summaries.title", lang))
