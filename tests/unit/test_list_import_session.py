"""List import into a real (small-KDF) vault, and list export back out."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from app.list_export import (
    COLUMNS,
    ListExportError,
    export_csv,
    export_xlsx,
    header_words,
    write_list_export,
)
from app.list_import import ImportRefused, apply_import, plan_import, read_list_bytes
from app.session import Session
from tests.conftest import FAST_KDF_MIB, PASSPHRASE
from tests.data.lists.union_list import (
    BAD_ROWS,
    TOTAL,
    csv_bytes,
    read_rows,
    union_rows,
    with_bad_rows,
    xlsx_bytes,
)

TODAY = date(2026, 1, 15)


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    opened, _ = Session.create(tmp_path / "v.cwvault", PASSPHRASE, kdf_memory_mib=FAST_KDF_MIB)
    yield opened
    opened.close()


def plan(session: Session, data: bytes, name: str = "list.csv"):  # type: ignore[no-untyped-def]
    return plan_import(read_list_bytes(data, name), session.list_rows(), today=TODAY)


def test_a_list_with_bad_rows_imports_nothing_by_default(session: Session) -> None:
    found = plan(session, csv_bytes(with_bad_rows(union_rows())))
    with pytest.raises(ImportRefused, match="5 bad rows in the list: nothing was imported"):
        apply_import(session, found)
    assert session.case_count() == 0


def test_skip_bad_imports_only_the_good_rows(session: Session) -> None:
    found = plan(session, xlsx_bytes(with_bad_rows(union_rows())), "list.xlsx")
    stored = apply_import(session, found, skip_bad=True)
    assert len(stored) == TOTAL - len(BAD_ROWS)
    assert session.case_count() == TOTAL - len(BAD_ROWS)
    names = {c.person.full_name for c in session.list_cases()}
    assert union_rows()[10]["full_name"] not in names  # line 12 had an impossible birth date
    assert "Əli Məmmədov" in names


def test_the_same_people_in_cyrillic_are_all_duplicates(session: Session) -> None:
    apply_import(session, plan(session, csv_bytes(union_rows(), "utf-8-sig")))
    again = plan(session, csv_bytes(union_rows(script="cyrillic"), "cp1251"))
    assert again.problems == ()
    assert len(again.duplicates) == TOTAL
    assert again.cases == ()
    assert apply_import(session, again) == []
    assert session.case_count() == TOTAL


def test_planning_writes_nothing(session: Session) -> None:
    before = session.vault.count("case")
    found = plan(session, csv_bytes(union_rows(), "utf-16"))
    assert len(found.cases) == TOTAL
    assert session.vault.count("case") == before == 0


def test_export_then_import_gives_the_same_people(session: Session, tmp_path: Path) -> None:
    apply_import(session, plan(session, csv_bytes(union_rows(40))))
    cases = sorted(session.list_cases(), key=lambda c: c.person.full_name)
    path = write_list_export(tmp_path / "out.csv", cases, COLUMNS, TODAY)
    rows = read_rows(path)
    assert rows[0] == [header_words(column) for column in COLUMNS]  # "Full name", ...
    assert len(rows) == 41
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    again = plan(session, path.read_bytes())
    assert again.problems == ()
    assert len(again.duplicates) == 40
    xlsx = plan(session, export_xlsx(cases, COLUMNS, TODAY), "out.xlsx")
    assert xlsx.problems == ()
    assert len(xlsx.duplicates) == 40
    # In a fresh vault the exported list gives back the same cases.
    fresh, _ = Session.create(tmp_path / "fresh.cwvault", PASSPHRASE, kdf_memory_mib=FAST_KDF_MIB)
    try:
        apply_import(fresh, plan(fresh, path.read_bytes()))
        again_cases = sorted(fresh.list_cases(), key=lambda c: c.person.full_name)
        assert [(c.person, c.status, c.sentence) for c in again_cases] == [
            (c.person, c.status, c.sentence) for c in cases
        ]
    finally:
        fresh.close()


@pytest.mark.parametrize("lang", ["az", "ru"])
def test_a_list_exported_in_words_imports_again_as_the_same_people(
    session: Session, tmp_path: Path, lang: str
) -> None:
    apply_import(session, plan(session, csv_bytes(union_rows(40))))
    cases = sorted(session.list_cases(), key=lambda c: c.person.full_name)
    data = export_csv(cases, COLUMNS, TODAY, lang)
    text = data.decode("utf-8-sig")
    for code in ("less_serious", "religious_believers", "imprisoned", "P3Y", "full_name"):
        assert code not in text
    assert ("ФИО" if lang == "ru" else "Ad, soyad") in text.splitlines()[0]
    for fmt, exported in (("csv", data), ("xlsx", export_xlsx(cases, COLUMNS, TODAY, lang))):
        fresh, _ = Session.create(
            tmp_path / f"{fmt}.cwvault", PASSPHRASE, kdf_memory_mib=FAST_KDF_MIB
        )
        try:
            found = plan(fresh, exported, f"list.{fmt}")
            assert found.problems == () and found.new_groups == ()
            apply_import(fresh, found)
            again = sorted(fresh.list_cases(), key=lambda c: c.person.full_name)
            assert [(c.person, c.status, c.sentence) for c in again] == [
                (c.person, c.status, c.sentence) for c in cases
            ]
        finally:
            fresh.close()


def test_export_keeps_formulas_as_text_and_chosen_columns(tmp_path: Path) -> None:
    from app.model import Case, Person

    case = Case(id="x" * 32, person=Person('=HYPERLINK("http://x","y")', aliases=("-a", "-1")))
    data = export_csv([case], ["full_name", "aliases"], TODAY).decode("utf-8-sig")
    assert data.splitlines()[1] == '"\'=HYPERLINK(""http://x"",""y"")",\'-a; -1'
    table = read_list_bytes(data.encode(), "again.csv")
    assert table.rows[0].cells[0] == '=HYPERLINK("http://x","y")'
    from openpyxl import load_workbook

    target = tmp_path / "out.xlsx"
    write_list_export(target, [case], ["full_name"], TODAY)
    sheet = load_workbook(target).worksheets[0]
    assert sheet["A2"].data_type == "s"
    assert sheet["A2"].value == '=HYPERLINK("http://x","y")'


def test_export_refuses_unknown_columns_and_extensions(tmp_path: Path) -> None:
    with pytest.raises(ListExportError, match="unknown column 'phone'"):
        write_list_export(tmp_path / "a.csv", [], ["full_name", "phone"], TODAY)
    with pytest.raises(ListExportError, match=r"\.csv or \.xlsx"):
        write_list_export(tmp_path / "a.pdf", [], ["full_name"], TODAY)
    assert list(tmp_path.iterdir()) == []
