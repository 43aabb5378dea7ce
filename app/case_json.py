"""Case JSON v1 (DESIGN §3, a contract): strict reading that names the wrong field; writing.

Reading never half-builds a case: it either returns a complete :class:`~app.model.Case` or
raises :class:`CaseJsonError` naming the first wrong field as a path (``sentence.term``,
``custody[1].from``).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any, TypeVar

from app.model import (
    CATEGORIES,
    CUSTODY_KINDS,
    EVENT_KINDS,
    SEXES,
    STATUSES,
    VISIBILITIES,
    AttachmentInfo,
    Case,
    CustodyPeriod,
    EligibilityNote,
    Event,
    Note,
    Person,
    Sentence,
)
from app.terms import Term, TermError

T = TypeVar("T")

# Dates a case can hold: wide enough for any life, narrow enough that adding the longest
# term (app.terms.MAX_TOTAL_MONTHS) never leaves the calendar.
EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2199, 12, 31)

RESULT_STATUSES = ("eligible", "eligible_from", "not_eligible", "needs_review")


class CaseJsonError(ValueError):
    """Invalid case JSON. ``field`` is the path of the wrong value (empty for the whole text)."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        self.message = message
        super().__init__(f"{field}: {message}" if field else message)


def new_id() -> str:
    """A random id (128 bits, hex) for cases, notes, events and records."""
    return uuid.uuid4().hex


# ---------------------------------------------------------------- reading


def parse_case_text(text: str | bytes, *, case_id: str | None = None) -> Case:
    """Parse a JSON document into a case. Raises :class:`CaseJsonError`."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CaseJsonError("", f"not valid JSON: {exc.msg} at line {exc.lineno}") from exc
    except UnicodeDecodeError as exc:
        raise CaseJsonError("", "not UTF-8 text") from exc
    return parse_case(data, case_id=case_id)


_CASE_KEYS = {
    "id",
    "person",
    "status",
    "arrested_on",
    "facility",
    "custody",
    "sentence",
    "notes",
    "events",
    "eligibility_notes",
    "attachments",
    "computed",
}


def parse_case(data: Any, *, case_id: str | None = None) -> Case:
    """Build a :class:`Case` from decoded JSON. ``computed`` (from ``show --json``) is ignored;
    ``attachments`` are read back as metadata only."""
    obj = _object(data, "", _CASE_KEYS)
    if "person" not in obj:
        raise CaseJsonError("person", "is required")
    person = _parse_person(obj["person"])
    status = _choice(obj.get("status", "unknown"), "status", STATUSES)
    sentence = None
    if obj.get("sentence") is not None:
        sentence = _parse_sentence(obj["sentence"])
    return Case(
        id=case_id or _optional_str(obj.get("id"), "id") or new_id(),
        person=person,
        status=status,
        arrested_on=_optional_date(obj.get("arrested_on"), "arrested_on"),
        facility=_optional_str(obj.get("facility"), "facility"),
        custody=_list(obj.get("custody"), "custody", _parse_custody),
        sentence=sentence,
        notes=_list(obj.get("notes"), "notes", _parse_note),
        events=_list(obj.get("events"), "events", _parse_event),
        eligibility_notes=_list(
            obj.get("eligibility_notes"), "eligibility_notes", _parse_eligibility_note
        ),
        attachments=_list(obj.get("attachments"), "attachments", _parse_attachment),
    )


def _parse_person(data: Any) -> Person:
    obj = _object(data, "person", {"full_name", "aliases", "birth_date", "sex", "groups"})
    name = _required_str(obj, "full_name", "person.full_name")
    sex = obj.get("sex")
    return Person(
        full_name=name,
        aliases=_str_list(obj.get("aliases"), "person.aliases"),
        birth_date=_optional_date(obj.get("birth_date"), "person.birth_date"),
        sex=None if sex is None else _choice(sex, "person.sex", SEXES),
        groups=_str_list(obj.get("groups"), "person.groups"),
    )


def _parse_custody(data: Any, path: str) -> CustodyPeriod:
    obj = _object(data, path, {"from", "to", "kind", "ordered_until"})
    start = _required_date(obj, "from", f"{path}.from")
    end = _optional_date(obj.get("to"), f"{path}.to")
    if end is not None and end < start:
        raise CaseJsonError(f"{path}.to", f"{end.isoformat()} is before 'from' {start.isoformat()}")
    return CustodyPeriod(
        start=start,
        end=end,
        kind=_choice(obj.get("kind", "pretrial_detention"), f"{path}.kind", CUSTODY_KINDS),
        ordered_until=_optional_date(obj.get("ordered_until"), f"{path}.ordered_until"),
    )


def _parse_sentence(data: Any) -> Sentence:
    keys = {"verdict_date", "articles", "category", "term", "start_date", "regime"}
    obj = _object(data, "sentence", keys)
    category = obj.get("category")
    return Sentence(
        verdict_date=_optional_date(obj.get("verdict_date"), "sentence.verdict_date"),
        articles=_str_list(obj.get("articles"), "sentence.articles"),
        category=None if category is None else _choice(category, "sentence.category", CATEGORIES),
        term=_required_term(obj, "term", "sentence.term"),
        start_date=_required_date(obj, "start_date", "sentence.start_date"),
        regime=_optional_str(obj.get("regime"), "sentence.regime"),
    )


def _parse_note(data: Any, path: str) -> Note:
    obj = _object(data, path, {"id", "text", "visibility", "created"})
    return Note(
        id=_optional_str(obj.get("id"), f"{path}.id") or new_id(),
        text=_required_str(obj, "text", f"{path}.text", allow_empty=True),
        visibility=_choice(obj.get("visibility", "privileged"), f"{path}.visibility", VISIBILITIES),
        created=_optional_str(obj.get("created"), f"{path}.created"),
    )


def _parse_event(data: Any, path: str) -> Event:
    keys = {"id", "date", "kind", "text", "reduce_by", "new_term", "release_on", "visibility"}
    obj = _object(data, path, keys | {"answers"})
    return Event(
        id=_optional_str(obj.get("id"), f"{path}.id") or new_id(),
        date=_required_date(obj, "date", f"{path}.date"),
        kind=_choice(obj.get("kind", "other"), f"{path}.kind", EVENT_KINDS),
        text=_optional_str(obj.get("text"), f"{path}.text") or "",
        reduce_by=_optional_term(obj.get("reduce_by"), f"{path}.reduce_by"),
        new_term=_optional_term(obj.get("new_term"), f"{path}.new_term"),
        release_on=_optional_date(obj.get("release_on"), f"{path}.release_on"),
        visibility=_choice(obj.get("visibility", "family"), f"{path}.visibility", VISIBILITIES),
        answers=_optional_str(obj.get("answers"), f"{path}.answers"),
    )


def _parse_eligibility_note(data: Any, path: str) -> EligibilityNote:
    keys = {"id", "rule_id", "text", "override", "reason", "date"}
    obj = _object(data, path, keys)
    override = obj.get("override")
    return EligibilityNote(
        id=_optional_str(obj.get("id"), f"{path}.id") or new_id(),
        rule_id=_required_str(obj, "rule_id", f"{path}.rule_id"),
        text=_optional_str(obj.get("text"), f"{path}.text") or "",
        override=None
        if override is None
        else _choice(override, f"{path}.override", RESULT_STATUSES),
        reason=_optional_str(obj.get("reason"), f"{path}.reason") or "",
        date=_optional_date(obj.get("date"), f"{path}.date"),
    )


def _parse_attachment(data: Any, path: str) -> AttachmentInfo:
    keys = {"id", "name", "size", "sha256", "media_type", "visibility", "added"}
    obj = _object(data, path, keys)
    size = obj.get("size", 0)
    if not isinstance(size, int) or isinstance(size, bool) or size < 0:
        raise CaseJsonError(f"{path}.size", f"expected a byte count, got {size!r}")
    return AttachmentInfo(
        id=_required_str(obj, "id", f"{path}.id"),
        name=_required_str(obj, "name", f"{path}.name"),
        size=size,
        sha256=_optional_str(obj.get("sha256"), f"{path}.sha256") or "",
        media_type=_optional_str(obj.get("media_type"), f"{path}.media_type")
        or "application/octet-stream",
        visibility=_choice(obj.get("visibility", "privileged"), f"{path}.visibility", VISIBILITIES),
        added=_optional_str(obj.get("added"), f"{path}.added"),
    )


# ---------------------------------------------------------------- value readers


def _object(data: Any, path: str, allowed: set[str]) -> Mapping[str, Any]:
    if not isinstance(data, dict):
        raise CaseJsonError(path, f"expected an object, got {type(data).__name__}")
    unknown = sorted(set(data) - allowed)
    if unknown:
        where = f"{path}.{unknown[0]}" if path else unknown[0]
        raise CaseJsonError(where, f"unknown field (allowed here: {', '.join(sorted(allowed))})")
    return data


def _list(data: Any, path: str, parse: Callable[[Any, str], T]) -> tuple[T, ...]:
    if data is None:
        return ()
    if not isinstance(data, list):
        raise CaseJsonError(path, f"expected a list, got {type(data).__name__}")
    return tuple(parse(item, f"{path}[{index}]") for index, item in enumerate(data))


def _str_list(data: Any, path: str) -> tuple[str, ...]:
    def one(item: Any, item_path: str) -> str:
        if not isinstance(item, str) or not item.strip():
            raise CaseJsonError(item_path, f"expected a non-empty string, got {item!r}")
        return item.strip()

    return _list(data, path, one)


def _choice(value: Any, path: str, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise CaseJsonError(path, f"{value!r} is not one of: {', '.join(allowed)}")
    return str(value)


def _required_str(obj: Mapping[str, Any], key: str, path: str, *, allow_empty: bool = False) -> str:
    value = obj.get(key)
    if not isinstance(value, str) or (not allow_empty and not value.strip()):
        raise CaseJsonError(
            path, "is required" if value is None else f"expected text, got {value!r}"
        )
    return value if allow_empty else value.strip()


def _optional_str(value: Any, path: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise CaseJsonError(path, f"expected text, got {value!r}")
    return value.strip() or None


def parse_date(value: Any, path: str) -> date:
    """An ISO ``YYYY-MM-DD`` date; an impossible one (2023-02-30) is an error naming ``path``."""
    if not isinstance(value, str) or len(value) != 10:
        raise CaseJsonError(path, f"expected a date as YYYY-MM-DD, got {value!r}")
    try:
        parsed = date.fromisoformat(value)
    except ValueError as exc:
        raise CaseJsonError(path, f"{value!r} is not a real date ({exc})") from exc
    if not EARLIEST_DATE <= parsed <= LATEST_DATE:
        raise CaseJsonError(
            path, f"{value} is outside {EARLIEST_DATE.isoformat()}..{LATEST_DATE.isoformat()}"
        )
    return parsed


def _required_date(obj: Mapping[str, Any], key: str, path: str) -> date:
    if obj.get(key) is None:
        raise CaseJsonError(path, "is required")
    return parse_date(obj[key], path)


def _optional_date(value: Any, path: str) -> date | None:
    return None if value is None else parse_date(value, path)


def _required_term(obj: Mapping[str, Any], key: str, path: str) -> Term:
    if obj.get(key) is None:
        raise CaseJsonError(path, "is required")
    term = _optional_term(obj[key], path)
    assert term is not None
    return term


def _optional_term(value: Any, path: str) -> Term | None:
    if value is None:
        return None
    try:
        return Term.parse(value)
    except TermError as exc:
        raise CaseJsonError(path, str(exc)) from exc


# ---------------------------------------------------------------- writing


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def case_to_json(case: Case) -> dict[str, Any]:
    """The case JSON v1 of a case, with ``id`` (no ``computed``: see app.sentence)."""
    person = case.person
    out: dict[str, Any] = {
        "id": case.id,
        "person": {
            "full_name": person.full_name,
            "aliases": list(person.aliases),
            "birth_date": _iso(person.birth_date),
            "sex": person.sex,
            "groups": list(person.groups),
        },
        "status": case.status,
        "arrested_on": _iso(case.arrested_on),
        "facility": case.facility,
        "custody": [custody_to_json(period) for period in case.custody],
        "sentence": None if case.sentence is None else sentence_to_json(case.sentence),
        "notes": [note_to_json(note) for note in case.notes],
        "events": [event_to_json(event) for event in case.events],
    }
    if case.eligibility_notes:
        out["eligibility_notes"] = [
            {
                "id": n.id,
                "rule_id": n.rule_id,
                "text": n.text,
                "override": n.override,
                "reason": n.reason,
                "date": _iso(n.date),
            }
            for n in case.eligibility_notes
        ]
    if case.attachments:
        out["attachments"] = [
            {
                "id": a.id,
                "name": a.name,
                "size": a.size,
                "sha256": a.sha256,
                "media_type": a.media_type,
                "visibility": a.visibility,
                "added": a.added,
            }
            for a in case.attachments
        ]
    return out


def custody_to_json(period: CustodyPeriod) -> dict[str, Any]:
    out: dict[str, Any] = {
        "from": period.start.isoformat(),
        "to": _iso(period.end),
        "kind": period.kind,
    }
    if period.ordered_until is not None:
        out["ordered_until"] = period.ordered_until.isoformat()
    return out


def sentence_to_json(sentence: Sentence) -> dict[str, Any]:
    return {
        "verdict_date": _iso(sentence.verdict_date),
        "articles": list(sentence.articles),
        "category": sentence.category,
        "term": str(sentence.term),
        "start_date": sentence.start_date.isoformat(),
        "regime": sentence.regime,
    }


def note_to_json(note: Note) -> dict[str, Any]:
    out: dict[str, Any] = {"id": note.id, "text": note.text, "visibility": note.visibility}
    if note.created:
        out["created"] = note.created
    return out


def event_to_json(event: Event) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": event.id,
        "date": event.date.isoformat(),
        "kind": event.kind,
        "text": event.text,
        "visibility": event.visibility,
    }
    if event.reduce_by is not None:
        out["reduce_by"] = str(event.reduce_by)
    if event.new_term is not None:
        out["new_term"] = str(event.new_term)
    if event.release_on is not None:
        out["release_on"] = event.release_on.isoformat()
    if event.answers:
        out["answers"] = event.answers
    return out
