"""List import without a vault: encodings, CSV/XLSX reading, columns, row checks, duplicates."""

from __future__ import annotations

from datetime import date

import pytest

from app.list_import import (
    ListFormatError,
    ListReadError,
    MappingError,
    parse_mapping_text,
    plan_columns,
    plan_import,
    read_list_bytes,
)
from app.list_import.duplicates import name_key
from app.list_import.read import decode_text
from app.model import Case, Person
from tests.data.lists.union_list import (
    BAD_ROWS,
    TOTAL,
    csv_bytes,
    union_rows,
    with_bad_rows,
    with_duplicates,
    xlsx_bytes,
)

TODAY = date(2026, 1, 15)


def plan_of(data: bytes, name: str = "list.csv", **kwargs: object):  # type: ignore[no-untyped-def]
    table = read_list_bytes(data, name)
    existing = kwargs.pop("existing", [])
    return plan_import(table, existing, today=TODAY, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("encoding", "script"),
    [
        ("utf-8", "latin"),
        ("utf-8-sig", "latin"),
        ("utf-16", "latin"),
        ("utf-16-le", "latin"),
        ("cp1251", "cyrillic"),
    ],
)
def test_392_row_list_reads_in_each_encoding(encoding: str, script: str) -> None:
    rows = union_rows(script=script)
    plan = plan_of(csv_bytes(rows, encoding))
    assert plan.row_count == TOTAL
    assert plan.problems == ()
    assert plan.duplicates == ()
    assert len(plan.cases) == TOTAL
    line, first = plan.cases[0]
    assert line == 2
    assert first.person.full_name == rows[0]["full_name"]
    assert first.person.full_name in ("Əli Məmmədov", "Али Мамедов")
    groups = [c.person.groups for _, c in plan.cases]
    assert sum("religious_believers" in g for g in groups) == 249


def test_windows_1251_is_detected_and_named() -> None:
    text, codec, source = decode_text(csv_bytes(union_rows(script="cyrillic"), "cp1251"))
    assert (codec, source) == ("cp1251", "detected")
    assert "Гасан Мамедов" in text


def test_bom_and_given_encoding_win() -> None:
    assert decode_text("a,b\n".encode("utf-16"))[1:] == ("utf-16", "bom")
    assert decode_text("a,b\n".encode("utf-8-sig"))[1:] == ("utf-8-sig", "bom")
    data = "full_name\nƏli\n".encode()
    # The user's override is obeyed, even when it makes mojibake of the names.
    text, codec, source = decode_text(data, "latin-1")
    assert (codec, source) == ("iso8859-1", "given")
    assert "Əli" not in text


def test_undecodable_bytes_in_the_given_encoding_name_the_byte() -> None:
    with pytest.raises(ListReadError, match="byte 11 cannot be decoded"):
        decode_text(b"full_name\n\xff\xfe\xfa\n", "utf-8")


def test_xlsx_list_reads_with_date_cells_and_row_numbers() -> None:
    rows = union_rows()
    plan = plan_of(xlsx_bytes(rows), "list.xlsx")
    assert plan.table.kind == "xlsx"
    assert plan.problems == ()
    assert len(plan.cases) == TOTAL
    line, case = plan.cases[3]
    assert line == 5
    assert case.person.birth_date == date.fromisoformat(rows[3]["birth_date"])


def test_bad_rows_are_reported_by_physical_line_and_field() -> None:
    rows = with_bad_rows(union_rows())
    plan = plan_of(csv_bytes(rows))
    found = {(p.line, p.field) for p in plan.problems}
    assert found == {(index + 2, field) for index, (field, _, _) in BAD_ROWS.items()}
    for problem in plan.problems:
        field, _, words = BAD_ROWS[problem.line - 2]
        assert words in problem.message
        assert str(problem).startswith(f"line {problem.line}: {field}: ")
    assert len(plan.cases) == TOTAL - len(BAD_ROWS)


def test_bad_rows_in_xlsx_name_the_spreadsheet_row() -> None:
    plan = plan_of(xlsx_bytes(with_bad_rows(union_rows())), "list.xlsx")
    assert sorted(p.line for p in plan.problems) == sorted(i + 2 for i in BAD_ROWS)


def test_a_quoted_line_break_moves_later_line_numbers() -> None:
    rows = union_rows(5)
    rows[2]["regime"] = "general\n(reviewed on appeal)"
    rows[3]["birth_date"] = "1990-13-01"
    plan = plan_of(csv_bytes(rows))
    # row 2 spans lines 4-5, so row 3 starts on line 6.
    assert [(p.line, p.field) for p in plan.problems] == [(6, "birth_date")]
    sentence = plan.cases[2][1].sentence
    assert sentence is not None
    assert sentence.regime == "general (reviewed on appeal)"
    assert [line for line, _ in plan.cases] == [2, 3, 4, 7]


def test_blank_lines_are_skipped_but_counted() -> None:
    data = b"full_name,birth_date\n\nAli Hasanov,1985-03-02\n\n\nLeyla Aliyeva,nope\n"
    plan = plan_of(data)
    assert [line for line, _ in plan.cases] == [3]
    assert [(p.line, p.field) for p in plan.problems] == [(6, "birth_date")]


def test_every_wrong_field_of_a_row_is_reported() -> None:
    data = b"full_name,sex,status,term,start_date\n,robot,busy,3 bananas,31.02.2024\n"
    plan = plan_of(data)
    assert {p.field for p in plan.problems} == {"full_name", "sex", "status", "term", "start_date"}
    assert {p.line for p in plan.problems} == {2}


def test_semicolon_lists_headers_any_case_and_missing_status() -> None:
    data = (
        "Full Name;ALIASES;Groups;Articles;Term;Start_Date\n"
        'Əli Həsənov;"Ali Hasanov; Али Гасанов ";Religious believers;234.1-1;P3Y;15.04.2023\n'
    ).encode()
    plan = plan_of(data)
    assert plan.problems == ()
    ((_, case),) = plan.cases
    assert case.person.aliases == ("Ali Hasanov", "Али Гасанов")
    assert case.person.groups == ("religious_believers",)
    assert case.status == "unknown"
    assert case.sentence is not None
    assert case.sentence.start_date == date(2023, 4, 15)
    assert plan.table.delimiter == ";"


def test_charges_without_a_sentence_become_a_charge_event() -> None:
    data = b"full_name,status,articles,arrested_on\nAli,pretrial,228.4;234.1-1,2025-02-01\n"
    ((_, case),) = plan_of(data).cases
    assert case.sentence is None
    assert case.arrested_on == date(2025, 2, 1)
    assert [(e.kind, e.date, e.text) for e in case.events] == [
        ("charge", date(2025, 2, 1), "Charged under 228.4, 234.1-1")
    ]
    plan = plan_of(b"full_name,articles\nAli,228.4\n")
    assert [(p.field, p.line) for p in plan.problems] == [("arrested_on", 2)]


def test_commas_between_articles_are_explained() -> None:
    plan = plan_of(b'full_name,articles,term,start_date\nAli,"228.4, 234.1",P1Y,2024-01-01\n')
    assert "separate articles with ';'" in plan.problems[0].message


def test_unknown_headers_need_a_mapping() -> None:
    data = "Kim,Nə vaxt doğulub,Hansı dəstə\nƏli Həsənov,1985-03-02,journalists\n".encode()
    with pytest.raises(ListFormatError, match="no column holds full_name"):
        plan_of(data)
    mapping = parse_mapping_text(
        '"Kim" = "full_name"\n"Nə vaxt doğulub" = "birth_date"\n"Hansı dəstə" = "groups"\n'
    )
    plan = plan_of(data, mapping=mapping)
    ((_, case),) = plan.cases
    assert case.person.birth_date == date(1985, 3, 2)
    assert case.person.groups == ("journalists",)


def test_unmapped_columns_are_listed_as_ignored() -> None:
    columns = plan_columns(["full_name", "Phone", "Qeyd"], {"Qeyd": ""})
    assert columns.fields == ("full_name", None, None)
    assert columns.ignored == ("Phone",)


def test_two_columns_for_one_field_is_an_error() -> None:
    with pytest.raises(ListFormatError, match="both hold full_name"):
        plan_columns(["full_name", "Name"], {"Name": "full_name"})


def test_mapping_file_errors_name_line_and_column() -> None:
    with pytest.raises(MappingError) as caught:
        parse_mapping_text('"Ad" = "full_name"\n\n"Doğum" = "birthdate"\n', "map.toml")
    assert caught.value.line == 3
    assert caught.value.column == "Doğum"
    assert "did you mean 'birth_date'" in str(caught.value)
    assert str(caught.value).startswith("map.toml:3: 'Doğum':")
    with pytest.raises(MappingError, match="invalid TOML"):
        parse_mapping_text('"Ad" = full_name\n', "map.toml")


def test_unreadable_files_are_refused() -> None:
    with pytest.raises(ListReadError, match="empty"):
        read_list_bytes(b"", "list.csv")
    with pytest.raises(ListReadError, match="XLSX"):
        read_list_bytes(b"PK\x03\x04 not really a zip", "list.xlsx")
    with pytest.raises(ListReadError, match=r"\.xls files"):
        read_list_bytes(b"\xd0\xcf\x11\xe0", "list.xls")


@pytest.mark.parametrize(
    ("stored", "written"),
    [
        ("Əli Həsənov", "Али Гасанов"),
        ("Əli Həsənov", "ALI HASANOV"),
        ("Məmmədov Tofiq Həsən oğlu", "Тофик Мамедов"),
        ("Cavid Cəfərov", "Джавид Джафаров"),
        ("Xəlil Quliyev", "Khalil Guliyev"),
    ],
)
def test_the_same_name_in_any_script_has_one_key(stored: str, written: str) -> None:
    assert name_key(stored) == name_key(written)


def test_duplicates_of_the_vault_and_of_earlier_rows_are_reported_not_added() -> None:
    rows = union_rows(20)
    stored = Case(
        id="a" * 32,
        person=Person("Али Мамедов", birth_date=date.fromisoformat(rows[0]["birth_date"])),
    )
    other_birth = Case(id="b" * 32, person=Person("Həsən Məmmədov", birth_date=date(1900, 1, 1)))
    plan = plan_of(csv_bytes(with_duplicates(rows)), existing=[stored, other_birth])
    by_line = {d.line: d for d in plan.duplicates}
    assert set(by_line) == {2, 22, 23, 24}
    assert by_line[2].match.case_id == stored.id
    assert "already in the vault" in str(by_line[2])
    assert [by_line[n].match.line for n in (22, 23, 24)] == [7, 8, 9]
    assert str(by_line[22]).startswith("line 22: ")
    # Same name, different birth date: another person.
    assert 3 not in by_line
    assert len(plan.cases) == 19


def test_duplicate_without_birth_date_still_matches_by_name() -> None:
    existing = [Case(id="c" * 32, person=Person("Ülviyyə Əliyeva"))]
    plan = plan_of(b"full_name,birth_date\nUlviyya Aliyeva,1990-01-01\n", existing=existing)
    assert [d.line for d in plan.duplicates] == [2]
