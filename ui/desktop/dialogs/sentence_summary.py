"""The computed dates of a sentence in the user's words, for the case editor's sentence tab:
the last day (and the other month-end convention's last day, with a note, when they
differ), a life term's time served, a term served by credit, the unserved part, the credit
and the milestones; and the core's warnings about the case. GUI thread only.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from app.case_warnings import CaseWarning
from app.sentence import Computation
from ui.desktop import labels

translate = QCoreApplication.translate


def sentence_summary(comp: Computation, today: date) -> list[str]:
    """Lines of text for ``comp`` as of ``today``."""
    lines: list[str] = []
    if comp.last_day is None:
        lines.append(
            translate(
                "SentenceSummary",
                "Life imprisonment: no last day; release is decided on years served.",
            )
        )
        lines.append(
            translate("SentenceSummary", "Served so far (credit included): %1 days").replace(
                "%1", str(comp.served_days)
            )
        )
        lines.append(
            translate("SentenceSummary", "Credited days: %1").replace("%1", str(comp.credited_days))
        )
        return lines
    lines.append(
        translate("SentenceSummary", "Last day: %1").replace(
            "%1", labels.format_date(comp.last_day)
        )
    )
    if comp.alternative_last_day is not None:
        lines.append(
            translate(
                "SentenceSummary",
                "Last day under the other month-end convention: %1. The two conventions differ "
                "for a start on the 29th–31st; which one applies is not settled.",
            ).replace("%1", labels.format_date(comp.alternative_last_day))
        )
    if comp.term_served_by_credit:
        lines.append(
            translate(
                "SentenceSummary",
                "Term served by credit (%1 days more than the term): should be free.",
            ).replace("%1", str(comp.excess_credit_days))
        )
    lines.append(
        translate("SentenceSummary", "Unserved: %1").replace(
            "%1", labels.format_span(today, comp.last_day) or "0"
        )
    )
    lines.append(
        translate("SentenceSummary", "Credited days: %1").replace("%1", str(comp.credited_days))
    )
    if comp.interruption_days:
        lines.append(
            translate("SentenceSummary", "Days interrupted (added to the term): %1").replace(
                "%1", str(comp.interruption_days)
            )
        )
    milestones = [
        f"{labels.label('milestone', code)}: {labels.format_date(day)}"
        for code, day in (
            ("half", comp.half),
            ("two_thirds", comp.two_thirds),
            ("three_quarters", comp.three_quarters),
        )
        if day is not None
    ]
    if milestones:
        lines.append("  ".join(milestones))
    return lines


def sentence_warning_text(warning: CaseWarning) -> str:
    """A warning of :func:`app.case_warnings.case_warnings` in the user's language."""
    v = warning.values
    if warning.code == "start_long_before_verdict":
        return (
            translate(
                "SentenceSummary",
                "Check the start date: %1 is about %2 years before the verdict of %3. Custody "
                "before the sentence is recorded as custody, and credited.",
            )
            .replace("%1", labels.format_date(_day(v.get("start"))))
            .replace("%2", str(int(str(v.get("days") or 0)) // 365))
            .replace("%3", labels.format_date(_day(v.get("verdict"))))
        )
    if warning.code == "interruption_before_start":
        return translate(
            "SentenceSummary",
            "An interruption ends before the sentence starts, so it moves nothing.",
        )
    if warning.code == "aggregate_not_life":
        return translate(
            "SentenceSummary",
            "An aggregated verdict is life imprisonment, so the aggregated sentence is too: "
            "check the term.",
        )
    if warning.code == "aggregate_shorter_than_component":
        return translate(
            "SentenceSummary",
            "The term is shorter than aggregated verdict %1: an aggregated sentence is at "
            "least as long as each verdict in it.",
        ).replace("%1", str(int(str(v.get("index") or 0)) + 1))
    if warning.code == "not_yet_known":
        return translate(
            "SentenceSummary", "Part of the sentence is not yet known: some dates need review."
        )
    return warning.code


def _day(value: object) -> date | None:
    return value if isinstance(value, date) else None
