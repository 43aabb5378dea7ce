"""Exporting the case list (chosen columns) to CSV or XLSX, the inverse of list import.

Columns are the list-import fields plus ``id``, ``facility``, ``last_day`` and
``unserved_days`` (computed on a given day; the last two are written by default). The file
is written for people, in the chosen language (``lang``: en, az, ru): headers by their usual
titles (``Full name`` / ``Ad, soyad`` / ``ФИО``), statuses, categories, sexes, groups and
regimes in words, terms as ``3 years 6 months`` / ``3 il 6 ay`` / ``3 года 6 месяцев``, dates
as ``YYYY-MM-DD`` in English and ``DD.MM.YYYY`` in Azerbaijani and Russian — never an
internal id (``less_serious``) or an ISO duration (``P3Y``). List import reads all of it
back without a mapping (see docs/list-import.md). Lists are joined with ``"; "``. CSV is
UTF-8 with a byte-order mark (so spreadsheet programs read Azerbaijani and Cyrillic text
right), comma-separated, ``\\r\\n`` line ends.

A cell that a spreadsheet would run as a formula (it starts with ``=``, ``+``, ``-``, ``@``,
a tab or a carriage return) is written as text: in XLSX by its cell type, in CSV with a
leading ``'`` that list import removes again — names come from other people's bundles too,
and a formula can send data away when the file is opened.

The output is plaintext outside the vault: callers say so to the user. Building the bytes
is pure; :func:`write_list_export` writes them (:mod:`app.reports.files`).

Every column but ``facility`` is in a case's light case (:mod:`app.case_facts`), read at
unlock without decrypting the whole case: callers pass light cases
(``Session.light_cases``) unless :func:`needs_whole_cases` says a column needs more, and
the file is the same either way.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from app.list_import.columns import FIELDS
from app.list_import.read import needs_quoting, quote_cell
from app.model import Case
from app.reports.files import write_output_file
from app.sentence import compute_sentence
from app.words import (
    DEFAULT_LANGUAGE,
    W,
    check_language,
    life_words,
    person_word,
    pick,
    term_words,
    word,
)

EXTRA_COLUMNS = ("id", "facility", "last_day", "unserved_days")
COLUMNS = (*FIELDS, *EXTRA_COLUMNS)
DEFAULT_COLUMNS = (*FIELDS, "last_day", "unserved_days")
FORMATS = ("csv", "xlsx")

# Each column's title; list import knows every one of them (app.list_import.human).
HEADERS: dict[str, W] = {
    "full_name": ("Full name", "Ad, soyad", "ФИО"),
    "aliases": ("Other spellings", "Digər yazılışlar", "Другие написания"),
    "birth_date": ("Birth date", "Doğum tarixi", "Дата рождения"),
    "sex": ("Sex", "Cins", "Пол"),
    "groups": ("Groups", "Qruplar", "Группы"),
    "status": ("Status", "Vəziyyət", "Статус"),
    "articles": ("Articles", "Maddələr", "Статьи"),
    "category": ("Category", "Kateqoriya", "Категория"),
    "term": ("Term", "Cəza müddəti", "Срок"),
    "start_date": ("Start date", "Cəzanın başlanğıcı", "Начало срока"),
    "verdict_date": ("Verdict date", "Hökm tarixi", "Дата приговора"),
    "regime": ("Regime", "Rejim", "Режим"),
    "arrested_on": ("Arrested on", "Həbs tarixi", "Дата ареста"),
    "id": ("Case number", "İşin nömrəsi", "Номер дела"),
    "facility": ("Held at", "Saxlanıldığı yer", "Место содержания"),
    "last_day": ("Last day", "Son gün", "Последний день"),
    "unserved_days": ("Days unserved", "Çəkilməmiş günlər", "Неотбытых дней"),
}


# Columns that light cases leave out: only for these are whole cases decrypted.
WHOLE_CASE_COLUMNS = frozenset({"facility"})


def needs_whole_cases(columns: Sequence[str]) -> bool:
    """Whether ``columns`` need whole cases; else light cases give the same file."""
    return any(column.strip().casefold() in WHOLE_CASE_COLUMNS for column in columns)


def header_words(column: str, lang: str = DEFAULT_LANGUAGE) -> str:
    return pick(HEADERS[column], lang)


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


def case_cells(
    case: Case, columns: Sequence[str], on: date, lang: str = DEFAULT_LANGUAGE
) -> list[Cell]:
    """One row of values in ``lang``'s words: dates as :class:`date`, lists joined with
    ``"; "``."""
    person, sentence = case.person, case.sentence
    computation = None
    if "last_day" in columns or "unserved_days" in columns:
        computation = compute_sentence(case, on=on)
    values: dict[str, Cell] = {
        "id": case.id,
        "full_name": person.full_name,
        "aliases": "; ".join(person.aliases),
        "birth_date": person.birth_date,
        "sex": word("sex", person.sex, lang) if person.sex else None,
        "groups": "; ".join(word("group", g, lang) for g in person.groups),
        "status": person_word("status", case.status, case.person.sex, lang),
        "arrested_on": case.arrested_on,
        "facility": case.facility,
    }
    if sentence is not None:
        values.update(
            {
                "articles": "; ".join(sentence.articles),
                "category": word("category", sentence.category, lang)
                if sentence.category
                else None,
                "term": life_words(lang)
                if sentence.life
                else term_words(sentence.term, lang)
                if sentence.term is not None
                else None,
                "start_date": sentence.start_date,
                "verdict_date": sentence.verdict_date,
                "regime": word("regime", sentence.regime, lang) if sentence.regime else None,
            }
        )
    if computation is not None and not (sentence is not None and sentence.life):
        values["last_day"] = computation.last_day
        values["unserved_days"] = computation.unserved_days
    return [values.get(column) for column in columns]


def _csv_text(value: Cell, lang: str) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat() if lang == "en" else value.strftime("%d.%m.%Y")
    text = str(value)
    return quote_cell(text) if isinstance(value, str) else text


def export_csv(
    cases: Sequence[Case], columns: Sequence[str], on: date, lang: str = DEFAULT_LANGUAGE
) -> bytes:
    """The list as CSV bytes (UTF-8 with BOM), header row first, in ``lang``."""
    chosen = check_columns(columns)
    lang = check_language(lang)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([header_words(c, lang) for c in chosen])
    for case in cases:
        writer.writerow([_csv_text(v, lang) for v in case_cells(case, chosen, on, lang)])
    return buffer.getvalue().encode("utf-8-sig")


def export_xlsx(
    cases: Sequence[Case], columns: Sequence[str], on: date, lang: str = DEFAULT_LANGUAGE
) -> bytes:
    """The list as an XLSX workbook (one sheet) in ``lang``; dates are date cells."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    chosen = check_columns(columns)
    lang = check_language(lang)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(pick(("Cases", "İşlər", "Дела"), lang))
    sheet.append([header_words(c, lang) for c in chosen])
    date_format = "yyyy-mm-dd" if lang == "en" else "dd.mm.yyyy"
    for case in cases:
        row: list[object] = []
        for value in case_cells(case, chosen, on, lang):
            if isinstance(value, str) and needs_quoting(value):
                cell = WriteOnlyCell(sheet, value=value)
                cell.data_type = "s"  # text, never a formula
                row.append(cell)
            elif isinstance(value, date):
                cell = WriteOnlyCell(sheet, value=value)
                cell.number_format = date_format
                row.append(cell)
            else:
                row.append(value)
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def export_list(
    cases: Sequence[Case],
    columns: Sequence[str],
    on: date,
    fmt: str,
    lang: str = DEFAULT_LANGUAGE,
) -> bytes:
    if fmt == "csv":
        return export_csv(cases, columns, on, lang)
    if fmt == "xlsx":
        return export_xlsx(cases, columns, on, lang)
    raise ListExportError(f"unknown format {fmt!r}: csv or xlsx")


def write_list_export(
    path: str | Path,
    cases: Sequence[Case],
    columns: Sequence[str],
    on: date,
    lang: str = DEFAULT_LANGUAGE,
) -> Path:
    """Write the list to ``path`` (``.csv`` or ``.xlsx``). Raises :class:`ListExportError`
    before writing anything for a wrong column or extension; ``OSError`` from the disk."""
    return write_output_file(path, export_list(cases, columns, on, format_for(path), lang))
