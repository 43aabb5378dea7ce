"""From the CLI, a rule's verify notes read in the chosen language: ``rules list --lang`` and
``eligibility --lang`` (docs/rules.md)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from tests.conftest import CliResult, example_case

Run = Callable[..., CliResult]


def test_rule_notes_follow_the_chosen_language(
    run_cli: Run, init_vault: Path, tmp_path: Path
) -> None:
    listed = run_cli("rules", "list", "--lang", "ru", check=True).stdout
    parole = next(line for line in listed.splitlines() if line.startswith("az-cc-76-parole"))
    assert parole.endswith("(требует проверки)") and "Условно-досрочное" in parole
    rows = json.loads(run_cli("rules", "list", "--json", "--lang", "az", check=True).stdout)
    by_id = {row["id"]: row for row in rows}
    assert by_id["az-cc-76-parole"]["verify"].startswith("Qüvvədə olan rəsmi mətnlə tutuşdurun")

    # a woman serving for a less serious crime: released by the act's first clause
    case = example_case(
        person={"full_name": "Aynur Əliyeva", "sex": "female", "birth_date": "1980-03-03"},
        custody=[],
        arrested_on=None,
    )
    source = tmp_path / "case.json"
    source.write_text(json.dumps(case, ensure_ascii=False), encoding="utf-8")
    run_cli("case", "add", "--json", str(source), check=True)
    text = run_cli("eligibility", "--rule", "az-amnesty-2025-12", "--lang", "ru", check=True)
    assert "  примечание: Сверьте с официальным текстом" in text.stdout
    assert "    примечание: По сообщениям прессы; номера частей" in text.stdout
    english = run_cli("eligibility", "--rule", "az-amnesty-2025-12", check=True).stdout
    assert "  note: Verify against the official text" in english
    assert "Сверьте" not in english


def test_the_rule_list_says_kind_origin_and_window_in_the_chosen_language(
    run_cli: Run, init_vault: Path
) -> None:
    listed = run_cli("rules", "list", "--lang", "ru", check=True).stdout
    line = next(x for x in listed.splitlines() if x.startswith("az-amnesty-2025-12"))
    line = line.removeprefix("az-amnesty-2025-12")  # the id stays as written
    assert "Амнистия" in line and "встроенное" in line and "до 19 апреля 2026" in line
    for english in ("amnesty", "builtin", "until", "2026-04-19"):
        assert english not in line
