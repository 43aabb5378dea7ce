"""Benchmark of the sentence arithmetic and rule evaluation.

``run(n)`` builds ``n`` synthetic cases (seeded, so every run sees the same ones) and times:
all derived dates (``compute_sentence``), the built-in December 2025 amnesty with its
four-month window forecast, and the CC Art. 76 parole rule (forecast up to the last day).
Each figure is the best of a few passes, to keep other work on the machine out of it.
Results carry their reasons lazily (built when read, e.g. by ``result_json``), so these
figures are the statuses, dates and effects of every case.
Run: ``python -m bench.bench_sentence``.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from app.eligibility import evaluate_rule, load_builtin_rules
from app.model import CATEGORIES, Case, CustodyPeriod, Event, Person, Sentence
from app.sentence import compute_sentence
from app.terms import Term

ARTICLES = ("234.1-1", "234.4.3", "206.3.2", "167-2.2.1", "228.4", "179.3.2", "283.2.2", "221.3")


def synthetic_cases(n: int, seed: int = 3) -> list[Case]:
    """``n`` plausible cases: terms of 1–15 years (some with months or weeks), 0–2 custody
    periods before the start, a few adjustments, a mix of articles and categories."""
    rnd = random.Random(seed)
    cases = []
    for index in range(n):
        start = date(2016, 1, 1) + timedelta(days=rnd.randrange(3650))
        term = Term(
            years=rnd.randrange(1, 16),
            months=rnd.choice((0, 0, 3, 6, 9)),
            weeks=rnd.choice((0, 0, 0, 2)),
        )
        custody = []
        cursor = start
        for _ in range(rnd.randrange(3)):
            end = cursor - timedelta(days=rnd.randrange(1, 30))
            begin = end - timedelta(days=rnd.randrange(10, 300))
            kind = rnd.choice(("pretrial_detention", "pretrial_detention", "house_arrest"))
            custody.append(CustodyPeriod(begin, end, kind))
            cursor = begin
        events = []
        if rnd.random() < 0.1:
            events.append(
                Event(
                    f"e{index}",
                    start + timedelta(days=rnd.randrange(700)),
                    "amnesty_reduction",
                    reduce_by=Term(months=6),
                )
            )
        cases.append(
            Case(
                id=f"case-{index}",
                person=Person(
                    f"Person {index}",
                    birth_date=date(1950, 1, 1) + timedelta(days=rnd.randrange(18000)),
                    sex=rnd.choice(("male", "female")),
                ),
                status="imprisoned",
                custody=tuple(custody),
                sentence=Sentence(
                    verdict_date=start,
                    articles=(rnd.choice(ARTICLES),),
                    category=rnd.choice(CATEGORIES),
                    term=term,
                    start_date=start,
                ),
                events=tuple(events),
            )
        )
    return cases


def _best_ms(work: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        began = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - began)
    return best * 1000


def run(n: int = 10_000, repeat: int = 5) -> list[dict[str, object]]:
    """The figures ``{"name", "value", "unit", "target", "note"}`` (milliseconds for ``n``
    cases; the targets are for 10,000 cases)."""
    cases = synthetic_cases(n)
    all_234 = [
        replace(case, sentence=replace(case.sentence, articles=("234.1-1",)))
        for case in cases
        if case.sentence is not None
    ]
    rules = {rule.id: rule for rule in load_builtin_rules()}
    amnesty, parole = rules["az-amnesty-2025-12"], rules["az-cc-76-parole"]
    on = today = date(2025, 12, 19)

    def compute_all() -> object:
        return [compute_sentence(case, on=on) for case in cases]

    def amnesty_all() -> object:
        return [evaluate_rule(amnesty, case, on=None, today=today) for case in cases]

    def amnesty_worst() -> object:
        return [evaluate_rule(amnesty, case, on=None, today=today) for case in all_234]

    def parole_all() -> object:
        return [evaluate_rule(parole, case, on=None, today=today) for case in cases]

    best = f"best of {repeat} passes"
    return [
        {
            "name": f"sentence: all derived dates, {n} cases",
            "value": round(_best_ms(compute_all, repeat), 1),
            "unit": "ms",
            "target": 100,
            "note": f"last day, credit, unserved, fraction, 3 milestones; {best}",
        },
        {
            "name": f"eligibility: 2025 amnesty with 4-month window forecast, {n} cases",
            "value": round(_best_ms(amnesty_all, repeat), 1),
            "unit": "ms",
            "target": 200,
            "note": f"mixed articles (about 1 in 8 under 234.1-1); {best}",
        },
        {
            "name": f"eligibility: 2025 amnesty, {n} cases all under 234.1-1",
            "value": round(_best_ms(amnesty_worst, repeat), 1),
            "unit": "ms",
            "target": 200,
            "note": f"every case's sentence computed and forecast; {best}",
        },
        {
            "name": f"eligibility: CC Art. 76 parole with forecast to the last day, {n} cases",
            "value": round(_best_ms(parole_all, repeat), 1),
            "unit": "ms",
            "target": 200,
            "note": f"target chosen like the amnesty's; {best}",
        },
    ]


def main() -> None:
    figures = run()
    for figure in figures:
        ok = "ok" if float(str(figure["value"])) <= float(str(figure["target"])) else "SLOW"
        value, unit, target = figure["value"], figure["unit"], figure["target"]
        print(f"{value:>8} {unit}  (target {target})  {ok}  {figure['name']}")
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
