"""``casework --self-test``: the check a person runs after installing the app."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import REPO
from ui.cli import self_test


def test_self_test_passes_headless_and_leaves_nothing_behind(
    cli_env: dict[str, str], tmp_path: Path
) -> None:
    env = dict(cli_env)
    env.pop("CASEWORK_PASSPHRASE")  # the self-test must not need the user's passphrase
    proc = subprocess.run(
        [sys.executable, "-m", "ui.cli.main", "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0].startswith("Casework ")
    assert lines[-1] == "Self-test passed."
    steps = [line.strip() for line in lines[1:-1]]
    assert len(steps) == len(self_test.STEPS) + 1
    for (name, _), line in zip(self_test.STEPS, steps, strict=False):
        assert line.startswith(name), line
        assert line.endswith(("OK", "SKIPPED (not built)")), line
    for name in ("create a vault", "compute its dates", "check the vault"):
        assert any(line.startswith(name) and line.endswith(" OK") for line in steps), name
    assert steps[-1].startswith("remove everything") and steps[-1].endswith(" OK")
    assert "FAILED" not in proc.stdout
    # Everything was made in TMPDIR and removed; HOME holds no vault or settings.
    assert list(Path(env["TMPDIR"]).iterdir()) == []
    assert [p for p in Path(env["HOME"]).rglob("*") if p.is_file()] == []


def test_a_wrong_result_is_reported_failed_with_a_nonzero_status(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.setattr(tempfile, "tempdir", None)
    wrong = dict(self_test.EXPECTED, last_day=date(2026, 2, 1))
    monkeypatch.setattr(self_test, "EXPECTED", wrong)
    monkeypatch.setattr(self_test, "STEPS", self_test.STEPS[:4])

    assert self_test.run_self_test() == 1

    out = capsys.readouterr().out
    assert "compute its dates" in out
    assert "FAILED: StepFailed: last_day is 2026-01-31, expected 2026-02-01" in out
    assert "check the vault ..." in out and out.count("FAILED") == 2  # the step + the summary
    assert out.rstrip().endswith("Self-test FAILED: 1 step(s).")
    assert list(tmp_path.iterdir()) == []


def test_a_step_after_a_failed_one_says_what_it_missed(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.setattr(tempfile, "tempdir", None)

    def broken(state: self_test.SelfTest) -> None:
        raise OSError("disk full")

    steps = (("create a vault", broken), *self_test.STEPS[1:3])
    monkeypatch.setattr(self_test, "STEPS", steps)

    assert self_test.run_self_test() == 1
    out = capsys.readouterr().out
    assert "FAILED: OSError: disk full" in out
    assert "an earlier step failed (no first)" in out
    assert list(tmp_path.iterdir()) == []
