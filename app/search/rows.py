"""Turning list rows into rows of the search index: checking each field, folding the names
(or taking the folded keys stored with the case) and packing lists into the text columns.
Pure; used by :class:`app.search.index.SearchIndex` while it holds its lock.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date
from operator import attrgetter, itemgetter
from typing import TYPE_CHECKING, Any

from app.search.fold import fold_token, split_plain

if TYPE_CHECKING:
    from app.list_row import ListRow

# Bump whenever folding (app/search/fold.py) or the layout below may give other keys for
# the same names: stored keys of another version are then recomputed on load.
KEYS_VERSION = 1

ROW_KEYS = frozenset(
    {"case_id", "full_name", "aliases", "groups", "status", "articles", "last_day", "search"}
)

# One table with real columns, and a trigram FTS5 index over its ``words`` column
# (external content: the index keeps no second copy of the text; columnsize=0: no
# per-row length table, which only bm25() would use). Lists are stored packed (see
# pack_items): a filter is one instr() per row, and no child tables need filling.
Prepared = tuple[str, str, str, str, str, str | None, str, str, str, str]


def prepare(
    row: Mapping[str, Any], memo: dict[str, str], dates: set[str], ignore_other_keys: bool
) -> Prepared:
    """Check one row and return its cases-table values; ``dates`` holds the last_day
    values already checked, ``memo`` folded words (both only for one load)."""
    prepared = prepare_usual(row, dates, ignore_other_keys)
    return prepare_any(row, memo, dates, ignore_other_keys) if prepared is None else prepared


FIELD_NAMES = (
    "case_id",
    "full_name",
    "aliases",
    "groups",
    "status",
    "articles",
    "last_day",
    "search",
)
ROW_FIELD_VALUES = itemgetter(*FIELD_NAMES)
ROW_ATTRIBUTE_VALUES = attrgetter(*FIELD_NAMES)  # a row object (app.list_row.ListRow)
LIST_TYPES = (list, tuple)


def prepare_usual(
    row: Mapping[str, Any] | ListRow, dates: set[str], ignore_other_keys: bool
) -> Prepared | None:
    """The fast path of unlock: a row as the app stores it (every field, lists, strings,
    current :func:`search_keys`), checked inline. ``None`` for anything else, which
    :func:`prepare_any` then checks, folds, or refuses with the right error."""
    try:
        fields = ROW_FIELD_VALUES(row) if type(row) is dict else ROW_ATTRIBUTE_VALUES(row)
        case_id, full_name, aliases, groups, status, articles, last_day, keys = fields
        version, names, name_key, plain, words, name_sets = keys
    except (KeyError, TypeError, ValueError, AttributeError):
        return None
    if not (
        version == KEYS_VERSION
        and type(case_id) is str
        and case_id
        and type(full_name) is str
        and type(aliases) in LIST_TYPES
        and type(groups) in LIST_TYPES
        and type(status) is str
        and type(articles) in LIST_TYPES
        and type(name_key) is str
        and type(plain) is str
        and type(words) is str
        and type(name_sets) is str
        and (last_day is None or last_day in dates or check_date(last_day, dates))
        and (ignore_other_keys or type(row) is not dict or ROW_KEYS.issuperset(row))
    ):
        return None
    try:  # str.join refuses anything but strings
        joined_names = "|".join([full_name, *aliases])
        joined_groups = "|".join(groups)
        joined_articles = "|".join(articles)
    except TypeError:
        return None
    # An item holding "|" or "\x01" needs escaping (join_items): left to the slow path.
    if (
        joined_names != names
        or names.count("|") != len(aliases)
        or "\x01" in names
        or joined_groups.count("|") >= len(groups) > 0
        or joined_articles.count("|") >= len(articles) > 0
        or "\x01" in joined_groups
        or "\x01" in joined_articles
    ):
        return None
    return (
        case_id,
        names,
        f"|{joined_groups}|" if groups else "",
        status,
        f"|{joined_articles}|" if articles else "",
        last_day,
        name_key,
        plain,
        words,
        name_sets,
    )


def as_mapping(row: ListRow) -> dict[str, Any]:
    return dict(zip(FIELD_NAMES, ROW_ATTRIBUTE_VALUES(row), strict=True))


def check_date(value: object, dates: set[str]) -> bool:
    """Whether ``value`` is a ``YYYY-MM-DD`` date; remember it in ``dates`` if so."""
    if not isinstance(value, str) or len(value) != 10:
        return False
    try:
        valid = date.fromisoformat(value).isoformat() == value
    except ValueError:
        return False
    if valid:
        dates.add(value)
    return valid


def prepare_any(
    row: Mapping[str, Any], memo: dict[str, str], dates: set[str], ignore_other_keys: bool
) -> Prepared:
    if not ignore_other_keys and not ROW_KEYS.issuperset(row):
        raise ValueError(f"unknown field {sorted(set(row) - ROW_KEYS)[0]!r}")
    for required in ("case_id", "full_name"):
        if required not in row:
            raise ValueError(f"missing field {required!r}")
    case_id = text_of(row, "case_id")
    if not case_id:
        raise ValueError("case_id is empty")
    full_name = text_of(row, "full_name")
    last_day = row.get("last_day")
    if last_day is not None and last_day not in dates:
        if not isinstance(last_day, str):
            raise TypeError("last_day must be an ISO date string or None")
        if not check_date(last_day, dates):
            raise ValueError(f"last_day {last_day!r} is not a YYYY-MM-DD date")
    aliases = texts_of(row, "aliases")
    pack_items("aliases", aliases)  # checks the items
    names = join_items((full_name, *aliases))
    groups = pack_items("groups", texts_of(row, "groups"))
    articles = pack_items("articles", texts_of(row, "articles"))
    status = row.get("status")
    status = "unknown" if status is None else text_of(row, "status")
    keys = row.get("search")
    if (
        isinstance(keys, list | tuple)
        and len(keys) == 6
        and keys[0] == KEYS_VERSION
        and keys[1] == names
        and all(type(value) is str for value in keys[2:])
    ):
        name_key, plain, words, name_sets = keys[2:]  # made at save time for these names
    else:
        name_key, plain, words, name_sets = fold_names(full_name, aliases, memo)
    return (
        case_id,
        names,
        groups,
        status,
        articles,
        last_day,
        name_key,
        plain,
        words,
        name_sets,
    )


def fold_names(
    full_name: str, aliases: Sequence[str], memo: dict[str, str]
) -> tuple[str, str, str, str]:
    """The name key (folded full name), the plain spelling of all names, every distinct
    folded word as ``" w1 w2 "``, and each name's sorted folded words as ``"|s1|s2|"``."""
    words: dict[str, None] = {}
    name_sets: dict[str, None] = {}
    plain: list[str] = []
    name_key = ""
    for position, name in enumerate((full_name, *aliases)):
        spelled = split_plain(name)
        plain += spelled
        keys = [key for word in spelled if (key := memo.get(word) or fold_word(word, memo))]
        if position == 0:
            name_key = " ".join(keys)
        words.update(dict.fromkeys(keys))
        if keys:
            name_sets[" ".join(sorted(set(keys)))] = None
    sets = f"|{'|'.join(name_sets)}|" if name_sets else ""
    return name_key, " ".join(plain), f" {' '.join(words)} ", sets


def fold_word(word: str, memo: dict[str, str]) -> str:
    key = memo[word] = fold_token(word)
    return key


# Lists are stored as "|a|b|" ("" when empty), so "|x|" in the text means "x" is an
# item; the names as "full name|alias|alias" (join_items). An item's own "|" is written
# "\x01p" and "\x01" as "\x01\x01": items never contain the separator, escaping only
# ever lengthens an item, and it can be undone.
ESCAPED = re.compile("\x01(.)", re.DOTALL)


def escape_item(item: str) -> str:
    return item.replace("\x01", "\x01\x01").replace("|", "\x01p")


def join_items(items: Sequence[str]) -> str:
    joined = "|".join(items)
    if "\x01" in joined or joined.count("|") >= len(items):
        joined = "|".join(map(escape_item, items))
    return joined


def pack_items(field: str, items: Sequence[str]) -> str:
    if not items:
        return ""
    try:
        return f"|{join_items(items)}|"
    except TypeError:
        raise TypeError(f"{field} must be a list of strings") from None


def split_joined(joined: str) -> list[str]:
    items = joined.split("|")
    if "\x01" in joined:
        return [
            ESCAPED.sub(lambda m: "|" if m.group(1) == "p" else m.group(1), item) for item in items
        ]
    return items


def unpack_items(packed: str) -> tuple[str, ...]:
    return tuple(split_joined(packed[1:-1])) if packed else ()


def text_of(row: Mapping[str, Any], field: str, default: str = "") -> str:
    value = row.get(field, default)
    if not isinstance(value, str):
        raise TypeError(f"{field} must be a string, not {type(value).__name__}")
    return value


def texts_of(row: Mapping[str, Any], field: str) -> Sequence[str]:
    value = row.get(field)
    if value is None:  # absent and None both mean "none"
        return ()
    # A bare string is a sequence too; accepting it would index single letters. (The
    # type() test first spares the slow ABC check for the usual list.)
    if type(value) not in (list, tuple) and (
        isinstance(value, str) or not isinstance(value, Sequence)
    ):
        raise TypeError(f"{field} must be a list of strings, not {type(value).__name__}")
    return tuple(value)  # items are checked by pack_items (str.join refuses anything else)
