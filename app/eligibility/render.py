"""English rendering of rule results and the result JSON of docs/rules.md (a contract).

The core returns structured :class:`~app.eligibility.evaluate.Reason` values; these
functions are the English text for the CLI, logs and tests. The desktop app renders the
same codes through ``tr()``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from app.eligibility.evaluate import Reason, RuleResult
from app.eligibility.words import reason_words

_LABELS = {
    "articles_any": "article is one of",
    "articles_none": "article is none of",
    "categories_any": "crime category is one of",
    "categories_none": "crime category is none of",
    "recidivism_any": "recidivism is one of",
    "statuses": "status is one of",
    "life": "life sentence:",
    "prior_parole_revoked": "earlier parole revoked:",
    "groups_any": "group is one of",
    "groups_none": "group is none of",
    "sex": "sex is",
    "age_at_least": "age at least",
    "age_below": "age below",
    "term_more_than": "term more than",
    "term_at_most": "term at most",
    "unserved_at_most": "unserved part at most",
    "unserved_more_than": "unserved part more than",
    "served_fraction_at_least": "served at least the fraction",
    "served_at_least": "served at least",
    "arrested_between": "arrested between",
}


def _value(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(map(str, value)) if value else "none"
    return str(value)


def _seen_text(name: str, seen: object, on: date) -> str:
    day = on.isoformat()
    if name.startswith("age"):
        return f"age {seen} on {day}"
    if name.startswith("term"):
        return f"term {seen}"
    if name.startswith("unserved"):
        return f"{seen} days unserved on {day}"
    if name == "served_fraction_at_least" and isinstance(seen, float):
        return f"{seen:.2%} served on {day}"
    if name == "served_at_least":
        return f"{seen} days served (with credit) on {day}"
    return f"case has {_value(seen)}"


# A rule's criteria repeat over every case: each head is written once per process.
_HEADS: dict[tuple[str, object], str] = {}


def reason_head(criterion: str, threshold: object) -> str:
    """``unserved part at most P6M`` (``exclusion: …`` for an exclusion's criterion): what
    :func:`render_reason` writes before the colon, the same for every case."""
    key = (criterion, tuple(threshold) if isinstance(threshold, list) else threshold)
    found = _HEADS.get(key)
    if found is None:
        name = criterion.removeprefix("exclusions.")
        label = _LABELS.get(name, name)
        prefix = "exclusion: " if criterion.startswith("exclusions.") else ""
        found = _HEADS[key] = f"{prefix}{label} {_value(threshold)}"
    return found


def render_reason(reason: Reason, on: date) -> str:
    """One English sentence for a reason, e.g.
    ``unserved part at most P6M: 120 days unserved on 2025-12-19 — holds``."""
    if reason.criterion == "serving":  # who the rule looks at: a sentence in words
        return reason_words(reason, on, "en")
    return f"{reason_head(reason.criterion, reason.threshold)}: {reason_verdict(reason, on)}"


def reason_verdict(reason: Reason, on: date) -> str:
    """What :func:`render_reason` writes after the colon for a criterion's reason (not for
    who the rule looks at): ``120 days unserved on 2025-12-19 — holds``."""
    if reason.code == "missing":
        return f"cannot decide, {reason.field} is missing"
    if reason.seen == "life":
        return "life sentence — " + ("holds" if reason.holds else "does not hold")
    name = reason.criterion.removeprefix("exclusions.")
    text = _seen_text(name, reason.seen, on)
    if reason.code == "met":
        text += " — holds"
        if reason.until is not None:
            text += f" (until {reason.until.isoformat()})"
    elif reason.code == "met_from":
        assert reason.since is not None
        text += f" — holds from {reason.since.isoformat()}"
    else:
        text += " — does not hold"
        if reason.until is not None and reason.until < on:
            text += f" (held until {reason.until.isoformat()})"
    return text


def reason_json(reason: Reason, on: date) -> dict[str, Any]:
    """``{"criterion", "seen", "threshold", "holds", "text"}`` (docs/rules.md)."""
    return {
        "criterion": reason.criterion,
        "seen": reason.seen,
        "threshold": reason.threshold,
        "holds": reason.holds,
        "text": render_reason(reason, on),
    }


def result_json(result: RuleResult) -> dict[str, Any]:
    """Exactly the contract keys ``case_id, name, status, date, effect, clause, reasons``."""
    return {
        "case_id": result.case_id,
        "name": result.name,
        "status": result.status,
        "date": None if result.date is None else result.date.isoformat(),
        "effect": result.effect,
        "clause": result.clause,
        "reasons": [reason_json(reason, result.on) for reason in result.reasons],
    }


def render_result(result: RuleResult) -> str:
    """A one-line English summary, e.g. ``eligible from 2026-02-10 (release, clause 1)``."""
    if result.status == "eligible":
        head = f"eligible on {result.on.isoformat()}"
    elif result.status == "eligible_from":
        assert result.date is not None
        head = f"eligible from {result.date.isoformat()}"
    elif result.status == "needs_review":
        return "needs review: missing " + ", ".join(result.missing)
    else:
        first = result.reasons[0] if result.reasons else None
        if first is not None and first.code == "not_serving":
            return f"not eligible: {reason_words(first, result.on, 'en')}"
        return "not eligible"
    effect = result.effect or ""
    if result.reduce_by is not None:
        effect += f" by {result.reduce_by}"
    assert result.clause is not None
    return f"{head} ({effect}, clause {result.clause + 1})"
