"""The rules a report evaluates: the built-in pack plus the user's rules kept in the vault,
and finding one rule by id or file (``stats --rule FILE_OR_ID``).

User rules are vault records of kind ``rule`` holding ``{"id", "text", "filename"}`` (the
rule file's TOML text, as ``rules add`` and the app's rule import keep them); a user rule
replaces a built-in one with the same id. A stored rule that no longer parses is skipped.

A rule is *active* on a day when its window has not closed (no ``window_end``, or
``window_end`` on or after the day): a summary printed today shows the amnesty being
applied now and the parole rule, not the amnesty of 2021.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from app.eligibility import Rule, RuleError, load_builtin_rules, load_rule_file, parse_rule_text

if TYPE_CHECKING:
    from app.session import Session


class RuleNotFound(LookupError):
    """No rule file or rule id of that name."""


def user_rules(session: Session) -> list[Rule]:
    """The rules the user added to this vault (those that still parse), by id."""
    found: dict[str, Rule] = {}
    for payload in session.vault_records("rule"):
        if not isinstance(payload, dict) or not isinstance(payload.get("text"), str):
            continue
        try:
            rule = parse_rule_text(payload["text"], str(payload.get("filename") or "<vault>"))
        except RuleError:
            continue
        found[rule.id] = rule
    return [found[key] for key in sorted(found)]


def all_rules(session: Session | None) -> list[Rule]:
    """Built-in rules, then the user's (a user rule replaces a built-in one of the same id)."""
    rules: dict[str, Rule] = {rule.id: rule for rule in load_builtin_rules()}
    if session is not None:
        rules.update((rule.id, rule) for rule in user_rules(session))
    return list(rules.values())


def is_active(rule: Rule, day: date) -> bool:
    return rule.window_end is None or rule.window_end >= day


def active_rules(session: Session | None, day: date) -> list[Rule]:
    """:func:`all_rules` whose window is still open on ``day``."""
    return [rule for rule in all_rules(session) if is_active(rule, day)]


def find_rule(session: Session | None, file_or_id: str) -> Rule:
    """A rule file (when ``file_or_id`` names an existing file) or a rule id among the
    built-in and user rules. Raises :class:`RuleNotFound` or
    :class:`~app.eligibility.RuleError` (for a bad file)."""
    path = Path(file_or_id)
    if path.suffix.lower() == ".toml" or path.is_file():
        if not path.is_file():
            raise RuleNotFound(f"no rule file {file_or_id}")
        return load_rule_file(path)
    for rule in all_rules(session):
        if rule.id == file_or_id:
            return rule
    known = ", ".join(rule.id for rule in all_rules(session))
    raise RuleNotFound(f"no rule with id {file_or_id!r} (known: {known})")
