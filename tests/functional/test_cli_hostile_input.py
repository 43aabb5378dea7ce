"""Damaged input and a full disk through the real ``casework`` process: one line naming
the file and what is wrong, a non-zero exit, the vault as it was and nothing half-written
beside the target. Files the app writes for the user are owner-only whatever the umask.

A full disk is simulated with a file size limit (``RLIMIT_FSIZE``, ``SIGXFSZ`` ignored):
a write past it fails with a real ``EFBIG`` ``OSError``, or SQLite's "disk I/O error",
exactly where a full disk would fail.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import FAST_KDF_MIB, REPO, CliResult, example_case

Run = Callable[..., CliResult]
DEEP = 200_000
BIG = 3_000_000
LIMIT = 2_000_000
KILLED_BY_SIGXFSZ = [
    "-c",
    "import signal, sys; signal.signal(signal.SIGXFSZ, signal.SIG_DFL); "
    "from ui.cli.main import main; sys.exit(main())",
]


def one_line_error(result: CliResult) -> str:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def limited(cli_env: dict[str, str], vault: Path, *args: str, killed: bool = False) -> CliResult:
    """Run casework with writes limited to 2 MB per file: a disk that fills up, or with
    ``killed``, a process killed outright (SIGXFSZ's default action: no clean-up runs)
    at its first write past the limit."""

    def before() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (LIMIT, LIMIT))

    # Python ignores SIGXFSZ at start-up; to be killed by it, casework restores the default.
    start = KILLED_BY_SIGXFSZ if killed else ["-m", "ui.cli.main"]
    proc = subprocess.run(
        [sys.executable, *start, "--vault", str(vault), *args],
        capture_output=True,
        text=True,
        env=cli_env,
        cwd=REPO,
        timeout=120,
        preexec_fn=before,
    )
    return CliResult(proc.returncode, proc.stdout, proc.stderr)


@pytest.fixture
def case_id(run_cli: Run, init_vault: Path, tmp_path: Path) -> str:
    source = tmp_path / "case.json"
    source.write_text(json.dumps(example_case()), encoding="utf-8")
    return run_cli("case", "add", "--json", str(source), check=True).stdout.strip()


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ('{"person": ' + "[" * DEEP + "]" * DEEP + "}", "nested deeper than 64 levels"),
        ('{"person": {"full_name": "A", "x": ' + "9" * 5000 + "}}", "a number with more than"),
        ('{"person": {"full_name": "A"}, "n": 1e99999}', "the number 1e99999 is too large"),
    ],
)
def test_damaged_case_json_is_one_line_naming_the_file(
    run_cli: Run, init_vault: Path, tmp_path: Path, text: str, why: str
) -> None:
    source = tmp_path / "damaged.json"
    source.write_text(text, encoding="utf-8")
    before = init_vault.read_bytes()
    line = one_line_error(run_cli("case", "add", "--json", str(source)))
    assert f"invalid case JSON: {source}: {why}" in line
    assert init_vault.read_bytes() == before


def test_deeply_nested_case_edit_is_refused(run_cli: Run, init_vault: Path, case_id: str) -> None:
    before = init_vault.read_bytes()
    deep = '{"status": ' + "[" * DEEP + "]" * DEEP + "}"
    line = one_line_error(run_cli("case", "edit", case_id, "--json", "-", input=deep))
    assert "standard input: nested deeper than" in line
    assert init_vault.read_bytes() == before


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("id = " + "[" * DEEP + "]" * DEEP + "\n", "nested deeper than"),
        ("id = " + "7" * 5000 + "\n", "a number with more than"),
        ("a." * 100_000 + "b = 1\n", "a dotted key nested deeper than"),
    ],
)
def test_damaged_rule_toml_is_one_line_naming_the_file(
    run_cli: Run, init_vault: Path, tmp_path: Path, text: str, why: str
) -> None:
    source = tmp_path / "rule.toml"
    source.write_text(text, encoding="utf-8")
    line = one_line_error(run_cli("rules", "add", str(source)))
    assert str(source) in line and why in line


def test_deeply_nested_contact_card_is_one_line(
    run_cli: Run, init_vault: Path, tmp_path: Path
) -> None:
    card = tmp_path / "card.json"
    card.write_text('{"type": ' + "[" * 30_000 + "]" * 30_000 + "}", encoding="utf-8")
    line = one_line_error(run_cli("contact", "add", "--card", str(card)))
    assert "not a contact card (nested deeper than" in line


def test_attach_on_a_full_disk_is_one_line_and_saves_nothing(
    run_cli: Run, cli_env: dict[str, str], init_vault: Path, case_id: str, tmp_path: Path
) -> None:
    document = tmp_path / "scan.bin"
    document.write_bytes(os.urandom(BIG))
    line = one_line_error(limited(cli_env, init_vault, "attach", case_id, str(document)))
    assert str(init_vault) in line and "nothing was changed" in line
    shown = json.loads(run_cli("case", "show", case_id, "--json", check=True).stdout)
    assert shown.get("attachments", []) == []
    assert run_cli("check").returncode == 0


def test_attachment_get_on_a_full_disk_leaves_no_partial_plaintext(
    run_cli: Run, cli_env: dict[str, str], init_vault: Path, case_id: str, tmp_path: Path
) -> None:
    document = tmp_path / "scan.bin"
    document.write_bytes(os.urandom(BIG))
    run_cli("attach", case_id, str(document), check=True)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "scan-copy.bin"
    args = ("attachment", "get", case_id, "scan.bin", "-o", str(target))
    line = one_line_error(limited(cli_env, init_vault, *args))
    assert line == f"casework: error: {target}: File too large"
    assert list(out.iterdir()) == []


def test_a_killed_attachment_get_leaves_no_partial_plaintext(
    run_cli: Run, cli_env: dict[str, str], init_vault: Path, case_id: str, tmp_path: Path
) -> None:
    document = tmp_path / "scan.bin"
    document.write_bytes(os.urandom(BIG))
    run_cli("attach", case_id, str(document), check=True)
    out = tmp_path / "out"
    out.mkdir()
    args = ("attachment", "get", case_id, "scan.bin", "-o", str(out / "scan-copy.bin"))
    result = limited(cli_env, init_vault, *args, killed=True)
    assert result.returncode == -signal.SIGXFSZ  # killed mid-write, nothing could clean up
    assert list(out.iterdir()) == []


def make_contact(run_cli: Run, tmp_path: Path) -> None:
    """A second vault's card added and verified, so ``export --to Friend`` works."""
    friend = tmp_path / "friend" / "friend.cwvault"
    card = tmp_path / "friend.card"
    run_cli("init", "--kdf-memory", str(FAST_KDF_MIB), vault=friend, check=True)
    run_cli("identity", "name", "Friend", vault=friend, check=True)
    run_cli("identity", "card", "-o", str(card), vault=friend, check=True)
    run_cli("contact", "add", "--card", str(card), "--verified", check=True)


def test_export_on_a_full_disk_leaves_nothing(
    run_cli: Run, cli_env: dict[str, str], init_vault: Path, case_id: str, tmp_path: Path
) -> None:
    make_contact(run_cli, tmp_path)
    document = tmp_path / "scan.bin"
    document.write_bytes(os.urandom(BIG))
    run_cli("attach", case_id, str(document), check=True)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "for-friend.cwb"
    args = ("export", "--to", "Friend", "--profile", "colleague", "-o", str(target))
    line = one_line_error(limited(cli_env, init_vault, *args))
    assert str(target) in line
    assert list(out.iterdir()) == []


def test_files_written_for_the_user_are_owner_only_whatever_the_umask(
    run_cli: Run, init_vault: Path, case_id: str, tmp_path: Path
) -> None:
    make_contact(run_cli, tmp_path)
    run_cli("identity", "name", "Lawyer", check=True)
    document = tmp_path / "scan.bin"
    document.write_bytes(b"court decision")
    run_cli("attach", case_id, str(document), check=True)
    out = tmp_path / "out"
    out.mkdir()
    old = os.umask(0o022)  # the child inherits it: the most common, world-readable umask
    try:
        run_cli("attachment", "get", case_id, "scan.bin", "-o", str(out / "a.bin"), check=True)
        run_cli("export", "--to", "Friend", "-o", str(out / "b.cwb"), check=True)
        run_cli("deadlines", "--ics", str(out / "c.ics"), check=True)
        run_cli("identity", "card", "-o", str(out / "d.card"), check=True)
        run_cli("summary", case_id, "-o", str(out / "e.pdf"), check=True)
    finally:
        os.umask(old)
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in out.iterdir()}
    assert modes == {n: 0o600 for n in ("a.bin", "b.cwb", "c.ics", "d.card", "e.pdf")}
    assert (out / "a.bin").read_bytes() == b"court decision"


@pytest.mark.parametrize("text", ["../../etc/passwd", "zz", "x" * 5000])
def test_an_id_that_cannot_be_a_case_id_is_refused(
    run_cli: Run, init_vault: Path, case_id: str, text: str
) -> None:
    line = one_line_error(run_cli("case", "show", text))
    assert "not a case id" in line and len(line) < 200


def test_case_json_with_a_path_as_its_id_is_refused(run_cli: Run, init_vault: Path) -> None:
    before = init_vault.read_bytes()
    case = json.dumps(example_case(id="../../etc/passwd"))
    line = one_line_error(run_cli("case", "add", "--json", "-", input=case))
    assert "not a case id (32 hex digits): '../../etc/passwd'" in line
    assert init_vault.read_bytes() == before


def test_check_names_a_listed_document_whose_bytes_are_not_in_the_vault(
    run_cli: Run, init_vault: Path
) -> None:
    """Finding F3: metadata copied from `case show --json` without the file."""
    listed = {
        "id": "d" * 32,
        "name": "verdict.pdf",
        "size": 10,
        "sha256": "0" * 64,
        "media_type": "application/pdf",
        "visibility": "privileged",
        "added": "2025-01-01T00:00:00+00:00",
    }
    case = json.dumps(example_case(attachments=[listed]))
    case_id = run_cli("case", "add", "--json", "-", input=case, check=True).stdout.strip()
    result = run_cli("check")
    assert result.returncode == 1
    assert f"PROBLEM attachment_missing {'d' * 32}: case {case_id[:8]} lists the document " in (
        result.stdout
    )
    assert "'verdict.pdf', but its bytes are not in the vault" in result.stdout


def test_huge_input_files_are_refused_before_they_are_read(
    run_cli: Run, init_vault: Path, tmp_path: Path
) -> None:
    huge = tmp_path / "huge.json"
    with huge.open("wb") as out:
        out.truncate(10 * 1024**3)  # 10 GiB, sparse: reading it would fill the memory
    line = one_line_error(run_cli("case", "add", "--json", str(huge)))
    assert f"invalid case JSON: {huge}: larger than" in line
    card = tmp_path / "huge.card"
    with card.open("wb") as out:
        out.truncate(10 * 1024**3)
    line = one_line_error(run_cli("contact", "add", "--card", str(card)))
    assert "not a contact card (larger than" in line
