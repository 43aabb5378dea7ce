"""Faults a seized or crashing laptop meets: tampering, a crash mid-write, a second process,
and plaintext left on disk."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from tests.conftest import PASSPHRASE, REPO, CliResult, example_case

Run = Callable[..., CliResult]

WRITER = """
import sys
from app.session import Session
from app.case_json import parse_case
import json
session = Session.open(sys.argv[1], sys.argv[2])
template = json.loads(sys.argv[3])
i = 0
while True:
    template["person"]["full_name"] = f"Writer Case {i}"
    case = session.add_case(parse_case(template))
    print(case.id, flush=True)   # acknowledged: committed before this line is printed
    i += 1
"""


def test_kill_9_mid_write_loses_no_acknowledged_change(
    run_cli: Run, init_vault: Path, cli_env: dict[str, str]
) -> None:
    acknowledged: list[str] = []
    for round_ in range(3):
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(init_vault), PASSPHRASE, json.dumps(example_case())],
            stdout=subprocess.PIPE,
            text=True,
            cwd=REPO,
            env=cli_env,
        )
        assert proc.stdout is not None
        wanted = 5 + 7 * round_
        for _ in range(wanted):
            acknowledged.append(proc.stdout.readline().strip())
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        check = run_cli("check")
        assert check.returncode == 0, check.stdout + check.stderr
    listed = json.loads(run_cli("case", "list", "--json", check=True).stdout)
    present = {c["id"] for c in listed}
    assert set(acknowledged) <= present


def test_second_process_is_told_the_vault_is_in_use(
    run_cli: Run, init_vault: Path, cli_env: dict[str, str]
) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys,time\nfrom app.session import Session\n"
            "s=Session.open(sys.argv[1], sys.argv[2]); print('open', flush=True); time.sleep(60)",
            str(init_vault),
            PASSPHRASE,
        ],
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env=cli_env,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        result = run_cli("case", "list")
        assert result.returncode != 0
        assert "in use" in result.stderr
    finally:
        holder.kill()
        holder.wait()
    assert run_cli("case", "list").returncode == 0  # released when the holder died


def test_altered_record_is_named_by_check_and_never_shown(
    run_cli: Run, init_vault: Path, tmp_path: Path
) -> None:
    source = tmp_path / "c.json"
    source.write_text(json.dumps(example_case(), ensure_ascii=False), encoding="utf-8")
    case_id = run_cli("case", "add", "--json", str(source), check=True).stdout.strip()
    conn = sqlite3.connect(init_vault)
    blob = bytearray(conn.execute("SELECT blob FROM records WHERE id=?", (case_id,)).fetchone()[0])
    blob[-20] ^= 0x40
    conn.execute("UPDATE records SET blob=? WHERE id=?", (bytes(blob), case_id))
    conn.commit()
    conn.close()
    check = run_cli("check")
    assert check.returncode != 0
    assert case_id in check.stdout and "integrity" in check.stdout
    shown = run_cli("case", "show", case_id)
    assert shown.returncode != 0
    assert "Həsənov" not in shown.stdout


def _files_containing(roots: list[Path], marker: str) -> list[Path]:
    needles = [marker.encode("utf-8"), marker.encode("utf-16-le"), marker.encode("utf-16-be")]
    hits = []
    for root in roots:
        for path in root.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                if any(n in data for n in needles):
                    hits.append(path)
    return hits


def test_no_plaintext_reaches_the_disk(
    run_cli: Run, vault_path: Path, cli_env: dict[str, str], tmp_path: Path
) -> None:
    marker = f"CANARY{time.time_ns()}"
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    run_cli("init", "--kdf-memory", "8", check=True)
    case = example_case()
    case["person"] = {
        **case["person"],
        "full_name": f"Əli {marker}",  # type: ignore[dict-item]
        "aliases": [f"Али {marker}"],
    }
    case["notes"] = [{"text": f"note {marker}", "visibility": "privileged"}]
    source = inputs / "case.json"
    source.write_text(json.dumps(case, ensure_ascii=False), encoding="utf-8")
    case_id = run_cli("case", "add", "--json", str(source), check=True).stdout.strip()
    run_cli(
        "case",
        "edit",
        case_id,
        "--json",
        "-",
        input=json.dumps({"facility": f"facility {marker}"}),
        check=True,
    )
    run_cli("case", "list", "--search", marker.lower(), check=True)
    scan = inputs / "scan.txt"
    scan.write_text(f"scan {marker} " * 1000, encoding="utf-16")
    run_cli("attach", case_id, str(scan), check=True)
    run_cli("case", "show", case_id, check=True)
    roots = [vault_path.parent, Path(cli_env["HOME"]), Path(cli_env["TMPDIR"])]
    assert list(vault_path.parent.iterdir())  # the vault is really there
    assert _files_containing(roots, marker) == []
