"""A case's history in words: which field changed (``Full name``, ``Note``, ``Sentence``),
how (edited here, from a bundle of a named contact, imported from a list), and the old and
new values as a person reads them: dates in the language's format, terms as "3 y", codes as
their labels, a note by its first words, never an element id or an ISO duration.

GUI thread (uses the label tables of :mod:`ui.desktop.labels`).
"""

from __future__ import annotations

import functools
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.eligibility import Rule
from app.session import Change, HistoryEntry
from app.terms import Term, TermError
from ui.desktop import labels

translate = QCoreApplication.translate

DATE_KEYS = frozenset(
    {
        "birth_date",
        "arrested_on",
        "verdict_date",
        "start_date",
        "from",
        "to",
        "date",
        "release_on",
        "ordered_until",
    }
)
TERM_KEYS = frozenset({"term", "reduce_by", "new_term"})
CODE_TABLES = {
    "status": "status",
    "sex": "sex",
    "category": "category",
    "visibility": "visibility",
    "override": "result",
    "regime": "regime",
    "recidivism": "recidivism",
}
LIST_KIND_TABLES = {"custody": "custody", "events": "event"}
SKIPPED_KEYS = frozenset({"id", "sha256", "created", "updated", "added"})
MAX_TEXT = 60


def field_words(key: str) -> str:
    """A field of the case JSON in words: the one table for the history, the case editor's
    messages, the export preview and the list import's mapping."""
    names = {
        "full_name": translate("History", "Full name"),
        "aliases": translate("History", "Aliases"),
        "birth_date": translate("History", "Birth date"),
        "sex": translate("History", "Sex"),
        "groups": translate("History", "Groups"),
        "status": translate("History", "Status"),
        "arrested_on": translate("History", "Arrested on"),
        "facility": translate("History", "Held at"),
        "custody": translate("History", "Custody"),
        "sentence": translate("History", "Sentence"),
        "notes": translate("History", "Note"),
        "events": translate("History", "Event"),
        "eligibility_notes": translate("History", "Eligibility note"),
        "attachments": translate("History", "Attachment"),
        "verdict_date": translate("History", "Verdict date"),
        "articles": translate("History", "Articles"),
        "category": translate("History", "Category"),
        "term": translate("History", "Term"),
        "start_date": translate("History", "Start date"),
        "regime": translate("History", "Regime"),
        "text": translate("History", "Text"),
        "visibility": translate("History", "Visible to"),
        "kind": translate("History", "Kind"),
        "date": translate("History", "Date"),
        "from": translate("History", "From"),
        "to": translate("History", "To"),
        "ordered_until": translate("History", "Ordered until"),
        "reduce_by": translate("History", "Reduced by"),
        "new_term": translate("History", "New term"),
        "release_on": translate("History", "Release on"),
        "rule_id": translate("History", "Rule"),
        "override": translate("History", "Lawyer's view"),
        "reason": translate("History", "Reason"),
        "name": translate("History", "File name"),
        "media_type": translate("History", "Type"),
        "size": translate("History", "Size"),
        "components": translate("History", "Aggregated verdicts"),
        "prior_parole_revoked": translate("History", "Parole revoked before"),
        "recidivism": translate("History", "Recidivism"),
        "interruptions": translate("History", "Interruptions"),
        "reduce_unserved_by": translate("History", "Unserved part cut by"),
        "person": translate("History", "Person"),
    }
    return names.get(key, key.replace("_", " "))


def source_words(source: str) -> str:
    kind, _, who = source.partition(":")
    if kind == "bundle":
        return translate("History", "From %1's update").replace("%1", who or "?")
    return {
        "edit": translate("History", "Edited here"),
        "import": translate("History", "Imported"),
        "list-import": translate("History", "Imported from a list"),
        "conflict": translate("History", "Conflict resolved"),
        "demo": translate("History", "Demo data"),
    }.get(kind, translate("History", "Changed"))


def when_words(at: str) -> str:
    """``2025-03-01T10:15:00+00:00`` in local time: ``01/03/2025 14:15``."""
    try:
        moment = datetime.fromisoformat(at).astimezone()
    except ValueError:
        return at[:16].replace("T", " ")
    return f"{labels.format_date(moment.date())} {moment:%H:%M}"


def when_day(at: str) -> str | None:
    """The local calendar day (ISO) of a UTC timestamp, None if there is none."""
    try:
        return datetime.fromisoformat(at).astimezone().date().isoformat() if at else None
    except ValueError:
        return None


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_TEXT else text[: MAX_TEXT - 1] + "…"


def value_words(key: str, value: Any, list_name: str = "") -> str:
    """One value of ``key`` in words ("—" when empty)."""
    if value is None or value == "" or value == []:
        return "—"
    if key in DATE_KEYS:
        try:
            return labels.format_date(date.fromisoformat(str(value)[:10]))
        except ValueError:
            return str(value)
    if isinstance(value, bool):
        return translate("Reasons", "yes") if value else translate("Reasons", "no")
    if key in TERM_KEYS:
        if value == "life":
            return translate("SentenceTab", "Life imprisonment")
        try:
            term = Term.parse(str(value))
        except TermError:
            return str(value)
        return labels.format_term(term.years, term.months, term.weeks, term.days)
    if key == "rule_id":
        return _rule_words(str(value))
    if key in CODE_TABLES:
        return labels.label(CODE_TABLES[key], str(value))
    if key == "kind":
        return labels.label(LIST_KIND_TABLES.get(list_name, "event"), str(value))
    if key == "groups":
        return labels.groups_text(tuple(str(v) for v in value))
    if key == "media_type":
        return labels.media_type_words(str(value))
    if key == "custody" and isinstance(value, list):
        return "; ".join(_custody_words(period) for period in value)
    if isinstance(value, list):  # e.g. interruptions, aggregated verdicts, articles
        return _short("; ".join(_item_words(v) if isinstance(v, dict) else str(v) for v in value))
    if isinstance(value, dict):
        return _short(_element_words(value, list_name))
    return _short(str(value))


def _item_words(item: dict[str, Any]) -> str:
    """One interruption or aggregated verdict: its values in words, in order."""
    return " ".join(value_words(k, v) for k, v in item.items() if k not in SKIPPED_KEYS and v)


def _rule_words(rule_id: str) -> str:
    """A built-in rule by its title in the app's language; another rule by its id."""
    from app.eligibility.words import rule_title

    rule = _builtin_rules().get(rule_id)
    return rule_id if rule is None else rule_title(rule, labels.language())


@functools.cache
def _builtin_rules() -> dict[str, Rule]:
    from app.eligibility import load_builtin_rules

    return {rule.id: rule for rule in load_builtin_rules()}


def _custody_words(period: dict[str, Any]) -> str:
    span = f"{value_words('from', period.get('from'))}–{value_words('to', period.get('to'))}"
    return f"{span} {value_words('kind', period.get('kind'), 'custody')}"


def _element_words(element: dict[str, Any], list_name: str) -> str:
    """A note, event or attachment by what identifies it to a person."""
    if list_name == "attachments":
        return str(element.get("name") or "")
    parts = []
    if element.get("date"):
        parts.append(value_words("date", element["date"]))
    if element.get("kind"):
        parts.append(value_words("kind", element["kind"], list_name))
    if element.get("text"):
        parts.append(f"“{_short(str(element['text']))}”")
    return " ".join(parts) or "…"


def change_words(change: Change) -> tuple[str, str]:
    """``(field, what changed)`` for one change of a case."""
    path = change.field
    list_name, _, _element_id = path.partition("/")
    key = path.split(".", 1)[-1] if "/" not in path else list_name
    field = field_words(key)
    old, new = change.old, change.new
    if "/" in path:  # an element of a list: added, removed, or some of its fields changed
        if old is None:
            return field, translate("History", "Added: %1").replace(
                "%1", _element_words(new, list_name)
            )
        if new is None:
            return field, translate("History", "Removed: %1").replace(
                "%1", _element_words(old, list_name)
            )
        return field, _dict_change_words(old, new, list_name) or _element_words(new, list_name)
    if isinstance(old, dict) or isinstance(new, dict):  # the sentence
        return field, _dict_change_words(old or {}, new or {}, key)
    return field, f"{value_words(key, old, key)} → {value_words(key, new, key)}"


def _dict_change_words(old: dict[str, Any], new: dict[str, Any], list_name: str) -> str:
    parts = []
    for sub in sorted(set(old) | set(new)):
        if sub in SKIPPED_KEYS or old.get(sub) == new.get(sub):
            continue
        before = value_words(sub, old.get(sub), list_name)
        after = value_words(sub, new.get(sub), list_name)
        parts.append(f"{field_words(sub)}: {before} → {after}")
    return "; ".join(parts)


def history_rows(entries: list[HistoryEntry]) -> list[dict[str, str]]:
    """Rows ``{at, source, field, change}`` for the case editor, newest first."""
    rows = []
    for entry in reversed(entries):
        for change in entry.changes:
            field, what = change_words(change)
            rows.append(
                {
                    "at": when_words(entry.at),
                    "source": source_words(entry.source),
                    "field": field,
                    "change": what,
                }
            )
    return rows
