"""Reading rule files (TOML, docs/rules.md — a contract) with errors that name file, line and key.

``tomllib`` reports the line of a syntax error; for a value that parses but means nothing
(an unknown criterion, a bad duration, fraction, date or effect) the line is found by
scanning the text for the key (:func:`_key_lines`). Pure functions except
:func:`load_rule_file` and :func:`load_builtin_rules`, which read files.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Mapping
from datetime import date, datetime
from fractions import Fraction
from importlib import resources
from pathlib import Path
from typing import Any

from app.eligibility.rules import (
    AGE_CRITERIA,
    BOOL_CRITERIA,
    CRITERIA,
    DEFAULT_STATUSES,
    DURATION_CRITERIA,
    EFFECTS,
    KINDS,
    LIST_CRITERIA,
    TEST_ON,
    Clause,
    Criterion,
    CriterionValue,
    JsonThreshold,
    Rule,
    RuleError,
)
from app.model import CATEGORIES, RECIDIVISM, SEXES, STATUSES
from app.safe_parse import InputRefused, load_toml
from app.terms import Term, TermError

_TOP_KEYS = (
    "id",
    "title",
    "kind",
    "effective_date",
    "window_end",
    "source",
    "verify",
    "clauses",
    "exclusions",
    "statuses",
    "test_on",
    "title_az",
    "title_ru",
    "notes",
    "notes_az",
    "notes_ru",
    "verify_az",
    "verify_ru",
    "source_az",
    "source_ru",
)
_CLAUSE_KEYS = (
    "effect",
    "reduce_by",
    "when",
    "source",
    "verify",
    "source_az",
    "source_ru",
    "verify_az",
    "verify_ru",
)
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
_FRACTION = re.compile(r"^\s*(\d+)\s*/\s*(\d+)\s*$")
_ARTICLE = re.compile(r"^[0-9A-Za-z][0-9A-Za-z.\-]*\*?$")
_SYNTAX_LINE = re.compile(r"at line (\d+)")
_KEY_AT = re.compile(r"^\s*([A-Za-z0-9_\-.\"' ]+?)\s*=")


def _key_lines(text: str) -> dict[str, int]:
    """Map each key path (``clauses[1].when.sex``) and table header to its first line."""
    lines: dict[str, int] = {}
    counters: dict[str, int] = {}
    prefix = ""
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[["):
            name = line[2 : line.find("]]")].strip()
            counters[name] = counters.get(name, -1) + 1
            prefix = f"{name}[{counters[name]}]"
            lines.setdefault(prefix, number)
            continue
        if line.startswith("["):
            name = line[1 : line.find("]")].strip()
            head, _, rest = name.partition(".")
            if head in counters and rest:
                name = f"{head}[{counters[head]}].{rest}"
            prefix = name
            lines.setdefault(prefix, number)
            continue
        match = _KEY_AT.match(line)
        if match:
            key = ".".join(part.strip().strip("\"'") for part in match.group(1).split("."))
            lines.setdefault(f"{prefix}.{key}" if prefix else key, number)
    return lines


class _Reader:
    """Validation with errors located in the source text."""

    def __init__(self, text: str, filename: str) -> None:
        self.filename = filename
        self.text = text
        self._lines: dict[str, int] | None = None

    def line_of(self, path: str) -> int:
        if self._lines is None:
            self._lines = _key_lines(self.text)
        probe = path
        while probe:
            if probe in self._lines:
                return self._lines[probe]
            probe = probe.rpartition(".")[0]
        # An inline table or an odd layout: the first line naming the last key.
        key = path.rpartition(".")[2].partition("[")[0]
        for number, raw in enumerate(self.text.splitlines(), start=1):
            if re.search(rf"\b{re.escape(key)}\b", raw):
                return number
        return 0

    def error(self, path: str, message: str) -> RuleError:
        return RuleError(self.filename, self.line_of(path), path, message)

    # ------------------------------------------------------------ values

    def table(self, value: Any, path: str, allowed: tuple[str, ...]) -> Mapping[str, Any]:
        if not isinstance(value, dict):
            raise self.error(path, f"expected a table, got {_kind(value)}")
        for key in value:
            if key not in allowed:
                raise self.error(
                    f"{path}.{key}" if path else key,
                    f"unknown key {key!r} (allowed here: {', '.join(allowed)})",
                )
        return value

    def text_value(self, value: Any, path: str, *, required: bool = True) -> str | None:
        if value is None:
            if required:
                raise self.error(path, "is required")
            return None
        if not isinstance(value, str) or not value.strip():
            raise self.error(path, f"expected non-empty text, got {_kind(value)}")
        return value.strip()

    def date_value(self, value: Any, path: str) -> date:
        if isinstance(value, datetime):
            raise self.error(path, f"bad date: expected a date without a time, got {value}")
        if isinstance(value, date):
            return value
        if isinstance(value, str):
            try:
                return date.fromisoformat(value.strip())
            except ValueError:
                pass
        raise self.error(path, f"bad date: expected a date such as 2025-12-19, got {value!r}")

    def duration(self, value: Any, path: str) -> Term:
        if not isinstance(value, str):
            raise self.error(path, f'bad duration: expected a string such as "P6M", got {value!r}')
        try:
            return Term.parse(value)
        except TermError as exc:
            raise self.error(path, f"bad duration: {exc}") from exc

    def strings(self, value: Any, path: str) -> tuple[str, ...]:
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise self.error(path, f"expected a list of non-empty strings, got {value!r}")
        return tuple(v.strip() for v in value)

    # ------------------------------------------------------------ criteria

    def criterion(self, name: str, value: Any, path: str) -> Criterion:
        if name not in CRITERIA:
            close = difflib.get_close_matches(name, CRITERIA, n=1)
            hint = f"did you mean {close[0]!r}?" if close else f"known: {', '.join(CRITERIA)}"
            raise self.error(path, f"unknown criterion {name!r} ({hint})")
        parsed: CriterionValue
        threshold: JsonThreshold
        if name in LIST_CRITERIA:
            items = self.strings(value, path)
            if name.startswith("articles"):
                for item in items:
                    if not _ARTICLE.match(item):
                        raise self.error(
                            path, f'bad article pattern {item!r} (e.g. "234.1-1" or "234.1*")'
                        )
            closed = _CLOSED_LISTS.get(name)
            if closed is not None:
                what, allowed = closed
                for item in items:
                    if item not in allowed:
                        raise self.error(
                            path, f"unknown {what} {item!r} (one of: {', '.join(allowed)})"
                        )
            parsed, threshold = items, list(items)
        elif name in BOOL_CRITERIA:
            if not isinstance(value, bool):
                raise self.error(path, f"expected true or false, got {value!r}")
            parsed = threshold = value
        elif name == "sex":
            if value not in SEXES:
                raise self.error(path, f"expected one of {', '.join(SEXES)}, got {value!r}")
            parsed = threshold = str(value)
        elif name in AGE_CRITERIA:
            if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 150:
                raise self.error(path, f"expected an age in whole years, got {value!r}")
            parsed = threshold = value
        elif name in DURATION_CRITERIA:
            parsed = self.duration(value, path)
            threshold = str(value).strip()
        elif name == "served_fraction_at_least":
            match = _FRACTION.match(value) if isinstance(value, str) else None
            if match is None or int(match.group(2)) == 0:
                raise self.error(
                    path, f'bad fraction: expected a string such as "2/3", got {value!r}'
                )
            fraction = Fraction(int(match.group(1)), int(match.group(2)))
            if not 0 < fraction <= 1:
                raise self.error(path, f"bad fraction: {value!r} is not between 0 and 1")
            parsed, threshold = fraction, f"{match.group(1)}/{match.group(2)}"
        else:  # arrested_between
            if not isinstance(value, list) or len(value) != 2:
                raise self.error(path, f"expected [first date, last date], got {value!r}")
            first = self.date_value(value[0], path)
            last = self.date_value(value[1], path)
            if last < first:
                raise self.error(path, f"bad date: {last} is before {first}")
            parsed, threshold = (first, last), [first.isoformat(), last.isoformat()]
        return Criterion(name, parsed, threshold)

    def criteria(self, value: Any, path: str) -> tuple[Criterion, ...]:
        if not isinstance(value, dict):
            raise self.error(path, f"expected a table of criteria, got {_kind(value)}")
        return tuple(self.criterion(k, v, f"{path}.{k}") for k, v in value.items())

    def clause(self, value: Any, path: str) -> Clause:
        table = self.table(value, path, _CLAUSE_KEYS)
        effect = table.get("effect")
        if effect not in EFFECTS:
            raise self.error(
                f"{path}.effect",
                "is required"
                if effect is None
                else f"bad effect {effect!r} (one of: {', '.join(EFFECTS)})",
            )
        reduce_by = None
        if effect == "reduce":
            if "reduce_by" not in table:
                raise self.error(f"{path}.reduce_by", 'is required when effect = "reduce"')
            reduce_by = self.duration(table["reduce_by"], f"{path}.reduce_by")
        elif "reduce_by" in table:
            raise self.error(f"{path}.reduce_by", 'only allowed when effect = "reduce"')
        criteria = self.criteria(table.get("when", {}), f"{path}.when")
        source = self.text_value(table.get("source"), f"{path}.source", required=False)
        verify = self.text_value(table.get("verify"), f"{path}.verify", required=False)
        return Clause(
            str(effect),
            criteria,
            reduce_by,
            source or "",
            verify,
            sources=self.translations(table, "source", path),
            verifies=self.translations(table, "verify", path),
        )

    def statuses(self, value: Any) -> tuple[str, ...]:
        if value is None:
            return DEFAULT_STATUSES
        items = self.strings(value, "statuses")
        for item in items:
            if item not in STATUSES:
                raise self.error(
                    "statuses", f"unknown status {item!r} (one of: {', '.join(STATUSES)})"
                )
        if not items:
            raise self.error("statuses", "give at least one status")
        return tuple(dict.fromkeys(items))

    def texts(
        self, data: Mapping[str, Any], key: str, path: str = ""
    ) -> tuple[tuple[str, str], ...]:
        """``(language, text)`` for ``key`` (English), ``key_az`` and ``key_ru`` (all
        optional) of the table at ``path``."""
        found = []
        for lang, name in (("en", key), ("az", f"{key}_az"), ("ru", f"{key}_ru")):
            where = f"{path}.{name}" if path else name
            text = self.text_value(data.get(name), where, required=False)
            if text is not None:
                found.append((lang, text))
        return tuple(found)

    def translations(
        self, data: Mapping[str, Any], key: str, path: str = ""
    ) -> tuple[tuple[str, str], ...]:
        """:meth:`texts` without the English one (``key`` itself is kept as written)."""
        return tuple((lang, text) for lang, text in self.texts(data, key, path) if lang != "en")

    def rule(self, data: Mapping[str, Any]) -> Rule:
        self.table(data, "", _TOP_KEYS)
        rule_id = self.text_value(data.get("id"), "id")
        assert rule_id is not None
        if not _ID.match(rule_id):
            raise self.error("id", f"{rule_id!r}: use letters, digits, '.', '_' and '-'")
        title = self.text_value(data.get("title"), "title")
        kind = data.get("kind")
        if kind not in KINDS:
            raise self.error(
                "kind",
                "is required"
                if kind is None
                else f"unknown kind {kind!r} (one of: {', '.join(KINDS)})",
            )
        effective = data.get("effective_date")
        effective_date = None if effective is None else self.date_value(effective, "effective_date")
        window = data.get("window_end")
        window_end = None if window is None else self.date_value(window, "window_end")
        if effective_date and window_end and window_end < effective_date:
            raise self.error(
                "window_end", f"{window_end} is before effective_date {effective_date}"
            )
        clauses = data.get("clauses")
        if not isinstance(clauses, list) or not clauses:
            raise self.error("clauses", "at least one [[clauses]] table is required")
        exclusions = data.get("exclusions")
        test_on = data.get("test_on", "each_day")
        if test_on not in TEST_ON:
            raise self.error("test_on", f"unknown value {test_on!r} (one of: {', '.join(TEST_ON)})")
        if test_on == "effective_date" and effective_date is None:
            raise self.error("test_on", 'test_on = "effective_date" needs an effective_date')
        titles = self.translations(data, "title")
        return Rule(
            id=rule_id,
            title=title or rule_id,
            kind=str(kind),
            clauses=tuple(self.clause(c, f"clauses[{i}]") for i, c in enumerate(clauses)),
            exclusions=() if exclusions is None else self.criteria(exclusions, "exclusions"),
            effective_date=effective_date,
            window_end=window_end,
            source=self.text_value(data.get("source"), "source", required=False) or "",
            verify_note=self.text_value(data.get("verify"), "verify", required=False),
            filename=self.filename,
            statuses=self.statuses(data.get("statuses")),
            test_on=str(test_on),
            titles=titles,
            notes=self.texts(data, "notes"),
            verify_notes=self.translations(data, "verify"),
            sources=self.translations(data, "source"),
        )


_CLOSED_LISTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "categories_any": ("category", CATEGORIES),
    "categories_none": ("category", CATEGORIES),
    "recidivism_any": ("recidivism", RECIDIVISM),
    "statuses": ("status", STATUSES),
}


def _kind(value: Any) -> str:
    names = {"dict": "a table", "list": "a list", "str": "text"}
    return names.get(type(value).__name__, type(value).__name__)


def parse_rule_text(text: str, filename: str = "<rule>") -> Rule:
    """Parse and validate one rule. Raises :class:`RuleError` naming file, line and key."""
    try:
        data = load_toml(text, filename)
    except InputRefused as exc:  # deep nesting, huge numbers: before tomllib recurses
        raise RuleError(filename, 0, "", exc.detail) from exc
    except tomllib.TOMLDecodeError as exc:
        match = _SYNTAX_LINE.search(str(exc))
        line = int(match.group(1)) if match else 0
        key = ""
        if line:
            found = (
                _KEY_AT.match(text.splitlines()[line - 1])
                if line <= len(text.splitlines())
                else None
            )
            key = found.group(1).strip() if found else ""
        message = _SYNTAX_LINE.sub("", str(exc)).replace("(, column", "(column").strip()
        raise RuleError(filename, line, key, f"invalid TOML: {message}") from exc
    return _Reader(text, filename).rule(data)


def load_rule_file(path: str | Path) -> Rule:
    """Read and parse a rule file (UTF-8). Raises :class:`RuleError` (also for unreadable
    files and bad encodings, with line 0)."""
    return parse_rule_text(read_rule_text(path), str(path))


def read_rule_text(path: str | Path) -> str:
    """A rule file's text. Raises :class:`RuleError` (line 0) when unreadable or not UTF-8."""
    name = str(path)
    try:
        return Path(path).read_bytes().decode("utf-8")
    except OSError as exc:
        raise RuleError(name, 0, "", f"cannot read the file: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise RuleError(name, 0, "", "not UTF-8 text") from exc


def load_builtin_rules() -> tuple[Rule, ...]:
    """The built-in rule pack (``app/eligibility/builtin/*.toml``), sorted by id."""
    folder = resources.files("app.eligibility.builtin")
    rules = [
        parse_rule_text(entry.read_text(encoding="utf-8"), f"builtin:{entry.name}")
        for entry in folder.iterdir()
        if entry.name.endswith(".toml")
    ]
    return tuple(sorted(rules, key=lambda rule: rule.id))
