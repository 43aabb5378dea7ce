"""``casework import-list`` as a user runs it: a 392-row list in each encoding and as XLSX,
bad rows, duplicates, dry runs, mappings, and files that cannot be read."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from app.list_import import FIELDS
from tests.conftest import FAST_KDF_MIB, PASSPHRASE, CliResult
from tests.data.lists.union_list import (
    BAD_ROWS,
    TOTAL,
    csv_bytes,
    union_rows,
    with_bad_rows,
    with_duplicates,
    write_list,
    xlsx_bytes,
)

Run = Callable[..., CliResult]


@pytest.fixture(scope="module")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty vault made once in-process; each test copies it (faster than ``init``)."""
    from app.session import Session

    path = tmp_path_factory.mktemp("template") / "empty.cwvault"
    Session.create(path, PASSPHRASE, kdf_memory_mib=FAST_KDF_MIB)[0].close()
    return path


@pytest.fixture
def init_vault(empty_template: Path, vault_path: Path) -> Path:
    vault_path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(empty_template, vault_path)
    return vault_path


def case_count(run_cli: Run) -> int:
    return len(json.loads(run_cli("case", "list", "--json", check=True).stdout))


def test_union_list_imports_and_its_statistics_match_the_hand_count(
    run_cli: Run, init_vault: Path, tmp_path: Path
) -> None:
    path = write_list(tmp_path / "union.csv", csv_bytes(union_rows(), "utf-8"))
    result = run_cli("import-list", str(path), check=True)
    assert "Read union.csv as CSV (UTF-8, comma-separated): 392 rows." in result.stdout
    assert f"Imported {TOTAL} cases" in result.stdout
    stats = json.loads(run_cli("stats", "--json", check=True).stdout)
    assert stats["total"] == 392
    assert stats["by_group"]["religious_believers"] == {"count": 249, "percent": 63.5}
    assert stats["by_group"]["journalists"] == {"count": 43, "percent": 11.0}
    assert stats["by_status"]["imprisoned"] == {"count": 303, "percent": 77.3}
    assert stats["by_status"]["pretrial"] == {"count": 77, "percent": 19.6}
    assert stats["by_status"]["released"] == {"count": 12, "percent": 3.1}


def test_bad_rows_stop_the_import_unless_skipped_and_dry_runs_write_nothing(
    run_cli: Run, init_vault: Path, tmp_path: Path
) -> None:
    rows = with_duplicates(with_bad_rows(union_rows()))
    path = write_list(tmp_path / "list.csv", csv_bytes(rows, "utf-16"))

    refused = run_cli("import-list", str(path))
    assert refused.returncode == 1
    for index, (field, _, words) in BAD_ROWS.items():
        line = next(s for s in refused.stderr.splitlines() if s.startswith(f"line {index + 2}:"))
        assert line.startswith(f"line {index + 2}: {field}: ")
        assert words in line
    assert "5 bad rows in list.csv: nothing was imported" in refused.stderr

    dry = run_cli("import-list", str(path), "--dry-run", "--skip-bad", check=True)
    assert "from its byte-order mark" in dry.stdout
    assert "Dry run, nothing written: 387 new, 3 duplicates not added, 5 bad rows" in dry.stdout

    # Neither the refused import nor the dry run stored anyone: all 387 are still new.
    done = run_cli("import-list", str(path), "--skip-bad", check=True)
    assert "Imported 387 cases" in done.stdout
    duplicates = [s for s in done.stdout.splitlines() if "not added, same person as" in s]
    assert [s.split(":")[0] for s in duplicates] == ["line 394", "line 395", "line 396"]
    assert case_count(run_cli) == 387


def test_the_same_list_from_xlsx_then_in_cyrillic_windows_1251_adds_nobody_twice(
    run_cli: Run, init_vault: Path, tmp_path: Path
) -> None:
    xlsx = write_list(tmp_path / "union.xlsx", xlsx_bytes(union_rows()))
    first = run_cli("import-list", str(xlsx), check=True)
    assert "as XLSX: 392 rows" in first.stdout
    cyrillic = write_list(
        tmp_path / "spisok.csv",
        csv_bytes(union_rows(script="cyrillic"), "cp1251", delimiter=";"),
    )
    again = run_cli("import-list", str(cyrillic), check=True)
    assert "cp1251, detected" in again.stdout
    assert "semicolon-separated" in again.stdout
    assert again.stdout.count("already in the vault") == TOTAL
    assert "Imported 0 cases (0 new, 392 duplicates not added, 0 bad rows)." in again.stdout


def test_encoding_can_be_given_and_a_wrong_one_is_explained(
    run_cli: Run, init_vault: Path, tmp_path: Path
) -> None:
    path = write_list(tmp_path / "l.csv", csv_bytes(union_rows(20, script="cyrillic"), "cp1251"))
    wrong = run_cli("import-list", str(path), "--encoding", "utf-8", "--dry-run")
    assert wrong.returncode == 1
    assert "not valid utf-8 text: byte" in wrong.stderr
    given = run_cli("import-list", str(path), "--encoding", "windows-1251", "--dry-run",
                    check=True)  # fmt: skip
    assert "cp1251, as given" in given.stdout
    assert "would import 20" in given.stdout


def test_other_headers_import_through_a_mapping_file(
    run_cli: Run, init_vault: Path, tmp_path: Path
) -> None:
    header = ("Ad Soyad", "Digər adlar", "Doğum tarixi", "Cins", "Qrup", "Status", "Maddələr",
              "Kateqoriya", "Müddət", "Başlanğıc", "Hökm", "Rejim", "Həbs")  # fmt: skip
    path = write_list(tmp_path / "siyahı.csv", csv_bytes(union_rows(10), header=header))
    # The usual Azerbaijani titles are recognised without a mapping, and said in words.
    no_map = run_cli("import-list", str(path), "--dry-run", check=True)
    assert "would import 10" in no_map.stdout
    assert "'Ad Soyad' → full name" in no_map.stdout and "'Müddət' → term" in no_map.stdout
    header = ("Kim", *header[1:])
    path = write_list(tmp_path / "siyahı.csv", csv_bytes(union_rows(10), header=header))
    no_map = run_cli("import-list", str(path), "--dry-run")
    assert no_map.returncode == 1
    assert "no column holds full_name" in no_map.stderr
    mapping = tmp_path / "map.toml"
    mapping.write_text("".join(f'"{h}" = "{f}"\n' for h, f in zip(header, FIELDS, strict=True)))
    done = run_cli("import-list", str(path), "--mapping", str(mapping), check=True)
    assert "Imported 10 cases" in done.stdout
    bad = tmp_path / "bad.toml"
    bad.write_text('"Kim" = "full_name"\n"Həbs" = "arrest_date"\n', encoding="utf-8")
    wrong = run_cli("import-list", str(path), "--mapping", str(bad))
    assert wrong.returncode == 1
    assert f"{bad}:2: 'Həbs': 'arrest_date' is not a field" in wrong.stderr


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.csv", None, "cannot read"),
        ("broken.xlsx", b"PK\x03\x04 truncated", "not a readable XLSX workbook"),
        ("empty.csv", b"", "the file is empty"),
    ],
)
def test_a_file_that_cannot_be_read_changes_nothing(
    run_cli: Run, init_vault: Path, tmp_path: Path, name: str, content: bytes | None, message: str
) -> None:
    before = init_vault.read_bytes()
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    result = run_cli("import-list", str(path))
    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert init_vault.read_bytes() == before


def test_a_newer_edition_is_applied_with_update_and_reported_as_json(
    run_cli: Run, init_vault: Path, tmp_path: Path
) -> None:
    from tests.unit.test_list_import_human import FIRST_EDITION, SECOND_EDITION

    first = write_list(tmp_path / "first.csv", FIRST_EDITION.encode())
    run_cli("import-list", str(first), check=True)
    second = write_list(tmp_path / "second.csv", SECOND_EDITION.encode())
    dry = run_cli("import-list", str(second), "--update", "--dry-run", "--json", check=True)
    report = json.loads(dry.stdout)
    assert {"new", "duplicates", "updated", "bad_rows"} <= set(report)
    assert report["applied"] is False
    assert [u["line"] for u in report["updated"]] == [2, 3]
    assert report["updated"][0]["changes"][0]["text"] == "status: Pretrial → Imprisoned"
    assert [n["name"] for n in report["new"]] == ["Новый Человек"]
    assert report["not_in_list"][0]["name"] == "Керимов Эмин"
    assert "Not in the new list: Керимов Эмин" in dry.stderr
    listed = json.loads(run_cli("case", "list", "--json", check=True).stdout)
    assert {c["status"] for c in listed} == {"pretrial", "imprisoned"}  # nothing written yet
    done = run_cli("import-list", str(second), "--update", "--json", check=True)
    assert json.loads(done.stdout)["applied"] is True
    listed = json.loads(run_cli("case", "list", "--json", check=True).stdout)
    by_name = {c["full_name"]: c for c in listed}
    assert by_name["Гасанов Али"]["status"] == "imprisoned"
    assert by_name["Алиева Лейла"]["groups"] == ["journalists", "human_rights_defenders"]
    assert len(listed) == 4


def test_bad_rows_are_reported_as_json_and_nothing_is_written(
    run_cli: Run, init_vault: Path, tmp_path: Path
) -> None:
    path = write_list(tmp_path / "bad.csv", "ФИО;Срок\nАли;3 banana\n".encode())
    result = run_cli("import-list", str(path), "--json")
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert report["bad_rows"][0] == {
        "line": 2, "field": "term", "value": "3 banana",
        "message": "'3 banana': 'banana' is not a unit (years, months, weeks, days)",
    }  # fmt: skip
    # a missing start date is "not yet known", not a bad field (list import v2)
    assert {row["field"] for row in report["bad_rows"]} == {"term"}
    assert "line 2: term:" in result.stderr
    assert json.loads(run_cli("case", "list", "--json", check=True).stdout) == []


def test_a_russian_list_with_a_verdict_not_yet_known_and_a_life_term(
    run_cli: Run, init_vault: Path, tmp_path: Path
) -> None:
    path = write_list(
        tmp_path / "приговоры.csv",
        (
            "ФИО;Статья;Дата приговора;Срок;Начало срока\n"
            "Гасанов Али;234.1-1;01.10.2025;;\n"
            "Керимов Эмин;120.2;05.05.2015;пожизненное лишение свободы;01.03.2015\n"
            "Алиева Лейла;228.4;;5 лет;\n"
        ).encode(),
    )
    dry = run_cli("import-list", str(path), "--dry-run", check=True)
    assert "line 2: Гасанов Али: term and start date not yet known" in dry.stdout
    assert "line 4: Алиева Лейла: start date not yet known" in dry.stdout
    assert "Керимов Эмин" not in dry.stdout
    assert "0 bad rows" in dry.stdout and "would import 3" in dry.stdout
    done = json.loads(run_cli("import-list", str(path), "--json", check=True).stdout)
    assert done["bad_rows"] == []
    assert done["not_yet_known"] == [
        {"line": 2, "name": "Гасанов Али", "fields": ["term", "start_date"]},
        {"line": 4, "name": "Алиева Лейла", "fields": ["start_date"]},
    ]
    ids = {row["name"]: row["id"] for row in done["new"]}
    life = json.loads(run_cli("case", "show", ids["Керимов Эмин"], "--json", check=True).stdout)
    assert life["sentence"]["term"] == "life"
    assert life["computed"]["life"] is True
    assert life["computed"]["last_day"] is None
    unknown = json.loads(run_cli("case", "show", ids["Гасанов Али"], "--json", check=True).stdout)
    assert unknown["sentence"]["term"] is None
    assert unknown["sentence"]["verdict_date"] == "2025-10-01"
    assert unknown["computed"]["needs_review"] == ["sentence.term", "sentence.start_date"]
