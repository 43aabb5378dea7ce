"""Which column holds which field: the contract's header names, recognised without a
mapping, the usual titles people give those columns in English, Azerbaijani and Russian
(``ФИО``, ``Ad, soyad``, ``Cəza müddəti``: :mod:`app.list_import.human`), and a mapping for
other headers (a TOML file ``"Column title" = "field"`` or, in the app, the mapping dialog).

Header names are matched case-insensitively, ignoring surrounding spaces and treating
spaces and hyphens as ``_``; the case JSON's dotted paths (``person.full_name``,
``sentence.term``) are accepted too. A mapping entry wins over a recognised name; mapping a
column to ``""`` leaves it out. Besides the case fields, a ``notes`` column becomes a
privileged note. See docs/list-import.md. Pure, except :func:`load_mapping_file`.
"""

from __future__ import annotations

import contextlib
import difflib
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.list_import.human import field_of_title

# The flattened case JSON fields of docs/list-import.md, in the order the contract lists them.
FIELDS = (
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
# Read on import only (a list's remarks become a privileged note; never exported).
IMPORT_FIELDS = (*FIELDS, "notes")
LIST_FIELDS = ("aliases", "groups", "articles")
LIST_SEPARATOR = ";"
_PREFIXES = ("person.", "sentence.")
_SPACES = re.compile(r"[\s\-]+")


class ListFormatError(ValueError):
    """The header or the mapping does not allow an import (nothing was imported)."""


class MappingError(ListFormatError):
    """A mapping file is wrong: names the file, the line (0 when unknown) and the column."""

    def __init__(self, file: str, line: int, column: str, message: str) -> None:
        self.file = file
        self.line = line
        self.column = column
        where = f"{file}:{line}" if line else file
        super().__init__(f"{where}: {column!r}: {message}" if column else f"{where}: {message}")


def normalise_header(title: str) -> str:
    """``" Birth Date "`` → ``birth_date``; ``person.Full-Name`` → ``full_name``."""
    name = _SPACES.sub("_", title.strip().strip("\ufeff").casefold())
    for prefix in _PREFIXES:
        if name.startswith(prefix):
            name = name[len(prefix) :]
    return name


def field_for(value: str) -> str | None:
    """The field a mapping value names (case-insensitive, dotted paths allowed), ``""`` for
    "leave this column out", None when it names no field."""
    if not value.strip():
        return ""
    name = normalise_header(value)
    return name if name in IMPORT_FIELDS else None


def suggest_field(value: str) -> str:
    close = difflib.get_close_matches(normalise_header(value), IMPORT_FIELDS, n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


@dataclass(frozen=True)
class ColumnPlan:
    """``fields[i]`` is the field of column ``i`` (None: left out). ``ignored`` lists the
    titles of columns left out because nothing names them (a mapping's ``""`` is not listed);
    ``unused`` the mapping's titles that no column has."""

    header: tuple[str, ...]
    fields: tuple[str | None, ...]
    ignored: tuple[str, ...]
    unused: tuple[str, ...]

    def column_of(self, field: str) -> int | None:
        try:
            return self.fields.index(field)
        except ValueError:
            return None


def plan_columns(header: Sequence[str], mapping: Mapping[str, str] | None = None) -> ColumnPlan:
    """Decide each column's field. Raises :class:`ListFormatError` when no column holds
    ``full_name``, when two columns hold one field, or when a mapping names no field."""
    by_title = {normalise_header(k): v for k, v in (mapping or {}).items()}
    fields: list[str | None] = []
    ignored: list[str] = []
    used: set[str] = set()
    for title in header:
        key = normalise_header(title)
        if key in by_title:
            used.add(key)
            field = field_for(by_title[key])
            if field is None:
                raise ListFormatError(
                    f"column {title!r} is mapped to {by_title[key]!r}, which is not a field; "
                    f"the fields are: {', '.join(IMPORT_FIELDS)}{suggest_field(by_title[key])}"
                )
            fields.append(field or None)
        elif key in IMPORT_FIELDS:
            fields.append(key)
        else:
            fields.append(None)
    # Usual titles (``ФИО``, ``Cəza müddəti``) fill the fields no column names exactly; of
    # two such columns for one field the first is taken and the other left out.
    for index, title in enumerate(header):
        if fields[index] is not None or normalise_header(title) in by_title:
            continue
        usual = field_of_title(title)
        if usual is not None and usual not in fields:
            fields[index] = usual
        elif title.strip():
            ignored.append(title)
    seen: dict[str, str] = {}
    for title, field in zip(header, fields, strict=True):
        if field is None:
            continue
        if field in seen:
            raise ListFormatError(
                f"columns {seen[field]!r} and {title!r} both hold {field}: map one of them "
                f'to another field or to ""'
            )
        seen[field] = title
    if "full_name" not in seen:
        raise ListFormatError(
            "no column holds full_name: name a column full_name (or Name, Ad, soyad, ФИО), "
            "or map the name column "
            'with a mapping file ("Column title" = "full_name")'
            + (f"; columns found: {', '.join(repr(t) for t in header)}" if header else "")
        )
    unused = tuple(k for k in (mapping or {}) if normalise_header(k) not in used)
    return ColumnPlan(tuple(header), tuple(fields), tuple(ignored), unused)


def describe_columns(plan: ColumnPlan, words: Mapping[str, str] | None = None) -> list[str]:
    """The mapping in words, a line a column: ``'ФИО' → full name``; ``'Phone' → not
    imported``. ``words`` may give each field's (and ``None``'s) words in the reader's
    language."""
    names = dict(words or {})
    lines = []
    for title, field in zip(plan.header, plan.fields, strict=True):
        if not title.strip():
            continue
        shown = names.get(field or "", (field or "not imported").replace("_", " "))
        lines.append(f"{title!r} → {shown}")
    return lines


def parse_mapping_text(text: str, filename: str = "<mapping>") -> dict[str, str]:
    """A mapping file's ``{"Column title": "field"}``. Raises :class:`MappingError` naming
    the line and column of a wrong entry."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"at line (\d+)", str(exc))
        line = int(match.group(1)) if match else 0
        raise MappingError(filename, line, "", f"invalid TOML: {exc}") from exc
    lines = _key_lines(text)
    mapping: dict[str, str] = {}
    for title, value in data.items():
        line = lines.get(title, 0)
        if not isinstance(value, str):
            raise MappingError(
                filename, line, title, 'expected a field name as text, e.g. "full_name"'
            )
        if field_for(value) is None:
            raise MappingError(
                filename,
                line,
                title,
                f"{value!r} is not a field; the fields are: {', '.join(IMPORT_FIELDS)}"
                + suggest_field(value),
            )
        mapping[title] = value
    return mapping


def _key_lines(text: str) -> dict[str, int]:
    """The line of each top-level key (quoted or bare) of a flat TOML file."""
    found: dict[str, int] = {}
    pattern = re.compile(r"""^\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([A-Za-z0-9_\-]+))\s*=""")
    for number, line in enumerate(text.splitlines(), start=1):
        match = pattern.match(line)
        if match:
            key = match.group(1)
            if key is not None:
                with contextlib.suppress(tomllib.TOMLDecodeError):
                    key = tomllib.loads(f'k = "{key}"')["k"]
            else:
                key = match.group(2) if match.group(2) is not None else match.group(3)
            found.setdefault(key, number)
    return found


def load_mapping_file(path: str | Path) -> dict[str, str]:
    """Read a mapping file (UTF-8 TOML). Raises :class:`MappingError`."""
    name = str(path)
    try:
        text = Path(path).read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise MappingError(name, 0, "", f"cannot read the file: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise MappingError(name, 0, "", "not UTF-8 text") from exc
    return parse_mapping_text(text, name)
