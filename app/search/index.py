"""The in-memory query database behind the case list: names, filters, ranked search.

After unlock the app decrypts what the case list shows into one :class:`SearchIndex`;
locking calls :meth:`SearchIndex.close`, which drops the whole database. It lives only
in memory (``:memory:``, ``temp_store=MEMORY``) because plaintext case data may never
reach the disk (docs/vault-format.md); ``docs/search.md`` describes the tables and the ranking.

Folding names is most of the cost of building the index, and depends on the names only,
so it can be done when a case is saved: :func:`search_keys` returns what the index
derives from the names, as JSON-serialisable values the caller may store with the case
(encrypted, in the vault) and hand back to :meth:`SearchIndex.bulk_load` on unlock.

Threading: every method may be called from any thread; calls are serialised by one
lock, so the index can be filled by a worker and queried from the GUI thread.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypedDict

from app.closing import ClosedOnExit
from app.search.fold import fold_query, split_plain
from app.search.rows import (
    KEYS_VERSION,
    Prepared,
    as_mapping,
    escape_item,
    fold_names,
    join_items,
    prepare,
    prepare_any,
    prepare_usual,
    split_joined,
    unpack_items,
)

if TYPE_CHECKING:
    from app.list_row import ListRow

__all__ = ["KEYS_VERSION", "IndexClosedError", "SearchIndex", "search_keys"]

_SCHEMA = """
CREATE TABLE cases (
    id INTEGER PRIMARY KEY,
    case_id TEXT NOT NULL,
    names TEXT NOT NULL,
    groups TEXT NOT NULL,
    status TEXT NOT NULL,
    articles TEXT NOT NULL,
    last_day TEXT,
    name_key TEXT NOT NULL,
    plain TEXT NOT NULL,
    words TEXT NOT NULL,
    name_sets TEXT NOT NULL
);
CREATE VIRTUAL TABLE name_text USING fts5 (
    words, tokenize = 'trigram', content = 'cases', content_rowid = 'id',
    columnsize = 0
);
"""
# Built after a bulk load into an empty table: one sort instead of 10,000 tree inserts.
_INDEXES = (
    "CREATE UNIQUE INDEX cases_case_id ON cases (case_id)",
    "CREATE INDEX cases_order ON cases (name_key, case_id)",
)
_DROP_INDEXES = ("DROP INDEX cases_case_id", "DROP INDEX cases_order")

_INSERT = (
    "INSERT INTO cases (case_id, names, groups, status, articles, last_day,"
    " name_key, plain, words, name_sets) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)

# Match tiers, best first. A case's tier is the worst tier over the query's words.
_WHOLE_WORD, _WORD_PREFIX, _SUBSTRING = 1, 2, 3
# Trigram FTS needs three characters; a two-letter word is looked up with the space
# before it (" ka": the start of a word), a one-letter word by scanning.
_TRIGRAM = 3


class CaseFilters(TypedDict, total=False):
    """The filters of :meth:`SearchIndex.filter` and :meth:`SearchIndex.search`, for the
    layers above that pass them on (``article`` may end in ``*``)."""

    group: str | None
    status: str | None
    article: str | None


class IndexClosedError(RuntimeError):
    """The index was closed (the vault was locked); build a new one."""


# (case_id, names, groups, status, articles, last_day, name_key, plain, words,
#  name_sets): one row of the cases table, lists packed, in _INSERT's order.


def search_keys(full_name: str, aliases: Sequence[str] = ()) -> list[int | str]:
    """What the index derives from a case's names, to store with the case and pass to
    :meth:`SearchIndex.bulk_load` / :meth:`SearchIndex.upsert` as ``search``.

    A JSON-serialisable list ``[version, names, name_key, plain, words, name_sets]``
    (a list, not an object: the session keeps one per case in memory): the
    :data:`KEYS_VERSION`, the names it was made from, and their folded and plain
    spellings (docs/search.md), so it is as private as the names. Keys made by another
    version, or for other names, are ignored and the names folded again. Never raises
    on strings.
    """
    name_key, plain, words, name_sets = fold_names(full_name, aliases, {})
    return [KEYS_VERSION, join_items((full_name, *aliases)), name_key, plain, words, name_sets]


class SearchIndex(ClosedOnExit):
    """An in-memory SQLite database of the case list with transliteration-aware search.

    Failure: invalid values raise ``ValueError`` or ``TypeError`` and leave the index
    unchanged; any call after :meth:`close` raises :class:`IndexClosedError`.
    """

    def __init__(self) -> None:
        # check_same_thread=False: our own lock serialises access across threads.
        conn = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
        # Sorts and temporary B-trees stay in RAM: plaintext never reaches a temp file.
        conn.execute("PRAGMA temp_store = MEMORY")
        # Removed cases' names are zeroed in freed pages while the vault stays unlocked.
        conn.execute("PRAGMA secure_delete = ON")
        conn.executescript(_SCHEMA + ";".join(_INDEXES))
        self._conn: sqlite3.Connection | None = conn
        self._lock = threading.Lock()

    # --- writing -------------------------------------------------------------------

    def upsert(
        self,
        case_id: str,
        *,
        full_name: str,
        aliases: Sequence[str] = (),
        groups: Sequence[str] = (),
        status: str = "unknown",
        articles: Sequence[str] = (),
        last_day: str | None = None,
        search: Sequence[int | str] | None = None,
    ) -> None:
        """Add a case, or replace everything stored for ``case_id``.

        ``last_day`` is an ISO date ``YYYY-MM-DD`` or ``None``; ``search`` optionally
        the :func:`search_keys` of these names. Raises ``ValueError`` / ``TypeError`` on
        invalid values (nothing changes).
        """
        prepared = prepare(
            {
                "case_id": case_id,
                "full_name": full_name,
                "aliases": aliases,
                "groups": groups,
                "status": status,
                "articles": articles,
                "last_day": last_day,
                "search": search,
            },
            {},
            set(),
            False,
        )
        with self._lock:
            conn = self._open()
            with _transaction(conn):
                _delete(conn, [case_id])
                _insert(conn, [prepared])

    def remove(self, case_id: str) -> bool:
        """Remove a case; return whether it was there."""
        with self._lock:
            conn = self._open()
            with _transaction(conn):
                return _delete(conn, [case_id]) > 0

    def bulk_load(
        self, rows: Iterable[Mapping[str, Any] | ListRow], *, ignore_other_keys: bool = False
    ) -> int:
        """Add or replace many cases in one transaction; return how many rows were read.

        Each row is an :class:`app.list_row.ListRow`, or a mapping with the keyword
        arguments of :meth:`upsert` plus
        ``case_id``; an absent or ``None`` ``aliases``/``groups``/``articles`` is empty,
        ``status`` then ``"unknown"``. A row's ``search`` (from :func:`search_keys`)
        saves folding its names; without it, or if it is stale, the names are folded
        here. Other keys are refused, or skipped with ``ignore_other_keys`` (so the
        caller need not copy its rows). All rows are checked before anything is
        written: one bad row
        (unknown key, missing ``case_id``/``full_name``, wrong type, bad date) raises
        ``ValueError`` / ``TypeError`` naming its position (``row 0`` is the first), and
        the index is unchanged. A later row with the same ``case_id`` replaces an
        earlier one. On the shared 2-core development VM, 10,000 rows with ``search``
        take 0.10-0.16 s of CPU, without it 0.3-0.5 s (``bench/bench_search.py``); the
        lock is held only while writing.
        """
        memo: dict[str, str] = {}  # word -> key; names repeat, folding dominates.
        dates: set[str] = set()  # last_day values already checked
        prepared: list[Prepared] = []
        add = prepared.append
        for position, row in enumerate(rows):
            values = prepare_usual(row, dates, ignore_other_keys)
            if values is None:
                mapping = row if isinstance(row, Mapping) else as_mapping(row)
                try:
                    values = prepare_any(mapping, memo, dates, ignore_other_keys)
                except (ValueError, TypeError) as error:
                    raise type(error)(f"row {position}: {error}") from None
            add(values)
        count = len(prepared)
        case_ids = {values[0]: values for values in prepared}
        if len(case_ids) < count:  # the last row of a case_id wins
            prepared = list(case_ids.values())
        with self._lock:
            conn = self._open()
            with _transaction(conn):
                if conn.execute("SELECT EXISTS (SELECT 1 FROM cases)").fetchone()[0]:
                    _delete(conn, list(case_ids))
                    _insert(conn, prepared)
                else:
                    # executescript() would commit: one statement at a time.
                    for statement in _DROP_INDEXES:
                        conn.execute(statement)
                    _insert(conn, prepared)
                    for statement in _INDEXES:
                        conn.execute(statement)
        return count

    def close(self) -> None:
        """Drop the whole database (on lock). Safe to call twice."""
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    # --- reading -------------------------------------------------------------------

    def count(self) -> int:
        """Number of cases in the index."""
        with self._lock:
            return int(self._open().execute("SELECT count(*) FROM cases").fetchone()[0])

    def get(self, case_id: str) -> ListRow | None:
        """The list row of ``case_id`` as far as the index keeps it (names, groups, status,
        articles, last day; the other fields are left empty), or ``None``."""
        from app.list_row import ListRow  # it imports search_keys from here

        with self._lock:
            found = (
                self._open()
                .execute(
                    "SELECT case_id, names, groups, status, articles, last_day"
                    " FROM cases WHERE case_id = ?",
                    (case_id,),
                )
                .fetchone()
            )
        if found is None:
            return None
        cid, names, groups, status, articles, last_day = found
        full_name, *aliases = split_joined(names)
        groups_, articles_ = unpack_items(groups), unpack_items(articles)
        return ListRow(
            cid,
            full_name,
            tuple(aliases),
            groups_,
            status,
            articles_,
            last_day=last_day,
        )

    def filter(
        self,
        *,
        group: str | None = None,
        status: str | None = None,
        article: str | None = None,
        limit: int | None = None,
    ) -> list[str]:
        """Case ids passing every given filter, ordered by folded name then id.

        ``article`` is an exact article or a pattern with a trailing ``*`` that also
        matches sub-parts (``234.1*``: 234.1, 234.1-1, 234.1.2, not 234.10).
        """
        where, params = _filters(group, status, article)
        # Unfiltered, the rows come in index order; filtered, scanning the table and
        # sorting what passes is about twice as fast as walking the index.
        source = "cases c NOT INDEXED" if params else "cases c"
        sql = f"SELECT case_id FROM {source} WHERE {where} ORDER BY name_key, case_id LIMIT ?"
        with self._lock:
            found = self._open().execute(sql, [*params, _limit(limit)]).fetchall()
        return [case_id for (case_id,) in found]

    def search(
        self,
        query: str,
        *,
        group: str | None = None,
        status: str | None = None,
        article: str | None = None,
        limit: int | None = None,
    ) -> list[str]:
        """Case ids whose name or aliases match ``query``, best match first.

        Every folded word of the query must occur in the case's folded name or aliases
        (in any order): as a whole word, a word prefix, or — for words of three or
        more characters — anywhere inside a word. Order: the query is a whole name
        (words in any order), then all words whole, then all at least prefixes, then
        substrings; ties go to literal spellings (``zakir`` before ``Zahir``), then
        folded name. A query with no letters or digits returns :meth:`filter`.
        Filters are those of :meth:`filter`. Over 10,000 cases: median about 0.3 ms,
        95th percentile about 3 ms of CPU (one-letter queries, with thousands of hits,
        are the slowest).
        """
        words = list(dict.fromkeys(fold_query(query)))
        if not words:
            return self.filter(group=group, status=status, article=article, limit=limit)
        where, params = _filters(group, status, article)
        # Every word of ``words`` is [a-z0-9]+: it cannot break out of the FTS quotes.
        # One FTS query finds the cases holding every word of 2+ letters; then each
        # word's tier is read off the case's own words.
        phrases: list[str] = []
        tiers: list[str] = []
        tier_params: list[object] = []
        for word in words:
            # c.words is " w1 w2 ... ": " word " is a whole word, " word" a word start.
            if len(word) >= _TRIGRAM:
                phrases.append(f'"{word}"')
                tiers.append(
                    f"CASE WHEN instr(c.words, ?) THEN {_WHOLE_WORD}"
                    f" WHEN instr(c.words, ?) THEN {_WORD_PREFIX} ELSE {_SUBSTRING} END"
                )
                tier_params += [f" {word} ", f" {word}"]
            else:
                if len(word) == _TRIGRAM - 1:
                    phrases.append(f'" {word}"')
                else:
                    where += " AND instr(c.words, ?)"
                    params.append(f" {word}")
                tiers.append(f"{_WORD_PREFIX} - (instr(c.words, ?) > 0)")
                tier_params.append(f" {word} ")
        tier = tiers[0] if len(tiers) == 1 else f"max({', '.join(tiers)})"
        source = "cases c"
        if phrases:
            source = "name_text f JOIN cases c ON c.id = f.rowid"
            where += " AND name_text MATCH ?"
            params.append(" AND ".join(phrases))
        plain = split_plain(query)
        literal_misses = " + ".join(["(instr(plain, ?) = 0)"] * len(plain)) or "0"
        sql = (
            f"SELECT case_id FROM (SELECT c.case_id, c.name_key, c.plain, c.name_sets,"
            f" {tier} AS tier FROM {source} WHERE {where})"
            f" ORDER BY instr(name_sets, ?) = 0, tier, {literal_misses}, name_key, case_id"
            " LIMIT ?"
        )
        all_params = [*tier_params, *params, f"|{' '.join(sorted(words))}|", *plain]
        all_params.append(_limit(limit))
        with self._lock:
            found = self._open().execute(sql, all_params).fetchall()
        return [case_id for (case_id,) in found]

    def diagnostics(self) -> dict[str, object]:
        """Where the data lives, for tests and ``casework check``: database files
        (``""`` means memory), ``temp_store`` (2 = MEMORY) and ``secure_delete``."""
        with self._lock:
            conn = self._open()
            files = [row[2] for row in conn.execute("PRAGMA database_list")]
            return {
                "database_files": files,
                "temp_store": conn.execute("PRAGMA temp_store").fetchone()[0],
                "secure_delete": conn.execute("PRAGMA secure_delete").fetchone()[0],
            }

    def _open(self) -> sqlite3.Connection:
        if self._conn is None:
            raise IndexClosedError("the search index was closed")
        return self._conn


# --- helpers (called with the lock held) ---------------------------------------------


class _transaction:
    """BEGIN ... COMMIT, or ROLLBACK on any exception (autocommit connection)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def __enter__(self) -> None:
        self._conn.execute("BEGIN")

    def __exit__(self, exc_type: type[BaseException] | None, *rest: object) -> None:
        self._conn.execute("COMMIT" if exc_type is None else "ROLLBACK")


def _delete(conn: sqlite3.Connection, case_ids: list[str]) -> int:
    ids = [(case_id,) for case_id in case_ids]
    # External content: the FTS index is told which text it indexed for the row.
    conn.executemany(
        "INSERT INTO name_text (name_text, rowid, words)"
        " SELECT 'delete', id, words FROM cases WHERE case_id = ?",
        ids,
    )
    return conn.executemany("DELETE FROM cases WHERE case_id = ?", ids).rowcount


def _insert(conn: sqlite3.Connection, prepared: list[Prepared]) -> None:
    # New rowids are max(id) + 1 onwards: index exactly the rows added here.
    start = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM cases").fetchone()[0]
    conn.executemany(_INSERT, prepared)
    conn.execute(
        "INSERT INTO name_text (rowid, words) SELECT id, words FROM cases WHERE id >= ?",
        (start,),
    )


def _filters(
    group: str | None, status: str | None, article: str | None
) -> tuple[str, list[object]]:
    clauses = ["1"]
    params: list[object] = []
    if group is not None:
        clauses.append("instr(c.groups, ?)")
        params.append(f"|{escape_item(group)}|")
    if status is not None:
        clauses.append("c.status = ?")
        params.append(status)
    if article is not None:
        if article == "*":
            clauses.append("c.articles <> ''")
        elif article.endswith("*"):
            # Sub-parts continue with "-" or ".": 234.1* is 234.1, 234.1-..., 234.1....,
            # not 234.10.
            base = escape_item(article[:-1])
            clauses.append("(instr(c.articles, ?) OR instr(c.articles, ?) OR instr(c.articles, ?))")
            params += [f"|{base}|", f"|{base}-", f"|{base}."]
        else:
            clauses.append("instr(c.articles, ?)")
            params.append(f"|{escape_item(article)}|")
    return " AND ".join(clauses), params


def _limit(limit: int | None) -> int:
    if limit is None:
        return -1  # SQLite: no limit
    if limit < 0:
        raise ValueError("limit must be >= 0")
    return limit
