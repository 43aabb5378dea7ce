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


def add_rule_file(session: RuleStore, path: str | Path) -> tuple[Rule, str | None]:
    """Validate a rule file and store it. Returns the rule and what it replaces: ``vault``
    (a rule added before with the same id), ``builtin`` (a built-in rule with that id, e.g.
    once checked against the official text), or None. Raises :class:`RuleError` for a bad
    file; nothing is stored then."""
    text = read_rule_text(path)
    rule = parse_rule_text(text, str(path))
    replaced: str | None = None
    if any(existing.id == rule.id for existing in stored_rules(session)):
        replaced = "vault"
    elif rule.id in {builtin.id for builtin in load_builtin_rules()}:
        replaced = "builtin"
    payload = {"id": rule.id, "text": text, "filename": Path(path).name}
    session.put_vault_record(RECORD_KIND, rule.id, payload)
    return rule, replaced


def all_rules(session: RuleStore) -> list[tuple[Rule, str]]:
    """Every rule with where it comes from, ``builtin`` or ``vault``; a rule added to the
    vault replaces a built-in rule with the same id."""
    own = stored_rules(session)
    ids = {rule.id for rule in own}
    builtin = [(rule, "builtin") for rule in load_builtin_rules() if rule.id not in ids]
    return builtin + [(rule, "vault") for rule in own]


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
