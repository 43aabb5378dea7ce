"""``make bench``: run every ``bench/bench_*.py`` in its own process and write
docs/PERFORMANCE.md with each figure beside its target and the machine it ran on.

Each module has ``run() -> list[dict]``; a figure is ``{"name", "value", "unit", "target"}``
plus optionally ``"reference"`` (a side-by-side figure measured in the same run, as text),
``"higher_is_better"`` and ``"note"``.
"""

from __future__ import annotations

import json
import os
import platform
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
OUTPUT = REPO / "docs" / "PERFORMANCE.md"
RESULTS = REPO / "bench" / "results"  # each module's last figures (not in git)


def machine() -> list[str]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.0f} GiB"
    except OSError:
        pass
    import cryptography

    return [
        f"- CPU: {cpu}, {os.cpu_count()} cores; memory {memory}",
        f"- OS: {platform.platform()}",
        f"- Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
        f"cryptography {cryptography.__version__}",
    ]


def run_module(name: str) -> tuple[list[dict[str, Any]], str]:
    code = f"import json, bench.{name} as m; print('BENCH-JSON ' + json.dumps(m.run()))"
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO,
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    elapsed = time.perf_counter() - started
    for line in proc.stdout.splitlines():
        if line.startswith("BENCH-JSON "):
            return json.loads(line[len("BENCH-JSON ") :]), f"{elapsed:.0f} s"
    tail = (proc.stderr or proc.stdout).strip().splitlines()[-5:]
    return [], "failed: " + " / ".join(tail)


def verdict(figure: dict[str, Any]) -> str:
    target = figure.get("target")
    value = figure.get("value")
    if not isinstance(target, int | float) or not isinstance(value, int | float):
        return "—"
    ok = value >= target if figure.get("higher_is_better") else value <= target
    if ok:
        return "met"
    missed = abs(value - target) / target * 100 if target else 0
    return f"**missed by {missed:.0f} %**"


def fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.3g}" if abs(value) < 1000 else f"{value:,.0f}"
    return str(value)


def main() -> int:
    """``python -m bench.run [NAME ...]``: run every benchmark, or those whose name contains a
    NAME; each module's figures are kept in bench/results/, and docs/PERFORMANCE.md is
    written from the latest figures of every module."""
    modules = sorted(p.stem for p in (REPO / "bench").glob("bench_*.py"))
    only = sys.argv[1:]
    chosen = [m for m in modules if not only or any(o in m for o in only)]
    RESULTS.mkdir(exist_ok=True)
    for name in chosen:
        print(f"running {name} …", flush=True)
        figures, elapsed = run_module(name)
        record = {"figures": figures, "elapsed": elapsed, "date": time.strftime("%Y-%m-%d")}
        (RESULTS / f"{name}.json").write_text(json.dumps(record, ensure_ascii=False, indent=1))
        for f in figures:
            print(f"  {f['name']}: {fmt(f['value'])} {f.get('unit', '')} {verdict(f)}")
    write_report(modules)
    print(f"wrote {OUTPUT}")
    return 0


def write_report(modules: list[str]) -> None:
    lines = [
        "# Performance",
        "",
        "Measured by `make bench` (`python -m bench.run`). Each figure stands beside its target",
        "and, where the issue asks for one, a reference measured side by side in the same run.",
        "Figures are from one run on the machine below, which is a shared 2-core VM: other work",
        "on it slows wall-clock figures, so several benchmarks also give CPU time.",
        "",
        "## Machine",
        "",
        *machine(),
        "",
    ]
    for name in modules:
        path = RESULTS / f"{name}.json"
        title = name.removeprefix("bench_")
        if not path.exists():
            lines += [f"## {title}", "", "Not run yet: `make bench ONLY=" + title + "`.", ""]
            continue
        record = json.loads(path.read_text())
        figures, elapsed = record["figures"], record["elapsed"]
        lines += [f"## {title} ({record['date']}, {elapsed})", ""]
        if not figures:
            lines += [f"The benchmark did not complete: {elapsed}", ""]
            continue
        lines += [
            "| what | measured | target | | reference / note |",
            "| --- | --- | --- | --- | --- |",
        ]
        for f in figures:
            unit = f.get("unit", "")
            target = f.get("target")
            sign = "≥" if f.get("higher_is_better") else "≤"
            target_text = f"{sign} {fmt(target)} {unit}" if target is not None else ""
            extra = " ".join(str(x) for x in (f.get("reference"), f.get("note")) if x)
            lines.append(
                f"| {f['name']} | {fmt(f['value'])} {unit} | {target_text} | {verdict(f)} "
                f"| {extra} |"
            )
        lines.append("")
    analysis = REPO / "bench" / "ANALYSIS.md"
    if analysis.exists():
        lines += [analysis.read_text(encoding="utf-8").rstrip(), ""]
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
