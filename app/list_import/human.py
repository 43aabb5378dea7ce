"""Lists as people keep them: column titles, values, terms and dates as people write them in
English, Azerbaijani and Russian (see docs/list-import.md).

- :data:`HEADER_TITLES`: the usual titles of each field's column (``ФИО``, ``Ad, soyad``,
  ``Cəza müddəti``, ``Начало срока``...), matched case- and whitespace-insensitively.
- :data:`VALUE_WORDS`: status, category and sex values in the three languages.
- :func:`parse_term_text`: ``9 years``, ``3 y 6 m``, ``3 il 6 ay``, ``3 года 6 месяцев``,
  ``6 мес.``, ``life`` / ``ömürlük`` / ``пожизненно``, or ISO 8601 (``P3Y6M``).
- :func:`group_id`: a group written as a display name (``Journalists``, ``Jurnalistlər``,
  ``Журналисты``) as its id, and a new group's id made from its name.

Pure.
"""

from __future__ import annotations

import re

from anyascii import anyascii

from app.terms import MAX_TOTAL_DAYS, MAX_TOTAL_MONTHS, Term, TermError
from app.words import TABLES

LIFE = "life"

_PUNCTUATION = re.compile(r"[^\w]+")


def simplify(text: str) -> str:
    """Case, spaces, punctuation, ``_`` and ``ё`` do not matter: ``" Ad, soyad "`` →
    ``ad soyad``; ``Full_Name`` → ``full name``."""
    folded = text.strip().strip("\ufeff").casefold().replace("ё", "е").replace("_", " ")
    return " ".join(_PUNCTUATION.sub(" ", folded).split())


HEADER_TITLES: dict[str, tuple[str, ...]] = {
    "full_name": (
        "full name", "name", "person", "name surname", "surname name", "first name last name",
        "ad soyad", "soyad ad", "adı soyadı", "soyadı adı", "soyadı adı atasının adı",
        "ad soyad ata adı", "soyad ad ata adı", "şəxs",
        "фио", "ф и о", "имя", "полное имя", "имя фамилия", "фамилия имя",
        "фамилия имя отчество",
    ),
    "aliases": (
        "aliases", "alias", "also known as", "other spellings", "aka",
        "digər yazılışlar", "digər yazılış", "başqa yazılış", "digər adlar", "başqa adlar",
        "другие написания", "другое написание", "псевдонимы",
    ),
    "birth_date": (
        "birth date", "date of birth", "born", "dob", "birthday",
        "doğum tarixi", "təvəllüd", "anadan olub",
        "дата рождения", "родился", "родилась",
    ),
    "sex": ("sex", "gender", "cins", "cinsi", "пол"),
    "groups": (
        "groups", "group", "qrup", "qruplar", "qrupu", "группа", "группы",
    ),
    "status": (
        "status", "situation", "vəziyyət", "vəziyyəti", "статус", "положение", "состояние",
    ),
    "articles": (
        "articles", "article", "charges", "article of the criminal code",
        "maddə", "maddələr", "cm maddəsi", "cinayət məcəlləsinin maddəsi", "ittiham",
        "статья", "статьи", "статьи ук", "статья ук", "обвинение",
    ),
    "category": (
        "category", "crime category", "category of crime",
        "kateqoriya", "cinayətin kateqoriyası",
        "категория", "категория преступления",
    ),
    "term": (
        "term", "sentence", "sentence term", "term of sentence", "prison term",
        "müddət", "cəza müddəti", "cəza", "həbs müddəti",
        "срок", "срок наказания", "наказание", "срок заключения",
    ),
    "start_date": (
        "start date", "start of term", "term start", "sentence start",
        "başlama tarixi", "başlanğıc", "cəzanın başlanğıcı", "cəzanın başlama tarixi",
        "müddətin başlanğıcı",
        "начало срока", "дата начала срока",
    ),
    "verdict_date": (
        "verdict date", "date of verdict", "verdict", "sentenced on", "judgment date",
        "hökm tarixi", "hökm", "hökmün tarixi",
        "дата приговора", "приговор", "осуждён", "осужден",
    ),
    "regime": ("regime", "prison regime", "rejim", "режим", "режим содержания"),
    "arrested_on": (
        "arrested on", "arrested", "arrest date", "date of arrest", "detained on",
        "həbs tarixi", "həbs", "həbs olunub", "tutulma tarixi", "saxlanılma tarixi",
        "дата ареста", "арестован", "задержан", "дата задержания",
    ),
    "notes": (
        "notes", "note", "comment", "comments", "remarks",
        "qeyd", "qeydlər", "şərh", "izah",
        "примечание", "примечания", "комментарий", "комментарии", "заметки",
    ),
}  # fmt: skip

_TITLE_FIELD = {simplify(t): f for f, titles in HEADER_TITLES.items() for t in titles}


def field_of_title(title: str) -> str | None:
    """The field a column title usually means, or None."""
    return _TITLE_FIELD.get(simplify(title))


VALUE_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "status": {
        "pretrial": ("pretrial", "pre trial", "under investigation", "awaiting trial", "on remand",
                     "istintaq dövründə", "istintaqda", "məhkəməyə qədər",
                     "под следствием", "в сизо", "под стражей до суда"),
        "imprisoned": ("imprisoned", "in prison", "serving sentence", "convicted", "jailed",
                       "həbsdə", "məhbus", "cəza çəkir", "məhkum",
                       "в заключении", "заключён", "отбывает наказание", "осуждён", "в тюрьме"),
        "released": ("released", "free", "freed", "azad edilib", "azad", "azadlıqda",
                     "освобождён", "освобождена", "на свободе"),
        "deceased": ("deceased", "died", "dead", "vəfat edib", "ölüb", "həlak olub",
                     "умер", "умерла", "скончался", "скончалась"),
        "unknown": ("unknown", "naməlum", "bilinmir", "неизвестно"),
    },
    "category": {
        "minor": ("minor", "little public danger", "of little public danger",
                  "böyük ictimai təhlükə törətməyən", "небольшой тяжести",
                  "не представляющие большой общественной опасности"),
        "less_serious": ("less serious", "medium", "az ağır", "средней тяжести",
                         "менее тяжкое", "менее тяжкий", "менее тяжкие"),
        "grave": ("grave", "serious", "ağır", "тяжкое", "тяжкий", "тяжкие", "тяжкое преступление"),
        "especially_grave": ("especially grave", "particularly grave", "xüsusilə ağır",
                             "особо тяжкое", "особо тяжкий", "особо тяжкие"),
    },
    "sex": {
        "male": ("male", "m", "man", "kişi", "k", "мужской", "м", "муж", "мужчина"),
        "female": ("female", "f", "woman", "qadın", "q", "женский", "ж", "жен", "женщина"),
        "other": ("other", "digər", "другой"),
    },
    # A regime as a list writes it without the word "regime" (the table's words, such as
    # "Общий режим", are read too).
    "regime": {
        "general": ("general", "ümumi", "общий"),
        "strict": ("strict", "ciddi", "строгий"),
        "special": ("special", "xüsusi", "особый"),
        "prison": ("prison", "həbsxana", "тюрьма", "тюремный"),
        "settlement": ("settlement", "colony settlement", "koloniya məskən", "колония поселение",
                       "поселение"),
    },
}  # fmt: skip

_VALUES = {
    table: {simplify(w): code for code, written in words.items() for w in (code, *written)}
    for table, words in VALUE_WORDS.items()
}
for _table in ("status", "category", "sex", "regime"):  # the printed words read back too
    for _code, _triple in TABLES[_table].items():
        for _word in (_code, *_triple):
            _VALUES[_table].setdefault(simplify(_word), _code)


def value_code(table: str, text: str) -> str | None:
    """The code a written value means (``В заключении`` → ``imprisoned``), or None."""
    return _VALUES[table].get(simplify(text))


def value_choices(table: str) -> str:
    """The codes of a table and a few ways to write them, for an error message."""
    return "; ".join(
        f"{code} ({', '.join(words[:1] + words[-1:])})"
        for code, words in VALUE_WORDS[table].items()
    )


# ---------------------------------------------------------------- terms

_UNIT_WORDS: dict[str, tuple[str, ...]] = {
    "years": ("y", "yr", "yrs", "year", "years", "il", "ili", "illik",
              "г", "год", "года", "лет"),
    "months": ("m", "mo", "mos", "mon", "month", "months", "ay", "ayı", "aylıq",
               "м", "мес", "месяц", "месяца", "месяцев"),
    "weeks": ("w", "wk", "wks", "week", "weeks", "həftə", "hf",
              "нед", "неделя", "недели", "недель"),
    "days": ("d", "day", "days", "gün", "g", "д", "дн", "день", "дня", "дней"),
}  # fmt: skip
_UNIT = {word: unit for unit, words in _UNIT_WORDS.items() for word in words}
_LIFE_WORDS = frozenset(
    simplify(w)
    for w in (
        "life", "life imprisonment", "life sentence", "lifelong",
        "ömürlük", "ömürlük həbs", "ömürlük azadlıqdan məhrum etmə",
        "ömürlük azadlıqdan məhrumetmə",
        "пожизненно", "пожизненное", "пожизненный", "пожизненное лишение свободы",
        "пожизненное заключение",
    )
)  # fmt: skip
# Words around a term that say nothing more ("9 лет лишения свободы", "5 il azadlıqdan
# məhrum etmə", "3 years of imprisonment").
_CONNECTORS = frozenset(
    {"and", "və", "и", "plus", "of", "imprisonment", "prison", "лишения", "свободы",
     "заключения", "azadlıqdan", "məhrum", "etmə", "məhrumetmə", "cəzası", "həbs"}
)  # fmt: skip
_PART = re.compile(r"(\d{1,6})\s*([^\W\d_]+)", re.UNICODE)


def parse_term_text(text: str) -> Term | str:
    """A term as people write it: a :class:`Term`, or :data:`LIFE` for a life sentence.
    Raises :class:`TermError` saying how to write it."""
    raw = text.strip()
    if not raw:
        raise TermError("the term is empty")
    if raw.upper().startswith("P"):
        return Term.parse(raw)
    simple = simplify(raw)
    if simple in _LIFE_WORDS:
        return LIFE
    values = {"years": 0, "months": 0, "weeks": 0, "days": 0}
    seen: set[str] = set()
    rest = simple
    for number, word in _PART.findall(simple):
        unit = _UNIT.get(word)
        if unit is None:
            raise TermError(f"{raw!r}: {word!r} is not a unit (years, months, weeks, days)")
        if unit in seen:
            raise TermError(f"{raw!r}: {unit} are given twice")
        seen.add(unit)
        values[unit] = int(number)
        rest = rest.replace(f"{number} {word}", " ", 1).replace(f"{number}{word}", " ", 1)
    leftover = [w for w in rest.split() if w not in _CONNECTORS]
    if not seen or leftover:
        raise TermError(
            f"{raw!r} is not a term: write it as, for example, 9 years, 3 y 6 m, 3 il 6 ay, "
            "3 года 6 месяцев, life, or P3Y6M"
        )
    term = Term(values["years"], values["months"], values["weeks"], values["days"])
    if term.is_zero():
        raise TermError(f"{raw!r} is a term of no time")
    if term.total_months > MAX_TOTAL_MONTHS or term.total_days > MAX_TOTAL_DAYS:
        raise TermError(f"{raw!r} is longer than 100 years")
    return term


# ---------------------------------------------------------------- groups

_GROUP_NAMES = {
    simplify(name): code for code, triple in TABLES["group"].items() for name in (code, *triple)
}
_ID_PART = re.compile(r"[^a-z0-9]+")


def group_id(text: str) -> str:
    """A group's id: a known group's name in any of the three languages gives its id;
    anything else becomes an id of lowercase letters, digits and ``_``
    (``Ganja case`` → ``ganja_case``, ``Журналисты-блогеры`` → ``zhurnalisty_blogery``).
    Empty when the text has no letter or digit."""
    known = _GROUP_NAMES.get(simplify(text))
    if known is not None:
        return known
    return _ID_PART.sub("_", anyascii(text.strip()).casefold()).strip("_")
