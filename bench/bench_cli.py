"""The CLI on 10,000 cases, as whole processes: each command's time beyond the
same command on an empty vault with the same Argon2id cost, medians of 5 runs taken in
turns; and, as references for ``case list``, a process that reads the same list rows from
an unencrypted SQLite copy and prints the same JSON, and, where it is installed,
``keepassxc-cli ls`` over as many entries of the same size (bench/keepass_reference.py)."""

from __future__ import annotations

import json
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from app.case_json import case_to_json
from app.demo import write_demo_vault
from app.session import Session
from bench.keepass_reference import keepassxc_list_extra
from storage import keys

PASSPHRASE = "benchmark passphrase"
CASES = 10_000
RUNS = 5
REPO = Path(__file__).resolve().parents[1]

COMMANDS: tuple[tuple[str, list[str], float | None], ...] = (
    ("case list --json", ["case", "list", "--json"], 0.5),
    ("case list --search hasan --json", ["case", "list", "--search", "hasan", "--json"], 0.5),
    (
        "eligibility --rule az-amnesty-2025-12 --json",
        ["eligibility", "--rule", "az-amnesty-2025-12", "--json"],
        1.0,
    ),
    ("deadlines --json", ["deadlines", "--json"], None),  # from the facts; no target yet
)

# The unencrypted reference of `case list --json`: the same rows from a plain SQLite file,
# printed the same way (one JSON item per line), in a fresh process.
PLAIN_LIST = """
import json, sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
rows = [json.loads(text) for (text,) in conn.execute("SELECT row FROM rows")]
rows.sort(key=lambda r: r["full_name"].casefold())
items = ",\\n ".join(json.dumps(r, ensure_ascii=False) for r in rows)
sys.stdout.write(f"[{items}]\\n")
"""


_CPU: list[float] = []  # CPU time (user + system) of each process timed, in order


def _timed(argv: list[str], env: dict[str, str]) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(argv, env=env, cwd=REPO, check=True, stdout=subprocess.DEVNULL)
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    _CPU.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return elapsed


def _plain_copy(vault: Path, target: Path) -> None:
    with Session.open(vault, PASSPHRASE) as session:
        rows = [
            {
                "id": row.case_id,
                "full_name": row.full_name,
                "aliases": list(row.aliases),
                "groups": list(row.groups),
                "status": row.status,
                "last_day": row.last_day,
            }
            for row in session.list_rows()
        ]
    conn = sqlite3.connect(target)
    conn.execute("CREATE TABLE rows (id TEXT PRIMARY KEY, row TEXT)")
    conn.executemany("INSERT INTO rows VALUES (?, ?)", [(r["id"], json.dumps(r)) for r in rows])
    conn.commit()
    conn.close()


def _entries(vault: Path) -> list[tuple[str, str]]:
    """Each case as a password-manager entry: its name, and its whole JSON as notes."""
    with Session.open(vault, PASSPHRASE) as session:
        return [
            (case.person.full_name, json.dumps(case_to_json(case), ensure_ascii=False))
            for case in session.list_cases()
        ]


def run(only: str = "") -> list[dict[str, Any]]:
    """Every command of :data:`COMMANDS` (only those whose name contains ``only``)."""
    figures: list[dict[str, Any]] = []
    env = {**os.environ, "CASEWORK_PASSPHRASE": PASSPHRASE, "PYTHONPATH": str(REPO)}
    cli = [sys.executable, "-m", "ui.cli.main", "--vault"]
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        memory = keys.DEFAULT_MEMORY_MIB  # the default memory and passes, not calibrated
        full = write_demo_vault(tmp / "full.cwvault", CASES, PASSPHRASE, kdf_memory_mib=memory)
        empty = tmp / "empty.cwvault"
        Session.create(empty, PASSPHRASE, kdf_memory_mib=memory)[0].close()
        plain = tmp / "plain.sqlite"
        _plain_copy(full, plain)
        empty_plain = tmp / "empty.sqlite"
        conn = sqlite3.connect(empty_plain)
        conn.execute("CREATE TABLE rows (id TEXT PRIMARY KEY, row TEXT)")
        conn.close()
        for name, argv, target in COMMANDS:
            if only not in name:
                continue
            on_full: list[float] = []
            on_empty: list[float] = []
            cpu_full: list[float] = []
            cpu_empty: list[float] = []
            for _ in range(RUNS):  # in turns, so a busy moment of the machine hits both
                on_empty.append(_timed([*cli, str(empty), *argv], env))
                cpu_empty.append(_CPU[-1])
                on_full.append(_timed([*cli, str(full), *argv], env))
                cpu_full.append(_CPU[-1])
            full_s, empty_s = statistics.median(on_full), statistics.median(on_empty)
            cpu_extra = statistics.median(cpu_full) - statistics.median(cpu_empty)
            reference = (
                f"empty vault {empty_s:.2f} s, {CASES:,} cases {full_s:.2f} s "
                f"(medians of {RUNS} whole processes, Argon2id {memory} MiB in both); "
                f"extra CPU time {cpu_extra:.2f} s"
            )
            if argv == ["case", "list", "--json"]:
                plain_full = statistics.median(
                    _timed([sys.executable, "-c", PLAIN_LIST, str(plain)], env) for _ in range(RUNS)
                )
                plain_empty = statistics.median(
                    _timed([sys.executable, "-c", PLAIN_LIST, str(empty_plain)], env)
                    for _ in range(RUNS)
                )
                reference += (
                    f"; the same rows from an unencrypted SQLite copy, printed alike: "
                    f"{plain_full - plain_empty:.2f} s extra"
                )
                keepass = keepassxc_list_extra(_entries(full), tmp, RUNS)
                if keepass is not None:
                    reference += f"; {keepass}"
            figures.append(
                {
                    "name": f"`{name}`, extra time for {CASES:,} cases",
                    "value": round(full_s - empty_s, 3),
                    "unit": "s",
                    "target": target,
                    "reference": reference,
                }
            )
    return figures


if __name__ == "__main__":
    # ``python -m bench.bench_cli eligibility`` times only the commands naming eligibility
    for figure in run(" ".join(sys.argv[1:])):
        print(figure)
