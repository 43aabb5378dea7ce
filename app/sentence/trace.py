"""The trace of a sentence computation: structured steps (a code plus values) and their
English rendering.

The core records *what* happened as :class:`TraceStep` values; :func:`render_step` is the
English text for logs, the CLI and tests. The desktop app renders the same codes through
``tr()`` with its own wording. Values are ``date``, ``int``, ``str`` or ``bool``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import NamedTuple


class TraceStep(NamedTuple):
    """One step of a computation: ``code`` names it, ``values`` carries its numbers."""

    code: str
    values: Mapping[str, object]


def _iso(value: object) -> str:
    return value.isoformat() if isinstance(value, date) else str(value)


def _days(value: object) -> str:
    return "1 day" if value == 1 else f"{value} days"


def _credit_period(v: Mapping[str, object]) -> str:
    clipped = " (clipped at the day before the sentence starts)" if v["clipped"] else ""
    overlap = f"; {_days(v['overlap_days'])} already counted" if v.get("overlap_days") else ""
    flag = " — ratio unverified" if v["unverified"] else ""
    return (
        f"Custody {v['kind']} {_iso(v['from'])}..{_iso(v['to'])}{clipped}: "
        f"{_days(v['days'])}{overlap} at {v['ratio']} -> {_days(v['credited'])} credited{flag}"
    )


_RENDER: dict[str, Callable[[Mapping[str, object]], str]] = {
    "sentence": lambda v: f"Sentence of {v['term']} starting {_iso(v['start'])}",
    "adjustment_later": lambda v: (
        f"{v['kind']} of {_iso(v['date'])} not applied: it is after {_iso(v['on'])}"
    ),
    "replace_term": lambda v: (
        f"{v['kind']} of {_iso(v['date'])}: term {v['before']} replaced by {v['after']}"
    ),
    "reduce_term": lambda v: (
        f"{v['kind']} of {_iso(v['date'])}: term {v['before']} reduced by {v['reduce_by']}"
        f" -> {v['after']}"
    ),
    "set_last_day": lambda v: (
        f"{v['kind']} of {_iso(v['date'])}: release on {_iso(v['release_on'])} sets the last day"
    ),
    "adjustment_no_change": lambda v: (
        f"{v['kind']} of {_iso(v['date'])} records no change to the term"
    ),
    "credit_period": _credit_period,
    "credit_ignored": lambda v: (
        f"Custody {v['kind']} from {_iso(v['from'])} not credited: it starts on or after "
        f"the sentence start {_iso(v['start'])}"
    ),
    "credit_no_ratio": lambda v: (
        f"Custody {v['kind']} {_iso(v['from'])}..{_iso(v['to'])}: no credit ratio for this kind"
    ),
    "credit_total": lambda v: f"Credit in total: {_days(v['credited_days'])}",
    "add_term": lambda v: f"{_iso(v['start'])} + {v['term']} = {_iso(v['result'])}",
    "end_of_term": lambda v: (
        f"Last day before credit: {_iso(v['end'])} - 1 day = {_iso(v['result'])}"
    ),
    "month_end": lambda v: (
        f"Month-end convention: the term starts on a month's last day, so it ends on the last "
        f"day of the final month, {_iso(v['result'])}"
    ),
    "last_day": lambda v: (
        f"Last day: {_iso(v['before_credit'])} - {_days(v['credited_days'])} credit "
        f"= {_iso(v['result'])}"
    ),
    "last_day_release": lambda v: f"Last day set by release: {_iso(v['result'])}",
    "milestone": lambda v: (
        f"{v['fraction']} of {v['term']} = {v['months']} months {_days(v['days'])}: "
        f"{_iso(v['start'])} + {v['months']} months {_days(v['days'])} - "
        f"{_days(v['credited_days'])} credit = {_iso(v['result'])}"
        + (" (not after the last day)" if v.get("clamped") else "")
    ),
    "unserved": lambda v: (
        f"Unserved on {_iso(v['on'])}: {_iso(v['last_day'])} - {_iso(v['on'])} = {_days(v['days'])}"
    ),
}


def render_step(step: TraceStep) -> str:
    """One English line for a step; an unknown code falls back to ``code: key=value, …``."""
    render = _RENDER.get(step.code)
    if render is None:
        return step.code + ": " + ", ".join(f"{k}={_iso(v)}" for k, v in step.values.items())
    return render(step.values)


def render_trace(steps: list[TraceStep]) -> list[str]:
    return [render_step(step) for step in steps]
