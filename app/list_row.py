"""What the case list knows of one case: :class:`ListRow`, the one shape every list, search,
filter, statistics and page reads (docs/vault-format.md, "facts").

A row is computed when a case is saved (:func:`list_row_for`) and kept encrypted in the
case's ``facts`` record, so unlock reads rows without parsing whole cases. Dates are ISO
text (``YYYY-MM-DD``), which compares like the dates it spells; none of them depends on
today's date. Plaintext: keep only in memory.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from app.deadlines import row_deadlines
from app.model import Case
from app.search.index import search_keys
from app.sentence import compute_sentence, is_life

__all__ = ["ROW_FIELDS", "ListRow", "list_row_for"]


@dataclass(frozen=True, slots=True)
class ListRow(Mapping[str, Any]):
    """One case as the list sees it.

    ``deadlines`` holds every procedural deadline, past ones included, as
    ``(due, kind, id, note, decided, decision, source)`` (:func:`app.deadlines.row_deadlines`;
    rows stored before ``source`` was kept have the first six);
    ``search`` the names folded for the search index (:func:`app.search.search_keys`), so
    unlock need not fold them. It is also a read-only
    mapping of its fields (``row["full_name"]``, ``row.get("half")``), for code written for
    the older dict rows.
    """

    case_id: str
    full_name: str
    aliases: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()
    status: str = "unknown"
    articles: tuple[str, ...] = ()
    birth_date: str | None = None
    category: str | None = None
    term: str | None = None
    last_day: str | None = None
    half: str | None = None
    two_thirds: str | None = None
    three_quarters: str | None = None
    deadlines: tuple[tuple[str, ...], ...] = ()
    search: tuple[int | str, ...] = ()

    def __getitem__(self, name: str) -> Any:
        if name not in ROW_FIELDS:
            raise KeyError(name)
        return getattr(self, name)

    def __iter__(self) -> Iterator[str]:
        return iter(_FIELD_ORDER)

    def __len__(self) -> int:
        return len(_FIELD_ORDER)

    def to_json(self) -> list[Any]:
        """The row as a JSON list in field order (no key names: it is stored once per case)."""
        return [
            self.case_id,
            self.full_name,
            list(self.aliases),
            list(self.groups),
            self.status,
            list(self.articles),
            self.birth_date,
            self.category,
            self.term,
            self.last_day,
            self.half,
            self.two_thirds,
            self.three_quarters,
            [list(pair) for pair in self.deadlines],
            list(self.search),
        ]

    @classmethod
    def from_json(cls, data: list[Any]) -> ListRow:
        """Inverse of :meth:`to_json`. Raises ``ValueError`` / ``TypeError`` on anything
        else (a record written by another version: the caller recomputes the row)."""
        if type(data) is not list or len(data) != len(ROW_FIELDS):
            raise ValueError("not a list row")
        return cls.from_stored(data[0], data[1:])

    @classmethod
    def from_stored(cls, case_id: Any, data: Sequence[Any]) -> ListRow:
        """The row of ``case_id`` from the other fields in :meth:`to_json` order (a
        ``facts`` pack keeps each field as a column: app/stores/facts.py). Raises
        ``ValueError`` / ``TypeError`` as :meth:`from_json`."""
        (name, aliases, groups, status, articles, birth, category, term, last_day) = data[:9]
        (half, two_thirds, three_quarters, deadlines, keys) = data[9:]
        if type(case_id) is not str or type(name) is not str or type(status) is not str:
            raise TypeError("not a list row")
        return cls(
            case_id,
            name,
            tuple(aliases),
            tuple(groups),
            status,
            tuple(articles),
            birth,
            category,
            term,
            last_day,
            half,
            two_thirds,
            three_quarters,
            tuple(map(tuple, deadlines)),  # lists of strings, as to_json wrote them
            tuple(keys),
        )


_FIELD_ORDER = tuple(f.name for f in fields(ListRow))
ROW_FIELDS = frozenset(_FIELD_ORDER)


def list_row_for(case: Case) -> ListRow:
    """The list row of a case (computed when it is saved)."""
    computation = compute_sentence(case, on=date.today())
    sentence = case.sentence

    def iso(value: date | None) -> str | None:
        return None if value is None else value.isoformat()

    return ListRow(
        case_id=case.id,
        full_name=case.person.full_name,
        aliases=tuple(case.person.aliases),
        groups=tuple(case.person.groups),
        status=case.status,
        articles=tuple(sentence.articles) if sentence else (),
        birth_date=iso(case.person.birth_date),
        category=sentence.category if sentence else None,
        term=None
        if sentence is None or (sentence.term is None and not is_life(sentence))
        else "life"
        if is_life(sentence)
        else str(sentence.term),
        last_day=iso(computation.last_day) if computation else None,
        half=iso(computation.half) if computation else None,
        two_thirds=iso(computation.two_thirds) if computation else None,
        three_quarters=iso(computation.three_quarters) if computation else None,
        deadlines=tuple(tuple(entry) for entry in row_deadlines(case, computation)),
        search=tuple(search_keys(case.person.full_name, case.person.aliases)),
    )
