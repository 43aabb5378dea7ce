"""Nothing about a case leaks outside the vault through diagnostics: not into log records
(any logger, at DEBUG), warnings or stderr while the CLI works on it, and not into a core
dump, which is disabled while a vault is open.

Casework has no log configuration of its own yet: these tests capture everything the stdlib
``logging`` and ``warnings`` would emit at the most verbose level, so a log call added later
that includes case data fails here.
"""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import textwrap
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import FAST_KDF_MIB, PASSPHRASE, REPO, example_case
from ui.cli.main import build_parser, main

# Distinct spellings so a transliterated or case-folded copy is caught too.
MARKER_LATIN = "Qxzmarkerova"
MARKER_CYRILLIC = "Щзмаркерова"
MARKERS = (MARKER_LATIN, MARKER_CYRILLIC)
NOTE_MARKER = "Yzqnotemarker"
FILE_MARKER = b"Wqdocmarker"


def leaked(text: str) -> list[str]:
    """The markers (in any letter case) that appear in ``text``."""
    folded = text.casefold()
    found = [m for m in (*MARKERS, NOTE_MARKER) if m.casefold() in folded]
    if FILE_MARKER.decode().casefold() in folded:
        found.append(FILE_MARKER.decode())
    return found


def marked_case() -> dict[str, object]:
    return example_case(
        person={
            "full_name": f"Zərifə {MARKER_LATIN}",
            "aliases": [f"Зарифа {MARKER_CYRILLIC}"],
            "birth_date": "1979-06-01",
            "sex": "female",
            "groups": ["journalists"],
        },
        facility=f"Prison of {MARKER_LATIN}",
        notes=[{"text": f"Privileged {NOTE_MARKER}", "visibility": "privileged"}],
        events=[{"date": "2025-03-01", "kind": "hearing", "text": f"Hearing {NOTE_MARKER}"}],
    )


@pytest.fixture
def everything_logged(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    """Every logger at DEBUG, and warnings routed into logging, for the whole test."""
    caplog.set_level(logging.DEBUG)
    logging.captureWarnings(True)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("always")
            yield caplog
    finally:
        logging.captureWarnings(False)


def commands_available() -> set[str]:
    parser = build_parser()
    for action in parser._subparsers._group_actions if parser._subparsers else ():
        choices = getattr(action, "choices", None)
        if choices:
            return set(choices)
    return set()


def test_cli_commands_on_a_case_log_nothing_of_it(
    qapp: object,  # `summary` renders with Qt in this process: use the session's QApplication
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    everything_logged: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setenv("CASEWORK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    vault = str(tmp_path / "a.cwvault")
    other = str(tmp_path / "b.cwvault")
    stderr: list[str] = []

    def cli(*args: str, vault_path: str = vault) -> str:
        status = main(["--vault", vault_path, *args])
        out, err = capsys.readouterr()
        stderr.append(err)
        assert status == 0, f"{args}: {err}"
        return out

    source = tmp_path / "case.json"
    source.write_text(json.dumps(marked_case(), ensure_ascii=False), encoding="utf-8")
    edit = tmp_path / "edit.json"
    edit.write_text(json.dumps({"status": "released", "facility": None}), encoding="utf-8")
    document = tmp_path / "letter.txt"
    document.write_bytes(b"Letter from the family " + FILE_MARKER + b"\n")

    cli("init", "--kdf-memory", str(FAST_KDF_MIB))
    case_id = cli("case", "add", "--json", str(source)).strip()
    assert MARKER_LATIN in cli("case", "list")  # the data is really there to leak
    cli("case", "list", "--json", "--search", MARKER_CYRILLIC)
    cli("case", "list", "--search", "zarifa")
    cli("case", "show", case_id, "--json", "--history", "--on", "2025-01-01")
    cli("case", "show", case_id)
    cli("attach", case_id, str(document))
    cli("attachment", "get", case_id, "letter.txt", "-o", str(tmp_path / "out.txt"))
    cli("case", "edit", case_id, "--json", str(edit))
    cli("check")
    cli("backup", str(tmp_path / "backup.cwvault"))
    available = commands_available()
    if "eligibility" in available:
        from app.eligibility import load_builtin_rules

        for rule in load_builtin_rules():
            cli("eligibility", "--rule", rule.id, "--on", "2025-06-01", "--json")
    if "deadlines" in available:
        cli("deadlines", "--json")
    if {"identity", "contact", "export", "import"} <= available:
        cli("init", "--kdf-memory", str(FAST_KDF_MIB), vault_path=other)
        cli("identity", "name", "Lawyer A")
        cli("identity", "name", "Lawyer B", vault_path=other)
        cli("identity", "card", "-o", str(tmp_path / "a.card"))
        cli("identity", "card", "-o", str(tmp_path / "b.card"), vault_path=other)
        cli("contact", "add", "--card", str(tmp_path / "b.card"), "--verified")
        cli("contact", "add", "--card", str(tmp_path / "a.card"), "--verified", vault_path=other)
        bundle = str(tmp_path / "out.cwb")
        cli("export", "--to", "Lawyer B", "--profile", "colleague", "-o", bundle)
        cli("import", bundle, "--json", vault_path=other)
    if "stats" in available:
        cli("stats", "--json")
    if "summary" in available:
        cli("summary", case_id, "-o", str(tmp_path / "summary.pdf"))
    if "import-list" in available:
        listing = tmp_path / "list.csv"
        listing.write_text(
            f"full_name,birth_date,status\nSəbinə {MARKER_LATIN}yeva,1990-01-01,pretrial\n",
            encoding="utf-8",
        )
        cli("import-list", str(listing))
    cli("case", "delete", case_id)

    logged = "\n".join(
        f"{r.name} {r.levelname} {r.getMessage()} {r.args!r}" for r in everything_logged.records
    )
    assert leaked(logged) == [], logged
    assert leaked("".join(stderr)) == [], "".join(stderr)


def test_refused_inputs_report_no_case_data_in_logs(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    everything_logged: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setenv("CASEWORK_PASSPHRASE", PASSPHRASE)
    vault = tmp_path / "a.cwvault"
    assert main(["--vault", str(vault), "init", "--kdf-memory", str(FAST_KDF_MIB)]) == 0
    source = tmp_path / "case.json"
    source.write_text(json.dumps(marked_case(), ensure_ascii=False), encoding="utf-8")
    assert main(["--vault", str(vault), "case", "add", "--json", str(source)]) == 0
    capsys.readouterr()

    monkeypatch.setenv("CASEWORK_PASSPHRASE", PASSPHRASE + " wrong")
    assert main(["--vault", str(vault), "case", "list"]) != 0
    monkeypatch.setenv("CASEWORK_PASSPHRASE", PASSPHRASE)
    assert main(["--vault", str(vault), "case", "show", "0000nosuchcase"]) != 0
    err = capsys.readouterr().err
    assert leaked(err) == [] and leaked(everything_logged.text) == []


def test_real_process_in_development_mode_writes_no_case_data_to_stderr(
    tmp_path: Path, cli_env: dict[str, str]
) -> None:
    # -X dev turns on every warning and debug hook Python has; QT_LOGGING_RULES would show
    # any Qt debug output should a headless command ever load Qt.
    env = dict(cli_env, PYTHONWARNINGS="always", QT_LOGGING_RULES="*.debug=true")
    vault = tmp_path / "v.cwvault"
    source = tmp_path / "case.json"
    source.write_text(json.dumps(marked_case(), ensure_ascii=False), encoding="utf-8")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-X", "dev", "-m", "ui.cli.main", "--vault", str(vault), *args],
            capture_output=True,
            text=True,
            env=env,
            cwd=REPO,
            timeout=120,
            check=True,
        )

    run("init", "--kdf-memory", str(FAST_KDF_MIB))
    case_id = run("case", "add", "--json", str(source)).stdout.strip()
    shown = run("case", "show", case_id)
    listed = run("case", "list", "--search", MARKER_CYRILLIC)
    assert MARKER_LATIN in shown.stdout and MARKER_LATIN in listed.stdout
    assert leaked(shown.stderr + listed.stderr) == [], shown.stderr + listed.stderr


CORE_LIMIT_PROBE = textwrap.dedent(
    """
    import json, resource, sys
    from app.session import Session
    before = resource.getrlimit(resource.RLIMIT_CORE)
    session, _ = Session.create(sys.argv[1], sys.argv[2], kdf_memory_mib=8)
    during = resource.getrlimit(resource.RLIMIT_CORE)
    session.close()
    reopened = Session.open(sys.argv[1], sys.argv[2])
    again = resource.getrlimit(resource.RLIMIT_CORE)
    reopened.close()
    print(json.dumps({"before": before, "during": during, "again": again}))
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_CORE is POSIX")
def test_core_dumps_are_disabled_while_a_vault_is_open(
    tmp_path: Path, cli_env: dict[str, str]
) -> None:
    import resource

    def allow_core_dumps() -> None:
        # Start the child as a user who allows core dumps (soft limit raised to the hard one).
        _, hard = resource.getrlimit(resource.RLIMIT_CORE)
        resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))

    proc = subprocess.run(
        [sys.executable, "-c", CORE_LIMIT_PROBE, str(tmp_path / "v.cwvault"), PASSPHRASE],
        capture_output=True,
        text=True,
        env=cli_env,
        cwd=REPO,
        timeout=120,
        check=True,
        preexec_fn=allow_core_dumps,
    )
    limits = json.loads(proc.stdout)
    _, hard = resource.getrlimit(resource.RLIMIT_CORE)
    if hard != 0:
        assert limits["before"][0] != 0  # the probe really started with core dumps allowed
    assert limits["during"] == [0, 0]
    assert limits["again"] == [0, 0]
