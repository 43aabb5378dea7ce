"""``casework summary``, ``stats`` and ``export-list`` as a user runs them."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import FAST_KDF_MIB, PASSPHRASE, CliResult, example_case

Run = Callable[..., CliResult]

PRIVILEGED = "Defence strategy: challenge the search."
FAMILY = "Ailə görüşü ayda bir dəfə — свидание раз в месяц."
needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """A vault with two cases, made once in-process (the CLI reads the same file format)."""
    from app.case_json import parse_case
    from app.session import Session

    path = tmp_path_factory.mktemp("template") / "two.cwvault"
    session, _ = Session.create(path, PASSPHRASE, kdf_memory_mib=FAST_KDF_MIB)
    try:
        notes = [
            {"text": PRIVILEGED, "visibility": "privileged"},
            {"text": FAMILY, "visibility": "family"},
        ]
        first = session.add_case(parse_case(example_case(notes=notes)))
        person = {
            "full_name": "Лейла Алиева",
            "groups": ["journalists"],
            "birth_date": "1990-05-05",
        }
        second = session.add_case(parse_case(example_case(person=person, notes=[])))
    finally:
        session.close()
    return path, [first.id, second.id]


@pytest.fixture
def two_cases(template: tuple[Path, list[str]], vault_path: Path) -> list[str]:
    """This test's own copy of the template vault, at the path ``run_cli`` uses."""
    vault_path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template[0], vault_path)
    return template[1]


@needs_poppler
def test_family_summary_never_shows_the_privileged_note(
    run_cli: Run, two_cases: list[str], tmp_path: Path, cli_env: dict[str, str]
) -> None:
    family = tmp_path / "family.pdf"
    result = run_cli("summary", two_cases[0][:8], "-o", str(family), "--profile", "family",
                     "--on", "2025-12-01", check=True)  # fmt: skip
    assert f"{family} is outside the vault and not encrypted" in result.stderr
    assert result.stderr.count("outside the vault") == 1
    text = pdf_text(family)
    assert PRIVILEGED not in text
    assert "Ailə görüşü ayda bir dəfə" in text
    assert "Əli Həsənov" in text and "Али Гасанов" in text
    assert "Printed 1 December 2025 · Profile: family" in text
    assert "Page 1 of" in text
    colleague = tmp_path / "colleague.pdf"
    run_cli("summary", two_cases[0], "-o", str(colleague), check=True)
    assert PRIVILEGED in pdf_text(colleague)
    # Rendered in memory: nothing was left in the temporary folder.
    assert list(Path(cli_env["TMPDIR"]).iterdir()) == []
    assert not list(tmp_path.glob("*.partial"))


@needs_poppler
def test_summary_is_printed_in_the_language_asked_else_the_apps(
    run_cli: Run, two_cases: list[str], tmp_path: Path, cli_env: dict[str, str]
) -> None:
    russian = tmp_path / "ru.pdf"
    run_cli("summary", two_cases[0], "-o", str(russian), "--lang", "ru", "--on", "2025-12-01",
            check=True)  # fmt: skip
    text = " ".join(pdf_text(russian).split())
    assert "Напечатано 1 декабря 2025" in text and "Последний день" in text
    assert "Last day" not in text and "P3Y" not in text
    # Without --lang: the desktop app's language setting (its preferences file).
    config = Path(cli_env["XDG_CONFIG_HOME"]) / "casework"
    config.mkdir(parents=True)
    (config / "desktop.ini").write_text("[General]\nlanguage=az\n", encoding="utf-8")
    azerbaijani = tmp_path / "az.pdf"
    run_cli("summary", two_cases[0], "-o", str(azerbaijani), "--on", "2025-12-01", check=True)
    text = " ".join(pdf_text(azerbaijani).split())
    assert "Çap tarixi: 1 dekabr 2025" in text and "Son gün" in text
    wrong = run_cli("summary", two_cases[0], "-o", str(tmp_path / "fr.pdf"), "--lang", "fr")
    assert wrong.returncode == 2 and "invalid choice: 'fr'" in wrong.stderr
    assert not (tmp_path / "fr.pdf").exists()


@needs_poppler
def test_summaries_of_several_cases_go_into_one_pdf_without_a_display(
    run_cli: Run, two_cases: list[str], tmp_path: Path, cli_env: dict[str, str]
) -> None:
    env = {k: v for k, v in cli_env.items() if k != "QT_QPA_PLATFORM"}
    env.pop("DISPLAY", None)
    out = tmp_path / "both.pdf"
    result = run_cli("summary", *two_cases, "-o", str(out), "--page-size", "Letter", env=env)
    assert result.returncode == 0, result.stderr
    assert "Wrote 2 case summaries" in result.stderr
    text = pdf_text(out)
    assert text.index("Əli Həsənov") < text.index("Лейла Алиева")
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True)
    assert "letter" in info.stdout


def test_summary_of_an_unknown_case_writes_nothing(
    run_cli: Run, two_cases: list[str], tmp_path: Path
) -> None:
    out = tmp_path / "none.pdf"
    result = run_cli("summary", "0123456789abcdef", "-o", str(out))
    assert result.returncode == 1
    assert "no case with id" in result.stderr
    assert not out.exists()


def test_stats_under_a_rule_file_and_numbers_as_csv(
    run_cli: Run, two_cases: list[str], tmp_path: Path
) -> None:
    rule = tmp_path / "amnesty.toml"
    rule.write_text(
        'id = "test-amnesty"\ntitle = "Test amnesty"\nkind = "amnesty"\n'
        "effective_date = 2025-12-19\nwindow_end = 2026-04-19\n"
        '[[clauses]]\neffect = "release"\n[clauses.when]\narticles_any = ["234.1-1"]\n'
        'unserved_at_most = "P6M"\n',
        encoding="utf-8",
    )
    numbers = tmp_path / "stats.csv"
    result = run_cli("stats", "--rule", str(rule), "--json", "--csv", str(numbers), check=True)
    stats = json.loads(result.stdout)
    assert stats["total"] == 2
    assert stats["by_group"] == {
        "journalists": {"count": 1, "percent": 50.0},
        "religious_believers": {"count": 1, "percent": 50.0},
    }
    assert stats["by_article"] == {"234.1-1": {"count": 2, "percent": 100.0}}
    # Start 2023-04-15 + P3Y − 73 days of credit: last day 2026-01-31, within 6 months of
    # 2025-12-19: both qualify on the effective date.
    assert stats["rule"]["id"] == "test-amnesty"
    assert stats["rule"]["counts"] == {"eligible": 2, "eligible_from": 0, "not_eligible": 0,
                                       "needs_review": 0}  # fmt: skip
    assert stats["rule"]["by_group"]["journalists"]["eligible"] == 1
    assert stats["rule"]["by_month"] == {"2025-12": 2, "2026-01": 0, "2026-02": 0,
                                         "2026-03": 0, "2026-04": 0}  # fmt: skip
    assert "outside the vault" in result.stderr
    rows = list(csv.reader(io.StringIO(numbers.read_text(encoding="utf-8-sig"))))
    assert rows[0] == ["section", "key", "count", "percent"]
    assert ["group", "journalists", "1", "50.0"] in rows
    text = run_cli("stats", "--rule", "az-cc-76-parole", check=True).stdout
    # the text output names groups as people do (the JSON keeps the ids)
    assert "Religious believers" in text and "Rule az-cc-76-parole" in text
    assert "religious_believers" not in text
    unknown = run_cli("stats", "--rule", "no-such-rule")
    assert unknown.returncode == 1
    assert "no-such-rule: no such rule file or rule id" in unknown.stderr


def test_stats_csv_writes_formula_like_groups_and_articles_as_text(
    run_cli: Run, two_cases: list[str], tmp_path: Path
) -> None:
    # groups are ids (letters, digits, _); an article from someone's bundle may be any text
    person = {"full_name": "Formula Person", "groups": ["journalists"]}
    articles = ['=HYPERLINK("http://x";"y")', "-2+3", "@SUM(A1)"]
    sentence = {**example_case()["sentence"], "articles": articles}  # type: ignore[dict-item]
    run_cli(
        "case", "add", "--json", "-",
        input=json.dumps(example_case(person=person, sentence=sentence)), check=True,
    )  # fmt: skip
    numbers = tmp_path / "stats.csv"
    run_cli("stats", "--csv", str(numbers), check=True)
    rows = list(csv.reader(io.StringIO(numbers.read_text(encoding="utf-8-sig"))))
    assert ["article", '\'=HYPERLINK("http://x";"y")', "1", "33.3"] in rows
    assert ["article", "'-2+3", "1", "33.3"] in rows
    assert ["article", "'@SUM(A1)", "1", "33.3"] in rows
    assert not any(cell[:1] in ("=", "+", "-", "@") for row in rows for cell in row)


def test_export_list_writes_the_chosen_columns(
    run_cli: Run, two_cases: list[str], tmp_path: Path
) -> None:
    out = tmp_path / "list.csv"
    result = run_cli("export-list", "-o", str(out), "--columns", "full_name,groups,last_day",
                     check=True)  # fmt: skip
    assert "outside the vault" in result.stderr
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert rows == [
        ["Full name", "Groups", "Last day"],
        ["Əli Həsənov", "Religious believers", "2026-01-31"],
        ["Лейла Алиева", "Journalists", "2026-01-31"],
    ]
    russian = tmp_path / "список.csv"
    run_cli("export-list", "-o", str(russian), "--lang", "ru", check=True)
    rows = list(csv.reader(io.StringIO(russian.read_text(encoding="utf-8-sig"))))
    assert rows[0][:3] == ["ФИО", "Другие написания", "Дата рождения"]
    assert rows[0][-2:] == ["Последний день", "Неотбытых дней"]  # by default
    assert rows[1][rows[0].index("Срок")] == "3 года"
    assert rows[1][rows[0].index("Категория")] == "Менее тяжкое"
    assert rows[1][rows[0].index("Последний день")] == "31.01.2026"
    wrong = run_cli("export-list", "-o", str(tmp_path / "x.csv"), "--columns", "full_name,phone")
    assert wrong.returncode == 1
    assert "unknown column 'phone'" in wrong.stderr
    assert not (tmp_path / "x.csv").exists()
