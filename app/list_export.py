"""Exporting the case list (chosen columns) to CSV or XLSX, the inverse of list import.

Columns are the list-import fields (DESIGN §8, so an exported file imports again without a
mapping) plus ``id``, ``facility``, ``last_day`` and ``unserved_days`` (computed on a given
day). Lists are joined with ``"; "``. CSV is UTF-8 with a byte-order mark (so spreadsheet
programs read Azerbaijani and Cyrillic text right), comma-separated, ``\\r\\n`` line ends.

A cell that a spreadsheet would run as a formula (it starts with ``=``, ``+``, ``@``, or
``-`` not followed by a digit) is written as text: in XLSX by its cell type, in CSV with a
leading ``'`` that list import removes again — names come from other people's bundles too,
and a formula can send data away when the file is opened.

The output is plaintext outside the vault: callers say so to the user. Building the bytes
is pure; :func:`write_list_export` writes them (:mod:`app.reports.files`).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from app.list_import.columns import FIELDS
from app.list_import.read import needs_quoting
from app.model import Case
from app.reports.files import write_output_file
from app.sentence import compute_sentence

EXTRA_COLUMNS = ("id", "facility", "last_day", "unserved_days")
COLUMNS = (*FIELDS, *EXTRA_COLUMNS)
DEFAULT_COLUMNS = FIELDS
FORMATS = ("csv", "xlsx")

Cell = str | int | date | None


class ListExportError(ValueError):
    """An unknown column or format (nothing was written)."""


def check_columns(columns: Sequence[str]) -> tuple[str, ...]:
    """The columns, validated (case-insensitive). Raises :class:`ListExportError`."""
    chosen = tuple(c.strip().casefold() for c in columns if c.strip())
    unknown = [c for c in chosen if c not in COLUMNS]
    if unknown:
        raise ListExportError(
            f"unknown column {unknown[0]!r}; the columns are: {', '.join(COLUMNS)}"
        )
    if not chosen:
        raise ListExportError("choose at least one column")
    return chosen


def format_for(path: str | Path) -> str:
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise ListExportError(f"{Path(path).name}: the file name must end in .csv or .xlsx")
    return suffix


def case_cells(case: Case, columns: Sequence[str], on: date) -> list[Cell]:
    """One row of values: dates as :class:`date`, lists joined with ``"; "``."""
    person, sentence = case.person, case.sentence
    computation = None
    if "last_day" in columns or "unserved_days" in columns:
        computation = compute_sentence(case, on=on)
    values: dict[str, Cell] = {
        "id": case.id,
        "full_name": person.full_name,
        "aliases": "; ".join(person.aliases),
        "birth_date": person.birth_date,
        "sex": person.sex,
        "groups": "; ".join(person.groups),
        "status": case.status,
        "arrested_on": case.arrested_on,
        "facility": case.facility,
    }
    if sentence is not None:
        values.update(
            {
                "articles": "; ".join(sentence.articles),
                "category": sentence.category,
                "term": "life"
                if sentence.life
                else None
                if sentence.term is None
                else str(sentence.term),
                "start_date": sentence.start_date,
                "verdict_date": sentence.verdict_date,
                "regime": sentence.regime,
            }
        )
    if computation is not None:
        values["last_day"] = computation.last_day
        values["unserved_days"] = computation.unserved_days
    return [values.get(column) for column in columns]


def _csv_text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    return "'" + text if isinstance(value, str) and needs_quoting(text) else text


def export_csv(cases: Sequence[Case], columns: Sequence[str], on: date) -> bytes:
    """The list as CSV bytes (UTF-8 with BOM), header row first."""
    chosen = check_columns(columns)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(chosen)
    for case in cases:
        writer.writerow([_csv_text(v) for v in case_cells(case, chosen, on)])
    return buffer.getvalue().encode("utf-8-sig")


def export_xlsx(cases: Sequence[Case], columns: Sequence[str], on: date) -> bytes:
    """The list as an XLSX workbook (one sheet, "Cases"); dates are date cells."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    chosen = check_columns(columns)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Cases")
    sheet.append(list(chosen))
    for case in cases:
        row: list[object] = []
        for value in case_cells(case, chosen, on):
            if isinstance(value, str) and needs_quoting(value):
                cell = WriteOnlyCell(sheet, value=value)
                cell.data_type = "s"  # text, never a formula
                row.append(cell)
            elif isinstance(value, date):
                cell = WriteOnlyCell(sheet, value=value)
                cell.number_format = "yyyy-mm-dd"
                row.append(cell)
            else:
                row.append(value)
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def export_list(cases: Sequence[Case], columns: Sequence[str], on: date, fmt: str) -> bytes:
    if fmt == "csv":
        return export_csv(cases, columns, on)
    if fmt == "xlsx":
        return export_xlsx(cases, columns, on)
    raise ListExportError(f"unknown format {fmt!r}: csv or xlsx")


def write_list_export(
    path: str | Path, cases: Sequence[Case], columns: Sequence[str], on: date
) -> Path:
    """Write the list to ``path`` (``.csv`` or ``.xlsx``). Raises :class:`ListExportError`
    before writing anything for a wrong column or extension; ``OSError`` from the disk."""
    return write_output_file(path, export_list(cases, columns, on, format_for(path)))
