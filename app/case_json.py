"""Case JSON (docs/case-json.md, a contract): strict reading that names the wrong field; writing.

Reading never half-builds a case: it either returns a complete :class:`~app.model.Case` or
raises :class:`CaseJsonError` naming the first wrong field as a path (``sentence.term``,
``custody[1].from``).
"""

from __future__ import annotations

import json
import re
import unicodedata
import uuid
from contextvars import ContextVar
from dataclasses import asdict
from datetime import date
from typing import Any

from app.json_fields import (
    EARLIEST_DATE,
    LATEST_DATE,
    CaseJsonError,
    choice,
    optional_date,
    optional_str,
    optional_term,
    parse_date,
    read_list,
    read_object,
    required_date,
    required_str,
    str_list,
)
from app.model import (
    CATEGORIES,
    CUSTODY_KINDS,
    EVENT_KINDS,
    RECIDIVISM,
    SEXES,
    STATUSES,
    VISIBILITIES,
    AttachmentInfo,
    Case,
    CustodyPeriod,
    EligibilityNote,
    Event,
    Interruption,
    Note,
    Person,
    Sentence,
    SentenceComponent,
)
from app.terms import Term, TermError, parse_fraction

__all__ = [
    "EARLIEST_DATE",
    "LATEST_DATE",
    "CaseJsonError",
    "case_to_json",
    "new_id",
    "parse_case",
    "parse_case_text",
    "parse_date",
]

RESULT_STATUSES = ("eligible", "eligible_from", "not_eligible", "needs_review")

# A name or alias longer than this is not a name (and would swamp lists and printouts).
MAX_NAME_LENGTH = 200
# Group ids: the user's own vocabulary, in one spelling (display names live elsewhere).
_GROUP_ID = re.compile(r"^[a-z0-9_]{1,64}$")


# True while parsing what a person or a file enters, False for what the vault already holds.
_ENTERING: ContextVar[bool] = ContextVar("entering", default=True)


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


def parse_case(data: Any, *, case_id: str | None = None, stored: bool = False) -> Case:
    """Build a :class:`Case` from decoded JSON. ``computed`` (from ``show --json``) is ignored;
    ``attachments`` are read back as metadata only.

    ``stored=True`` reads a case this vault already holds: the limits on what may be entered
    (a name's length and characters, a zero term) are not applied, so a case saved by an
    earlier version under looser rules still opens; everything else is checked as usual."""
    token = _ENTERING.set(not stored)
    try:
        return _parse_case(data, case_id)
    finally:
        _ENTERING.reset(token)


def _parse_case(data: Any, case_id: str | None) -> Case:
    obj = read_object(data, "", _CASE_KEYS)
    if "person" not in obj:
        raise CaseJsonError("person", "is required")
    person = _parse_person(obj["person"])
    status = choice(obj.get("status", "unknown"), "status", STATUSES)
    sentence = None
    if obj.get("sentence") is not None:
        sentence = _parse_sentence(obj["sentence"])
    return Case(
        id=case_id or optional_str(obj.get("id"), "id") or new_id(),
        person=person,
        status=status,
        arrested_on=optional_date(obj.get("arrested_on"), "arrested_on"),
        facility=optional_str(obj.get("facility"), "facility"),
        custody=read_list(obj.get("custody"), "custody", _parse_custody),
        sentence=sentence,
        notes=read_list(obj.get("notes"), "notes", _parse_note),
        events=read_list(obj.get("events"), "events", _parse_event),
        eligibility_notes=read_list(
            obj.get("eligibility_notes"), "eligibility_notes", _parse_eligibility_note
        ),
        attachments=read_list(obj.get("attachments"), "attachments", _parse_attachment),
    )


def _parse_person(data: Any) -> Person:
    obj = read_object(data, "person", {"full_name", "aliases", "birth_date", "sex", "groups"})
    name = _name(required_str(obj, "full_name", "person.full_name"), "person.full_name")
    aliases = str_list(obj.get("aliases"), "person.aliases")
    for index, alias in enumerate(aliases):
        _name(alias, f"person.aliases[{index}]")
    groups = str_list(obj.get("groups"), "person.groups")
    for index, group in enumerate(groups):
        if not _GROUP_ID.match(group):
            raise CaseJsonError(
                f"person.groups[{index}]",
                f"{group!r} is not a group id (lowercase letters, digits and '_', such as "
                "'journalists')",
            )
    sex = obj.get("sex")
    return Person(
        full_name=name,
        aliases=aliases,
        birth_date=optional_date(obj.get("birth_date"), "person.birth_date"),
        sex=None if sex is None else choice(sex, "person.sex", SEXES),
        groups=groups,
    )


def _name(value: str, path: str) -> str:
    """A person's name: no control characters (NUL, line breaks, escapes), at most
    :data:`MAX_NAME_LENGTH` characters (for what is entered; see :func:`parse_case`)."""
    if not _ENTERING.get():
        return value
    if len(value) > MAX_NAME_LENGTH:
        raise CaseJsonError(
            path, f"is {len(value)} characters long; a name has at most {MAX_NAME_LENGTH}"
        )
    for char in value:
        if unicodedata.category(char) == "Cc":
            raise CaseJsonError(path, f"contains a control character (U+{ord(char):04X})")
    return value


def _parse_custody(data: Any, path: str) -> CustodyPeriod:
    obj = read_object(data, path, {"from", "to", "kind", "ordered_until"})
    start = required_date(obj, "from", f"{path}.from")
    end = optional_date(obj.get("to"), f"{path}.to")
    if end is not None and end < start:
        raise CaseJsonError(f"{path}.to", f"{end.isoformat()} is before 'from' {start.isoformat()}")
    return CustodyPeriod(
        start=start,
        end=end,
        kind=choice(obj.get("kind", "pretrial_detention"), f"{path}.kind", CUSTODY_KINDS),
        ordered_until=optional_date(obj.get("ordered_until"), f"{path}.ordered_until"),
    )


_SENTENCE_KEYS = {
    "verdict_date",
    "articles",
    "category",
    "term",
    "start_date",
    "regime",
    "components",
    "prior_parole_revoked",
    "recidivism",
    "interruptions",
}


def _parse_sentence(data: Any) -> Sentence:
    """A sentence. ``term`` (an ISO 8601 duration or ``"life"``) and ``start_date`` may be
    missing while not yet known. With ``components`` (aggregated verdicts), ``articles`` and
    ``category`` left out are derived from them; given, they must cover them."""
    obj = read_object(data, "sentence", _SENTENCE_KEYS)
    category = obj.get("category")
    term, life = _sentence_term(obj.get("term"), "sentence.term")
    components = read_list(obj.get("components"), "sentence.components", _parse_component)
    articles = str_list(obj.get("articles"), "sentence.articles")
    category = None if category is None else choice(category, "sentence.category", CATEGORIES)
    if components:
        articles, category = _aggregate(articles, category, components)
    revoked = obj.get("prior_parole_revoked")
    if revoked is not None and not isinstance(revoked, bool):
        raise CaseJsonError(
            "sentence.prior_parole_revoked", f"expected true or false, got {revoked!r}"
        )
    recidivism = obj.get("recidivism")
    return Sentence(
        verdict_date=optional_date(obj.get("verdict_date"), "sentence.verdict_date"),
        articles=articles,
        category=category,
        term=term,
        start_date=optional_date(obj.get("start_date"), "sentence.start_date"),
        regime=optional_str(obj.get("regime"), "sentence.regime"),
        life=life,
        components=components,
        prior_parole_revoked=revoked,
        recidivism=None
        if recidivism is None
        else choice(recidivism, "sentence.recidivism", RECIDIVISM),
        interruptions=read_list(
            obj.get("interruptions"), "sentence.interruptions", _parse_interruption
        ),
    )


def _sentence_term(value: Any, path: str) -> tuple[Term | None, bool]:
    """(term, life) of a sentence's or component's ``term``: ``"life"``, a duration, or
    missing. A zero term is an error: it is no sentence, and it would read as served."""
    if value is None:
        return None, False
    if isinstance(value, str) and value.strip().lower() == "life":
        return None, True
    term = optional_term(value, path)
    if term is not None and term.is_zero() and _ENTERING.get():
        raise CaseJsonError(
            path,
            f"{value!r} is a term of zero days; give the term (such as 'P3Y'), 'life', or "
            "leave it out while it is not known",
        )
    return term, False


def _parse_component(data: Any, path: str) -> SentenceComponent:
    obj = read_object(data, path, {"verdict_date", "articles", "category", "term"})
    category = obj.get("category")
    term, life = _sentence_term(obj.get("term"), f"{path}.term")
    return SentenceComponent(
        verdict_date=optional_date(obj.get("verdict_date"), f"{path}.verdict_date"),
        articles=str_list(obj.get("articles"), f"{path}.articles"),
        category=None if category is None else choice(category, f"{path}.category", CATEGORIES),
        term=term,
        life=life,
    )


def _aggregate(
    articles: tuple[str, ...], category: str | None, components: tuple[SentenceComponent, ...]
) -> tuple[tuple[str, ...], str | None]:
    """The articles and category of a sentence aggregating ``components`` (CC Art. 66/67):
    all of their articles, and the most serious category (derived when not given)."""
    theirs: list[str] = []
    for component in components:
        theirs.extend(a for a in component.articles if a not in theirs)
    if not articles:
        articles = tuple(theirs)
    else:
        for index, component in enumerate(components):
            missing = [a for a in component.articles if a not in articles]
            if missing:
                raise CaseJsonError(
                    "sentence.articles",
                    f"must include every article of the aggregated verdicts; "
                    f"{', '.join(missing)} (sentence.components[{index}]) is missing",
                )
    ranks = [CATEGORIES.index(c.category) for c in components if c.category is not None]
    if ranks:
        worst = CATEGORIES[max(ranks)]
        if category is None:
            category = worst
        elif CATEGORIES.index(category) < max(ranks):
            raise CaseJsonError(
                "sentence.category",
                f"{category!r} is less serious than an aggregated verdict's {worst!r}; an "
                "aggregated sentence has the most serious category",
            )
    return articles, category


def _parse_interruption(data: Any, path: str) -> Interruption:
    obj = read_object(data, path, {"from", "to", "reason"})
    start = required_date(obj, "from", f"{path}.from")
    end = required_date(obj, "to", f"{path}.to")
    if end < start:
        raise CaseJsonError(f"{path}.to", f"{end.isoformat()} is before 'from' {start.isoformat()}")
    return Interruption(start, end, optional_str(obj.get("reason"), f"{path}.reason") or "")


def _parse_note(data: Any, path: str) -> Note:
    obj = read_object(data, path, {"id", "text", "visibility", "created"})
    return Note(
        id=optional_str(obj.get("id"), f"{path}.id") or new_id(),
        text=required_str(obj, "text", f"{path}.text", allow_empty=True),
        visibility=choice(obj.get("visibility", "privileged"), f"{path}.visibility", VISIBILITIES),
        created=optional_str(obj.get("created"), f"{path}.created"),
    )


def _parse_event(data: Any, path: str) -> Event:
    keys = {
        "id",
        "date",
        "kind",
        "text",
        "reduce_by",
        "new_term",
        "release_on",
        "visibility",
        "reduce_unserved_by",
        "answers",
    }
    obj = read_object(data, path, keys)
    share = obj.get("reduce_unserved_by")
    if share is not None:
        try:
            parse_fraction(share)
        except TermError as exc:
            raise CaseJsonError(f"{path}.reduce_unserved_by", str(exc)) from exc
        share = share.replace(" ", "")
    return Event(
        id=optional_str(obj.get("id"), f"{path}.id") or new_id(),
        date=required_date(obj, "date", f"{path}.date"),
        kind=choice(obj.get("kind", "other"), f"{path}.kind", EVENT_KINDS),
        text=optional_str(obj.get("text"), f"{path}.text") or "",
        reduce_by=optional_term(obj.get("reduce_by"), f"{path}.reduce_by"),
        new_term=optional_term(obj.get("new_term"), f"{path}.new_term"),
        release_on=optional_date(obj.get("release_on"), f"{path}.release_on"),
        visibility=choice(obj.get("visibility", "family"), f"{path}.visibility", VISIBILITIES),
        reduce_unserved_by=share,
        answers=optional_str(obj.get("answers"), f"{path}.answers"),
    )


def _parse_eligibility_note(data: Any, path: str) -> EligibilityNote:
    keys = {"id", "rule_id", "text", "override", "reason", "date"}
    obj = read_object(data, path, keys)
    override = obj.get("override")
    return EligibilityNote(
        id=optional_str(obj.get("id"), f"{path}.id") or new_id(),
        rule_id=required_str(obj, "rule_id", f"{path}.rule_id"),
        text=optional_str(obj.get("text"), f"{path}.text") or "",
        override=None
        if override is None
        else choice(override, f"{path}.override", RESULT_STATUSES),
        reason=optional_str(obj.get("reason"), f"{path}.reason") or "",
        date=optional_date(obj.get("date"), f"{path}.date"),
    )


def _parse_attachment(data: Any, path: str) -> AttachmentInfo:
    keys = {"id", "name", "size", "sha256", "media_type", "visibility", "added"}
    obj = read_object(data, path, keys)
    size = obj.get("size", 0)
    if not isinstance(size, int) or isinstance(size, bool) or size < 0:
        raise CaseJsonError(f"{path}.size", f"expected a byte count, got {size!r}")
    return AttachmentInfo(
        id=required_str(obj, "id", f"{path}.id"),
        name=required_str(obj, "name", f"{path}.name"),
        size=size,
        sha256=optional_str(obj.get("sha256"), f"{path}.sha256") or "",
        media_type=optional_str(obj.get("media_type"), f"{path}.media_type")
        or "application/octet-stream",
        visibility=choice(obj.get("visibility", "privileged"), f"{path}.visibility", VISIBILITIES),
        added=optional_str(obj.get("added"), f"{path}.added"),
    )


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
        # The keys are the model's fields, in its order (the date as ISO text).
        out["eligibility_notes"] = [
            {**asdict(n), "date": _iso(n.date)} for n in case.eligibility_notes
        ]
    if case.attachments:
        out["attachments"] = [asdict(a) for a in case.attachments]
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


def _term_json(term: Term | None, life: bool) -> str | None:
    return "life" if life else None if term is None else str(term)


def sentence_to_json(sentence: Sentence) -> dict[str, Any]:
    """The sentence's JSON; the optional v2 keys only when they say something."""
    out: dict[str, Any] = {
        "verdict_date": _iso(sentence.verdict_date),
        "articles": list(sentence.articles),
        "category": sentence.category,
        "term": _term_json(sentence.term, sentence.life),
        "start_date": _iso(sentence.start_date),
        "regime": sentence.regime,
    }
    if sentence.components:
        out["components"] = [
            {
                "verdict_date": _iso(c.verdict_date),
                "articles": list(c.articles),
                "category": c.category,
                "term": _term_json(c.term, c.life),
            }
            for c in sentence.components
        ]
    if sentence.prior_parole_revoked is not None:
        out["prior_parole_revoked"] = sentence.prior_parole_revoked
    if sentence.recidivism is not None:
        out["recidivism"] = sentence.recidivism
    if sentence.interruptions:
        out["interruptions"] = [
            {"from": i.start.isoformat(), "to": i.end.isoformat(), "reason": i.reason}
            for i in sentence.interruptions
        ]
    return out


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
    if event.reduce_unserved_by is not None:
        out["reduce_unserved_by"] = event.reduce_unserved_by
    if event.answers:
        out["answers"] = event.answers
    return out
