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
    "last_day_moved": lambda v: (
        f"Last day: {_iso(v['before_credit'])} - {_days(v['credited_days'])} credit "
        f"+ {_days(v['interruption_days'])} interrupted - {_days(v['cut_days'])} cut by pardon "
        f"= {_iso(v['result'])}"
    ),
    "last_day_interrupted": lambda v: (
        f"Last day: {_iso(v['before_credit'])} - {_days(v['credited_days'])} credit "
        f"+ {_days(v['interruption_days'])} interrupted = {_iso(v['result'])}"
    ),
    "last_day_cut": lambda v: (
        f"Last day: {_iso(v['before_credit'])} - {_days(v['credited_days'])} credit "
        f"- {_days(v['cut_days'])} cut by pardon = {_iso(v['result'])}"
    ),
    "missing": lambda v: f"Not computed: {v['fields']} not yet known",
    "life": lambda v: (
        f"Life imprisonment from {_iso(v['start'])}: no last day; release is a rule on years served"
    ),
    "served_life": lambda v: f"Served on {_iso(v['on'])}, credit included: {_days(v['days'])}",
    "interruption": lambda v: (
        f"Interruption {_iso(v['from'])}..{_iso(v['to'])}"
        + (f" ({v['reason']})" if v.get("reason") else "")
        + f": {_days(v['days'])} not served"
        + (" (counted from the sentence start)" if v.get("clipped") else "")
    ),
    "interruption_total": lambda v: f"Interruptions in total: {_days(v['days'])}",
    "subtract_day_first": lambda v: (
        f"Last day before credit (one day subtracted first): {_iso(v['start'])} - 1 day + "
        f"{v['term']} = {_iso(v['result'])}"
    ),
    "alternative_last_day": lambda v: (
        f"The other month-end convention gives {_iso(v['result'])} for {v['term']} from "
        f"{_iso(v['start'])}"
    ),
    "credit_covers_term": lambda v: (
        f"The credit of {_days(v['credited_days'])} covers the whole term "
        f"({_days(v['excess_days'])} more): the term is served"
    ),
    "reduce_life_ignored": lambda v: (
        f"{v['kind']} of {_iso(v['date'])}: a reduction by {v['reduce_by']} does not apply to "
        "a life term"
    ),
    "cut_life_ignored": lambda v: (
        f"{v['kind']} of {_iso(v['date'])}: a life term has no unserved part to cut by "
        f"{v['fraction']}"
    ),
    "cut_unserved": lambda v: (
        f"{v['kind']} of {_iso(v['date'])}: {v['fraction']} of the {_days(v['unserved_days'])} "
        f"unserved = {_days(v['cut_days'])} cut; last day {_iso(v['before'])} -> "
        f"{_iso(v['result'])}"
    ),
    "release_not_later": lambda v: (
        f"{v['kind']} of {_iso(v['date'])}: release on {_iso(v['release_on'])} does not undo "
        f"the earlier release on {_iso(v['kept'])}"
    ),
    "release_kept": lambda v: (
        f"{v['kind']} of {_iso(v['date'])} does not undo the earlier release on "
        f"{_iso(v['release_on'])}"
    ),
    "milestone": lambda v: (
        f"{v['fraction']} of {v['term']} = {v['months']} months {_days(v['days'])}: "
        f"{_iso(v['start'])} + {v['months']} months {_days(v['days'])} - "
        f"{_days(v['credited_days'])} credit"
        + (f" + {_days(v['interruption_days'])} interrupted" if v.get("interruption_days") else "")
        + f" = {_iso(v['result'])}"
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
