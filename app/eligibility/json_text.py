"""The eligibility JSON of the CLI (``eligibility --json``, docs/rules.md: a contract) written as
text in one go.

Each item is exactly ``json.dumps(reviewed_json(item), ensure_ascii=False)`` without the
``notes`` key (their text stays with the case), one item per line, as
:func:`ui.cli.context.print_json` prints a list. A rule's reasons repeat over thousands of
cases — the same criterion, value seen and verdict — so each distinct reason is rendered and
encoded once per document and its text reused; the rest is joined from strings the C
encoder writes. For 10,000 cases this takes a small part of building the dictionaries and
dumping them. Pure.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from json.encoder import encode_basestring  # the C encoder's string function when available
from typing import cast

from app.eligibility.evaluate import Explain, Reason, RuleResult, reason_of
from app.eligibility.notes import ReviewedResult, override_json
from app.eligibility.render import reason_head, reason_verdict, render_reason


class _Document:
    """What one document writes once: each reason's JSON by what it is made of (a threshold
    by identity: ``keep`` holds each one seen, so no id is reused meanwhile; a rule's
    criterion is its own key), and the parts of a criterion's JSON that every case shares."""

    __slots__ = ("heads", "keep", "memo")

    def __init__(self) -> None:
        self.memo: dict[tuple[object, ...], str] = {}
        self.keep: list[object] = []
        self.heads: dict[Explain, tuple[str, str, str]] = {}


def _value(value: object) -> str:
    """``json.dumps(value, ensure_ascii=False)``, without its overhead for the usual values."""
    kind = value.__class__
    if kind is str:
        return encode_basestring(cast(str, value))
    if kind is int:
        return int.__repr__(cast(int, value))
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if kind is list:
        items = cast(list[object], value)
        if all(item.__class__ is str for item in items):
            return "[" + ", ".join(map(encode_basestring, cast(list[str], items))) + "]"
    return json.dumps(value, ensure_ascii=False)


def _reason_json(reason: Reason, on: date) -> str:
    """``json.dumps(reason_json(reason, on), ensure_ascii=False)``."""
    criterion, seen = encode_basestring(reason.criterion), _value(reason.seen)
    threshold, holds = _value(reason.threshold), _value(reason.holds)
    text = encode_basestring(render_reason(reason, on))
    return (
        f'{{"criterion": {criterion}, "seen": {seen}, "threshold": {threshold}, '
        f'"holds": {holds}, "text": {text}}}'
    )


def _criterion_json(
    explain: Explain, reason: Reason, on: date, heads: dict[Explain, tuple[str, str, str]]
) -> str:
    """:func:`_reason_json` of a criterion's reason; what is the same for every case (the
    criterion, its threshold, the head of the text) is written once per document."""
    parts = heads.get(explain)
    if parts is None:
        criterion, threshold = explain.criterion, explain.threshold
        parts = heads[explain] = (
            f'{{"criterion": {encode_basestring(criterion)}, "seen": ',
            f', "threshold": {_value(threshold)}, "holds": ',
            f"{reason_head(criterion, threshold)}: ",
        )
    start, middle, head = parts
    text = encode_basestring(head + reason_verdict(reason, on))
    return f'{start}{_value(reason.seen)}{middle}{_value(reason.holds)}, "text": {text}}}'


def _reason(reason: Reason, on: date, doc: _Document) -> str:
    memo = doc.memo
    seen, threshold = reason.seen, reason.threshold
    key: tuple[object, ...] = (
        reason.code,
        reason.criterion,
        id(threshold),
        tuple(cast(list[object], seen)) if seen.__class__ is list else seen,
        seen.__class__,
        reason.holds,
        reason.since,
        reason.until,
        reason.field,
        on,
    )
    found = memo.get(key)
    if found is None:
        if seen.__class__ is float:  # -0.0 == 0.0, yet they are written apart
            key = (*key, repr(seen))
            found = memo.get(key)
            if found is not None:
                return found
        doc.keep.append(threshold)
        found = memo[key] = _reason_json(reason, on)
    return found


def _reasons(result: RuleResult, doc: _Document) -> str:
    """The result's reasons' JSON, joined. A criterion's reason is made only when its test's
    interval and the value seen (all it depends on, with the day) are new in the document."""
    explanation = result.explanation
    if explanation is None:
        return ""
    on = result.on
    gate, criteria = explanation.listed()
    parts = [_reason(reason, on, doc) for reason in gate] if gate else []
    memo, heads = doc.memo, doc.heads
    append, get = parts.append, memo.get
    day = explanation.day_number
    for explain in criteria:
        found = explain.test(explanation)
        if found.__class__ is str:  # a missing field: no value seen
            seen = None
            key: tuple[object, ...] = (explain, day, on, found)
        else:
            seen = explain.seen(explanation)
            kind = seen.__class__
            if kind is list:
                key = (explain, day, on, found, tuple(seen), kind)
            elif kind is float:  # -0.0 == 0.0, yet they are written apart
                key = (explain, day, on, found, repr(seen), kind)
            else:
                key = (explain, day, on, found, seen, kind)
        text = get(key)
        if text is None:
            reason = reason_of(explain, explanation, found, seen)
            text = memo[key] = _criterion_json(explain, reason, on, heads)
        append(text)
    return ", ".join(parts)


def _item(item: ReviewedResult, doc: _Document) -> str:
    result = item.result
    reasons = _reasons(result, doc)
    override = "null" if item.override is None else _value(override_json(item.override))
    case_id, name = encode_basestring(result.case_id), encode_basestring(result.name)
    status = encode_basestring(result.status)
    when = "null" if result.date is None else f'"{result.date.isoformat()}"'
    effect, clause = _value(result.effect), _value(result.clause)
    return (
        f'{{"case_id": {case_id}, "name": {name}, "status": {status}, "date": {when}, '
        f'"effect": {effect}, "clause": {clause}, "reasons": [{reasons}], '
        f'"override": {override}}}'
    )


def results_json_text(items: Sequence[ReviewedResult]) -> str:
    """The CLI's ``eligibility --json`` document for ``items``, ending in a newline."""
    if not items:
        return "[]\n"
    doc = _Document()
    return "[" + ",\n ".join([_item(item, doc) for item in items]) + "]\n"
