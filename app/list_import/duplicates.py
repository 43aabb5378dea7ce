"""Finding people already in the vault (or earlier in the same list), however their names
are written (docs/list-import.md).

Two records are the same person when one's name or any alias matches the other's name or
any alias, and their birth dates are equal when both have one. Names match on their folded
key (:func:`app.search.fold.fold_name`: Azerbaijani Latin, Cyrillic and ASCII spellings
fold together) with the words in any order, and with the patronymic of the official order
left out (``Məmmədov Tofiq Həsən oğlu`` = ``Tofiq Məmmədov`` = ``Тофик Мамедов``).

Pure; an index lives as long as one import.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from app.model import Case, Person
from app.search.fold import fold_token, split_plain

# Plain spellings of "son of" / "daughter of" (Azerbaijani, and Russian оглы / кызы).
_PATRONYMIC_MARKERS = frozenset({"oglu", "ogli", "ogly", "qizi", "kizi", "gizi", "kyzy", "kizy"})


def name_key(name: str, fold: Callable[[str], str] = fold_token) -> tuple[str, ...]:
    """The words of a name folded to sound keys and sorted, without a patronymic
    (the word before ``oğlu`` / ``qızı``, and the marker itself)."""
    words = split_plain(name)
    kept: list[str] = []
    for index, word in enumerate(words):
        if word in _PATRONYMIC_MARKERS:
            if kept and index > 0:
                kept.pop()
            continue
        kept.append(word)
    return tuple(sorted(key for key in map(fold, kept) if key))


def person_keys(person: Person, fold: Callable[[str], str] = fold_token) -> list[tuple[str, ...]]:
    """The name keys of the full name, then of each alias (no repeats, no empty key)."""
    names = [person.full_name, *person.aliases]
    keys = dict.fromkeys(name_key(name, fold) for name in names)
    keys.pop((), None)
    return list(keys)


@dataclass(frozen=True)
class Match:
    """An earlier record of the same person: a stored case (``case_id``) or an earlier row
    of the list (``line``)."""

    name: str
    birth_date: date | None
    case_id: str | None = None
    line: int | None = None

    def describe(self) -> str:
        born = f", born {self.birth_date.isoformat()}" if self.birth_date else ""
        if self.case_id is not None:
            return f"already in the vault: {self.name}{born} [{self.case_id[:8]}]"
        return f"same person as line {self.line}: {self.name}{born}"


class DuplicateIndex:
    """Known people by name key; :meth:`find` the first one a new person matches.

    Folded words are memoised for the index's life (one import): a list repeats the same
    given names and surnames, and folding is most of the cost."""

    def __init__(self) -> None:
        self._by_key: dict[tuple[str, ...], list[Match]] = {}
        self._folded: dict[str, str] = {}

    def _fold(self, word: str) -> str:
        folded = self._folded.get(word)
        if folded is None:
            folded = self._folded[word] = fold_token(word)
        return folded

    def keys(self, person: Person) -> list[tuple[str, ...]]:
        return person_keys(person, self._fold)

    def add(
        self,
        person: Person,
        *,
        case_id: str | None = None,
        line: int | None = None,
        keys: list[tuple[str, ...]] | None = None,
    ) -> None:
        match = Match(person.full_name, person.birth_date, case_id, line)
        for key in self.keys(person) if keys is None else keys:
            self._by_key.setdefault(key, []).append(match)

    def add_known(self, known: Iterable[Case | Mapping[str, Any]]) -> None:
        """Index stored cases, given as cases or as the session's list rows (which hold
        ``case_id``, ``full_name``, ``aliases`` and ``birth_date``: no decryption needed)."""
        for item in known:
            if isinstance(item, Case):
                self.add(item.person, case_id=item.id)
                continue
            born = item.get("birth_date")
            person = Person(
                full_name=str(item["full_name"]),
                aliases=tuple(item.get("aliases") or ()),
                birth_date=date.fromisoformat(born) if born else None,
            )
            self.add(person, case_id=str(item["case_id"]))

    def find(self, person: Person, keys: list[tuple[str, ...]] | None = None) -> Match | None:
        for key in self.keys(person) if keys is None else keys:
            for match in self._by_key.get(key, ()):
                if (
                    person.birth_date is None
                    or match.birth_date is None
                    or person.birth_date == match.birth_date
                ):
                    return match
        return None
