"""``casework deadlines --json`` gives each deadline a stable id; ``deadlines done ID`` marks
it done in the vault, so it leaves the overdue list and stays in ``--all``."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.conftest import CliResult

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
