"""The in-memory case list: transliteration-aware search, filters, and nothing on disk."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.search import KEYS_VERSION, IndexClosedError, SearchIndex, search_keys
from tests.unit.test_fold import DIFFERENT, SAME_NAME

CASES: list[dict[str, Any]] = [
    {
        "case_id": "hasanov",
        "full_name": "Əli Həsənov",
        "aliases": ["Ali Hasanov"],
        "groups": ["religious_believers"],
        "status": "imprisoned",
        "articles": ["234.1-1"],
        "last_day": "2026-05-09",
    },
    {
        "case_id": "huseynov",
        "full_name": "Hüseyn Həsənov",
        "groups": ["journalists"],
        "status": "pretrial",
        "articles": ["234.1"],
    },
    {
        "case_id": "hasanli",
        "full_name": "Zahir Həsənli",
        "groups": ["journalists", "activists"],
        "status": "imprisoned",
        "articles": ["234.1.2", "206.3.2"],
    },
    {
        "case_id": "aliyev",
        "full_name": "Zakir Əliyev",
        "groups": ["activists"],
        "status": "released",
        "articles": ["234.10"],
        "last_day": "2024-02-28",
    },
    {
        "case_id": "mammadov",
        "full_name": "Tofiq Məmmədov",
        "aliases": ["Тофик Мамедов"],
        "status": "imprisoned",
        "articles": ["193-1.3.2"],
    },
    {
        "case_id": "cafarova",
        "full_name": "Ülviyyə Cəfərova",
        "groups": ["journalists"],
        "status": "imprisoned",
        "articles": ["206.3.2"],
    },
    {
        "case_id": "deko",
        "full_name": "Ramin Deko",
        "aliases": ["Ramin Bayramov"],
        "groups": ["activists"],
        "status": "deceased",
    },
]


@pytest.fixture
def index() -> Iterator[SearchIndex]:
    with SearchIndex() as built:
        built.bulk_load(CASES)
        yield built


@pytest.mark.parametrize(
    "query",
    ["Əli Həsənov", "Ali Hasanov", "Али Гасанов", "ali hasanov", "ƏLİ HƏSƏNOV", "hasanov ali"],
)
def test_every_spelling_of_a_full_name_finds_that_person_first(
    index: SearchIndex, query: str
) -> None:
    assert index.search(query)[0] == "hasanov"


def test_surname_alone_finds_everyone_with_it(index: SearchIndex) -> None:
    assert set(index.search("HƏSƏNOV")) == {"hasanov", "huseynov"}
    assert set(index.search("Гасанов")) == {"hasanov", "huseynov"}


def test_partial_name_finds_prefixes_before_substrings(index: SearchIndex) -> None:
    # hasan: a prefix of Həsənov (twice) and Həsənli; nowhere else.
    assert set(index.search("hasan")) == {"hasanov", "huseynov", "hasanli"}
    # sənov is inside Həsənov but starts no word: still found, three letters or more.
    assert set(index.search("sənov")) == {"hasanov", "huseynov"}


def test_russian_spelling_in_alias_or_not_finds_the_case(index: SearchIndex) -> None:
    assert index.search("Мамедов") == ["mammadov"]
    assert index.search("Mammadov Tofig") == ["mammadov"]
    assert index.search("Джафарова") == ["cafarova"]
    assert index.search("Ульвия") == ["cafarova"]


def test_alias_alone_finds_the_case(index: SearchIndex) -> None:
    assert index.search("Bayramov") == ["deko"]
    assert index.search("Рамин Байрамов") == ["deko"]


def test_every_query_word_must_match(index: SearchIndex) -> None:
    assert index.search("Əli Rəşad") == []
    assert index.search("Hüseyn Əliyev") == []


def test_whole_name_ranks_before_word_match_before_prefix(index: SearchIndex) -> None:
    # Əli: the whole first name of hasanov, a prefix of Əliyev.
    assert index.search("Əli") == ["hasanov", "aliyev"]
    # Həsənov: whole surname of two cases, but "Hüseyn Həsənov" is the exact full name.
    assert index.search("Hüseyn Həsənov") == ["huseynov"]
    assert index.search("Həsənov Hüseyn") == ["huseynov"]


def test_literal_spelling_ranks_before_same_sound(index: SearchIndex) -> None:
    # Zakir and Zahir share a key (h and k fold together); the literal spelling wins.
    assert index.search("Zakir")[:2] == ["aliyev", "hasanli"]
    assert index.search("Zahir")[:2] == ["hasanli", "aliyev"]


def test_one_and_two_letter_queries_match_word_starts(index: SearchIndex) -> None:
    assert index.search("Ə") == ["hasanov", "aliyev"]  # Əli, Əliyev
    assert index.search("Ал") == ["hasanov", "aliyev"]
    assert set(index.search("tu")) == set()  # no word starts with tu
    # "sa" is inside Həsənov but starts no word: too short for substring search.
    assert index.search("sa") == []


def test_filters_combine_with_search(index: SearchIndex) -> None:
    assert index.search("hasan", group="journalists") == ["huseynov", "hasanli"]
    assert index.search("hasan", status="imprisoned") == ["hasanov", "hasanli"]
    assert index.search("hasan", article="234.1") == ["huseynov"]
    assert index.search("hasan", group="journalists", status="imprisoned") == ["hasanli"]


def test_article_star_matches_sub_parts_not_longer_numbers(index: SearchIndex) -> None:
    assert set(index.filter(article="234.1*")) == {"hasanov", "huseynov", "hasanli"}
    assert index.filter(article="234.10") == ["aliyev"]
    assert index.filter(article="234.1") == ["huseynov"]
    assert set(index.filter(article="206*")) == {"hasanli", "cafarova"}
    assert index.filter(article="193-1*") == ["mammadov"]
    assert len(index.filter(article="*")) == 6  # every case with an article


def test_filter_without_query_orders_by_name(index: SearchIndex) -> None:
    # Folded names: ali kasanov, tofik mamadov, ulvia cafarova, zakir kasanli.
    assert index.filter(status="imprisoned") == ["hasanov", "mammadov", "cafarova", "hasanli"]
    assert index.filter(group="activists") == ["deko", "aliyev", "hasanli"]
    assert index.filter(group="nobody") == []
    assert len(index.filter()) == len(CASES)


def test_blank_query_is_a_filter(index: SearchIndex) -> None:
    assert index.search("  ,- ", status="released") == ["aliyev"]
    assert len(index.search("")) == len(CASES)


def test_limit(index: SearchIndex) -> None:
    assert index.search("hasan", limit=1) == ["hasanov"]
    assert index.filter(limit=0) == []
    with pytest.raises(ValueError):
        index.filter(limit=-1)


def test_upsert_replaces_the_whole_case(index: SearchIndex) -> None:
    index.upsert(
        "hasanov",
        full_name="Əli Rəsulov",
        aliases=[],
        groups=["journalists"],
        status="released",
        articles=["179.3.2"],
        last_day="2025-01-31",
    )
    assert index.search("Həsənov") == ["huseynov"]
    assert index.search("Rəsulov") == ["hasanov"]
    assert "hasanov" in index.filter(group="journalists")
    assert "hasanov" not in index.filter(group="religious_believers")
    assert index.filter(article="234.1*") == ["huseynov", "hasanli"]
    row = index.get("hasanov")
    assert row is not None
    assert (row.full_name, row.status, row.last_day) == ("Əli Rəsulov", "released", "2025-01-31")
    assert index.count() == len(CASES)


def test_remove_forgets_the_case_everywhere(index: SearchIndex) -> None:
    assert index.remove("mammadov") is True
    assert index.remove("mammadov") is False
    assert index.search("Мамедов") == []
    assert index.filter(article="193-1*") == []
    assert index.get("mammadov") is None
    assert index.count() == len(CASES) - 1


def test_get_returns_display_fields(index: SearchIndex) -> None:
    row = index.get("hasanli")
    assert row is not None
    assert row.full_name == "Zahir Həsənli"
    assert row.groups == ("journalists", "activists")
    assert row.articles == ("234.1.2", "206.3.2")
    assert row.aliases == ()
    assert row.last_day is None


def test_bulk_load_later_row_wins_and_reloading_replaces(index: SearchIndex) -> None:
    index.bulk_load(
        [
            {"case_id": "new", "full_name": "Nərmin Quliyeva"},
            {"case_id": "new", "full_name": "Nərmin Kərimova"},
            {"case_id": "deko", "full_name": "Ramin Deko"},
        ]
    )
    assert index.count() == len(CASES) + 1
    assert index.search("Нармин") == ["new"]
    assert index.search("Кулиева") == []
    assert index.search("Bayramov") == []  # the reloaded row has no alias any more


def test_bulk_load_takes_none_as_empty(index: SearchIndex) -> None:
    index.bulk_load(
        [
            {
                "case_id": "sparse",
                "full_name": "Rəsul Cəlilov",
                "aliases": None,
                "groups": None,
                "status": None,
                "articles": None,
                "last_day": None,
            }
        ]
    )
    row = index.get("sparse")
    assert row is not None
    assert (row.aliases, row.groups, row.status, row.articles) == ((), (), "unknown", ())
    assert index.search("Джалилов") == ["sparse"]


@pytest.mark.parametrize(
    ("bad", "error"),
    [
        ({"case_id": "x", "full_name": "A", "colour": "red"}, ValueError),
        ({"full_name": "A"}, ValueError),
        ({"case_id": "", "full_name": "A"}, ValueError),
        ({"case_id": "x", "full_name": "A", "aliases": "Ali"}, TypeError),
        ({"case_id": "x", "full_name": "A", "groups": [1]}, TypeError),
        ({"case_id": "x", "full_name": "A", "last_day": "2025-02-30"}, ValueError),
        ({"case_id": "x", "full_name": "A", "last_day": "20250101"}, ValueError),
        ({"case_id": "x", "full_name": None}, TypeError),
    ],
)
def test_bad_row_in_bulk_load_changes_nothing(
    index: SearchIndex, bad: dict[str, Any], error: type[Exception]
) -> None:
    with pytest.raises(error, match="row 1"):
        index.bulk_load([{"case_id": "ok", "full_name": "Elçin Abbasov"}, bad])
    assert index.count() == len(CASES)
    assert index.search("Abbasov") == []


def test_bad_upsert_changes_nothing(index: SearchIndex) -> None:
    with pytest.raises(TypeError):
        index.upsert("hasanov", full_name="X", aliases="Ali")
    assert index.search("Ali Hasanov")[0] == "hasanov"


def test_closed_index_refuses_use() -> None:
    index = SearchIndex()
    index.upsert("a", full_name="Əli Həsənov")
    index.close()
    index.close()
    with pytest.raises(IndexClosedError):
        index.search("Əli")
    with pytest.raises(IndexClosedError):
        index.count()


def test_index_filled_in_a_worker_is_searchable_elsewhere() -> None:
    index = SearchIndex()
    worker = threading.Thread(target=index.bulk_load, args=(CASES,))
    worker.start()
    worker.join()
    assert index.search("Мамедов") == ["mammadov"]
    index.close()


def _with_keys(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [dict(r, search=search_keys(r["full_name"], r.get("aliases") or [])) for r in rows]


def _table(index: SearchIndex) -> list[tuple[object, ...]]:
    return _connection(index).execute("SELECT * FROM cases ORDER BY case_id").fetchall()


def test_search_keys_are_json_for_the_vault() -> None:
    keys = search_keys("Əli Həsənov", ["Али Гасанов"])
    assert json.loads(json.dumps(keys)) == keys
    assert keys[0] == KEYS_VERSION
    assert keys[2] == "ali kasanov"  # the folded full name


def test_search_keys_of_known_names_are_pinned_to_the_version() -> None:
    # If this fails, folding or the index layout now gives other keys for the same
    # names: bump KEYS_VERSION (so keys stored in vaults by older code are recomputed on
    # unlock instead of trusted), then update the digest.
    names = [name for group in (*SAME_NAME, *DIFFERENT) for name in group]
    keys = [search_keys(name, names[i : i + 2]) for i, name in enumerate(names)]
    digest = hashlib.sha256(json.dumps(keys, ensure_ascii=False).encode()).hexdigest()
    assert (KEYS_VERSION, digest[:16]) == (1, "0b8e12c86045a863")


def test_stored_keys_build_the_same_index_as_folding() -> None:
    with SearchIndex() as folded, SearchIndex() as stored:
        folded.bulk_load(CASES)
        stored.bulk_load(_with_keys(CASES))
        assert _table(stored) == _table(folded)
        for query in ("hasan", "Мамедов", "Ə", "sənov", "Zakir"):
            assert stored.search(query) == folded.search(query)


def test_stale_or_broken_stored_keys_are_folded_again(index: SearchIndex) -> None:
    zakir = search_keys("Zakir Əliyev")
    index.bulk_load(
        [
            # keys made for other names (the names changed, the keys did not)
            {"case_id": "a", "full_name": "Rəşad Quliyev", "search": zakir},
            # keys made by another version of the folding
            {
                "case_id": "b",
                "full_name": "Elçin Abbasov",
                "search": [KEYS_VERSION + 1, *search_keys("Elçin Abbasov")[1:4], " tktk ", ""],
            },
            # not keys at all
            {"case_id": "c", "full_name": "Nigar Kərimova", "search": [KEYS_VERSION]},
            {"case_id": "d", "full_name": "Tural Səfərov", "search": "ali"},
            {"case_id": "e", "full_name": "Leyla", "search": {"v": KEYS_VERSION, "key": "x"}},
            {"case_id": "f", "full_name": "Fidan", "search": [KEYS_VERSION, "Fidan", 1, 2, 3, 4]},
        ]
    )
    assert index.search("Рашад Кулиев") == ["a"]
    assert "a" not in index.search("Zakir")
    assert index.search("Эльчин") == ["b"]
    assert index.search("tktk") == []
    assert index.search("Нигяр") == ["c"]
    assert index.search("Турал") == ["d"]
    assert index.search("Лейла") == ["e"]
    assert index.search("Фидан") == ["f"]


def test_upsert_takes_stored_keys(index: SearchIndex) -> None:
    keys = search_keys("Rəsul Cəlilov", ["Расул Джалилов"])
    index.upsert("new", full_name="Rəsul Cəlilov", aliases=["Расул Джалилов"], search=keys)
    assert index.search("Jalilov") == ["new"]


def test_bulk_load_can_skip_keys_that_are_not_fields() -> None:
    row: dict[str, Any] = {"case_id": "x", "full_name": "Elçin Abbasov", "birth_date": None}
    with SearchIndex() as index:
        with pytest.raises(ValueError, match="row 0: unknown field 'birth_date'"):
            index.bulk_load([row])
        index.bulk_load(_with_keys([row, {**row, "case_id": "y"}]), ignore_other_keys=True)
        assert index.search("Abbasov") == ["x", "y"]
        # The fields are still checked.
        with pytest.raises(TypeError, match="row 1"):
            index.bulk_load([row, {**row, "aliases": "Elcin"}], ignore_other_keys=True)


@pytest.mark.parametrize("keys", [False, True])
def test_separator_characters_in_names_and_lists_round_trip(keys: bool) -> None:
    odd = {
        "case_id": "odd",
        "full_name": "Əli|Həsənov",
        "aliases": ["\x01p", "Али|", ""],
        "groups": ["a|b", "\x01", ""],
        "articles": ["234.1|2", "234.1.2"],
    }
    with SearchIndex() as index:
        index.bulk_load(_with_keys([odd]) if keys else [odd])
        row = index.get("odd")
        assert row is not None
        assert (row.full_name, row.aliases) == ("Əli|Həsənov", ("\x01p", "Али|", ""))
        assert (row.groups, row.articles) == (("a|b", "\x01", ""), ("234.1|2", "234.1.2"))
        assert index.search("Hasanov Ali") == ["odd"]
        for group in ("a|b", "\x01", ""):
            assert index.filter(group=group) == ["odd"]
        for group in ("a", "b", "|", "\x01p"):
            assert index.filter(group=group) == []
        assert index.filter(article="234.1|2") == ["odd"]
        assert index.filter(article="234.1*") == ["odd"]  # through 234.1.2
        assert index.filter(article="234.1|*") == []  # | does not start a sub-part
        assert index.filter(article="234") == []


def _open_files() -> set[str]:
    """Paths of every file this process holds open, including unlinked ones.

    SQLite unlinks its temp files right after opening them, so no directory listing
    can see them; /proc/self/fd can. SQLite reads TMPDIR once at start-up, so a spill
    could land outside the test's TMPDIR: look at every open file, not one folder.
    """
    found = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith("/"):
            found.add(target)
    return found


def _watch_new_files(conn: sqlite3.Connection) -> set[str]:
    """Record every file newly opened while ``conn`` runs statements."""
    before = _open_files()
    seen: set[str] = set()

    def probe() -> int:
        seen.update(_open_files() - before)
        return 0  # go on

    conn.set_progress_handler(probe, 200)
    return seen


def _connection(index: SearchIndex) -> sqlite3.Connection:
    # White-box on purpose: the probe must run inside SQLite's own statements.
    conn = index._conn
    assert conn is not None
    return conn


@pytest.fixture
def private_dirs(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> tuple[Path, Path]:
    """A fresh working directory and temp directory (TMPDIR and friends)."""
    if not os.path.isdir("/proc/self/fd"):
        pytest.skip("needs /proc/self/fd to see unlinked temp files")
    work, temp = tmp_path / "cwd", tmp_path / "tmp"
    work.mkdir()
    temp.mkdir()
    monkeypatch.chdir(work)
    for variable in ("TMPDIR", "SQLITE_TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(variable, str(temp))
    monkeypatch.setattr(tempfile, "tempdir", None)
    return work, temp


def test_nothing_reaches_the_disk(private_dirs: tuple[Path, Path]) -> None:
    work, temp = private_dirs
    marker = "Zzyqwmarker"
    rows = [
        {
            "case_id": f"case-{i:05d}",
            "full_name": f"{marker} Həsənov {i}",
            "aliases": [f"{marker} Гасанов {i}"],
            "groups": ["journalists"],
            "articles": [f"234.{i % 7}"],
        }
        for i in range(5000)
    ]
    index = SearchIndex()
    seen = _watch_new_files(_connection(index))
    index.bulk_load(rows)
    # Large sorted results, deletes and replacements: what would spill to temp files.
    assert len(index.search(marker)) == len(rows)
    assert len(index.search("ha")) == len(rows)
    assert len(index.filter(article="234*")) == len(rows)
    for i in range(0, 5000, 50):
        index.remove(f"case-{i:05d}")
    index.bulk_load(rows[:100])

    diagnostics = index.diagnostics()
    assert diagnostics["temp_store"] == 2  # MEMORY
    assert diagnostics["secure_delete"] == 1
    files = diagnostics["database_files"]
    assert isinstance(files, list)
    assert files
    assert all(name == "" for name in files)  # "" is :memory:
    index.close()
    assert seen == set()
    assert list(work.iterdir()) == []
    assert list(temp.iterdir()) == []


def test_temp_file_probe_would_see_a_spill(private_dirs: tuple[Path, Path]) -> None:
    # Control for the test above: the probe does see SQLite's temp files when a big
    # sort may spill (temp_store=FILE, small cache), so its silence above means something.
    conn = sqlite3.connect(":memory:")
    conn.execute("PRAGMA temp_store = FILE")
    conn.execute("PRAGMA cache_size = 10")
    conn.execute("CREATE TABLE cases (id INTEGER, full_name TEXT)")
    conn.executemany("INSERT INTO cases VALUES (?, ?)", ((i, "Ə" * 100) for i in range(20000)))
    seen = _watch_new_files(conn)
    conn.execute("SELECT * FROM cases ORDER BY random()").fetchall()
    conn.close()
    assert seen
