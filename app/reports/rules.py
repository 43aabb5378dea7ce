"""The rules a printed summary evaluates: the built-in pack plus the user's rules kept in the
vault (:mod:`app.eligibility.store`; a user rule replaces a built-in one with the same id),
those still *active* on the print day.

A rule is active on a day when its window has not closed (no ``window_end``, or
``window_end`` on or after the day): a summary printed today shows the amnesty being
applied now and the parole rule, not the amnesty of 2021.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from app.eligibility import Rule, all_rules, load_builtin_rules

if TYPE_CHECKING:
    from app.session import Session


def is_active(rule: Rule, day: date) -> bool:
    return rule.window_end is None or rule.window_end >= day


def active_rules(session: Session | None, day: date) -> list[Rule]:
    """The built-in and (with a session) the vault's rules whose window is open on ``day``."""
    rules = (
        list(load_builtin_rules())
        if session is None
        else [rule for rule, _origin in all_rules(session)]
    )
    return [rule for rule in rules if is_active(rule, day)]
