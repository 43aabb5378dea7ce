"""Typed readers for decoded JSON values, each naming the wrong field by its path
(``sentence.term``, ``custody[1].from``) in a :class:`CaseJsonError`. Used by the case
JSON reader (:mod:`app.case_json`); pure.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any, TypeVar

from app.terms import Term, TermError

T = TypeVar("T")

# Dates a case can hold: wide enough for any life, narrow enough that adding the longest
# term (app.terms.MAX_TOTAL_MONTHS) never leaves the calendar.
EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2199, 12, 31)


class CaseJsonError(ValueError):
    """Invalid case JSON. ``field`` is the path of the wrong value (empty for the whole text)."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        self.message = message
        super().__init__(f"{field}: {message}" if field else message)


def read_object(data: Any, path: str, allowed: set[str]) -> Mapping[str, Any]:
    if not isinstance(data, dict):
        raise CaseJsonError(path, f"expected an object, got {type(data).__name__}")
    unknown = sorted(set(data) - allowed)
    if unknown:
        where = f"{path}.{unknown[0]}" if path else unknown[0]
        raise CaseJsonError(where, f"unknown field (allowed here: {', '.join(sorted(allowed))})")
    return data


def read_list(data: Any, path: str, parse: Callable[[Any, str], T]) -> tuple[T, ...]:
    if data is None:
        return ()
    if not isinstance(data, list):
        raise CaseJsonError(path, f"expected a list, got {type(data).__name__}")
    return tuple(parse(item, f"{path}[{index}]") for index, item in enumerate(data))


def str_list(data: Any, path: str) -> tuple[str, ...]:
    def one(item: Any, item_path: str) -> str:
        if not isinstance(item, str) or not item.strip():
            raise CaseJsonError(item_path, f"expected a non-empty string, got {item!r}")
        return item.strip()

    return read_list(data, path, one)


def choice(value: Any, path: str, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise CaseJsonError(path, f"{value!r} is not one of: {', '.join(allowed)}")
    return str(value)


def required_str(obj: Mapping[str, Any], key: str, path: str, *, allow_empty: bool = False) -> str:
    value = obj.get(key)
    if not isinstance(value, str) or (not allow_empty and not value.strip()):
        raise CaseJsonError(
            path, "is required" if value is None else f"expected text, got {value!r}"
        )
    return value if allow_empty else value.strip()


def optional_str(value: Any, path: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise CaseJsonError(path, f"expected text, got {value!r}")
    return value.strip() or None


def parse_date(value: Any, path: str) -> date:
    """An ISO ``YYYY-MM-DD`` date; an impossible one (2023-02-30) is an error naming ``path``."""
    if not isinstance(value, str) or len(value) != 10:
        raise CaseJsonError(path, f"expected a date as YYYY-MM-DD, got {value!r}")
    try:
        parsed = date.fromisoformat(value)
    except ValueError as exc:
        raise CaseJsonError(path, f"{value!r} is not a real date ({exc})") from exc
    if not EARLIEST_DATE <= parsed <= LATEST_DATE:
        raise CaseJsonError(
            path, f"{value} is outside {EARLIEST_DATE.isoformat()}..{LATEST_DATE.isoformat()}"
        )
    return parsed


def required_date(obj: Mapping[str, Any], key: str, path: str) -> date:
    if obj.get(key) is None:
        raise CaseJsonError(path, "is required")
    return parse_date(obj[key], path)


def optional_date(value: Any, path: str) -> date | None:
    return None if value is None else parse_date(value, path)


def optional_term(value: Any, path: str) -> Term | None:
    if value is None:
        return None
    try:
        return Term.parse(value)
    except TermError as exc:
        raise CaseJsonError(path, str(exc)) from exc
