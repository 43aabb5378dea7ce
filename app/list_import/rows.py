"""One list row to one case, or the problems that keep it out (each naming its field).

What a cell may hold (every problem names the field and says what is wrong):

- ``full_name``: required. ``aliases``, ``groups``, ``articles``: lists separated by ``;``.
- dates (``birth_date``, ``start_date``, ``verdict_date``, ``arrested_on``): ``YYYY-MM-DD``
  or ``DD.MM.YYYY``; a birth date may not be in the future.
- ``sex``: ``male``, ``female``, ``other`` (or ``m`` / ``f``), any case.
- ``groups``: the twelve group ids of the union's list (``religious_believers``...), also
  written with spaces or capitals (``Religious believers``).
- ``status``: one of the case statuses, any case; empty or no column → ``unknown``.
- ``category``: ``minor``, ``less_serious``, ``grave``, ``especially_grave`` (spaces allowed).
- ``term``: an ISO 8601 duration (``P3Y6M``).
- A sentence needs ``term`` and ``start_date`` once any of ``term``, ``start_date``,
  ``verdict_date``, ``regime`` is given. ``articles`` (and ``category``) without a sentence
  are charges: they are kept as a dated ``charge`` event on ``arrested_on``, which they
  then need.

Pure; safe on any thread.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from app.case_json import new_id
from app.groups import LEGACY_NAMES, LEGACY_RENAMED
from app.list_import.columns import LIST_SEPARATOR, ColumnPlan
from app.list_import.read import RawRow
from app.model import CATEGORIES, KNOWN_GROUPS, SEXES, STATUSES, Case, Event, Person, Sentence
from app.terms import Term, TermError

_DMY = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ARTICLE = re.compile(r"^[0-9A-Za-z][0-9A-Za-z.\-]*$")
_SPACES = re.compile(r"[\s\-]+")
_SEX_WORDS = {"m": "male", "f": "female"}
SENTENCE_FIELDS = ("term", "start_date", "verdict_date", "regime")


@dataclass(frozen=True)
class RowProblem:
    """What is wrong with one cell of a row (``field`` is the case field, ``value`` the cell
    as written)."""

    line: int
    field: str
    message: str
    value: str = ""

    def __str__(self) -> str:
        return f"line {self.line}: {self.field}: {self.message}"


class _Problem(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def split_list(text: str) -> tuple[str, ...]:
    """``"a; b;;c "`` → ``("a", "b", "c")``."""
    return tuple(part.strip() for part in text.split(LIST_SEPARATOR) if part.strip())


def parse_list_date(text: str) -> date:
    """``YYYY-MM-DD`` or ``DD.MM.YYYY``; raises :class:`ValueError` with the reason."""
    value = text.strip()
    match = _DMY.match(value)
    try:
        if match:
            day, month, year = (int(g) for g in match.groups())
            return date(year, month, day)
        if _ISO.match(value):
            return date.fromisoformat(value)
    except ValueError as exc:
        raise ValueError(f"{value!r} is not a real date ({exc})") from exc
    raise ValueError(f"{value!r} is not a date: write YYYY-MM-DD or DD.MM.YYYY")


def _date(text: str) -> date:
    try:
        return parse_list_date(text)
    except ValueError as exc:
        raise _Problem(str(exc)) from exc


def _name(text: str) -> str:
    return " ".join(text.split())


def _key(text: str) -> str:
    return _SPACES.sub("_", text.strip().casefold())


def _sex(text: str) -> str:
    key = text.strip().casefold()
    key = _SEX_WORDS.get(key, key)
    if key not in SEXES:
        raise _Problem(f"{text!r} is not one of: {', '.join(SEXES)}")
    return key


def _groups(text: str) -> tuple[str, ...]:
    groups: list[str] = []
    for part in split_list(text):
        key = _key(part)
        key = LEGACY_RENAMED.get(key, key)  # Casework 0.1's ids (app.groups)
        if key not in KNOWN_GROUPS and key not in LEGACY_NAMES:
            close = difflib.get_close_matches(key, KNOWN_GROUPS, n=1)
            if close:
                raise _Problem(f"{part!r} is not a known group (did you mean {close[0]}?)")
            raise _Problem(f"{part!r} is not a known group; groups: {', '.join(KNOWN_GROUPS)}")
        if key not in groups:
            groups.append(key)
    return tuple(groups)


def _status(text: str) -> str:
    key = _key(text)
    if not key:
        return "unknown"
    if key not in STATUSES:
        raise _Problem(f"{text!r} is not one of: {', '.join(STATUSES)}")
    return key


def _articles(text: str) -> tuple[str, ...]:
    articles = split_list(text)
    for article in articles:
        if "," in article:
            raise _Problem(f"{article!r}: separate articles with ';', not ','")
        if not _ARTICLE.match(article):
            raise _Problem(f"{article!r} is not an article number such as 234.1-1")
    return tuple(dict.fromkeys(articles))


def _category(text: str) -> str:
    key = _key(text)
    if key not in CATEGORIES:
        raise _Problem(f"{text!r} is not one of: {', '.join(CATEGORIES)}")
    return key


def _term(text: str) -> Term:
    try:
        return Term.parse(text.strip())
    except TermError as exc:
        raise _Problem(str(exc)) from exc


_CONVERT: dict[str, Callable[[str], object]] = {
    "full_name": _name,
    "aliases": split_list,
    "birth_date": _date,
    "sex": _sex,
    "groups": _groups,
    "status": _status,
    "articles": _articles,
    "category": _category,
    "term": _term,
    "start_date": _date,
    "verdict_date": _date,
    "regime": _name,
    "arrested_on": _date,
}


def row_to_case(row: RawRow, plan: ColumnPlan, today: date) -> Case | list[RowProblem]:
    """The case a row describes, or every problem found in it (one per wrong field)."""
    values: dict[str, object] = {}
    problems: list[RowProblem] = []
    cells = row.cells
    for index, field in enumerate(plan.fields):
        if field is None:
            continue
        text = cells[index].strip() if index < len(cells) else ""
        if not text:
            continue
        try:
            values[field] = _CONVERT[field](text)
        except _Problem as wrong:
            problems.append(RowProblem(row.line, field, wrong.message, text))

    def problem(field: str, message: str) -> None:
        problems.append(RowProblem(row.line, field, message))

    if "full_name" not in values and not any(p.field == "full_name" for p in problems):
        problem("full_name", "is required (the cell is empty)")
    birth = values.get("birth_date")
    if isinstance(birth, date) and birth > today:
        problem("birth_date", f"{birth.isoformat()} is in the future")

    given = [f for f in SENTENCE_FIELDS if f in values]
    sentence_wanted = bool(given) or any(p.field in SENTENCE_FIELDS for p in problems)
    if sentence_wanted:
        for needed in ("term", "start_date"):
            if needed not in values and not any(p.field == needed for p in problems):
                problem(needed, f"is required with {', '.join(given) or 'a sentence'}")
    elif (
        "articles" in values
        and "arrested_on" not in values
        and not any(p.field == "arrested_on" for p in problems)
    ):
        problem(
            "arrested_on",
            "is required to keep articles without a sentence (as charges on the day of "
            "arrest); or give term and start_date",
        )
    if problems:
        return problems
    return _build(values)


def _build(values: dict[str, object]) -> Case:
    def get(field: str) -> object:
        return values.get(field)

    def texts(field: str) -> tuple[str, ...]:
        found = values.get(field, ())
        assert isinstance(found, tuple)
        return found

    def day(field: str) -> date | None:
        found = values.get(field)
        assert found is None or isinstance(found, date)
        return found

    def text(field: str) -> str | None:
        found = values.get(field)
        assert found is None or isinstance(found, str)
        return found

    name = text("full_name")
    assert name is not None
    person = Person(
        full_name=name,
        aliases=texts("aliases"),
        birth_date=day("birth_date"),
        sex=text("sex"),
        groups=texts("groups"),
    )
    sentence = None
    events: tuple[Event, ...] = ()
    term, start = get("term"), day("start_date")
    if isinstance(term, Term) and start is not None:
        sentence = Sentence(
            verdict_date=day("verdict_date"),
            articles=texts("articles"),
            category=text("category"),
            term=term,
            start_date=start,
            regime=text("regime"),
        )
    elif texts("articles"):
        arrested = day("arrested_on")
        assert arrested is not None
        category = text("category")
        charge = "Charged under " + ", ".join(texts("articles"))
        if category:
            charge += f" ({category.replace('_', ' ')})"
        events = (Event(id=new_id(), date=arrested, kind="charge", text=charge),)
    return Case(
        id=new_id(),
        person=person,
        status=text("status") or "unknown",
        arrested_on=day("arrested_on"),
        sentence=sentence,
        events=events,
    )
