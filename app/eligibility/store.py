"""Users' own rules kept in the vault, and finding a rule by file or id.

A user's rule is stored as its TOML text (a vault-wide record of kind ``rule`` named by the
rule's id: ``{"id", "text", "filename"}``, the desktop app's format too), so it is re-read
with the same validation and shared as the same file. The session is any object with
``put_vault_record`` and ``vault_records`` (:class:`app.session.Session`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

from app.eligibility.parse import (
    load_builtin_rules,
    load_rule_file,
    parse_rule_text,
    read_rule_text,
)
from app.eligibility.rules import Rule, RuleError

RECORD_KIND = "rule"


class RuleStore(Protocol):
    def put_vault_record(self, kind: str, name: str, payload: Any) -> None: ...

    def vault_records(self, kind: str) -> list[Any]: ...


def stored_rules(session: RuleStore) -> list[Rule]:
    """The user's rules in the vault, sorted by id (a record that no longer parses is
    skipped: it was valid when added, so only a newer format could reject it)."""
    rules = []
    for payload in session.vault_records(RECORD_KIND):
        if not isinstance(payload, dict) or not isinstance(payload.get("text"), str):
            continue
        try:
            rules.append(parse_rule_text(payload["text"], str(payload.get("filename") or "")))
        except RuleError:
            continue
    return sorted(rules, key=lambda rule: rule.id)


def add_rule_file(session: RuleStore, path: str | Path) -> tuple[Rule, bool]:
    """Validate a rule file and store it; returns the rule and whether it replaced a stored
    rule with the same id. Raises :class:`RuleError` (nothing stored) for a bad file or an
    id taken by a built-in rule."""
    text = read_rule_text(path)
    rule = parse_rule_text(text, str(path))
    if rule.id in {builtin.id for builtin in load_builtin_rules()}:
        raise RuleError(
            str(path), 0, "id", f"{rule.id!r} is a built-in rule's id; give your rule another id"
        )
    replaced = any(existing.id == rule.id for existing in stored_rules(session))
    payload = {"id": rule.id, "text": text, "filename": Path(path).name}
    session.put_vault_record(RECORD_KIND, rule.id, payload)
    return rule, replaced


def all_rules(session: RuleStore) -> list[tuple[Rule, str]]:
    """Every rule with where it comes from: ``builtin`` or ``vault``."""
    return [(rule, "builtin") for rule in load_builtin_rules()] + [
        (rule, "vault") for rule in stored_rules(session)
    ]


def resolve_rule(session: RuleStore, file_or_id: str) -> Rule:
    """A rule file's path (when such a file exists), else the id of a built-in or stored rule.
    Raises :class:`RuleError` for a bad file or an unknown id."""
    path = Path(file_or_id).expanduser()
    if path.is_file():
        return load_rule_file(path)
    for rule, _origin in all_rules(session):
        if rule.id == file_or_id:
            return rule
    raise RuleError(file_or_id, 0, "", "no such rule file or rule id (see: casework rules list)")
