"""Desktop app speed: window shown after start, case list ready after the
passphrase with 10,000 cases (Argon2id excluded), search keystroke to updated list (p95),
sorting, and ``data()`` per cell. Run: ``python -m bench.bench_gui``.

How it measures, on a shared machine where other work slows any one run:

- Every timing is taken as wall time and as CPU time of this process
  (``time.process_time``: all its threads). Wall time is what a user waits; CPU time is
  the work done, which other processes' load changes much less.
- Start and unlock are measured in fresh processes (each a real first start, a real first
  unlock), ``RUNS`` times; the figure is the **minimum** wall time over the runs (as
  ``timeit`` advises: the run least disturbed by other load) and the note gives the median
  wall time and the median CPU time.
- "List ready" is the case list painted with its rows: the cases page is shown when the
  vault opens (as ``casework demo`` does; a normal unlock lands on Home) and the clock stops
  after the table's first paint with rows. Argon2id, timed alone in the same process, is
  subtracted. The vault's own opening (``Session.open``: decrypting the facts; the search
  index is built on the same worker just after: ``app/``, not the GUI) is timed too, so
  the note gives the GUI's share.
- A keystroke is ``setText`` on the search box, then Qt's events until the table has
  painted (or once, when the rows shown did not change). The target's figure is typed once
  the eligibility evaluation that follows unlock has finished: the sequence ``REPEATS``
  times, each keystroke keeping its minimum, then the 95th percentile of those. Keystrokes
  typed while an evaluation runs — the one after unlock, then evaluations from scratch
  (results and light cases dropped) until ``DURING_KEYSTROKES`` have been typed — are
  reported on their own: every sample counts, and the figure is their 95th percentile,
  against the same 50 ms target ("p95 ≤ 50 ms at all times").
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
PASSPHRASE = "bench passphrase"
CASES = 10_000
KDF_MIB = 8
RUNS = 5  # fresh processes for start and for unlock
REPEATS = 3  # passes over the typed queries

_STARTUP = """
import time, sys
from ui.desktop.application import DesktopApp, ensure_application
from ui.desktop.controller import Controller
from ui.desktop.preferences import Preferences
from PySide6.QtTest import QTest
app = ensure_application()
desktop = DesktopApp(Controller(sys.argv[1]), Preferences(sys.argv[2]))
desktop.window.show()
QTest.qWaitForWindowExposed(desktop.window)
print("VISIBLE", time.process_time(), flush=True)
"""


DURING_ROUNDS = 12  # evaluations typed through, at most
DURING_KEYSTROKES = 80  # keystrokes wanted while evaluations run


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))] if ordered else float("nan")


def window_visible_after_start(tmp: Path) -> dict[str, Any]:
    """Seconds from launching a fresh Python process to the main window being exposed."""
    walls, cpus = [], []
    for _ in range(RUNS):
        started = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-c", _STARTUP, str(tmp / "none.cwvault"), str(tmp / "p.ini")],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith("VISIBLE"):
                walls.append(time.perf_counter() - started)
                cpus.append(float(line.split()[1]))
                break
        proc.wait(timeout=60)
    return {
        "name": "window visible after start",
        "value": round(min(walls), 3),
        "unit": "s",
        "target": 1.5,
        "note": f"min of {len(walls)} fresh processes; median {_median(walls):.3f} s; "
        f"CPU median {_median(cpus):.3f} s",
    }


# --- one unlock, in a fresh process --------------------------------------------------


def _argon2_cost() -> tuple[float, float]:
    from storage import keys

    params = keys.new_kdf_params(KDF_MIB)
    wall, cpu = time.perf_counter(), time.process_time()
    keys.derive_kek(PASSPHRASE, params)
    return time.perf_counter() - wall, time.process_time() - cpu


def _time_session_open(probe: dict[str, float]) -> None:
    """Wrap ``Session.open`` to note its wall and thread CPU time (it runs on a worker)."""
    from app.session import Session

    original = Session.open.__func__  # type: ignore[attr-defined]

    def timed_open(cls: type[Session], *args: Any, **kwargs: Any) -> Session:
        wall, cpu = time.perf_counter(), time.thread_time()
        try:
            session: Session = original(cls, *args, **kwargs)
            return session
        finally:
            probe["open_wall"] = time.perf_counter() - wall
            probe["open_cpu"] = time.thread_time() - cpu

    Session.open = classmethod(timed_open)  # type: ignore[method-assign, assignment]


def unlock_once(vault: str, preferences_path: str) -> dict[str, float]:
    """Start the app, unlock ``vault``, return the timings (seconds) of this first unlock."""
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
    from PySide6.QtTest import QTest

    import ui.desktop  # noqa: F401  (None refcount workaround before Qt)
    from ui.desktop.application import DesktopApp, ensure_application
    from ui.desktop.controller import Controller
    from ui.desktop.preferences import Preferences

    app = ensure_application()
    probe: dict[str, float] = {}
    _time_session_open(probe)
    preferences = Preferences(preferences_path)
    preferences.language = "en"
    controller = Controller(vault)
    desktop = DesktopApp(controller, preferences)
    window = desktop.window
    window.resize(1360, 820)
    window.show()
    QTest.qWaitForWindowExposed(window)
    page = window.cases_page
    argon2_wall, argon2_cpu = _argon2_cost()
    marks: dict[str, tuple[float, float]] = {}
    loop = QEventLoop()

    def mark(name: str) -> None:
        marks.setdefault(name, (time.perf_counter(), time.process_time()))

    def painted() -> None:
        mark("painted")
        loop.quit()

    class PaintWatch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (
                event.type() == QEvent.Type.Paint
                and page.model.rowCount()
                and not marks.get("paint")
            ):
                mark("paint")
                QTimer.singleShot(0, painted)  # after this paint event has been handled
            return False

    watch = PaintWatch()
    page.table.viewport().installEventFilter(watch)

    def opened() -> None:
        mark("opened")
        window.show_page(page)

    controller.vault_unlocked.connect(opened)
    controller.cases_loaded.connect(lambda _rows: mark("loaded"))
    QTimer.singleShot(120_000, loop.quit)
    mark("start")
    controller.unlock(PASSPHRASE)
    loop.exec()
    assert page.model.rowCount() == CASES, page.model.rowCount()
    eligibility = QEventLoop()
    controller.eligibility_evaluated.connect(eligibility.quit)
    QTimer.singleShot(120_000, eligibility.quit)
    if not controller.eligibility_results():
        eligibility.exec()
    mark("evaluated")
    start = marks["start"]

    def since(name: str, what: int) -> float:
        return marks[name][what] - start[what]

    figures = {
        "ready_wall": since("painted", 0) - argon2_wall,
        "ready_cpu": since("painted", 1) - argon2_cpu,
        "opened_wall": since("opened", 0) - argon2_wall,
        "loaded_wall": since("loaded", 0) - since("opened", 0),
        "paint_wall": since("painted", 0) - since("loaded", 0),
        "evaluated_wall": since("evaluated", 0) - since("painted", 0),
        "argon2_wall": argon2_wall,
        "open_wall": probe.get("open_wall", float("nan")) - argon2_wall,
        "open_cpu": probe.get("open_cpu", float("nan")) - argon2_cpu,
    }
    controller.shutdown()
    window.close()
    app.processEvents()
    return figures


def list_ready_after_passphrase(vault: Path, tmp: Path) -> list[dict[str, Any]]:
    runs: list[dict[str, float]] = []
    for i in range(RUNS):
        code = (
            "import json, bench.bench_gui as b; "
            f"print('UNLOCK-JSON ' + json.dumps(b.unlock_once({str(vault)!r}, "
            f"{str(tmp / f'u{i}.ini')!r})))"
        )
        proc = subprocess.run(
            [sys.executable, "-c", code],
            cwd=REPO,
            capture_output=True,
            text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            timeout=600,
        )
        for line in proc.stdout.splitlines():
            if line.startswith("UNLOCK-JSON "):
                runs.append(json.loads(line[len("UNLOCK-JSON ") :]))
        if not proc.stdout.strip():
            raise RuntimeError(proc.stderr[-2000:])

    def med(key: str) -> float:
        return _median([r[key] for r in runs])

    best = min(runs, key=lambda r: r["ready_wall"])
    gui = [r["ready_wall"] - r["open_wall"] for r in runs]
    return [
        {
            "name": f"list ready after the passphrase, {CASES:,} cases (Argon2id excluded)",
            "value": round(best["ready_wall"], 3),
            "unit": "s",
            "target": 1.5,
            "note": f"min of {len(runs)} first unlocks in fresh processes; median "
            f"{med('ready_wall'):.3f} s wall, CPU median {med('ready_cpu'):.3f} s. Of the "
            f"fastest: the vault's Session.open (app/) {best['open_wall']:.3f} s, the rest "
            f"(rows, signals, pages, paint: the GUI) {best['ready_wall'] - best['open_wall']:.3f}"
            f" s (median {_median(gui):.3f} s). "
            f"Argon2id at {KDF_MIB} MiB took {med('argon2_wall') * 1000:.0f} ms (median) "
            "and is subtracted",
        },
        {
            "name": "list ready: the GUI thread's part, vault opened to list painted",
            "value": round(best["ready_wall"] - best["opened_wall"], 3),
            "unit": "s",
            "target": None,
            "note": f"fastest run: unlock's signals handled (case list, other pages) "
            f"{best['loaded_wall'] * 1000:.0f} ms, then first paint "
            f"{best['paint_wall'] * 1000:.0f} ms; median over runs "
            f"{_median([r['ready_wall'] - r['opened_wall'] for r in runs]) * 1000:.0f} ms; "
            f"eligibility under the default rule done "
            f"{med('evaluated_wall'):.1f} s after the paint (median, in slices on the GUI thread)",
        },
    ]


# --- typing, sorting, data(): in this process, on one unlocked window -----------------


class _Timer:
    """Wall and CPU time of one measured step."""

    def __init__(self) -> None:
        self.wall = 0.0
        self.cpu = 0.0

    def __enter__(self) -> _Timer:
        self._wall, self._cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.wall = time.perf_counter() - self._wall
        self.cpu = time.process_time() - self._cpu


def _until_painted(app: Any, paints: list[int], before: int, expected: bool = True) -> None:
    """Handle Qt's events until the table's viewport has painted again (at most 2 s), or
    once if no repaint is ``expected`` (the rows shown did not change)."""
    app.processEvents()
    give_up = time.perf_counter() + 2.0
    while expected and paints[0] == before and time.perf_counter() < give_up:
        app.processEvents()


def _queries(page: Any) -> list[str]:
    """Surnames from across the list, each typed letter by letter, erased, then cleared."""
    names = [page.model.case_row(i).display[0] for i in range(0, CASES, CASES // 20)]
    queries: list[str] = []
    for name in names:
        word = name.split()[-1]
        typed = [word[: i + 1] for i in range(min(len(word), 7))]
        queries += typed + list(reversed(typed[:-1])) + [""]
    return queries


def interactive_figures(vault: Path, tmp: Path) -> list[dict[str, Any]]:
    from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer

    import ui.desktop  # noqa: F401  (None refcount workaround before Qt)
    from ui.desktop.application import DesktopApp, ensure_application
    from ui.desktop.controller import Controller
    from ui.desktop.preferences import Preferences

    app = ensure_application()
    preferences = Preferences(tmp / "desktop.ini")
    preferences.language = "en"
    controller = Controller(vault)
    desktop = DesktopApp(controller, preferences)
    window = desktop.window
    window.resize(1360, 820)
    window.show()
    page = window.cases_page
    controller.vault_unlocked.connect(lambda: window.show_page(page))
    loop = QEventLoop()
    controller.cases_loaded.connect(lambda _rows: QTimer.singleShot(0, loop.quit))
    QTimer.singleShot(300_000, loop.quit)
    controller.unlock(PASSPHRASE)
    loop.exec()  # unlocked; the eligibility evaluation has started (GUI thread slices)
    assert page.model.rowCount() == CASES, page.model.rowCount()
    results: list[dict[str, Any]] = []

    paints = [0]

    class PaintCount(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                paints[0] += 1
            return False

    counter = PaintCount()
    page.table.viewport().installEventFilter(counter)
    proxy = page.proxy
    changes = [0]  # the rows shown changed: the table must repaint
    for signal in (proxy.layoutChanged, proxy.modelReset, proxy.rowsInserted, proxy.rowsRemoved):
        signal.connect(lambda *_args: changes.__setitem__(0, changes[0] + 1))

    def keystroke(text: str) -> tuple[float, float, bool]:
        before, changed = paints[0], changes[0]
        with _Timer() as step:
            page.search.setText(text)
            _until_painted(app, paints, before, expected=changes[0] != changed)
        return step.wall, step.cpu, changes[0] == changed

    queries = _queries(page)

    # Typed at once, while the evaluation after unlock runs; then again while
    # it runs from scratch (results and light cases dropped first), until enough keystrokes
    # have been typed during evaluations.
    during: list[float] = []
    during_cpu: list[float] = []  # this process's CPU time for each (less disturbed by load)
    done = [False]
    controller.eligibility_evaluated.connect(lambda _rule: done.__setitem__(0, True))
    rounds = 0
    position = 0
    while rounds < DURING_ROUNDS and len(during) < DURING_KEYSTROKES:
        if rounds:
            done[0] = False
            controller.require_session().forget_derived()
            controller.evaluate_selected_rule()
        rounds += 1
        while not done[0] and len(during) < DURING_KEYSTROKES * 2:
            wall, cpu, _same = keystroke(queries[position % len(queries)])
            during.append(wall)
            during_cpu.append(cpu)
            position += 1
        if not done[0]:
            evaluated = QEventLoop()
            controller.eligibility_evaluated.connect(evaluated.quit)
            QTimer.singleShot(300_000, evaluated.quit)
            evaluated.exec()
    page.search.clear()
    controller.workers.wait_for_done(60_000)
    app.processEvents()
    if during:
        results.append(
            {
                "name": "search keystroke while the eligibility evaluation runs, p95",
                "value": round(_p95(during) * 1000, 1),
                "unit": "ms",
                "target": 50,
                "note": f"{len(during)} keystrokes typed during {rounds} evaluations of the "
                "default rule over every case from scratch (the first right after unlock); "
                f"median {_median(during) * 1000:.1f} ms, slowest {max(during) * 1000:.0f} ms; "
                f"CPU p95 {_p95(during_cpu) * 1000:.1f} ms, median "
                f"{_median(during_cpu) * 1000:.1f} ms. "
                "The evaluation reads light cases from the facts, on the GUI thread in slices "
                "of at most 2 ms, with the cyclic garbage collector off while it runs and what "
                "unlock made frozen out of its way",
            }
        )

    # The same keystrokes once the list is quiet, REPEATS times; each keeps its minimum.
    walls: list[list[float]] = [[] for _ in queries]
    cpus: list[list[float]] = [[] for _ in queries]
    unchanged = 0
    for _ in range(REPEATS):
        for i, text in enumerate(queries):
            wall, cpu, same = keystroke(text)
            walls[i].append(wall)
            cpus[i].append(cpu)
            unchanged += same
    best_walls = [min(w) for w in walls]
    best_cpus = [min(c) for c in cpus]
    every_wall = [w for ws in walls for w in ws]
    index_times = []
    for text in queries:
        if text:
            with _Timer() as step:
                controller.search(text)
            index_times.append(step.wall)
    results.append(
        {
            "name": "search keystroke to updated list, p95",
            "value": round(_p95(best_walls) * 1000, 1),
            "unit": "ms",
            "target": 50,
            "note": f"{len(queries)} keystrokes typed {REPEATS} times after the evaluation, "
            f"each keystroke's min; median {_median(best_walls) * 1000:.1f} ms; CPU p95 "
            f"{_p95(best_cpus) * 1000:.1f} ms; every sample: p95 "
            f"{_p95(every_wall) * 1000:.1f} ms; of which the vault's search index alone: p95 "
            f"{_p95(index_times) * 1000:.1f} ms; {unchanged / REPEATS:.0f} keystrokes left "
            "the rows shown as they were (no repaint needed)",
        }
    )
    page.search.clear()
    app.processEvents()

    # Sorting: a header click on each column, each way; the first click on a column makes
    # its sort keys, later ones reuse them.
    first: list[float] = []
    again: list[float] = []
    header = page.table.horizontalHeader()
    for round_ in range(2):
        for column in (*range(1, 9), 0):  # the list starts sorted by name (column 0)
            for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                before = paints[0]
                with _Timer() as step:
                    header.setSortIndicator(column, order)
                    _until_painted(app, paints, before)
                (again if round_ or order == Qt.SortOrder.DescendingOrder else first).append(
                    step.wall
                )
    header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    results.append(
        {
            "name": "sort by a column (header click to painted), slowest",
            "value": round(max(first) * 1000, 1),
            "unit": "ms",
            "target": None,
            "note": f"first click on each of the 9 columns; later clicks: slowest "
            f"{max(again) * 1000:.1f} ms, median {_median(again) * 1000:.1f} ms",
        }
    )
    controller.shutdown()
    window.close()
    app.processEvents()
    return results


def _parts(vault: Path) -> tuple[dict[str, float], dict[str, Any]]:
    """The GUI's steps after the vault is open, alone (min of 5 each): rows made, model
    reset and sort, filter to a search's matches and back; and ``data()`` per cell through
    the filter proxy (as a view calls it) on rows never shown, then again."""
    from datetime import date

    from app.session import Session
    from ui.desktop.models import roles
    from ui.desktop.models.case_rows import build_rows
    from ui.desktop.models.case_table_model import CaseFilterProxy, CaseTableModel

    session = Session.open(vault, PASSPHRASE)
    try:
        list_rows = session.list_rows()
        today = date.today()
        model = CaseTableModel()
        proxy = CaseFilterProxy()
        proxy.setSourceModel(model)
        ids = session.search_ids("h")

        def best(step: Callable[[], object]) -> float:
            times = []
            for _ in range(5):
                with _Timer() as t:
                    step()
                times.append(t.wall)
            return min(times) * 1000

        steps = {
            "rows": best(lambda: build_rows(list_rows, today)),
            "reset": best(lambda: model.set_rows(build_rows(list_rows, today))),
            "filter": best(lambda: proxy.set_filters(matches=ids)),
            "unfilter": best(lambda: proxy.set_filters()),
            "matches": len(ids),
        }
        colds, warms = [], []
        for _ in range(5):
            model.set_rows(build_rows(list_rows, today))  # rows never shown: no cell made
            indexes = [proxy.index(r, c) for r in range(0, CASES, 5) for c in range(9)]
            with _Timer() as cold:
                for index in indexes:
                    proxy.data(index, roles.DISPLAY)
            with _Timer() as warm:
                for index in indexes:
                    proxy.data(index, roles.DISPLAY)
            colds.append(cold.wall / len(indexes))
            warms.append(warm.wall / len(indexes))
        figure = {
            "name": "data() per cell",
            "value": round(min(colds) * 1000, 4),
            "unit": "ms",
            "target": 0.05,
            "note": f"through the filter proxy, first use of {len(indexes):,} cells of rows "
            f"never shown (each row's text is made then), min of 5; median "
            f"{_median(colds) * 1000:.4f} ms; the same cells again "
            f"{min(warms) * 1000:.4f} ms",
        }
        return steps, figure
    finally:
        session.close()


def run() -> list[dict[str, Any]]:
    from app.demo import write_demo_vault
    from ui.desktop.application import ensure_application

    results: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        results.append(window_visible_after_start(tmp))
        vault = write_demo_vault(tmp / "bench.cwvault", CASES, PASSPHRASE, kdf_memory_mib=KDF_MIB)
        results += list_ready_after_passphrase(vault, tmp)
        ensure_application()
        parts, data_figure = _parts(vault)
        results[-1]["note"] += (
            f". Alone (min of 5): rows made {parts['rows']:.1f} ms, model reset and sort "
            f"{parts['reset']:.1f} ms, filter to {parts['matches']:,} search matches "
            f"{parts['filter']:.1f} ms, back to all rows {parts['unfilter']:.1f} ms"
        )
        results.append(data_figure)
        results += interactive_figures(vault, tmp)
    return results


if __name__ == "__main__":
    for figure in run():
        print(figure)
