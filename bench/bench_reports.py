"""Benchmark of list import, statistics and case summaries.

``run()`` measures, on synthetic cases from :func:`app.demo.generate_cases` (seeded):

- importing a 10,000-row CSV list (the list-import fields, exported by ``app.list_export``)
  into a new vault: read, check every row, find duplicates, store in one transaction;
- statistics over 10,000 cases: from the session's list rows (what ``stats`` does), and
  under the December 2025 amnesty with its month-by-month forecast (``stats --rule``);
- one case summary PDF (building the summary and rendering it through Qt), and 100
  summaries in one PDF.

Each figure is the best of a few passes (the import runs once: it writes a vault). The vault
uses a small Argon2id memory, which only changes the unlock time, not what is measured.
Run: ``python -m bench.bench_reports``.
"""

from __future__ import annotations

import json
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from app.demo import generate_cases
from app.eligibility import load_builtin_rules
from app.list_export import DEFAULT_COLUMNS, export_csv
from app.list_import import apply_import, plan_import, read_list_bytes
from app.reports import active_rules, build_summary
from app.session import Session
from app.stats import compute_stats, row_stats

TODAY = date(2025, 12, 19)


def _best_ms(work: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        began = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - began)
    return best * 1000


def bench_import(n: int) -> tuple[float, float]:
    """Seconds to import an ``n``-row CSV list into an empty vault, and of them the seconds
    spent storing (``Session.add_cases``) after reading and checking."""
    data = export_csv(generate_cases(n, today=TODAY), DEFAULT_COLUMNS, TODAY)
    with tempfile.TemporaryDirectory() as folder:
        session, _ = Session.create(Path(folder) / "b.cwvault", "bench", kdf_memory_mib=8)
        try:
            began = time.perf_counter()
            table = read_list_bytes(data, "list.csv")
            plan = plan_import(table, session.list_rows(), today=TODAY)
            checked = time.perf_counter()
            stored = apply_import(session, plan)
            elapsed = time.perf_counter() - began
            storing = time.perf_counter() - checked
            # Demo data has a few namesakes without a birth date: reported as duplicates.
            assert not plan.problems and len(stored) + len(plan.duplicates) == n
        finally:
            session.close()
    return elapsed, storing


def run(n: int = 10_000, batch: int = 100, repeat: int = 5) -> list[dict[str, Any]]:
    figures: list[dict[str, Any]] = []
    seconds, storing = bench_import(n)
    figures.append(
        {
            "name": f"list import: {n} CSV rows into a new vault",
            "value": round(seconds, 2),
            "unit": "s",
            "target": 10,
            "note": f"reading and checking every row {seconds - storing:.1f} s; storing "
            f"(Session.add_cases: encryption, history, search index) {storing:.1f} s",
        }
    )

    cases = generate_cases(n, today=TODAY)
    rows = [{"groups": c.person.groups, "status": c.status,
             "articles": c.sentence.articles if c.sentence else ()} for c in cases]  # fmt: skip
    amnesty = {r.id: r for r in load_builtin_rules()}["az-amnesty-2025-12"]
    figures.append(
        {
            "name": f"stats: counts by group, status and article, {n} cases",
            "value": round(_best_ms(lambda: row_stats(rows), repeat), 1),
            "unit": "ms",
            "target": 300,
        }
    )
    figures.append(
        {
            "name": f"stats --rule: 2025 amnesty by group and month, {n} cases",
            "value": round(
                _best_ms(lambda: compute_stats(cases, rule=amnesty, today=TODAY), repeat), 1
            ),
            "unit": "ms",
            "target": 300,
        }
    )

    from ui.printing.render import ensure_gui_application
    from ui.printing.summaries import render_summaries_pdf

    ensure_gui_application()
    rules = active_rules(None, TODAY)
    richest = max(cases[:500], key=lambda c: len(c.events) + len(c.notes))

    def one() -> bytes:
        summary = build_summary(richest, rules, profile="colleague", printed_on=TODAY)
        return render_summaries_pdf([summary])

    one()  # fonts and Qt's text engine warm up once per process
    figures.append(
        {
            "name": "summary: one case to PDF (build + render)",
            "value": round(_best_ms(one, repeat), 1),
            "unit": "ms",
            "target": 300,
        }
    )

    def many() -> bytes:
        summaries = [
            build_summary(c, rules, profile="family", printed_on=TODAY) for c in cases[:batch]
        ]
        return render_summaries_pdf(summaries)

    figures.append(
        {
            "name": f"summary: {batch} cases in one PDF",
            "value": round(_best_ms(many, 2) / 1000, 2),
            "unit": "s",
            "target": 15,
        }
    )
    return figures


def main() -> None:
    figures = run()
    for figure in figures:
        ok = "ok" if figure["value"] <= figure["target"] else "SLOW"
        print(
            f"{figure['value']:>8} {figure['unit']}  (target {figure['target']})  {ok}  "
            f"{figure['name']}"
        )
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
