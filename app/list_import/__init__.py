"""List import: CSV in the usual encodings and XLSX, column mapping, row checks with line
numbers, transliteration-aware duplicates, all-or-nothing import, newer editions as diffs.

Modules: :mod:`~app.list_import.read` (files, encodings, CSV/XLSX within bounds),
:mod:`~app.list_import.columns` (header names and mapping files),
:mod:`~app.list_import.human` (titles, values, terms and dates as people write them),
:mod:`~app.list_import.rows` (a row to a case, or its problems),
:mod:`~app.list_import.duplicates` (same person, however written),
:mod:`~app.list_import.update` (what a newer edition changes),
:mod:`~app.list_import.importer` (plan, then apply). See docs/list-import.md.
"""

from app.list_import.columns import (
    FIELDS,
    LIST_FIELDS,
    ColumnPlan,
    ListFormatError,
    MappingError,
    load_mapping_file,
    parse_mapping_text,
    plan_columns,
)
from app.list_import.duplicates import DuplicateIndex, Match, name_key
from app.list_import.importer import (
    DuplicateRow,
    ImportPlan,
    ImportRefused,
    apply_import,
    plan_import,
    plan_list_file,
)
from app.list_import.read import ListReadError, ListTable, RawRow, read_list_bytes, read_list_file
from app.list_import.rows import RowProblem, row_to_case

__all__ = [
    "FIELDS",
    "LIST_FIELDS",
    "ColumnPlan",
    "DuplicateIndex",
    "DuplicateRow",
    "ImportPlan",
    "ImportRefused",
    "ListFormatError",
    "ListReadError",
    "ListTable",
    "MappingError",
    "Match",
    "RawRow",
    "RowProblem",
    "apply_import",
    "load_mapping_file",
    "name_key",
    "parse_mapping_text",
    "plan_columns",
    "plan_import",
    "plan_list_file",
    "read_list_bytes",
    "read_list_file",
    "row_to_case",
]
