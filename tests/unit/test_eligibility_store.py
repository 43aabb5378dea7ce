"""Users' rules kept in the vault: add, replace, list, find by file or id."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.eligibility import RuleError, add_rule_file, all_rules, resolve_rule

RULE = """\
id = "{id}"
title = "{title}"
kind = "pardon"
[[clauses]]
effect = "eligible"
[clauses.when]
sex = "female"
"""


class FakeVault:
    def __init__(self) -> None:
        self.records: dict[tuple[str, str], Any] = {}

    def put_vault_record(self, kind: str, name: str, payload: Any) -> None:
        self.records[(kind, name)] = payload

    def vault_records(self, kind: str) -> list[Any]:
        return [v for (k, _), v in self.records.items() if k == kind]


def write(tmp_path: Path, rule_id: str, title: str = "Mine") -> Path:
    path = tmp_path / f"{rule_id}-{title}.toml"
    path.write_text(RULE.format(id=rule_id, title=title), encoding="utf-8")
    return path


def test_add_list_and_find_by_id(tmp_path: Path) -> None:
    vault = FakeVault()
    rule, replaced = add_rule_file(vault, write(tmp_path, "ngo-women"))
    assert (rule.id, replaced) == ("ngo-women", None)
    assert vault.records[("rule", "ngo-women")]["text"].startswith('id = "ngo-women"')
    origins = {r.id: origin for r, origin in all_rules(vault)}
    assert origins["ngo-women"] == "vault" and origins["az-cc-76-parole"] == "builtin"
    assert resolve_rule(vault, "ngo-women").title == "Mine"
    assert resolve_rule(vault, "az-amnesty-2025-12").kind == "amnesty"


def test_adding_again_replaces(tmp_path: Path) -> None:
    vault = FakeVault()
    add_rule_file(vault, write(tmp_path, "ngo-women"))
    _, replaced = add_rule_file(vault, write(tmp_path, "ngo-women", "Second"))
    assert replaced == "vault"
    assert resolve_rule(vault, "ngo-women").title == "Second"


def test_a_checked_rule_replaces_the_built_in_one(tmp_path: Path) -> None:
    vault = FakeVault()
    _, replaced = add_rule_file(vault, write(tmp_path, "az-cc-76-parole", "Checked"))
    assert replaced == "builtin"
    assert resolve_rule(vault, "az-cc-76-parole").title == "Checked"
    assert [origin for r, origin in all_rules(vault) if r.id == "az-cc-76-parole"] == ["vault"]


def test_bad_file_stores_nothing_and_unknown_id_is_an_error(tmp_path: Path) -> None:
    vault = FakeVault()
    bad = tmp_path / "bad.toml"
    bad.write_text(RULE.format(id="x", title="t").replace("female", "woman"), encoding="utf-8")
    with pytest.raises(RuleError) as caught:
        add_rule_file(vault, bad)
    assert caught.value.key == "clauses[0].when.sex"
    assert vault.records == {}
    with pytest.raises(RuleError, match="rules list"):
        resolve_rule(vault, "no-such-rule")
    assert resolve_rule(vault, str(write(tmp_path, "from-file"))).id == "from-file"
