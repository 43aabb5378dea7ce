"""A case's facts: what lists, search, statistics and rules need, kept apart from the whole
case (docs/vault-format.md, the ``facts`` record).

The facts of a case are its :class:`~app.list_row.ListRow` and a *light case*: the case
without notes, documents, facility and the text of events, keeping only the events that
change the sentence. The rule engine and the statistics take :class:`~app.model.Case`
objects and read nothing else, so they run unchanged on light cases
(:func:`light_case_of`). Unlock decrypts one small ``facts`` record per case; the whole
case is read only to show or edit that case.

The light case is stored as JSON text inside the record, so unlock (which needs only the
row) does not parse it; :func:`light_case` builds the :class:`Case` when a rule or a
statistic first asks. The text leaves out what the row already holds (id, name, aliases,
birth date, groups, status, articles, category, term): :func:`light_case` takes them from
the row. It trusts its input — the app wrote it, and the record is authenticated — and
hands anything it does not know (a field added by a later version) to the full parser
:func:`app.case_json.parse_case`. Texts written before the row's fields were left out
(facts version 1) still hold them, and are read the same way.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from typing import Any

from app.case_json import case_to_json, parse_case
from app.list_row import ListRow, list_row_for
from app.model import (
    ADJUSTMENT_KINDS,
    Case,
    CustodyPeriod,
    EligibilityNote,
    Event,
    Person,
    Sentence,
)
from app.terms import Term

__all__ = ["facts_payload", "light_case", "light_case_of", "light_text"]

_ADJUSTMENTS = frozenset(ADJUSTMENT_KINDS)


def light_case_of(case: Case) -> Case:
    """The case as rules and statistics see it: no notes, documents, facility or event
    text; only the events that change the sentence."""
    return replace(
        case,
        facility=None,
        notes=(),
        attachments=(),
        events=tuple(replace(e, text="") for e in case.events if e.kind in _ADJUSTMENTS),
    )


def facts_payload(case: Case) -> tuple[ListRow, dict[str, Any]]:
    """The list row of ``case`` and its facts: ``{"row": stored row, "case": light case
    text}`` (:func:`light_text`)."""
    row = list_row_for(case)
    return row, {"row": row.to_json(), "case": light_text(case)}


def light_text(case: Case) -> str:
    """The light case of ``case`` as stored: JSON without what its list row holds."""
    light = case_to_json(light_case_of(case))
    for empty in ("notes", "facility", "id", "status"):
        light.pop(empty, None)
    person = light["person"]
    for held in ("full_name", "aliases", "birth_date", "groups"):
        person.pop(held, None)
    sentence = light.get("sentence")
    if sentence is not None:
        for held in ("articles", "category", "term"):
            sentence.pop(held, None)
    return json.dumps(light, ensure_ascii=False, separators=(",", ":"))


def _restore(data: dict[str, Any], row: ListRow) -> dict[str, Any]:
    """Put back into a stored light case what :func:`light_text` left to the row (a text
    of facts version 1, which kept them, is unchanged)."""
    data.setdefault("status", row.status)
    person = data.get("person")
    if type(person) is dict:
        person.setdefault("full_name", row.full_name)
        person.setdefault("aliases", list(row.aliases))
        person.setdefault("birth_date", row.birth_date)
        person.setdefault("groups", list(row.groups))
    sentence = data.get("sentence")
    if type(sentence) is dict:
        sentence.setdefault("articles", list(row.articles))
        sentence.setdefault("category", row.category)
        sentence.setdefault("term", row.term)
    return data


# ---------------------------------------------------------------- reading a light case

_CASE_KEYS = frozenset(
    {"id", "person", "status", "arrested_on", "custody", "sentence", "events", "eligibility_notes"}
)
_PERSON_KEYS = frozenset({"full_name", "aliases", "birth_date", "sex", "groups"})
_CUSTODY_KEYS = frozenset({"from", "to", "kind", "ordered_until"})
_SENTENCE_KEYS = frozenset({"verdict_date", "articles", "category", "term", "start_date", "regime"})
_EVENT_KEYS = frozenset(
    {"id", "date", "kind", "text", "reduce_by", "new_term", "release_on", "visibility"}
)
_NOTE_KEYS = frozenset({"id", "rule_id", "text", "override", "reason", "date"})


class _Unknown(Exception):
    """The light case holds something the fast reader does not know."""


def light_case(case_id: str, text: str, row: ListRow) -> Case:
    """The light case kept in a ``facts`` record, completed from its list ``row`` (about
    10 µs; the full parser is about 60 µs and checks what the app already checked when it
    saved the case)."""
    data = _restore(json.loads(text), row)
    try:
        return _read(case_id, data)
    except (_Unknown, KeyError, TypeError, ValueError, AttributeError):
        return parse_case(data, case_id=case_id, stored=True)


def _day(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


def _term(value: str | None, memo: dict[str, Term] = {}) -> Term | None:  # noqa: B006
    if value is None:
        return None
    found = memo.get(value)
    if found is None:
        found = memo[value] = Term.parse(value)
    return found


def _check(data: dict[str, Any], known: frozenset[str]) -> dict[str, Any]:
    if not known.issuperset(data):
        raise _Unknown
    return data


def _read(case_id: str, data: dict[str, Any]) -> Case:
    _check(data, _CASE_KEYS)
    p = _check(data["person"], _PERSON_KEYS)
    person = Person(
        p["full_name"],
        tuple(p.get("aliases") or ()),
        _day(p.get("birth_date")),
        p.get("sex"),
        tuple(p.get("groups") or ()),
    )
    custody = tuple(
        CustodyPeriod(
            date.fromisoformat(c["from"]),
            _day(c.get("to")),
            c["kind"],
            _day(c.get("ordered_until")),
        )
        for c in data.get("custody") or ()
        if _check(c, _CUSTODY_KEYS)
    )
    s = data.get("sentence")
    sentence = None
    if s is not None:
        _check(s, _SENTENCE_KEYS)
        term = _term(s["term"])
        if term is None:
            raise _Unknown
        sentence = Sentence(
            _day(s.get("verdict_date")),
            tuple(s.get("articles") or ()),
            s.get("category"),
            term,
            date.fromisoformat(s["start_date"]),
            s.get("regime"),
        )
    events = tuple(
        Event(
            e["id"],
            date.fromisoformat(e["date"]),
            e["kind"],
            e.get("text") or "",
            _term(e.get("reduce_by")),
            _term(e.get("new_term")),
            _day(e.get("release_on")),
            e.get("visibility", "family"),
        )
        for e in data.get("events") or ()
        if _check(e, _EVENT_KEYS)
    )
    notes = tuple(
        EligibilityNote(
            n["id"],
            n["rule_id"],
            n.get("text") or "",
            n.get("override"),
            n.get("reason") or "",
            _day(n.get("date")),
        )
        for n in data.get("eligibility_notes") or ()
        if _check(n, _NOTE_KEYS)
    )
    return Case(
        id=case_id,
        person=person,
        status=data.get("status", "unknown"),
        arrested_on=_day(data.get("arrested_on")),
        custody=custody,
        sentence=sentence,
        events=events,
        eligibility_notes=notes,
    )
