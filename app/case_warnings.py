"""Warnings about a case that is valid but looks wrong to a lawyer, or is not complete.

A warning never refuses a case (pretrial credit legitimately starts a sentence before its
verdict; a verdict may be known before its text). :func:`case_warnings` returns structured
warnings (a code, the case JSON field, values); ``case add``/``case edit`` print them on
stderr and the case editor shows them. :func:`render_warning` is the English line.
Pure; safe on any thread.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import NamedTuple

from app.model import Case, Sentence
from app.sentence.calendar import add as add_term

# A sentence counted from more than this many days before its verdict is worth a second look.
START_BEFORE_VERDICT_DAYS = 2 * 365


class CaseWarning(NamedTuple):
    """``code`` names the warning, ``field`` the case JSON path it is about."""

    code: str
    field: str
    values: Mapping[str, object]


def case_warnings(case: Case) -> tuple[CaseWarning, ...]:
    """What a lawyer should look at again in ``case`` (empty when nothing)."""
    sentence = case.sentence
    if sentence is None:
        return ()
    found: list[CaseWarning] = []
    for field in sentence.missing:
        found.append(CaseWarning("not_yet_known", field, {}))
    start, verdict = sentence.start_date, sentence.verdict_date
    if start is not None and verdict is not None:
        days = verdict.toordinal() - start.toordinal()
        if days > START_BEFORE_VERDICT_DAYS:
            values = {"start": start, "verdict": verdict, "days": days}
            found.append(CaseWarning("start_long_before_verdict", "sentence.start_date", values))
    found.extend(_aggregate_warnings(sentence))
    for index, interruption in enumerate(sentence.interruptions):
        if start is not None and interruption.end < start:
            values = {"from": interruption.start, "to": interruption.end, "start": start}
            field = f"sentence.interruptions[{index}]"
            found.append(CaseWarning("interruption_before_start", field, values))
    return tuple(found)


def _aggregate_warnings(sentence: Sentence) -> list[CaseWarning]:
    """An aggregated sentence (CC Art. 66/67) is at least as long as each verdict in it, and
    life when one of them is life."""
    if not sentence.components or sentence.life or sentence.term is None:
        return []
    found: list[CaseWarning] = []
    if any(c.life for c in sentence.components):
        found.append(CaseWarning("aggregate_not_life", "sentence.term", {}))
    base = date(2000, 1, 1)
    own = add_term(base, sentence.term)
    for index, component in enumerate(sentence.components):
        if component.term is not None and add_term(base, component.term) > own:
            values = {"index": index, "term": str(component.term), "own": str(sentence.term)}
            found.append(CaseWarning("aggregate_shorter_than_component", "sentence.term", values))
    return found


def _iso(value: object) -> str:
    return value.isoformat() if isinstance(value, date) else str(value)


def render_warning(warning: CaseWarning) -> str:
    """One English line naming the field."""
    v = warning.values
    if warning.code == "not_yet_known":
        text = "not yet known: the dates that need it show 'needs review' until it is given"
    elif warning.code == "start_long_before_verdict":
        years = int(v["days"]) // 365  # type: ignore[call-overload]
        text = (
            f"the sentence is counted from {_iso(v['start'])}, about {years} years before the "
            f"verdict of {_iso(v['verdict'])}; check the start date (pretrial credit is "
            "recorded as custody)"
        )
    elif warning.code == "interruption_before_start":
        text = (
            f"{_iso(v['from'])}..{_iso(v['to'])} is before the sentence starts "
            f"({_iso(v['start'])}), so it moves nothing"
        )
    elif warning.code == "aggregate_not_life":
        text = "an aggregated verdict is life imprisonment, so the aggregated sentence is too"
    elif warning.code == "aggregate_shorter_than_component":
        text = (
            f"{v['own']} is shorter than aggregated verdict {int(str(v['index'])) + 1} "
            f"({v['term']}); an aggregated sentence is at least as long as each verdict in it"
        )
    else:
        text = warning.code
    return f"warning: {warning.field}: {text}"
