"""List files from anyone: an XLSX zip bomb is refused before it is unpacked, and list
export never writes a cell a spreadsheet would run as a formula."""

from __future__ import annotations

import csv
import io
import struct
import zipfile
from datetime import date

import pytest

from app.list_export import export_csv, export_xlsx
from app.list_import import ListReadError, read_list_bytes
from app.list_import.read import MAX_XLSX_UNPACKED
from app.model import Case, Person
from tests.data.lists.union_list import union_rows, xlsx_bytes

TODAY = date(2026, 1, 15)
SHEET = "xl/worksheets/sheet1.xml"


def rebuilt(data: bytes, replace: dict[str, bytes]) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info.filename, replace.get(info.filename, source.read(info)))
    return out.getvalue()


def declaring_size(data: bytes, name: str, size: int) -> bytes:
    """The zip with ``name``'s uncompressed size in the central directory set to ``size``
    (what a zip bomb declares; its data are not touched)."""
    blob = bytearray(data)
    encoded = name.encode()
    at = blob.find(b"PK\x01\x02")
    while at != -1:
        name_length = struct.unpack_from("<H", blob, at + 28)[0]
        if bytes(blob[at + 46 : at + 46 + name_length]) == encoded:
            struct.pack_into("<I", blob, at + 24, size)
            return bytes(blob)
        at = blob.find(b"PK\x01\x02", at + 4)
    raise AssertionError(f"{name} not in the zip")


def test_xlsx_declaring_gigabytes_is_refused_before_anything_is_unpacked() -> None:
    bomb = declaring_size(xlsx_bytes(union_rows(5)), SHEET, 1_600_000_000)
    with pytest.raises(ListReadError, match=r"would unpack to 1525 MB, more than 256 MB"):
        read_list_bytes(bomb, "list.xlsx")
    assert MAX_XLSX_UNPACKED < 1_600_000_000


def test_xlsx_part_packed_like_a_bomb_is_refused() -> None:
    good = xlsx_bytes(union_rows(5))
    sheet = zipfile.ZipFile(io.BytesIO(good)).read(SHEET)
    padded = sheet.replace(b"<sheetData>", b"<sheetData>" + b" " * 20_000_000, 1)
    with pytest.raises(ListReadError, match="possible zip bomb"):
        read_list_bytes(rebuilt(good, {SHEET: padded}), "list.xlsx")


def test_xlsx_read_with_calamine_gives_the_same_cells_as_written() -> None:
    rows = union_rows(30)
    table = read_list_bytes(xlsx_bytes(rows), "list.xlsx")
    assert table.rows[0].line == 2
    header = table.header
    first = dict(zip(header, table.rows[0].cells, strict=False))
    assert first["full_name"] == rows[0]["full_name"]
    assert first["birth_date"] == rows[0]["birth_date"]
    assert len(table.rows) == 30


FORMULAS = ("=HYPERLINK(\"http://x\")", "+1+1", "-1+1+cmd|' /C calc'!A0", "@SUM(A1)",
            "\tx", "\rx")  # fmt: skip


@pytest.mark.parametrize("name", FORMULAS)
def test_csv_export_never_writes_a_formula_and_import_reads_the_name_back(name: str) -> None:
    case = Case(id="c1", person=Person(full_name=name), status="unknown")
    data = export_csv([case], ["full_name"], TODAY)
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    cell = rows[1][0]
    assert cell.startswith("'")
    assert cell[1:] == name
    table = read_list_bytes(data, "list.csv")
    assert table.rows[0].cells[0] == name


def test_xlsx_export_writes_formula_like_names_as_text() -> None:
    from openpyxl import load_workbook

    case = Case(id="c1", person=Person(full_name=FORMULAS[2]), status="unknown")
    sheet = load_workbook(io.BytesIO(export_xlsx([case], ["full_name"], TODAY))).worksheets[0]
    cell = sheet.cell(row=2, column=1)
    assert cell.value == FORMULAS[2] and cell.data_type == "s"
