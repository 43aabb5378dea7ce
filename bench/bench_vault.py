"""Vault benchmarks: unlock, edit, memory and size over 10,000 and 100,000 cases,
each beside an unencrypted SQLite copy of the same data measured in the same run."""

from __future__ import annotations

import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from app.case_json import case_to_json, parse_case
from app.demo import generate_cases
from app.model import Case
from app.search.index import SearchIndex
from app.session import Session, list_row_for
from storage import keys
from storage.vault import Vault

PASSPHRASE = "benchmark passphrase"
REPO = Path(__file__).resolve().parents[1]


def bench_cases(n: int) -> list[Case]:
    """Demo cases cut to the issue's shape: person, sentence and on average three custody,
    note and event records each."""
    cases = []
    for i, case in enumerate(generate_cases(n, seed=7)):
        keep_events = 1 + i % 2
        cases.append(
            replace(
                case,
                notes=case.notes[:1],
                events=case.events[:keep_events],
                custody=case.custody[:1],
            )
        )
    return cases


def build_vault(path: Path, n: int) -> tuple[float, list[dict[str, Any]]]:
    cases = bench_cases(n)
    started = time.perf_counter()
    session, _code = Session.create(path, PASSPHRASE, kdf_memory_mib=keys.DEFAULT_MEMORY_MIB)
    session.add_cases(cases)
    session.close()
    return time.perf_counter() - started, [case_to_json(c) for c in cases]


def build_plain_copy(path: Path, documents: list[dict[str, Any]]) -> None:
    """The same data unencrypted, laid out like the vault: per case the case JSON, the notes
    and the list row."""
    conn = sqlite3.connect(path)
    conn.execute(
        "CREATE TABLE cases (id TEXT PRIMARY KEY, case_json TEXT, notes_json TEXT, row_json TEXT)"
    )
    rows = []
    for doc in documents:
        notes = doc.get("notes", [])
        body = {k: v for k, v in doc.items() if k != "notes"}
        row = list_row_for(parse_case(doc))
        rows.append(
            (
                doc["id"],
                json.dumps({"case": body}, ensure_ascii=False),
                json.dumps(notes, ensure_ascii=False),
                json.dumps(dict(row), ensure_ascii=False),
            )
        )
    conn.executemany("INSERT INTO cases VALUES (?, ?, ?, ?)", rows)
    conn.commit()
    conn.close()


def record_sizes(path: Path) -> str:
    """The sealed records' bytes per kind (padded and encrypted), largest first."""
    conn = sqlite3.connect(path)
    try:
        kinds = conn.execute(
            "SELECT kind, count(*), sum(length(blob)) FROM records GROUP BY kind ORDER BY 3 DESC"
        ).fetchall()
    finally:
        conn.close()
    return ", ".join(f"{kind} {size / 1e6:.1f} MB ({count:,})" for kind, count, size in kinds)


def load_plain_copy(path: Path) -> float:
    """Load the unencrypted copy the way unlock does: read each case's list row, parse it,
    build the search index."""
    started = time.perf_counter()
    conn = sqlite3.connect(path)
    rows = [json.loads(row) for (row,) in conn.execute("SELECT row_json FROM cases ORDER BY id")]
    index = SearchIndex()
    index.bulk_load(rows, ignore_other_keys=True)  # exactly as unlock does
    conn.close()
    elapsed = time.perf_counter() - started
    index.close()
    return elapsed


def unlock_times(path: Path) -> tuple[float, float, float]:
    """(Argon2id + key unwrap, loading the case list, building the search index) in
    seconds: the list can be shown after the second; the desktop builds the index while
    unlocking too, the CLI only when it searches."""
    started = time.perf_counter()
    vault = Vault.open(path, PASSPHRASE)
    opened = time.perf_counter()
    session = Session(vault)
    loaded = time.perf_counter()
    session.prepare_search()
    indexed = time.perf_counter()
    session.close()
    return opened - started, loaded - opened, indexed - loaded


def kdf_time(path: Path) -> float:
    from storage.vault import read_header

    header = read_header(path)
    started = time.perf_counter()
    keys.derive_kek(PASSPHRASE, header.kdf)
    return time.perf_counter() - started


def edit_p95(path: Path, edits: int = 200) -> float:
    session = Session.open(path, PASSPHRASE)
    cases = session.list_cases()[:edits]
    timings = []
    for i, case in enumerate(cases):
        changed = replace(case, facility=f"Penitentiary institution No. {i % 17}")
        started = time.perf_counter()
        session.update_case(changed)
        timings.append(time.perf_counter() - started)
    session.close()
    return statistics.quantiles(timings, n=20)[18]


def peak_memory_mib(path: Path) -> tuple[float, float]:
    """Peak resident memory of a process that unlocks the vault and searches it: (whole run,
    after the Argon2id step, whose 256 MiB buffer is freed once the key is derived)."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from app.session import Session\n"
        "from storage.vault import Vault\n"
        "def hwm():\n"
        "    for line in Path('/proc/self/status').read_text().splitlines():\n"
        "        if line.startswith('VmHWM'):\n"
        "            return int(line.split()[1])\n"
        "vault = Vault.open(sys.argv[1], sys.argv[2])\n"
        "whole = hwm()\n"
        "Path('/proc/self/clear_refs').write_text('5')\n"
        "s = Session(vault)\n"
        "s.search('hasan'); s.list_cases(); s.close()\n"
        "print(max(whole, hwm()), hwm())\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(path), PASSPHRASE],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    )
    whole, after = (int(x) / 1024 for x in out.stdout.split())
    return whole, after


def run(n: int = 10_000, large: int = 100_000) -> list[dict[str, Any]]:
    figures: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        vault_path = base / "bench.cwvault"
        build_s, documents = build_vault(vault_path, n)
        plain_path = base / "plain.sqlite"
        build_plain_copy(plain_path, documents)
        plain_s = min(load_plain_copy(plain_path) for _ in range(3))
        runs = [unlock_times(vault_path) for _ in range(3)]
        load_s = min(r[1] for r in runs)
        with_index_s = min(r[1] + r[2] for r in runs)
        argon_s = kdf_time(vault_path)
        memory_whole, memory_after = peak_memory_mib(vault_path)
        figures += [
            {
                "name": f"unlock {n:,} cases until the list can be shown (excluding Argon2id)",
                "value": round(load_s, 3),
                "unit": "s",
                "target": 0.3,
                "reference": f"Argon2id step {argon_s:.2f} s; with the search index built "
                f"too (as the desktop does while unlocking) {with_index_s:.2f} s",
            },
            {
                "name": "unlock with the search index ÷ loading the same rows from an "
                "unencrypted SQLite copy into the same index",
                "value": round(with_index_s / plain_s, 2),
                "unit": "×",
                "target": 1.3,
                "reference": f"unencrypted copy {plain_s:.3f} s",
            },
            {
                "name": "one edit saved durably (p95 of 200)",
                "value": round(edit_p95(vault_path) * 1000, 2),
                "unit": "ms",
                "target": 10,
            },
            {
                "name": f"peak memory, {n:,} cases unlocked, listed, searched and all decrypted",
                "value": round(memory_after, 1),
                "unit": "MiB",
                "target": 300,
                "reference": f"{memory_whole:.0f} MiB counting the Argon2id step's 256 MiB "
                "buffer, freed before the cases are read",
            },
        ]
        plain_json = len(json.dumps(documents, ensure_ascii=False).encode())
        vault_bytes = vault_path.stat().st_size
        figures.append(
            {
                "name": "vault file ÷ the same data as plain JSON",
                "value": round(vault_bytes / plain_json, 2),
                "unit": "×",
                "target": 2.0,
                "reference": f"vault {vault_bytes / 1e6:.1f} MB, JSON {plain_json / 1e6:.1f} MB; "
                f"records by kind: {record_sizes(vault_path)}",
            }
        )
        figures.append(
            {
                "name": f"creating a {n:,}-case vault (one transaction)",
                "value": round(build_s, 2),
                "unit": "s",
                "target": None,
            }
        )
        os.remove(vault_path)
        if large:
            big = base / "big.cwvault"
            big_build_s, _docs = build_vault(big, large)
            big_runs = [unlock_times(big) for _ in range(2)]
            big_load = min(r[1] for r in big_runs)
            big_index = min(r[1] + r[2] for r in big_runs)
            figures.append(
                {
                    "name": f"unlock {large:,} cases (excluding Argon2id)",
                    "value": round(big_load, 2),
                    "unit": "s",
                    "target": 3.0,
                    "reference": f"{big_load / load_s / (large / n):.2f}× linear scaling from "
                    f"{n:,}; with the search index {big_index:.2f} s; building it took "
                    f"{big_build_s:.0f} s",
                }
            )
    return figures


if __name__ == "__main__":
    for figure in run():
        print(figure)
