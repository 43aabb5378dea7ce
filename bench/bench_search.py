"""Benchmark of the case-list search (``app.search``).

``run(n)`` builds a :class:`SearchIndex` of ``n`` synthetic Azerbaijani names (seeded),
each with a Russian Cyrillic alias made by the small hand table below, then times 200
queries typed as a user would: Cyrillic, Azerbaijani Latin, English-style ASCII, and
partial names of one to five letters. It also times ``bulk_load`` of 10,000 and 100,000
rows as unlock hands them over (with the :func:`search_keys` stored at save time), and
of 100,000 rows without them (a vault saved before rows kept them). Run:
``python -m bench.bench_search``.
"""

from __future__ import annotations

import json
import random
import statistics
import time
from datetime import date, timedelta
from typing import Any

from app.search import SearchIndex, search_keys

MALE = (  # noqa: SIM905 -- a list of names reads better as text
    "Əli Həsən Hüseyn Məmməd Cəfər Xəlil Yaqub Qasım Şahin Çingiz Tofiq Elçin İlqar Əbülfəz "
    "Rəşad Tural Vüqar Orxan Cavid Bəxtiyar Rövşən İlyas Əyyub Fərid Ramil Kamran Anar Emin "
    "Zaur Elnur Rəsul Taleh İlkin Rüfət Fuad Səbuhi Nicat Ruslan Ramiz Mehman Afqan Tahir "
    "Zakir Səxavət Natiq Vaqif Arif Rafiq Azər Ədalət Mübariz Sərdar Bayram İbrahim Heydər "
    "Mustafa Süleyman Qurban Nəsib Abbas Əsəd Məlik Zeynal Novruz Cəlil Səfər Kərim Vəli"
).split()
FEMALE = (  # noqa: SIM905
    "Ülviyyə Nərmin Aygün Gülnar Ləman Yeganə Sevinc Xədicə Könül Gövhər Zülfiyyə Nigar "
    "Günel Səadət Zeynəb Leyla Səbinə Aynur Lalə Nərgiz Şəhla Rəna Səidə Aytən Fidan Gülər "
    "Mehriban Ülkər Təranə Afət Sevda Arzu Xanım Dilarə Samirə"
).split()
# Surnames from names: Həsən -> Həsənov / Həsənova, Əli -> Əliyev / Əliyeva, plus -li.
SURNAME_ROOTS = [*MALE, "Məmməd", "Hacı", "Muxtar", "Yaqub", "Ağa", "Rza", "Sadıq", "Bağır"]

# Azerbaijani Latin -> Russian Cyrillic as clerks write it: whole endings first, then
# letters. Deliberately small: it makes realistic aliases, it is not the fold under test.
_RU_ENDINGS = (("iyyə", "ия"), ("iyev", "иев"), ("yev", "ев"), ("yeva", "ева"))
_RU_PAIRS = (("ya", "я"), ("ye", "е"), ("yu", "ю"), ("gü", "гю"), ("kü", "кю"), ("lü", "лю"))
_RU_LETTERS = {
    "a": "а", "b": "б", "c": "дж", "ç": "ч", "d": "д", "e": "е", "ə": "а", "f": "ф",
    "g": "г", "ğ": "г", "h": "г", "x": "х", "ı": "ы", "i": "и", "j": "ж", "k": "к",
    "q": "г", "l": "л", "m": "м", "n": "н", "o": "о", "ö": "ё", "p": "п", "r": "р",
    "s": "с", "ş": "ш", "t": "т", "u": "у", "ü": "у", "v": "в", "y": "й", "z": "з",
}  # fmt: skip
# Azerbaijani Latin -> the English-style ASCII of passports and the foreign press.
_ASCII = str.maketrans(
    {"ə": "a", "ı": "i", "ö": "o", "ü": "u", "ğ": "gh", "ç": "ch", "ş": "sh", "x": "kh",
     "q": "g", "c": "j"}
)  # fmt: skip


def to_russian(name: str) -> str:
    """``"Əli Həsənov"`` -> ``"Али Гасанов"`` (approximately, as a clerk would)."""
    words = []
    for word in name.split():
        text = word.replace("İ", "i").lower()
        for az, ru in _RU_ENDINGS + _RU_PAIRS:
            text = text.replace(az, ru)
        if text.endswith("q"):
            text = text[:-1] + "к"  # Tofiq -> Тофик
        if text.startswith("e"):
            text = "э" + text[1:]  # Elçin -> Эльчин (less the soft sign)
        text = "".join(_RU_LETTERS.get(letter, letter) for letter in text)
        words.append(text[:1].upper() + text[1:])
    return " ".join(words)


def to_ascii(name: str) -> str:
    """``"Əli Həsənov"`` -> ``"Ali Hasanov"``."""
    return name.replace("İ", "i").lower().translate(_ASCII).title()


def _surname(root: str, female: bool, rnd: random.Random) -> str:
    if rnd.random() < 0.12:
        return root + ("lı" if root[-1] in "aıou" else "li")
    ending = "yev" if root[-1] in "aəeiıouöü" else "ov"
    if ending == "ov" and root[-1] in "ey":
        ending = "ev"
    return root + ending + ("a" if female else "")


def synthetic_rows(n: int, seed: int = 7) -> list[dict[str, Any]]:
    """``n`` case rows with plausible names, a Cyrillic alias, groups and articles."""
    rnd = random.Random(seed)
    groups = ("journalists", "religious_believers", "activists", "opposition", "lgbt")
    statuses = ("pretrial", "imprisoned", "imprisoned", "imprisoned", "released")
    articles = ("234.1-1", "234.4.3", "206.3.2", "167-2.2.1", "228.4", "179.3.2", "283.2.2")
    rows = []
    for i in range(n):
        female = rnd.random() < 0.2
        first = rnd.choice(FEMALE if female else MALE)
        name = f"{first} {_surname(rnd.choice(SURNAME_ROOTS), female, rnd)}"
        rows.append(
            {
                "case_id": f"case-{i:06d}",
                "full_name": name,
                "aliases": [to_russian(name)],
                "groups": rnd.sample(groups, rnd.choice((1, 1, 2))),
                "status": rnd.choice(statuses),
                "articles": [rnd.choice(articles)],
                "last_day": (date(2025, 1, 1) + timedelta(rnd.randrange(5000))).isoformat(),
            }
        )
    return rows


def synthetic_queries(
    rows: list[dict[str, Any]], count: int = 200, seed: int = 11
) -> list[tuple[str, str]]:
    """What people type, with the case each query was made from: a quarter each
    Cyrillic, Azerbaijani, ASCII and partial (1–5 letters) names."""
    rnd = random.Random(seed)
    queries: list[str] = []
    sources: list[str] = []
    for i in range(count):
        row = rnd.choice(rows)
        sources.append(row["case_id"])
        name = row["full_name"]
        first, surname = name.split()
        kind = i % 4
        if kind == 0:
            queries.append(to_russian(rnd.choice((surname, f"{surname} {first}", name))))
        elif kind == 1:
            queries.append(rnd.choice((surname, name, name.upper())))
        elif kind == 2:
            queries.append(to_ascii(rnd.choice((surname, name))).lower())
        else:
            word = rnd.choice((first, surname))
            word = rnd.choice((word, to_russian(word), to_ascii(word)))
            queries.append(word[: rnd.randrange(1, 6)])
    return list(zip(queries, sources, strict=True))


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def _query_latencies(
    index: SearchIndex, queries: list[tuple[str, str]], limit: int | None, passes: int
) -> tuple[list[float], list[float], list[int], int]:
    """Per query: the best of ``passes`` wall-clock and CPU timings (ms), the hit count;
    and how many queries did not find the case they were made from. CPU time shows
    the cost when other processes share the machine."""
    latencies, cpu, hits, missed = [], [], [], 0
    for query, case_id in queries:
        best = best_cpu = float("inf")
        for _ in range(passes):
            began, began_cpu = time.perf_counter(), time.process_time()
            found = index.search(query, limit=limit)
            best = min(best, time.perf_counter() - began)
            best_cpu = min(best_cpu, time.process_time() - began_cpu)
        latencies.append(best * 1000)
        cpu.append(best_cpu * 1000)
        hits.append(len(found))
        missed += limit is None and case_id not in found
    return latencies, cpu, hits, missed


def with_keys(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows as unlock reads them: with the search keys computed when they were saved."""
    return [dict(row, search=search_keys(row["full_name"], row["aliases"])) for row in rows]


def _load_times(rows: list[dict[str, Any]], repeats: int) -> tuple[float, float, float]:
    """``bulk_load`` of ``rows`` into a new index, ``repeats`` times: the least CPU time,
    the median CPU time and the least wall-clock time, in seconds."""
    cpu, wall = [], []
    for _ in range(repeats):
        with SearchIndex() as index:
            began, began_cpu = time.perf_counter(), time.process_time()
            index.bulk_load(rows)
            cpu.append(time.process_time() - began_cpu)
            wall.append(time.perf_counter() - began)
    return min(cpu), statistics.median(cpu), min(wall)


def _load_figure(
    label: str, rows: list[dict[str, Any]], repeats: int, target_ms: float | None
) -> dict[str, object]:
    best, median, wall = _load_times(rows, repeats)
    return {
        "name": f"search: bulk_load of {len(rows)} cases, {label} (CPU time)",
        "value": round(best * 1000),
        "unit": "ms",
        "target": target_ms,
        "note": (
            f"least of {repeats} runs; median {median * 1000:.0f} ms CPU;"
            f" least wall-clock {wall * 1000:.0f} ms; one transaction"
        ),
    }


def run(
    n: int = 10_000, bulk_rows: int = 100_000, passes: int = 3, repeats: int = 5
) -> list[dict[str, object]]:
    """The figures ``{"name", "value", "unit", "target"}``: query latency over ``n``
    cases (the target is for 10,000), and ``bulk_load`` CPU time for ``n`` and
    ``bulk_rows`` rows with stored search keys (targets for 10,000 and 100,000) and for
    ``bulk_rows`` without. Each query's time is the best of ``passes`` and each load's
    the least of ``repeats`` (of 2 for ``bulk_rows``), to keep other work on the machine
    out; CPU time is what such work inflates least."""
    rows = synthetic_rows(max(n, bulk_rows))
    queries = synthetic_queries(rows[:n])
    stored = with_keys(rows)

    with SearchIndex() as index:
        index.bulk_load(stored[:n])
        for query, _ in queries[:20]:  # warm the page cache and the statement cache
            index.search(query)
        latencies, cpu, hits, missed = _query_latencies(index, queries, None, passes)
        limited, _, _, _ = _query_latencies(index, queries, 100, passes)

    loads = [
        _load_figure("search keys stored", stored[:n], repeats, 100 if n == 10_000 else None),
        _load_figure(
            "search keys stored", stored[:bulk_rows], 2, 1000 if bulk_rows == 100_000 else None
        ),
        _load_figure("names folded while loading", rows[:bulk_rows], 2, None),
    ]
    return [
        {
            "name": f"search: p95 of {len(queries)} queries, {n} cases, all results",
            "value": round(_percentile(latencies, 0.95), 2),
            "unit": "ms",
            "target": 10,
            "reference": (
                f"p95 {_percentile(limited, 0.95):.2f} ms with limit=100;"
                f" CPU time p95 {_percentile(cpu, 0.95):.2f} ms"
            ),
            "note": (
                f"median {statistics.median(latencies):.2f} ms, max {max(latencies):.2f} ms;"
                f" median {statistics.median(hits):.0f} hits, max {max(hits)} (one letter);"
                f" {missed} of {len(queries)} queries missed the case they were made from"
            ),
        },
        *loads,
    ]


def main() -> None:
    figures = run()
    for figure in figures:
        target = figure["target"]
        value = float(str(figure["value"]))
        ok = "" if target is None else "ok" if value <= float(str(target)) else "SLOW"
        print(
            f"{figure['value']:>8} {figure['unit']}  (target {target})  {ok}  {figure['name']}"
            f"  [{'; '.join(str(figure[k]) for k in ('reference', 'note') if k in figure)}]"
        )
    print(json.dumps(figures, ensure_ascii=False))


if __name__ == "__main__":
    main()
