"""Groups are the user's own vocabulary: any id of lowercase letters, digits and ``_``.

The built-in defaults are the twelve groups of the union's list of political prisoners, as
the press names them, with names in English, Azerbaijani and Russian; a vault keeps its own
names per language (:mod:`app.group_store`), which win over these. What a person sees is
:func:`display_name`: the vault's name in the language, else the built-in one, else a name
the user gave in another language, else the id made readable (``soyudlu_unrest`` →
"Soyudlu unrest") — never a raw id. See docs/groups.md.

Pure; safe on any thread.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from anyascii import anyascii

LANGUAGES = ("en", "az", "ru")
GROUP_ID = re.compile(r"[a-z0-9_]+")
MAX_NAME_LENGTH = 120

Names = Mapping[str, Mapping[str, str]]  # group id -> language -> name

DEFAULT_NAMES: dict[str, dict[str, str]] = {
    "religious_believers": {
        "en": "Religious believers",
        "az": "Dindarlar",
        "ru": "Верующие",
    },
    "journalists": {"en": "Journalists", "az": "Jurnalistlər", "ru": "Журналисты"},
    "opposition_members": {
        "en": "Opposition party members",
        "az": "Müxalifət partiyalarının üzvləri",
        "ru": "Члены оппозиционных партий",
    },
    "civil_activists": {
        "en": "Civil activists",
        "az": "Vətəndaş fəalları",
        "ru": "Гражданские активисты",
    },
    "human_rights_defenders": {
        "en": "Human rights defenders",
        "az": "Hüquq müdafiəçiləri",
        "ru": "Правозащитники",
    },
    "deported_emigrants": {
        "en": "Emigrants deported to Azerbaijan",
        "az": "Azərbaycana deportasiya edilmiş mühacirlər",
        "ru": "Эмигранты, депортированные в Азербайджан",
    },
    "national_minorities": {
        "en": "National minorities",
        "az": "Milli azlıqlar",
        "ru": "Национальные меньшинства",
    },
    "soyudlu_unrest": {
        "en": "Söyüdlü protests",
        "az": "Söyüdlü etirazları",
        "ru": "Протесты в Сёютлю",
    },
    "imishli_unrest": {
        "en": "Imishli unrest",
        "az": "İmişli hadisələri",
        "ru": "События в Имишли",
    },
    "ganja_case": {"en": "Ganja case", "az": "Gəncə işi", "ru": "Гянджинское дело"},
    "tartar_case": {"en": "Tartar case", "az": "Tərtər işi", "ru": "Тертерское дело"},
    "nardaran_case": {"en": "Nardaran case", "az": "Nardaran işi", "ru": "Нардаранское дело"},
}
DEFAULT_GROUPS: tuple[str, ...] = tuple(DEFAULT_NAMES)

# The ids of Casework 0.1 (before the defaults were the union's twelve). Two have a
# counterpart and are renamed when a vault is first opened; the others are kept as the
# user's own groups with the names they had (no membership is lost).
LEGACY_RENAMED: dict[str, str] = {
    "opposition_party_members": "opposition_members",
    "ethnic_minorities": "national_minorities",
}
LEGACY_NAMES: dict[str, dict[str, str]] = {
    "lgbt": {"en": "LGBT people", "az": "LGBT insanlar", "ru": "ЛГБТ-люди"},
    "military": {"en": "Military", "az": "Hərbçilər", "ru": "Военные"},
    "scientists_and_academics": {
        "en": "Scientists and academics",
        "az": "Alimlər və akademiklər",
        "ru": "Учёные и преподаватели",
    },
    "bloggers_and_online_activists": {
        "en": "Bloggers and online activists",
        "az": "Bloqerlər və onlayn fəallar",
        "ru": "Блогеры и интернет-активисты",
    },
    "relatives_of_dissidents": {
        "en": "Relatives of dissidents",
        "az": "Dissidentlərin qohumları",
        "ru": "Родственники диссидентов",
    },
    "others": {"en": "Others", "az": "Digərləri", "ru": "Другие"},
}


class GroupError(ValueError):
    """A group id or name that cannot be used; ``field`` names what was wrong."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        super().__init__(f"{field}: {message}")


def is_group_id(value: str) -> bool:
    return GROUP_ID.fullmatch(value) is not None


def check_group_id(value: str, field: str = "group") -> str:
    """``value`` if it is a group id, else :class:`GroupError` naming ``field``."""
    if not is_group_id(value):
        raise GroupError(
            field, f"{value!r} is not a group id (lowercase letters, digits and _ only)"
        )
    return value


def check_name(value: str, field: str = "name") -> str:
    """A display name with its spaces tidied; :class:`GroupError` when empty or too long."""
    name = " ".join(value.split())
    if not name:
        raise GroupError(field, "is empty")
    if len(name) > MAX_NAME_LENGTH:
        raise GroupError(field, f"is longer than {MAX_NAME_LENGTH} characters")
    return name


def check_language(value: str) -> str:
    if value not in LANGUAGES:
        raise GroupError("language", f"{value!r} is not one of {', '.join(LANGUAGES)}")
    return value


def id_for_name(name: str, taken: Iterable[str] = ()) -> str:
    """A new group id for a name the user typed (any script): ``"Tələbələr"`` → ``telebeler``,
    ``"Студенты 2024"`` → ``studenty_2024``; ``_2``, ``_3``... when the id is taken."""
    base = re.sub(r"[^a-z0-9]+", "_", anyascii(name).lower()).strip("_") or "group"
    used = set(taken)
    found, number = base, 2
    while found in used:
        found, number = f"{base}_{number}", number + 1
    return found


def humanise(group_id: str) -> str:
    """``soyudlu_unrest`` → ``Soyudlu unrest``."""
    text = " ".join(group_id.replace("_", " ").split())
    return text[:1].upper() + text[1:] if text else group_id


def display_name(group_id: str, language: str = "en", names: Names | None = None) -> str:
    """What a person sees for a group in ``language`` (see the module docstring)."""
    own = (names or {}).get(group_id) or {}
    if own.get(language):
        return own[language]
    builtin = DEFAULT_NAMES.get(group_id) or LEGACY_NAMES.get(group_id)
    if builtin is not None:
        return builtin.get(language) or builtin["en"]
    for other in LANGUAGES:
        if own.get(other):
            return own[other]
    return humanise(group_id)


def names_in(
    language: str, names: Names | None = None, extra: Iterable[str] = ()
) -> dict[str, str]:
    """Group id -> display name in ``language`` for the defaults, the vault's named groups
    and ``extra`` ids (those in use), in that order."""
    ids = dict.fromkeys([*DEFAULT_GROUPS, *(names or {}), *extra])
    return {group_id: display_name(group_id, language, names) for group_id in ids}


def migrated_groups(groups: Iterable[str]) -> tuple[str, ...]:
    """A person's groups with the renamed legacy ids replaced (order kept, no duplicates)."""
    return tuple(dict.fromkeys(LEGACY_RENAMED.get(group, group) for group in groups))
