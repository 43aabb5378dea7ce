"""The in-memory query database behind the case list: names, filters, ranked search.

After unlock the app decrypts what the case list shows into one :class:`SearchIndex`;
locking calls :meth:`SearchIndex.close`, which drops the whole database. It lives only
in memory (``:memory:``, ``temp_store=MEMORY``) because plaintext case data may never
reach the disk (DESIGN §2); ``docs/search.md`` describes the tables and the ranking.

Threading: every method may be called from any thread; calls are serialised by one
lock, so the index can be filled by a worker and queried from the GUI thread.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from app.search.fold import fold_query, fold_token, split_plain

__all__ = ["CaseRow", "IndexClosedError", "SearchIndex"]

_ROW_KEYS = frozenset(
    {"case_id", "full_name", "aliases", "groups", "status", "articles", "last_day"}
)

_SCHEMA = """
CREATE TABLE cases (
    id INTEGER PRIMARY KEY,
    case_id TEXT NOT NULL UNIQUE,
    full_name TEXT NOT NULL,
    aliases TEXT NOT NULL,
    groups TEXT NOT NULL,
    status TEXT NOT NULL,
    articles TEXT NOT NULL,
    last_day TEXT,
    name_key TEXT NOT NULL,
    plain TEXT NOT NULL
);
CREATE INDEX cases_order ON cases (name_key, case_id);
CREATE TABLE case_words (word TEXT NOT NULL, case_row INTEGER NOT NULL,
    PRIMARY KEY (word, case_row)) WITHOUT ROWID;
CREATE TABLE case_names (case_row INTEGER NOT NULL, word_set TEXT NOT NULL,
    PRIMARY KEY (case_row, word_set)) WITHOUT ROWID;
CREATE TABLE case_groups (grp TEXT NOT NULL, case_row INTEGER NOT NULL,
    PRIMARY KEY (grp, case_row)) WITHOUT ROWID;
CREATE TABLE case_articles (article TEXT NOT NULL, case_row INTEGER NOT NULL,
    PRIMARY KEY (article, case_row)) WITHOUT ROWID;
CREATE VIRTUAL TABLE name_text USING fts5 (words, tokenize = 'trigram');
"""

# One encoder: json.dumps with options builds a new one per call (a third of bulk_load).
_encode = json.JSONEncoder(ensure_ascii=False).encode

# Match tiers, best first. A case's tier is the worst tier over the query's words.
_WHOLE_WORD, _WORD_PREFIX, _SUBSTRING = 1, 2, 3
# Trigram FTS needs three characters; shorter query words match word prefixes only.
_TRIGRAM = 3


class IndexClosedError(RuntimeError):
    """The index was closed (the vault was locked); build a new one."""


@dataclass(frozen=True, slots=True)
class CaseRow:
    """What the case list shows for one case (plaintext: keep only in memory)."""

    case_id: str
    full_name: str
    aliases: tuple[str, ...]
    groups: tuple[str, ...]
    status: str
    articles: tuple[str, ...]
    last_day: str | None


@dataclass(frozen=True, slots=True)
class _Prepared:
    row: CaseRow
    name_key: str
    plain: str
    words: tuple[str, ...]
    word_sets: tuple[str, ...]


class SearchIndex:
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
        conn.executescript(_SCHEMA)
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
    ) -> None:
        """Add a case, or replace everything stored for ``case_id``.

        ``last_day`` is an ISO date ``YYYY-MM-DD`` or ``None``. Raises ``ValueError`` /
        ``TypeError`` on invalid values (nothing changes).
        """
        prepared = _prepare(
            {
                "case_id": case_id,
                "full_name": full_name,
                "aliases": aliases,
                "groups": groups,
                "status": status,
                "articles": articles,
                "last_day": last_day,
            },
            {},
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

    def bulk_load(self, rows: Iterable[Mapping[str, Any]]) -> int:
        """Add or replace many cases in one transaction; return how many rows were read.

        Each row is a mapping with the keyword arguments of :meth:`upsert` plus
        ``case_id``; an absent or ``None`` ``aliases``/``groups``/``articles`` is empty,
        ``status`` then ``"unknown"``. All rows are checked before anything is written: one bad row
        (unknown key, missing ``case_id``/``full_name``, wrong type, bad date) raises
        ``ValueError`` / ``TypeError`` naming its position (``row 0`` is the first), and
        the index is unchanged. A later row with the same ``case_id`` replaces an
        earlier one. Takes about 1 s of CPU per 10,000 cases on a slow 2-core machine
        (``bench/bench_search.py``); the lock is held only while writing.
        """
        memo: dict[str, str] = {}  # word -> key; names repeat, folding dominates.
        latest: dict[str, _Prepared] = {}
        count = 0
        for position, row in enumerate(rows):
            try:
                prepared = _prepare(row, memo)
            except (ValueError, TypeError) as error:
                raise type(error)(f"row {position}: {error}") from None
            latest.pop(prepared.row.case_id, None)  # keep input order for the last copy
            latest[prepared.row.case_id] = prepared
            count += 1
        with self._lock:
            conn = self._open()
            with _transaction(conn):
                if conn.execute("SELECT EXISTS (SELECT 1 FROM cases)").fetchone()[0]:
                    _delete(conn, list(latest))
                _insert(conn, list(latest.values()))
        return count

    def close(self) -> None:
        """Drop the whole database (on lock). Safe to call twice."""
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def __enter__(self) -> SearchIndex:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # --- reading -------------------------------------------------------------------

    def count(self) -> int:
        """Number of cases in the index."""
        with self._lock:
            return int(self._open().execute("SELECT count(*) FROM cases").fetchone()[0])

    def get(self, case_id: str) -> CaseRow | None:
        """The display fields stored for ``case_id``, or ``None``."""
        with self._lock:
            found = (
                self._open()
                .execute(
                    "SELECT case_id, full_name, aliases, groups, status, articles, last_day"
                    " FROM cases WHERE case_id = ?",
                    (case_id,),
                )
                .fetchone()
            )
        if found is None:
            return None
        cid, full_name, aliases, groups, status, articles, last_day = found
        return CaseRow(
            cid,
            full_name,
            tuple(json.loads(aliases)),
            tuple(json.loads(groups)),
            status,
            tuple(json.loads(articles)),
            last_day,
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
        sql = f"SELECT case_id FROM cases c WHERE {where} ORDER BY name_key, case_id LIMIT ?"
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
        Filters are those of :meth:`filter`. Over 10,000 cases: median about 1 ms,
        95th percentile about 5 ms (one-letter queries, with thousands of hits, are
        the slowest).
        """
        words = list(dict.fromkeys(fold_query(query)))
        if not words:
            return self.filter(group=group, status=status, article=article, limit=limit)
        where, filter_params = _filters(group, status, article)
        ctes: list[str] = []
        params: list[object] = []
        for i, word in enumerate(words):
            # Per case, the best tier of this word: whole word (1) or word start (2) from
            # the word list, anywhere (3) from the trigram index. One GROUP BY per word.
            matches = "SELECT case_row AS r, (word <> ?) + 1 AS tier FROM case_words"
            matches += " WHERE word >= ? AND word < ?"
            params += [word, word, _after_prefix(word)]
            if len(word) >= _TRIGRAM:
                # Quoted: the folded word is [a-z0-9]+, so it cannot break out of the quotes.
                matches += f" UNION ALL SELECT rowid, {_SUBSTRING} FROM name_text"
                matches += " WHERE name_text MATCH ?"
                params.append(f'"{word}"')
            ctes.append(f"m{i} AS (SELECT r, min(tier) AS tier FROM ({matches}) GROUP BY r)")
        joins = " ".join(f"JOIN m{i} ON m{i}.r = m0.r" for i in range(1, len(words)))
        tier = f"max({', '.join(f'm{i}.tier' for i in range(len(words)))})"
        if len(words) == 1:
            tier = "m0.tier"  # max() of one argument would be the aggregate
        plain = split_plain(query)
        literal_misses = " + ".join(["(instr(c.plain, ?) = 0)"] * len(plain)) or "0"
        sql = (
            f"WITH {', '.join(ctes)} SELECT c.case_id FROM m0 {joins}"
            f" JOIN cases c ON c.id = m0.r WHERE {where} ORDER BY"
            f" NOT ({tier} = {_WHOLE_WORD} AND EXISTS (SELECT 1 FROM case_names n"
            "  WHERE n.case_row = c.id AND n.word_set = ?)),"
            f" {tier}, {literal_misses}, c.name_key, c.case_id LIMIT ?"
        )
        params += filter_params
        params.append(" ".join(sorted(words)))
        params += plain
        params.append(_limit(limit))
        with self._lock:
            found = self._open().execute(sql, params).fetchall()
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
    found = []
    for case_id in case_ids:
        row = conn.execute(
            "SELECT c.id, c.groups, c.articles, t.words FROM cases c"
            " JOIN name_text t ON t.rowid = c.id WHERE c.case_id = ?",
            (case_id,),
        ).fetchone()
        if row is not None:
            found.append(row)
    # Child rows are found through their primary keys (word, group, article first), so
    # no second index per table slows every bulk load down.
    conn.executemany(
        "DELETE FROM case_words WHERE word = ? AND case_row = ?",
        ((w, rid) for rid, _, _, words in found for w in words.split()),
    )
    conn.executemany(
        "DELETE FROM case_groups WHERE grp = ? AND case_row = ?",
        ((g, rid) for rid, groups, _, _ in found for g in json.loads(groups)),
    )
    conn.executemany(
        "DELETE FROM case_articles WHERE article = ? AND case_row = ?",
        ((a, rid) for rid, _, articles, _ in found for a in json.loads(articles)),
    )
    ids = [(rid,) for rid, *_ in found]
    conn.executemany("DELETE FROM case_names WHERE case_row = ?", ids)
    conn.executemany("DELETE FROM name_text WHERE rowid = ?", ids)
    conn.executemany("DELETE FROM cases WHERE id = ?", ids)
    return len(found)


def _insert(conn: sqlite3.Connection, prepared: list[_Prepared]) -> None:
    start = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM cases").fetchone()[0]
    numbered = list(enumerate(prepared, start))
    conn.executemany(
        "INSERT INTO cases VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            (
                rid,
                p.row.case_id,
                p.row.full_name,
                _encode(p.row.aliases),
                _encode(p.row.groups),
                p.row.status,
                _encode(p.row.articles),
                p.row.last_day,
                p.name_key,
                p.plain,
            )
            for rid, p in numbered
        ),
    )
    conn.executemany(
        "INSERT INTO case_words VALUES (?, ?)", ((w, rid) for rid, p in numbered for w in p.words)
    )
    conn.executemany(
        "INSERT INTO case_names VALUES (?, ?)",
        ((rid, s) for rid, p in numbered for s in p.word_sets),
    )
    conn.executemany(
        "INSERT INTO case_groups VALUES (?, ?)",
        ((g, rid) for rid, p in numbered for g in set(p.row.groups)),
    )
    conn.executemany(
        "INSERT INTO case_articles VALUES (?, ?)",
        ((a, rid) for rid, p in numbered for a in set(p.row.articles)),
    )
    conn.executemany(
        "INSERT INTO name_text (rowid, words) VALUES (?, ?)",
        ((rid, " ".join(p.words)) for rid, p in numbered),
    )


def _prepare(row: Mapping[str, Any], memo: dict[str, str]) -> _Prepared:
    if not _ROW_KEYS.issuperset(row):
        raise ValueError(f"unknown field {sorted(set(row) - _ROW_KEYS)[0]!r}")
    for required in ("case_id", "full_name"):
        if required not in row:
            raise ValueError(f"missing field {required!r}")
    case_id = _text(row, "case_id")
    if not case_id:
        raise ValueError("case_id is empty")
    last_day = row.get("last_day")
    if last_day is not None:
        if not isinstance(last_day, str):
            raise TypeError("last_day must be an ISO date string or None")
        try:
            valid = len(last_day) == 10 and date.fromisoformat(last_day).isoformat() == last_day
        except ValueError:
            valid = False
        if not valid:
            raise ValueError(f"last_day {last_day!r} is not a YYYY-MM-DD date")
    case = CaseRow(
        case_id=case_id,
        full_name=_text(row, "full_name"),
        aliases=_texts(row, "aliases"),
        groups=_texts(row, "groups"),
        status="unknown" if row.get("status") is None else _text(row, "status"),
        articles=_texts(row, "articles"),
        last_day=last_day,
    )
    words: dict[str, None] = {}
    word_sets: dict[str, None] = {}
    plain: list[str] = []
    name_key = ""
    for position, name in enumerate((case.full_name, *case.aliases)):
        spelled = split_plain(name)
        plain += spelled
        keys = [key for word in spelled if (key := memo.get(word) or _fold(word, memo))]
        if position == 0:
            name_key = " ".join(keys)
        words.update(dict.fromkeys(keys))
        if keys:
            word_sets[" ".join(sorted(set(keys)))] = None
    return _Prepared(case, name_key, " ".join(plain), tuple(words), tuple(word_sets))


def _fold(word: str, memo: dict[str, str]) -> str:
    key = memo[word] = fold_token(word)
    return key


def _text(row: Mapping[str, Any], field: str, default: str = "") -> str:
    value = row.get(field, default)
    if not isinstance(value, str):
        raise TypeError(f"{field} must be a string, not {type(value).__name__}")
    return value


def _texts(row: Mapping[str, Any], field: str) -> tuple[str, ...]:
    value = row.get(field)
    if value is None:  # absent and None both mean "none"
        return ()
    # A bare string is a sequence too; accepting it would index single letters. (The
    # type() test first spares the slow ABC check for the usual list.)
    if type(value) not in (list, tuple) and (
        isinstance(value, str) or not isinstance(value, Sequence)
    ):
        raise TypeError(f"{field} must be a list of strings, not {type(value).__name__}")
    if not all(isinstance(item, str) for item in value):
        raise TypeError(f"{field} must be a list of strings")
    return tuple(value)


def _filters(
    group: str | None, status: str | None, article: str | None
) -> tuple[str, list[object]]:
    clauses = ["1"]
    params: list[object] = []
    if group is not None:
        clauses.append("c.id IN (SELECT case_row FROM case_groups WHERE grp = ?)")
        params.append(group)
    if status is not None:
        clauses.append("c.status = ?")
        params.append(status)
    if article is not None:
        if article == "*":
            clauses.append("c.id IN (SELECT case_row FROM case_articles)")
        elif article.endswith("*"):
            base = article[:-1]
            # Sub-parts continue with "-" or "." (0x2D, 0x2E): the range [base-, base/)
            # holds exactly those, and excludes 234.10 for 234.1*.
            clauses.append(
                "c.id IN (SELECT case_row FROM case_articles WHERE article = ?"
                " OR (article >= ? AND article < ?))"
            )
            params += [base, base + "-", base + "/"]
        else:
            clauses.append("c.id IN (SELECT case_row FROM case_articles WHERE article = ?)")
            params.append(article)
    return " AND ".join(clauses), params


def _after_prefix(word: str) -> str:
    """The least string greater than every string starting with ``word`` (non-empty)."""
    return word[:-1] + chr(ord(word[-1]) + 1)


def _limit(limit: int | None) -> int:
    if limit is None:
        return -1  # SQLite: no limit
    if limit < 0:
        raise ValueError("limit must be >= 0")
    return limit
