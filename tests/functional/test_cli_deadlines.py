"""``casework deadlines --json`` gives each deadline a stable id; ``deadlines done ID`` marks
it done in the vault, so it leaves the overdue list and stays in ``--all``."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from app.deadlines import deadlines_for, deadlines_json, sort_deadlines
from app.demo import generate_cases
from app.session import Session
from tests.conftest import FAST_KDF_MIB, PASSPHRASE, CliResult
from tests.unit.test_case_facts import store_facts_as_version_1

Run = Callable[..., CliResult]


def add(run_cli: Run, tmp_path: Path, name: str, data: dict[str, Any]) -> str:
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return run_cli("case", "add", "--json", str(path), check=True).stdout.strip()


def deadlines(run_cli: Run, *extra: str) -> list[dict[str, Any]]:
    out = run_cli("deadlines", "--json", "--today", "2025-04-01", *extra, check=True).stdout
    result: list[dict[str, Any]] = json.loads(out)
    return result


def test_deadline_ids_are_stable_and_done_removes_it_from_the_overdue_list(
    run_cli: Run, init_vault: Path, tmp_path: Path
) -> None:
    anar = add(
        run_cli,
        tmp_path,
        "anar",
        {
            "person": {"full_name": "Анар Гасанов"},
            "status": "pretrial",
            "custody": [
                {"from": "2024-12-01", "kind": "pretrial_detention", "ordered_until": "2025-03-01"}
            ],
            "events": [
                {"id": "v1", "date": "2025-03-01", "kind": "verdict"},
                {"id": "d1", "date": "2025-02-10", "kind": "detention_appeal_decision"},
            ],
        },
    )
    first = deadlines(run_cli)
    # appeal: 2025-03-01 + 20 days = 2025-03-21 (overdue on 2025-04-01); the detention order
    # ran out on 2025-03-01 with no extension (an alert); ECHR (Art. 5): 2025-02-10 + 4 months.
    assert [(d["kind"], d["due"], d["overdue"]) for d in first] == [
        ("detention_end", "2025-03-01", True),
        ("appeal", "2025-03-21", True),
        ("echr", "2025-06-10", False),
    ]
    assert all(d["case_id"] == anar for d in first)
    assert deadlines(run_cli) == first  # the same ids every time
    appeal = first[1]
    assert appeal["source_event_id"] == "v1" and appeal["decision_kind"] == "verdict"

    before = init_vault.read_bytes()
    unknown = run_cli("deadlines", "done", "0123456789ab")
    assert unknown.returncode != 0
    assert "no deadline with id '0123456789ab'" in unknown.stderr
    assert "Traceback" not in unknown.stderr
    assert init_vault.read_bytes() == before

    marked = run_cli("deadlines", "done", appeal["id"][:6], "--today", "2025-04-01", check=True)
    assert "Done: Appeal deadline — Анар Гасанов, due 2025-03-21" in marked.stdout
    after = deadlines(run_cli)
    assert [d["id"] for d in after] == [first[0]["id"], first[2]["id"]]
    history = {d["id"]: d for d in deadlines(run_cli, "--all")}
    assert history[appeal["id"]]["done"] is True and history[appeal["id"]]["overdue"] is False

    text = run_cli("deadlines", "--today", "2025-04-01", check=True).stdout
    assert "OVERDUE" in text and "Pretrial detention order ends" in text
    assert appeal["id"] not in text

    run_cli("deadlines", "done", appeal["id"], "--undo", check=True)
    assert [d["id"] for d in deadlines(run_cli)] == [d["id"] for d in first]


def _whole_case_listing(vault: Path, today: date) -> list[dict[str, Any]]:
    """What ``deadlines --all --json`` gave when it read every whole case."""
    with Session.open(vault, PASSPHRASE) as session:
        found = [
            d
            for case in session.list_cases()
            for d in deadlines_for(case, today, include_past=True)
        ]
    return deadlines_json(sort_deadlines(found), today=today, done=set())


def test_the_listing_from_the_facts_is_the_listing_from_whole_cases(
    run_cli: Run, vault_path: Path
) -> None:
    made_on, today = date(2025, 1, 15), "2025-04-01"
    vault_path.parent.mkdir(parents=True)
    session, _code = Session.create(vault_path, PASSPHRASE, kdf_memory_mib=FAST_KDF_MIB)
    with session:
        session.add_cases(generate_cases(60, seed=9, today=made_on))
    expected = _whole_case_listing(vault_path, date.fromisoformat(today))
    assert {d["kind"] for d in expected} >= {"cassation", "detention_end", "echr", "reminder"}
    assert deadlines(run_cli, "--all", "--today", today) == expected
    text = run_cli("deadlines", "--today", today, check=True).stdout
    # A vault whose facts were written by the previous version (rows whose deadline entries
    # do not name their events) lists the same, reading those cases whole.
    store_facts_as_version_1(vault_path, PASSPHRASE)
    packs = _facts_revisions(vault_path)
    assert deadlines(run_cli, "--all", "--today", today) == expected
    assert run_cli("deadlines", "--today", today, check=True).stdout == text
    assert _facts_revisions(vault_path) == packs  # read as they were, not made again


def _facts_revisions(vault: Path) -> dict[str, int]:
    conn = sqlite3.connect(vault)
    try:
        rows = conn.execute("SELECT id, revision FROM records WHERE kind = 'facts'").fetchall()
    finally:
        conn.close()
    return {str(record_id): int(revision) for record_id, revision in rows}
