"""A lawyer's eligibility notes and overrides, shown beside the computed result.

An override never replaces the computed status: :class:`ReviewedResult` carries both, and
the UI shows them side by side. Pure.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from app.eligibility.evaluate import RuleResult
from app.eligibility.render import result_json
from app.model import Case, EligibilityNote


@dataclass(frozen=True)
class ReviewedResult:
    """A computed result with the case's notes for that rule (oldest first) and the latest
    override, if any. ``result.status`` stays what the rule computed."""

    result: RuleResult
    notes: tuple[EligibilityNote, ...]
    override: EligibilityNote | None

    @property
    def differs(self) -> bool:
        """True when a lawyer's override disagrees with the computed status."""
        return self.override is not None and self.override.override != self.result.status


def notes_for_rule(case: Case, rule_id: str) -> tuple[EligibilityNote, ...]:
    """The case's notes on ``rule_id``, oldest first (undated notes first, in list order)."""
    notes = [n for n in case.eligibility_notes if n.rule_id == rule_id]
    return tuple(sorted(notes, key=lambda n: n.date or date.min))


def review(result: RuleResult, case: Case) -> ReviewedResult:
    """Pair a result with the case's notes on the same rule."""
    if not case.eligibility_notes:  # most cases: nothing to sort
        return ReviewedResult(result, (), None)
    notes = notes_for_rule(case, result.rule_id)
    overrides = [n for n in notes if n.override is not None]
    return ReviewedResult(result, notes, overrides[-1] if overrides else None)


def override_json(override: EligibilityNote) -> dict[str, Any]:
    """A lawyer's override as the result JSON gives it: ``{"status", "reason", "date"}``."""
    return {
        "status": override.override,
        "reason": override.reason,
        "date": None if override.date is None else override.date.isoformat(),
    }


def reviewed_json(reviewed: ReviewedResult) -> dict[str, Any]:
    """The result JSON of docs/rules.md plus the extra keys ``override`` and ``notes``."""
    out = result_json(reviewed.result)
    override = reviewed.override
    out["override"] = None if override is None else override_json(override)
    out["notes"] = [
        {
            "text": n.text,
            "override": n.override,
            "reason": n.reason,
            "date": None if n.date is None else n.date.isoformat(),
        }
        for n in reviewed.notes
    ]
    return out
