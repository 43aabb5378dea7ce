"""A synthetic 392-row list like the union's list of political prisoners, written by tests
in any encoding or as XLSX (nothing is checked in: files are generated in tmp_path).

Hand counts (by construction, see :func:`union_rows`):
- groups: 249 religious believers (the first 249 rows; rows 0–19 are also civil
  activists), 60 opposition party members, 43 journalists, 40 civil activists (+20 = 60);
- status: every 33rd row from row 0 released (12), the other rows with ``index % 5 == 1``
  pretrial (77: charged, no sentence), the other 303 imprisoned;
- every name is unique; every birth date is unique; row ``i`` is on line ``i + 2``.

Nobody here is a real person: names are combinations of common given names and surnames.
"""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta
from pathlib import Path

HEADER = (
    "full_name",
    "aliases",
    "birth_date",
    "sex",
    "groups",
    "status",
    "articles",
    "category",
    "term",
    "start_date",
    "verdict_date",
    "regime",
    "arrested_on",
)

MALE = (
    ("Əli", "Али"), ("Həsən", "Гасан"), ("Tofiq", "Тофик"), ("Elvin", "Эльвин"),
    ("Rəşad", "Рашад"), ("Orxan", "Орхан"), ("Cavid", "Джавид"), ("Ramil", "Рамиль"),
    ("Vüqar", "Вугар"), ("Elçin", "Эльчин"), ("Kamran", "Камран"), ("Murad", "Мурад"),
    ("Nicat", "Ниджат"), ("Tural", "Турал"), ("Samir", "Самир"), ("Anar", "Анар"),
    ("Fuad", "Фуад"), ("Zaur", "Заур"), ("Elnur", "Эльнур"), ("Rüfət", "Руфат"),
    ("Emin", "Эмин"), ("İlqar", "Ильгар"), ("Xəlil", "Халил"), ("Yaqub", "Ягуб"),
)  # fmt: skip
FEMALE = (
    ("Günel", "Гюнель"), ("Leyla", "Лейла"), ("Aynur", "Айнур"), ("Səbinə", "Сабина"),
    ("Nərgiz", "Наргиз"), ("Ülviyyə", "Ульвия"), ("Lamiyə", "Ламия"), ("Aytən", "Айтан"),
)  # fmt: skip
SURNAMES = (
    ("Məmmədov", "Мамедов"), ("Əliyev", "Алиев"), ("Həsənov", "Гасанов"),
    ("Hüseynov", "Гусейнов"), ("Quliyev", "Кулиев"), ("İsmayılov", "Исмаилов"),
    ("Cəfərov", "Джафаров"), ("Abbasov", "Аббасов"), ("Rzayev", "Рзаев"),
    ("Orucov", "Оруджов"), ("Bağırov", "Багиров"), ("Nəsirov", "Насиров"),
    ("Kərimov", "Керимов"), ("Mustafayev", "Мустафаев"), ("Qasımov", "Гасымов"),
    ("Səfərov", "Сафаров"), ("Novruzov", "Новрузов"), ("Əhmədov", "Ахмедов"),
)  # fmt: skip
ARTICLES = ("234.1-1", "234.4.3", "228.4", "206.3.2", "167-2.2.1", "179.3.2")
CATEGORY = {
    "234.1-1": "less_serious",
    "234.4.3": "grave",
    "228.4": "grave",
    "206.3.2": "especially_grave",
    "167-2.2.1": "grave",
    "179.3.2": "grave",
}
_ASCII = str.maketrans({"ə": "a", "Ə": "A", "ı": "i", "İ": "I", "ş": "sh", "Ş": "Sh",
                        "ç": "ch", "Ç": "Ch", "ğ": "g", "ö": "o", "Ö": "O", "ü": "u",
                        "Ü": "U"})  # fmt: skip

RELIGIOUS, OPPOSITION, JOURNALISTS, ACTIVISTS = 249, 60, 43, 40
TOTAL = RELIGIOUS + OPPOSITION + JOURNALISTS + ACTIVISTS  # 392


def names(index: int) -> tuple[str, str, str]:
    """``(Azerbaijani Latin, Russian Cyrillic, ASCII)`` spellings of row ``index``'s name."""
    female = index % 7 == 3
    given = FEMALE[index % len(FEMALE)] if female else MALE[index % len(MALE)]
    surname = SURNAMES[(index // len(MALE)) % len(SURNAMES)]
    suffix_latin, suffix_cyrillic = ("a", "а") if female else ("", "")
    latin = f"{given[0]} {surname[0]}{suffix_latin}"
    cyrillic = f"{given[1]} {surname[1]}{suffix_cyrillic}"
    return latin, cyrillic, latin.translate(_ASCII)


def group_of(index: int) -> str:
    if index < RELIGIOUS:
        return "religious_believers; civil_activists" if index < 20 else "religious_believers"
    if index < RELIGIOUS + OPPOSITION:
        return "opposition_party_members"
    if index < RELIGIOUS + OPPOSITION + JOURNALISTS:
        return "journalists"
    return "civil_activists"


def status_of(index: int) -> str:
    if index % 33 == 0:
        return "released"
    if index % 5 == 1:
        return "pretrial"
    return "imprisoned"


def union_rows(n: int = TOTAL, *, script: str = "latin") -> list[dict[str, str]]:
    """``n`` rows (cycling the groups past 392) with names in ``latin`` (Azerbaijani,
    aliases in Cyrillic and ASCII) or ``cyrillic`` (Russian, alias in ASCII) script."""
    rows = []
    for index in range(n):
        latin, cyrillic, plain = names(index)
        unique = index // (len(MALE) * len(SURNAMES))
        if unique:  # past 432 rows the combinations repeat: make the name unique
            latin, cyrillic, plain = (f"{x}-{unique}" for x in (latin, cyrillic, plain))
        name, aliases = (latin, f"{cyrillic}; {plain}")
        if script == "cyrillic":
            name, aliases = cyrillic, plain
        status = status_of(index % TOTAL)
        article = ARTICLES[index % len(ARTICLES)]
        born = date(1960, 1, 1) + timedelta(days=index * 23 % 14000 + index // 600)
        arrested = date(2019, 1, 10) + timedelta(days=index * 3 % 2000)
        row = {
            "full_name": name,
            "aliases": aliases,
            "birth_date": born.isoformat(),
            "sex": "female" if index % 7 == 3 else "male",
            "groups": group_of(index % TOTAL),
            "status": status,
            "articles": article,
            "category": CATEGORY[article],
            "term": "",
            "start_date": "",
            "verdict_date": "",
            "regime": "",
            "arrested_on": arrested.isoformat(),
        }
        if status != "pretrial":
            start = arrested + timedelta(days=120 + index % 90)
            years = 2 + index % 9 if status == "imprisoned" else 1
            row.update(
                {
                    "term": f"P{years}Y" if index % 4 else f"P{years}Y6M",
                    "start_date": start.isoformat(),
                    "verdict_date": (start - timedelta(days=5)).isoformat(),
                    "regime": "general" if index % 3 else "strict",
                }
            )
            if status == "released":  # a one-year term long served
                row["start_date"] = (arrested + timedelta(days=30)).isoformat()
                row["verdict_date"] = (arrested + timedelta(days=25)).isoformat()
        rows.append(row)
    return rows


def csv_bytes(
    rows: list[dict[str, str]],
    encoding: str = "utf-8",
    *,
    delimiter: str = ",",
    header: tuple[str, ...] = HEADER,
) -> bytes:
    """The rows as CSV bytes in ``encoding`` (``utf-8-sig`` adds a BOM; ``utf-16`` too)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(header)
    for row in rows:
        writer.writerow([row.get(field, "") for field in HEADER])
    return buffer.getvalue().encode(encoding)


def xlsx_bytes(rows: list[dict[str, str]], *, header: tuple[str, ...] = HEADER) -> bytes:
    """The rows as an XLSX workbook; dates as real date cells, like a spreadsheet's."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(list(header))
    for row in rows:
        values: list[object] = []
        for field in HEADER:
            value = row.get(field, "")
            try:
                is_date = field.endswith(("_date", "_on")) and bool(date.fromisoformat(value))
            except ValueError:
                is_date = False  # a spoiled date stays text, as a person would type it
            if is_date:
                values.append(date.fromisoformat(value))
            else:
                values.append(value or None)
        sheet.append(values)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def write_list(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


BAD_ROWS = {
    # row index: (field, bad value, words the message must contain)
    10: ("birth_date", "1985-02-30", "not a real date"),
    57: ("status", "on holiday", "not one of"),
    120: ("term", "3 bananas", "'bananas' is not a unit"),
    200: ("full_name", "", "required"),
    301: ("groups", "—", "not a group name"),
}


def with_bad_rows(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """A copy of ``rows`` with the :data:`BAD_ROWS` it has spoiled (row ``i`` is on line
    ``i + 2``)."""
    spoiled = [dict(row) for row in rows]
    for index, (field, value, _) in BAD_ROWS.items():
        if index < len(spoiled):
            spoiled[index][field] = value
    return spoiled


def with_duplicates(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """``rows`` plus three rows describing people already listed, written differently:
    row 5 in Cyrillic, row 6 in ASCII capitals, row 7 with its surname first."""
    extra = []
    for index, spelling in ((5, "cyrillic"), (6, "ascii"), (7, "reversed")):
        latin, cyrillic, plain = names(index)
        row = dict(rows[index])
        row["full_name"] = {
            "cyrillic": cyrillic,
            "ascii": plain.upper(),
            "reversed": " ".join(reversed(latin.split())),
        }[spelling]
        row["aliases"] = ""
        extra.append(row)
    return [*rows, *extra]


def read_rows(path: Path) -> list[list[str]]:
    """The CSV rows of a UTF-8 file (for checking exports)."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))
