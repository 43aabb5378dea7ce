"""A newer edition of a list, applied as a diff to the people already in the vault: for each
row that matches a stored case, what would change — status, sentence, groups — and, for
the stored cases no row matches, that they are not in the new list (nothing is done to
them). See docs/list-import.md.

Only what the list says changes a case: a column the list lacks, or an empty cell, leaves
the stored value; groups are added, never taken away (the vault's own groups stay); a new
sentence keeps the stored one's details a list cannot hold (aggregated verdicts,
interruptions). Pure.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from app.list_import.columns import ColumnPlan
from app.model import Case, Sentence
from app.reports.phrases import say
from app.words import DEFAULT_LANGUAGE, date_words, life_words, term_words, word, words


@dataclass(frozen=True)
class FieldChange:
    """One field of a stored case that the list changes (values as the case holds them)."""

    field: str
    before: object
    after: object

    def describe(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return f"{self.field}: {value_words(self.field, self.before, lang)} → " + value_words(
            self.field, self.after, lang
        )


@dataclass(frozen=True)
class UpdateRow:
    """A row describing a stored case, with what applying it changes (``case`` is the case
    as it would be stored)."""

    line: int
    name: str
    case_id: str
    changes: tuple[FieldChange, ...]
    case: Case

    def __str__(self) -> str:
        return f"line {self.line}: {self.name}: " + "; ".join(
            change.describe() for change in self.changes
        )


def sentence_words(sentence: Sentence | None, lang: str = DEFAULT_LANGUAGE) -> str:
    """``3 years from 15 April 2023 (234.1-1)``; ``—`` for none."""
    if sentence is None:
        return "—"
    unknown = say("not_yet_known", lang)
    if sentence.life:
        term = life_words(lang)
    else:
        term = term_words(sentence.term, lang) if sentence.term is not None else unknown
    start = date_words(sentence.start_date, lang) if sentence.start_date else unknown
    articles = f" ({', '.join(sentence.articles)})" if sentence.articles else ""
    return f"{term}, {start}{articles}"


def value_words(field: str, value: object, lang: str = DEFAULT_LANGUAGE) -> str:
    if field == "status" and isinstance(value, str):
        return word("status", value, lang)
    if field == "groups" and isinstance(value, tuple):
        return words("group", value, lang)
    if field == "sentence" and (value is None or isinstance(value, Sentence)):
        return sentence_words(value, lang)
    return str(value)


def _same_sentence(one: Sentence, other: Sentence) -> bool:
    keys = ("term", "life", "start_date", "articles", "category", "verdict_date", "regime")
    return all(getattr(one, k) == getattr(other, k) for k in keys)


def _merged_sentence(stored: Sentence | None, new: Sentence) -> Sentence:
    if stored is None:
        return new
    kept = {
        key: getattr(new, key) if getattr(new, key) not in (None, ()) else getattr(stored, key)
        for key in ("verdict_date", "articles", "category", "regime")
    }
    # A term or start the row does not know yet leaves the stored one.
    known_term = new.term is not None or new.life
    return replace(
        stored,
        term=new.term if known_term else stored.term,
        life=new.life if known_term else stored.life,
        start_date=new.start_date or stored.start_date,
        **kept,
    )


def diff_case(stored: Case, row: Case, columns: ColumnPlan) -> UpdateRow | None:
    """What applying ``row`` (a list row read as a case) to ``stored`` changes; None when
    nothing does. ``line`` and ``name`` are filled in by the caller."""
    changes: list[FieldChange] = []
    updated = stored
    status_column = columns.column_of("status")
    if status_column is not None and row.status != "unknown" and row.status != stored.status:
        changes.append(FieldChange("status", stored.status, row.status))
        updated = replace(updated, status=row.status)
    if row.sentence is not None:
        sentence = _merged_sentence(stored.sentence, row.sentence)
        if stored.sentence is None or not _same_sentence(stored.sentence, sentence):
            changes.append(FieldChange("sentence", stored.sentence, sentence))
            updated = replace(updated, sentence=sentence)
    added = tuple(g for g in row.person.groups if g not in stored.person.groups)
    if added:
        groups = (*stored.person.groups, *added)
        changes.append(FieldChange("groups", stored.person.groups, groups))
        updated = replace(updated, person=replace(updated.person, groups=groups))
    if not changes:
        return None
    return UpdateRow(0, stored.person.full_name, stored.id, tuple(changes), updated)
