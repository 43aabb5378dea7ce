"""Transliteration-aware name search over the in-memory case list (Qt-free).

:mod:`app.search.fold` turns a name written in Azerbaijani Latin, Russian Cyrillic or
ASCII into one search key; :mod:`app.search.index` keeps the case list in an in-memory
SQLite database and ranks matches. See ``docs/search.md``.
"""

from app.search.fold import fold_name, fold_query, fold_token, plain_name, split_plain
from app.search.index import KEYS_VERSION, IndexClosedError, SearchIndex, search_keys

__all__ = [
    "KEYS_VERSION",
    "IndexClosedError",
    "SearchIndex",
    "fold_name",
    "fold_query",
    "fold_token",
    "plain_name",
    "search_keys",
    "split_plain",
]
