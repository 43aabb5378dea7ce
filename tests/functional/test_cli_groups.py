"""``casework groups list|rename``: any group id is the user's, names per language kept in
the vault, and every text output shows names, never ids."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from tests.conftest import CliResult

Run = Callable[..., CliResult]


def test_groups_are_listed_renamed_and_shown_by_name(
    run_cli: Run, init_vault: Path, tmp_path: Path
) -> None:
    case = tmp_path / "case.json"
    case.write_text(
        json.dumps(
            {
                "person": {
                    "full_name": "Leyla Məmmədova",
                    "groups": ["soyudlu_unrest", "students_2024"],
                },
                "status": "pretrial",
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    case_id = run_cli("case", "add", "--json", str(case), check=True).stdout.strip()

    listed = json.loads(run_cli("groups", "list", "--json", check=True).stdout)
    by_id = {g["id"]: g for g in listed}
    assert [g["id"] for g in listed][:12] == [
        "religious_believers",
        "journalists",
        "opposition_members",
        "civil_activists",
        "human_rights_defenders",
        "deported_emigrants",
        "national_minorities",
        "soyudlu_unrest",
        "imishli_unrest",
        "ganja_case",
        "tartar_case",
        "nardaran_case",
    ]
    assert by_id["soyudlu_unrest"]["cases"] == 1 and by_id["soyudlu_unrest"]["builtin"]
    assert by_id["students_2024"] == {
        "id": "students_2024",
        "names": {"en": "Students 2024", "az": "Students 2024", "ru": "Students 2024"},
        "builtin": False,
        "cases": 1,
    }

    run_cli("groups", "rename", "students_2024", "Tələbələr", "--lang", "az", check=True)
    run_cli("groups", "rename", "students_2024", "Students", check=True)
    renamed = {g["id"]: g for g in json.loads(run_cli("groups", "list", "--json").stdout)}
    assert renamed["students_2024"]["names"] == {
        "en": "Students",
        "az": "Tələbələr",
        "ru": "Students",  # no Russian name yet: the user's own words, not the id
    }

    shown = run_cli("case", "show", case_id, check=True).stdout
    assert "groups: Söyüdlü protests, Students" in shown
    stats = run_cli("stats", check=True).stdout
    assert "Söyüdlü protests" in stats and "Students" in stats
    assert "soyudlu_unrest" not in stats and "students_2024" not in stats

    before = init_vault.read_bytes()
    bad = run_cli("groups", "rename", "Students-2024", "X")
    assert bad.returncode != 0
    assert bad.stderr.strip() == (
        "casework: error: group id: 'Students-2024' is not a group id "
        "(lowercase letters, digits and _ only)"
    )
    empty = run_cli("groups", "rename", "students_2024", "   ")
    assert empty.returncode != 0 and "name: is empty" in empty.stderr
    assert init_vault.read_bytes() == before
