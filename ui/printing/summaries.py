"""Case summaries (built in ``app.reports``) as printables and PDF bytes."""

from __future__ import annotations

from collections.abc import Sequence

from app.reports import Summary, summary_html
from app.reports.phrases import say
from ui.printing.render import Printable, render_pdf


def summary_printable(summary: Summary) -> Printable:
    """One summary: its HTML, and its footer (print date, profile, page of pages)."""
    return Printable(summary_html(summary), summary.footer)


def render_summaries_pdf(summaries: Sequence[Summary], *, page_size: str = "A4") -> bytes:
    """One PDF with each summary starting on a new page, numbered per case."""
    lang = summaries[0].lang if summaries else "en"
    title = say("summary.title" if len(summaries) == 1 else "summaries.title", lang)
    return render_pdf([summary_printable(s) for s in summaries], page_size=page_size, title=title)
