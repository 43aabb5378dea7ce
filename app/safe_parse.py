"""Loading JSON and TOML from outside the vault with limits, before anything else reads it.

Python's ``json`` and ``tomllib`` recurse once per nesting level and turn any run of
digits into an ``int``: a 200,000-level ``[[[…]]]`` raises ``RecursionError`` (or
exhausts memory), a 5,000-digit number raises ``ValueError`` from ``int()``, and a
100,000-part dotted TOML key takes the process down. Anyone who knows a vault's public
age recipient can put such a file in a sync folder, so every document that comes from
outside (bundle manifests and payloads, contact cards, case JSON files, rule files) is
checked here first: its size, its nesting depth (found by a linear scan, without
recursion), the digits in each number, and the number of keys and items in the result.

Anything refused raises :class:`InputRefused` (a ``ValueError``) whose message names the
file or part and what is wrong, e.g. ``manifest.json: nested deeper than 64 levels``.

Pure: text in, values out. See docs/threat-model.md ("Fuzzing and hostile input").
"""

from __future__ import annotations

import json
import math
import re
import tomllib
from dataclasses import dataclass
from typing import Any

__all__ = ["DEFAULT_LIMITS", "TOML_LIMITS", "InputRefused", "Limits", "load_json", "load_toml"]


class InputRefused(ValueError):
    """A document refused before use; ``source`` names it, ``detail`` says why."""

    def __init__(self, source: str, detail: str) -> None:
        super().__init__(f"{source}: {detail}" if source else detail)
        self.source = source
        self.detail = detail


@dataclass(frozen=True)
class Limits:
    """``max_bytes``: size (bytes, or characters for text); ``max_depth``: nesting of
    arrays and tables; ``max_items``: keys plus array items in the whole document;
    ``max_digits``: characters in one number."""

    max_bytes: int = 32 * 1024 * 1024
    max_depth: int = 64
    max_items: int = 1_000_000
    max_digits: int = 64


DEFAULT_LIMITS = Limits()
# Rule files and mappings are written by hand: a megabyte is far more than any needs.
TOML_LIMITS = Limits(max_bytes=1024 * 1024)

# Every string pattern also ends at the end of the text (or line) and never backtracks: an
# unterminated string is one token to the end, not a rescan from each later quote (which
# takes quadratic time on a file of quotes). The parser then reports the syntax error.
_JSON_STRING = re.compile(r'"(?>[^"\\]+|\\.?)*+(?:"|\Z)', re.DOTALL)
_TOML_SKIPPED = re.compile(
    r'"""(?:[^\\]|\\.?)*?(?:"""|\Z)'
    r"|'''.*?(?:'''|\Z)"
    r'|"(?>[^"\\\n]+|\\.?)*+(?:"|$)'
    r"|'[^'\n]*+(?:'|$)"
    r"|#[^\n]*+",
    re.DOTALL | re.MULTILINE,
)
_BRACKETS = re.compile(r"[\[\]{}]")
# Both scans start only where a key or a number can start, and never backtrack, so a long
# run of letters or digits is passed over once (linear time).
_TOML_KEY_PART = r'(?:[A-Za-z0-9_-]++|"")'


def _text(data: str | bytes, source: str, limits: Limits) -> str:
    if len(data) > limits.max_bytes:
        raise InputRefused(source, f"larger than {limits.max_bytes} bytes")
    if isinstance(data, str):
        return data.removeprefix("\ufeff")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputRefused(source, f"not UTF-8 text (byte {exc.start})") from exc


def _check_brackets(stripped: str, source: str, limits: Limits) -> None:
    depth = 0
    for match in _BRACKETS.finditer(stripped):
        depth += 1 if match.group() in "[{" else -1
        if depth > limits.max_depth:
            raise InputRefused(source, f"nested deeper than {limits.max_depth} levels")


def _check_tree(value: Any, source: str, limits: Limits) -> None:
    """Count keys and items and measure depth without recursion (a TOML dotted key nests
    without brackets)."""
    items = 0
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        node, depth = stack.pop()
        if depth > limits.max_depth:
            raise InputRefused(source, f"nested deeper than {limits.max_depth} levels")
        children: Any
        if isinstance(node, dict):
            children = node.values()
        elif isinstance(node, list):
            children = node
        else:
            continue
        items += len(children)
        if items > limits.max_items:
            raise InputRefused(source, f"more than {limits.max_items} keys and items")
        stack.extend((child, depth + 1) for child in children)


def load_json(data: str | bytes, source: str, limits: Limits = DEFAULT_LIMITS) -> Any:
    """Decode one JSON document within ``limits``. Raises :class:`InputRefused` for a
    document over a limit, not UTF-8, or not JSON (with the line of the syntax error).
    ``NaN`` and ``Infinity`` are refused too (not JSON; they break arithmetic)."""
    text = _text(data, source, limits)
    _check_brackets(_JSON_STRING.sub('""', text), source, limits)

    def number(token: str) -> str:
        if len(token) > limits.max_digits:
            raise InputRefused(source, f"a number with more than {limits.max_digits} digits")
        return token

    def parse_float(token: str) -> float:
        value = float(number(token))
        if not math.isfinite(value):
            raise InputRefused(source, f"the number {token} is too large")
        return value

    def parse_constant(token: str) -> Any:
        raise InputRefused(source, f"{token} is not a JSON number")

    try:
        value = json.loads(
            text,
            parse_int=lambda token: int(number(token)),
            parse_float=parse_float,
            parse_constant=parse_constant,
        )
    except json.JSONDecodeError as exc:
        raise InputRefused(source, f"not valid JSON: {exc.msg} at line {exc.lineno}") from exc
    except RecursionError as exc:  # the scan above should make this unreachable
        raise InputRefused(source, "nested too deeply") from exc
    _check_tree(value, source, limits)
    return value


def load_toml(data: str | bytes, source: str, limits: Limits = TOML_LIMITS) -> dict[str, Any]:
    """Decode one TOML document within ``limits``. Raises :class:`InputRefused` for a
    document over a limit or not UTF-8; a syntax error stays ``tomllib.TOMLDecodeError``
    (its message names the line, which callers report in their own terms)."""
    text = _text(data, source, limits)
    stripped = _TOML_SKIPPED.sub('""', text)
    _check_brackets(stripped, source, limits)
    dotted = re.compile(
        rf'(?<![A-Za-z0-9_\-"])(?:{_TOML_KEY_PART}[ \t]*+\.[ \t]*+){{{limits.max_depth},}}'
    )
    if dotted.search(stripped):
        raise InputRefused(source, f"a dotted key nested deeper than {limits.max_depth} levels")
    long_number = re.compile(
        rf"(?<![0-9A-Za-z_.:+\-\"'])[+-]?[0-9][0-9A-Za-z_.:+-]{{{limits.max_digits},}}+"
    )
    if long_number.search(stripped):
        raise InputRefused(source, f"a number with more than {limits.max_digits} digits")

    def parse_float(token: str) -> float:
        value = float(token)
        if not math.isfinite(value) and token.lstrip("+-") not in ("inf", "nan"):
            raise InputRefused(source, f"the number {token} is too large")
        return value

    try:
        value = tomllib.loads(text, parse_float=parse_float)
    except RecursionError as exc:  # the scans above should make this unreachable
        raise InputRefused(source, "nested too deeply") from exc
    except ValueError as exc:
        if isinstance(exc, tomllib.TOMLDecodeError | InputRefused):
            raise
        raise InputRefused(source, f"unreadable value ({exc})") from exc
    _check_tree(value, source, limits)
    return value
