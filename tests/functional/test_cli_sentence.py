"""A lawyer records the sentences that are not a plain term through the CLI: a life term
aggregated from two verdicts, a verdict whose term is not yet known, a start long before
the verdict (a warning), and a term of zero days (refused, the vault unchanged)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from tests.conftest import CliResult

Run = Callable[..., CliResult]


def _add(run_cli: Run, tmp_path: Path, case: dict[str, object], **kw: object) -> CliResult:
    source = tmp_path / "input.json"
    source.write_text(json.dumps(case, ensure_ascii=False), encoding="utf-8")
    return run_cli("case", "add", "--json", str(source), **kw)


def _show(run_cli: Run, case_id: str, on: str) -> dict[str, object]:
    out = run_cli("case", "show", case_id, "--json", "--on", on, check=True).stdout
    data: dict[str, object] = json.loads(out)
    return data


def test_life_term_aggregated_from_two_verdicts(
    run_cli: Run, init_vault: Path, tmp_path: Path
) -> None:
    case = {
        "person": {"full_name": "Tofiq Məmmədov"},
        "status": "imprisoned",
        "custody": [{"from": "2010-01-01", "to": "2010-12-31"}],
        "sentence": {
            "verdict_date": "2011-03-01",
            "term": "life",
            "start_date": "2011-01-01",
            "prior_parole_revoked": True,
            "recidivism": "repeat",
            "components": [
                {
                    "verdict_date": "2009-03-01",
                    "articles": ["234.1-1"],
                    "category": "less_serious",
                    "term": "P3Y",
                },
                {
                    "verdict_date": "2011-03-01",
                    "articles": ["120.2.4"],
                    "category": "especially_grave",
                    "term": "life",
                },
            ],
        },
    }
    case_id = _add(run_cli, tmp_path, case, check=True).stdout.strip()
    shown = _show(run_cli, case_id, "2025-01-01")
    sentence = shown["sentence"]
    assert isinstance(sentence, dict)
    assert sentence["term"] == "life"
    assert sentence["articles"] == ["234.1-1", "120.2.4"]
    assert sentence["category"] == "especially_grave"
    assert sentence["prior_parole_revoked"] is True and sentence["recidivism"] == "repeat"
    computed = shown["computed"]
    assert isinstance(computed, dict)
    assert computed["life"] is True
    assert computed["last_day"] is None and computed["half"] is None
    assert computed["unserved_days"] is None
    # 365 days of detention + 2011-01-01..2025-01-01 (5115 days)
    assert computed["served_days"] == 5480
    text = run_cli("case", "show", case_id, "--on", "2025-01-01", check=True).stdout
    assert "life imprisonment: no last day" in text


def test_sentence_without_a_term_is_stored_and_needs_review(
    run_cli: Run, init_vault: Path, tmp_path: Path
) -> None:
    case = {
        "person": {"full_name": "Gülnarə Əliyeva"},
        "status": "imprisoned",
        "sentence": {"verdict_date": "2025-11-20", "articles": ["233"], "start_date": "2025-11-20"},
    }
    result = _add(run_cli, tmp_path, case, check=True)
    assert "warning: sentence.term: not yet known" in result.stderr
    computed = _show(run_cli, result.stdout.strip(), "2025-12-01")["computed"]
    assert isinstance(computed, dict)
    assert computed["needs_review"] == ["sentence.term"]
    assert computed["last_day"] is None
    text = run_cli("case", "show", result.stdout.strip(), check=True).stdout
    assert "term not yet known" in text and "not computed" in text


def test_start_years_before_the_verdict_is_saved_with_a_warning(
    run_cli: Run, init_vault: Path, tmp_path: Path
) -> None:
    case = {
        "person": {"full_name": "Rauf Quliyev"},
        "sentence": {"verdict_date": "2024-06-01", "term": "P5Y", "start_date": "2021-01-01"},
    }
    result = _add(run_cli, tmp_path, case, check=True)
    assert "warning: sentence.start_date:" in result.stderr
    assert len(result.stdout.strip()) == 32


def test_zero_term_is_refused_and_nothing_is_added(
    run_cli: Run, init_vault: Path, tmp_path: Path
) -> None:
    case = {"person": {"full_name": "X"}, "sentence": {"term": "P0D", "start_date": "2024-01-01"}}
    result = _add(run_cli, tmp_path, case)
    assert result.returncode != 0
    assert "sentence.term" in result.stderr and "Traceback" not in result.stderr
    listed = json.loads(run_cli("case", "list", "--json", check=True).stdout)
    assert listed == []
