"""Groups are the user's vocabulary: names per language kept in the vault, the built-in twelve,
and vaults of Casework 0.1 migrated without losing a membership."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.case_json import parse_case
from app.group_store import group_names, known_groups, migrate_groups, rename_group
from app.groups import (
    DEFAULT_GROUPS,
    LANGUAGES,
    GroupError,
    check_group_id,
    display_name,
    id_for_name,
    migrated_groups,
)
from app.session import Session
from tests.conftest import FAST_KDF_MIB, PASSPHRASE

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "vaults" / "schema-1.cwvault"


def test_the_defaults_are_the_unions_twelve_named_in_every_language() -> None:
    assert DEFAULT_GROUPS == (
        "religious_believers",
        "journalists",
        "opposition_members",
        "civil_activists",
        "human_rights_defenders",
        "deported_emigrants",
        "national_minorities",
        "soyudlu_unrest",
        "imishli_unrest",
        "ganja_case",
        "tartar_case",
        "nardaran_case",
    )
    for group in DEFAULT_GROUPS:
        names = [display_name(group, language) for language in LANGUAGES]
        assert all(names) and not any("_" in name for name in names)
        assert len(set(names)) == 3, names  # no English left in az or ru
    assert display_name("ganja_case", "ru") == "Гянджинское дело"


def test_a_vaults_name_wins_and_an_unknown_id_is_made_readable() -> None:
    names = {"journalists": {"az": "Media işçiləri"}, "students": {"ru": "Студенты"}}
    assert display_name("journalists", "az", names) == "Media işçiləri"
    assert display_name("journalists", "en", names) == "Journalists"  # not renamed in en
    assert display_name("students", "ru", names) == "Студенты"
    assert display_name("students", "az", names) == "Студенты"  # the user's own words
    assert display_name("political_exiles", "az") == "Political exiles"
    assert display_name("lgbt", "ru") == "ЛГБТ-люди"  # a legacy id keeps its old names


def test_any_id_of_lowercase_letters_digits_and_underscores_is_a_group() -> None:
    assert check_group_id("students_2024") == "students_2024"
    for bad in ("Students", "students-2024", "", "tələbə", "a b"):
        with pytest.raises(GroupError, match="not a group id"):
            check_group_id(bad)


def test_a_typed_name_becomes_an_id_in_any_script() -> None:
    assert id_for_name("Tələbələr") == "telebeler"
    assert id_for_name("Студенты 2024") == "studenty_2024"
    assert id_for_name("Journalists", taken={"journalists"}) == "journalists_2"
    assert id_for_name("—") == "group"


def test_legacy_ids_with_a_counterpart_are_renamed_once() -> None:
    assert migrated_groups(("opposition_party_members", "opposition_members", "lgbt")) == (
        "opposition_members",
        "lgbt",
    )


def make_old_vault(path: Path, groups_per_case: list[list[str]]) -> list[str]:
    """A vault as Casework 0.1 left it: cases with its group ids and no group-names record
    (that version never wrote one; this one writes it on creation, so it is removed)."""
    session, _code = Session.create(path, PASSPHRASE, kdf_memory_mib=FAST_KDF_MIB)
    ids = []
    try:
        for number, groups in enumerate(groups_per_case):
            data = {"person": {"full_name": f"Person {number}", "groups": groups}}
            ids.append(session.add_case(parse_case(data)).id)
        session.delete_vault_record("groups", "names")
    finally:
        session.close()
    return ids


def test_a_vault_of_the_old_ids_is_migrated_without_losing_a_membership(tmp_path: Path) -> None:
    vault = tmp_path / "old.cwvault"
    first, second, third = make_old_vault(
        vault,
        [
            ["opposition_party_members", "journalists"],
            ["ethnic_minorities", "lgbt"],
            ["bloggers_and_online_activists"],
        ],
    )
    with Session.open(vault, PASSPHRASE) as session:
        assert session.get_case(first).person.groups == ("opposition_members", "journalists")
        assert session.get_case(second).person.groups == ("national_minorities", "lgbt")
        assert session.get_case(third).person.groups == ("bloggers_and_online_activists",)
        assert [h.source for h in session.history(first)].count("migration") == 1
        assert "migration" not in [h.source for h in session.history(third)]
        names = group_names(session)
        # The old ids without a counterpart are now the user's own, with their old names.
        assert names == {
            "lgbt": {"en": "LGBT people", "az": "LGBT insanlar", "ru": "ЛГБТ-люди"},
            "bloggers_and_online_activists": {
                "en": "Bloggers and online activists",
                "az": "Bloqerlər və onlayn fəallar",
                "ru": "Блогеры и интернет-активисты",
            },
        }
        assert known_groups(session)[:12] == list(DEFAULT_GROUPS)
        assert {"lgbt", "bloggers_and_online_activists"} <= set(known_groups(session))
        assert migrate_groups(session) == 0  # once only
    with Session.open(vault, PASSPHRASE) as session:  # and it stays so
        assert session.get_case(first).person.groups == ("opposition_members", "journalists")


def test_the_schema_1_fixture_keeps_every_group_and_shows_names(tmp_path: Path) -> None:
    vault = tmp_path / FIXTURE.name
    shutil.copyfile(FIXTURE, vault)
    with Session.open(vault, PASSPHRASE) as session:
        by_name = {row["full_name"]: list(row["groups"]) for row in session.list_rows()}
        assert by_name["Əli Həsənov"] == ["religious_believers"]
        assert by_name["Гюльнара Мамедова"] == ["journalists"]
        # A group the user typed in 0.1 stays theirs, shown readably.
        assert by_name["Tofiq Yaqubov"] == ["opposition_activists", "journalists"]
        names = group_names(session)
        assert display_name("opposition_activists", "az", names) == "Opposition activists"
        assert display_name("journalists", "az", names) == "Jurnalistlər"
        rename_group(session, "opposition_activists", "Müxalifət fəalları", "az")
    with Session.open(vault, PASSPHRASE) as session:
        assert display_name("opposition_activists", "az", group_names(session)) == (
            "Müxalifət fəalları"
        )


def test_renaming_refuses_a_bad_id_or_an_empty_name_and_changes_nothing(tmp_path: Path) -> None:
    session, _code = Session.create(tmp_path / "v.cwvault", PASSPHRASE, kdf_memory_mib=8)
    with session:
        rename_group(session, "journalists", "  Media   workers ", "en")
        for group_id, name, language, field in (
            ("Journalists", "x", "en", "group id"),
            ("journalists", "   ", "en", "name"),
            ("journalists", "x", "de", "language"),
        ):
            with pytest.raises(GroupError) as caught:
                rename_group(session, group_id, name, language)
            assert caught.value.field == field
        assert group_names(session) == {"journalists": {"en": "Media workers"}}
