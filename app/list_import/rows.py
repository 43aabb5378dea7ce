"""One list row to one case, or the problems that keep it out (each naming its field).

What a cell may hold (every problem names the field and says what is wrong):

- ``full_name``: required. ``aliases``, ``groups``, ``articles``: lists separated by ``;``.
- dates (``birth_date``, ``start_date``, ``verdict_date``, ``arrested_on``): ``YYYY-MM-DD``,
  ``DD.MM.YYYY`` or ``DD/MM/YYYY``; a birth date may not be in the future.
- ``sex``, ``status``, ``category``: the codes, or the words people use in English,
  Azerbaijani or Russian (``Kişi``, ``В заключении``, ``az ağır``); no status → ``unknown``.
- ``groups``: any group — a known one by its id or its name in any of the three languages
  (``Jurnalistlər``), a new one by a name that becomes its id (``Ganja case`` →
  ``ganja_case``); the plan reports new groups.
- ``term``: as people write it (``9 years``, ``3 il 6 ay``, ``3 года 6 месяцев``,
  ``life`` / ``ömürlük`` / ``пожизненно``) or ISO 8601 (``P3Y6M``).
- ``notes``: kept as a privileged note (lawyers only).
- A sentence is kept once any of ``term``, ``start_date``, ``verdict_date``, ``regime`` is
  given. Its ``term`` or ``start_date`` may be missing (a verdict is known, its text not
  yet): the sentence is stored without it, what needs it answers "needs review", and the
  plan reports the row as "term not yet known" (:func:`not_yet_known`), not as a bad row.
  A life term (``life``, ``ömürlük``, ``пожизненно``) is stored as ``life`` with no term.
  ``articles`` (and ``category``) without a sentence are charges: they are kept as a dated
  ``charge`` event on ``arrested_on``, which they then need.

Pure; safe on any thread.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from app.case_json import new_id
from app.groups import LEGACY_RENAMED
from app.list_import.columns import LIST_SEPARATOR, ColumnPlan
from app.list_import.human import LIFE, group_id, parse_term_text, value_choices, value_code
from app.list_import.read import RawRow
from app.model import Case, Event, Note, Person, Sentence
from app.terms import Term, TermError

_DMY = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})$")
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
    raise ValueError(f"{value!r} is not a date: write DD.MM.YYYY, DD/MM/YYYY or YYYY-MM-DD")


def _date(text: str) -> date:
    try:
        return parse_list_date(text)
    except ValueError as exc:
        raise _Problem(str(exc)) from exc


def _name(text: str) -> str:
    return " ".join(text.split())


def _key(text: str) -> str:
    return _SPACES.sub("_", text.strip().casefold())


def _coded(table: str, text: str) -> str:
    code = value_code(table, text)
    if code is None:
        raise _Problem(f"{text!r} is not one of: {value_choices(table)}")
    return code


def _sex(text: str) -> str:
    return _coded("sex", text)


def _groups(text: str) -> tuple[str, ...]:
    groups: list[str] = []
    for part in split_list(text):
        key = group_id(part)
        key = LEGACY_RENAMED.get(key, key)  # Casework 0.1's ids (app.groups)
        if not key:
            raise _Problem(f"{part!r} is not a group name (it has no letter or digit)")
        if key not in groups:
            groups.append(key)
    return tuple(groups)


def _status(text: str) -> str:
    return _coded("status", text) if text.strip() else "unknown"


def _articles(text: str) -> tuple[str, ...]:
    articles = split_list(text)
    for article in articles:
        if "," in article:
            raise _Problem(f"{article!r}: separate articles with ';', not ','")
        if not _ARTICLE.match(article):
            raise _Problem(f"{article!r} is not an article number such as 234.1-1")
    return tuple(dict.fromkeys(articles))


def _category(text: str) -> str:
    return _coded("category", text)


def _term(text: str) -> Term | str:
    try:
        return parse_term_text(text)
    except TermError as exc:
        raise _Problem(str(exc)) from exc


def _regime(text: str) -> str:
    """A regime's code when it is written as a known regime's words (``Общий режим`` →
    ``general``), else the text as written."""
    return value_code("regime", text) or _name(text)


def _notes(text: str) -> str:
    return text.strip()


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
    "regime": _regime,
    "arrested_on": _date,
    "notes": _notes,
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

    sentence_wanted = any(f in values for f in SENTENCE_FIELDS) or any(
        p.field in SENTENCE_FIELDS for p in problems
    )
    if (
        not sentence_wanted
        and "articles" in values
        and "arrested_on" not in values
        and not any(p.field == "arrested_on" for p in problems)
    ):
        problem(
            "arrested_on",
            "is required to keep articles without a sentence (as charges on the day of "
            "arrest); or give the verdict: verdict_date, term or start_date",
        )
    if problems:
        return problems
    return _build(values)


def not_yet_known(case: Case) -> tuple[str, ...]:
    """What a row's sentence leaves for later: ``("term", "start_date")``, either, or ()."""
    if case.sentence is None:
        return ()
    return tuple(path.removeprefix("sentence.") for path in case.sentence.missing)


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
    term = get("term")
    if any(field in values for field in SENTENCE_FIELDS):
        sentence = Sentence(
            verdict_date=day("verdict_date"),
            articles=texts("articles"),
            category=text("category"),
            term=term if isinstance(term, Term) else None,
            start_date=day("start_date"),
            regime=text("regime"),
            life=term == LIFE,
        )
    elif texts("articles"):
        arrested = day("arrested_on")
        assert arrested is not None
        category = text("category")
        charge = "Charged under " + ", ".join(texts("articles"))
        if category:
            charge += f" ({category.replace('_', ' ')})"
        events = (Event(id=new_id(), date=arrested, kind="charge", text=charge),)
    note = text("notes")
    notes = (Note(id=new_id(), text=note, visibility="privileged"),) if note else ()
    return Case(
        id=new_id(),
        person=person,
        status=text("status") or "unknown",
        arrested_on=day("arrested_on"),
        sentence=sentence,
        events=events,
        notes=notes,
    )
