"""The words a printed page or an exported list shows for the core's codes, in English,
Azerbaijani and Russian — the one place for printed words (see docs/reports.md).

Printed reports and list exports are built in ``app/`` and use these, so the CLI and the
app print the same document; the desktop app shows the same words on screen
(``ui/desktop/labels.py`` reads these tables and translates only the screen's own words).
Every table has all three languages (a test checks it); dates are written as each language
writes them (``2 March 1985``, ``2 mart 1985``, ``2 марта 1985``) and terms in words with
the right plural (``3 года 6 месяцев``). Pure.
"""

from __future__ import annotations

from datetime import date

from app.deadline_kinds import KINDS as DEADLINE_KINDS
from app.deadline_kinds import kind_label
from app.groups import DEFAULT_NAMES, LEGACY_NAMES
from app.terms import Term

LANGUAGES = ("en", "az", "ru")
DEFAULT_LANGUAGE = "en"
LANGUAGE_NAMES = {"en": "English", "az": "Azərbaycan dili", "ru": "Русский"}

# code -> (English, Azerbaijani, Russian)
W = tuple[str, str, str]

TABLES: dict[str, dict[str, W]] = {
    "status": {
        "pretrial": ("Pretrial", "İstintaq dövründə", "Под следствием"),
        "imprisoned": ("Imprisoned", "Həbsdə", "В заключении"),
        "released": ("Released", "Azad edilib", "Освобождён"),
        "deceased": ("Deceased", "Vəfat edib", "Умер"),
        "unknown": ("Unknown", "Naməlum", "Неизвестно"),
    },
    # The Azerbaijani Criminal Code's own categories (Art. 15), the Russian in the singular
    # neuter that agrees with "преступление".
    "category": {
        "minor": (
            "Minor",
            "Böyük ictimai təhlükə törətməyən",
            "Не представляющее большой общественной опасности",
        ),
        "less_serious": ("Less serious", "Az ağır", "Менее тяжкое"),
        "grave": ("Grave", "Ağır", "Тяжкое"),
        "especially_grave": ("Especially grave", "Xüsusilə ağır", "Особо тяжкое"),
    },
    "sex": {
        "male": ("Male", "Kişi", "Мужской"),
        "female": ("Female", "Qadın", "Женский"),
        "other": ("Other", "Digər", "Другой"),
    },
    "custody": {
        "pretrial_detention": (
            "Pretrial detention",
            "Həbs qətimkan tədbiri",
            "Содержание под стражей",
        ),
        "house_arrest": ("House arrest", "Ev dustaqlığı", "Домашний арест"),
        "administrative_detention": (
            "Administrative detention",
            "İnzibati həbs",
            "Административный арест",
        ),
        "other": ("Other custody", "Digər azadlıqdan məhrumetmə", "Иное лишение свободы"),
    },
    "visibility": {
        "privileged": (
            "Privileged (lawyers only)",
            "Məxfi (yalnız vəkillər üçün)",
            "Конфиденциально (только адвокатам)",
        ),
        "family": ("Family", "Ailə", "Семья"),
        "public": ("Public", "Açıq", "Публично"),
    },
    "result": {
        "eligible": ("Eligible", "Şamil olunur", "Подпадает"),
        "eligible_from": (
            "Eligible from a later date",
            "Sonrakı tarixdən şamil olunur",
            "Подпадает с более поздней даты",
        ),
        "not_eligible": ("Not eligible", "Şamil olunmur", "Не подпадает"),
        "needs_review": ("Needs review", "Yoxlanılmalıdır", "Требует проверки"),
    },
    "effect": {
        "release": ("release", "azad edilmə", "освобождение"),
        "reduce": ("sentence reduction", "cəzanın azaldılması", "сокращение срока"),
        "eligible": ("right to apply", "müraciət hüququ", "право на обращение"),
    },
    "event": {
        "arrest": ("Arrest", "Həbs", "Арест"),
        "charge": ("Charge", "İttiham", "Обвинение"),
        "hearing": ("Hearing", "Məhkəmə iclası", "Судебное заседание"),
        "verdict": ("Verdict", "Hökm", "Приговор"),
        "appeal_filed": ("Appeal filed", "Apellyasiya şikayəti verilib", "Подана апелляция"),
        "appeal_decision": ("Appeal decision", "Apellyasiya qərarı", "Решение апелляции"),
        "cassation_filed": (
            "Cassation appeal filed",
            "Kassasiya şikayəti verilib",
            "Подана кассация",
        ),
        "cassation_decision": ("Cassation decision", "Kassasiya qərarı", "Решение кассации"),
        "final_decision": ("Final decision", "Yekun qərar", "Окончательное решение"),
        "detention_appeal_decision": (
            "Appeal court decision on pretrial detention",
            "Apellyasiya məhkəməsinin həbs qətimkan tədbiri barədə qərarı",
            "Решение апелляционного суда о содержании под стражей",
        ),
        "echr_application": ("Application to the ECHR", "AİHM-ə şikayət", "Жалоба в ЕСПЧ"),
        "detention_extended": (
            "Detention extended",
            "Həbs müddəti uzadılıb",
            "Срок содержания продлён",
        ),
        "transfer": ("Transfer", "Köçürülmə", "Этапирование"),
        "visit": ("Visit", "Görüş", "Свидание"),
        "hunger_strike": ("Hunger strike", "Aclıq aksiyası", "Голодовка"),
        "health": ("Health", "Sağlamlıq", "Здоровье"),
        "release": ("Release", "Azad edilmə", "Освобождение"),
        "reminder": ("Reminder", "Xatırlatma", "Напоминание"),
        "other": ("Other event", "Digər hadisə", "Другое событие"),
        "amnesty_reduction": (
            "Amnesty reduction",
            "Amnistiya ilə azaldılma",
            "Сокращение по амнистии",
        ),
        "pardon": ("Pardon", "Əfv", "Помилование"),
        "appeal_change": (
            "Sentence changed on appeal",
            "Apellyasiyada cəza dəyişdirilib",
            "Наказание изменено в апелляции",
        ),
        "sentence_change": ("Sentence changed", "Cəza dəyişdirilib", "Наказание изменено"),
    },
    "rule_kind": {
        "amnesty": ("Amnesty", "Amnistiya", "Амнистия"),
        "parole": (
            "Parole",
            "Şərti olaraq vaxtından əvvəl azad etmə",
            "Условно-досрочное освобождение",
        ),
        "pardon": ("Pardon", "Əfv", "Помилование"),
        "replacement": (
            "Replacement of the unserved part",
            "Cəzanın çəkilməmiş hissəsinin əvəz edilməsi",
            "Замена неотбытой части наказания",
        ),
    },
    "regime": {
        "general": ("General regime", "Ümumi rejim", "Общий режим"),
        "strict": ("Strict regime", "Ciddi rejim", "Строгий режим"),
        "special": ("Special regime", "Xüsusi rejim", "Особый режим"),
        "prison": ("Prison", "Həbsxana", "Тюрьма"),
        "settlement": ("Colony-settlement", "Koloniya-məskən", "Колония-поселение"),
    },
    "recidivism": {
        "none": ("None", "Yoxdur", "Нет"),
        "repeat": ("Repeat offence", "Residiv", "Рецидив"),
        "dangerous": ("Dangerous repeat offence", "Təhlükəli residiv", "Опасный рецидив"),
        "especially_dangerous": (
            "Especially dangerous repeat offence",
            "Xüsusilə təhlükəli residiv",
            "Особо опасный рецидив",
        ),
    },
}

_INDEX = {lang: index for index, lang in enumerate(LANGUAGES)}

# Groups and deadline kinds have their own single source (app.groups, app.deadline_kinds);
# the report's tables read them from there.
TABLES["group"] = {
    code: (names["en"], names["az"], names["ru"])
    for code, names in {**LEGACY_NAMES, **DEFAULT_NAMES}.items()
}
TABLES["deadline"] = {
    kind: (kind_label(kind, "en"), kind_label(kind, "az"), kind_label(kind, "ru"))
    for kind in DEADLINE_KINDS
}


class LanguageError(ValueError):
    """A language that is not one of en, az, ru."""


def check_language(lang: str | None) -> str:
    """``lang`` when it is one of :data:`LANGUAGES` (any case, ``ru_RU`` counts as ``ru``);
    an empty value is :data:`DEFAULT_LANGUAGE`. Raises :class:`LanguageError`."""
    if not lang:
        return DEFAULT_LANGUAGE
    short = lang.strip().casefold().replace("-", "_").split("_", 1)[0]
    if short not in _INDEX:
        raise LanguageError(f"unknown language {lang!r}: one of {', '.join(LANGUAGES)}")
    return short


def pick(words: W, lang: str) -> str:
    """The ``lang`` word of an (English, Azerbaijani, Russian) triple."""
    return words[_INDEX.get(lang, 0)]


def _fallback(code: str) -> str:
    text = code.replace("_", " ").strip()
    return text[:1].upper() + text[1:]


def word(table: str, code: str | None, lang: str = DEFAULT_LANGUAGE) -> str:
    """The word for ``code`` in ``table`` (a key of :data:`TABLES`); ``—`` for None. A code
    no table knows (a user's own group, a free-text regime) is shown as written, with
    ``_`` as spaces."""
    if not code:
        return "—"
    found = TABLES.get(table, {}).get(code)
    return pick(found, lang) if found else _fallback(code)


# Russian status words that agree with a woman (the table's are masculine).
_RU_FEMININE = {"status": {"released": "Освобождена", "deceased": "Умерла"}}


def person_word(table: str, code: str | None, sex: str | None, lang: str = DEFAULT_LANGUAGE) -> str:
    """:func:`word` agreeing with the person: ``Освобождена`` / ``Умерла`` for a woman in
    Russian (``Освобождён`` / ``Умер`` otherwise)."""
    if lang == "ru" and sex == "female" and code:
        found = _RU_FEMININE.get(table, {}).get(code)
        if found:
            return found
    return word(table, code, lang)


def words(table: str, codes: tuple[str, ...] | list[str], lang: str = DEFAULT_LANGUAGE) -> str:
    """Several codes' words joined with commas; ``—`` for none."""
    return ", ".join(word(table, code, lang) for code in codes) if codes else "—"


def inline_word(text: str) -> str:
    """A table's word inside a sentence: ``Less serious`` → ``less serious``, ``В
    заключении`` → ``в заключении``, ``İstintaq`` → ``istintaq`` (an abbreviation such as
    ``LGBT`` stays)."""
    first = text.split(" ", 1)[0]
    if len(first) > 1 and not first[1:].islower():
        return text
    # Azerbaijani İ is the capital of i (Python's lower() would add a combining dot)
    return ("i" if text[:1] == "İ" else text[:1].lower()) + text[1:]


# Tables searched by :func:`label` for a bare code (older callers), most specific first.
_LABEL_ORDER = ("status", "category", "custody", "deadline", "event", "group", "sex", "visibility")


def label(code: str | None, lang: str = DEFAULT_LANGUAGE) -> str:
    """``religious_believers`` → ``Religious believers``; None → ``—``. Prefer
    :func:`word`, which knows which table the code is from."""
    if not code:
        return "—"
    for table in _LABEL_ORDER:
        if code in TABLES[table]:
            return pick(TABLES[table][code], lang)
    return _fallback(code)


def labels(codes: tuple[str, ...] | list[str], lang: str = DEFAULT_LANGUAGE) -> str:
    return ", ".join(label(code, lang) for code in codes) if codes else "—"


# ---------------------------------------------------------------- dates

_MONTHS: dict[str, tuple[str, ...]] = {
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
    "az": (
        "yanvar", "fevral", "mart", "aprel", "may", "iyun",
        "iyul", "avqust", "sentyabr", "oktyabr", "noyabr", "dekabr",
    ),
    # Russian writes the month in the genitive after the day: 2 марта 1985.
    "ru": (
        "января", "февраля", "марта", "апреля", "мая", "июня",
        "июля", "августа", "сентября", "октября", "ноября", "декабря",
    ),
}  # fmt: skip

_MONTHS_ALONE: dict[str, tuple[str, ...]] = {
    "en": _MONTHS["en"],
    "az": tuple(m.capitalize() for m in _MONTHS["az"]),
    "ru": (
        "Январь", "Февраль", "Март", "Апрель", "Май", "Июнь",
        "Июль", "Август", "Сентябрь", "Октябрь", "Ноябрь", "Декабрь",
    ),
}  # fmt: skip


def date_words(day: date | None, lang: str = DEFAULT_LANGUAGE) -> str:
    """``2 March 1985`` / ``2 mart 1985`` / ``2 марта 1985``; ``—`` for None."""
    if day is None:
        return "—"
    return f"{day.day} {_MONTHS.get(lang, _MONTHS['en'])[day.month - 1]} {day.year}"


def month_words(year: int, month: int, lang: str = DEFAULT_LANGUAGE) -> str:
    """``March 2026`` / ``Mart 2026`` / ``Март 2026``."""
    return f"{_MONTHS_ALONE.get(lang, _MONTHS_ALONE['en'])[month - 1]} {year}"


# ---------------------------------------------------------------- numbers of things


def decimal_words(value: float, lang: str = DEFAULT_LANGUAGE, places: int = 1) -> str:
    """``63.5`` in English, ``63,5`` in Azerbaijani and Russian (a decimal comma)."""
    text = f"{value:.{places}f}"
    return text if lang == "en" else text.replace(".", ",")


def ru_plural(number: int, one: str, few: str, many: str) -> str:
    """Russian noun form after a number: 1 год, 2 года, 5 лет, 11 лет, 21 год, 22 года."""
    n = abs(number)
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


# unit -> English singular, plural; Azerbaijani (no plural after a number); Russian forms
_UNITS: dict[str, tuple[tuple[str, str], str, tuple[str, str, str]]] = {
    "year": (("year", "years"), "il", ("год", "года", "лет")),
    "month": (("month", "months"), "ay", ("месяц", "месяца", "месяцев")),
    "week": (("week", "weeks"), "həftə", ("неделя", "недели", "недель")),
    "day": (("day", "days"), "gün", ("день", "дня", "дней")),
}
# Russian genitive after a number governed by "более", "не менее", "менее", "не более":
# 1 года, 21 года; 2 лет, 5 лет, 11 лет (the genitive plural from 2 on).
_RU_GENITIVE: dict[str, tuple[str, str]] = {
    "year": ("года", "лет"),
    "month": ("месяца", "месяцев"),
    "week": ("недели", "недель"),
    "day": ("дня", "дней"),
}

# The grammatical cases a phrase may ask an amount in. A language that does not mark a case
# writes the amount as in the nominative:
# - ``genitive``: Russian after "более/менее/не более/не менее" (``более 1 года``);
# - ``ablative``: Azerbaijani before "çox/az" (``6 aydan çox``, ``5 ildən az``).
CASES = ("nominative", "genitive", "ablative")

_AZ_BACK_VOWELS = frozenset("aıou")
_AZ_VOWELS = frozenset("aıoueəiöü")


def az_ablative(text: str) -> str:
    """Azerbaijani ablative ``-dan``/``-dən`` on a phrase's last word, by vowel harmony:
    ``6 ay`` → ``6 aydan``, ``5 il`` → ``5 ildən``, ``2 həftə`` → ``2 həftədən``."""
    for letter in reversed(text.casefold()):
        if letter in _AZ_VOWELS:
            return text + ("dan" if letter in _AZ_BACK_VOWELS else "dən")
    return text + "dən"


def _az_number_suffix(number: int, back: str, front: str, round_: str, front_round: str) -> str:
    """The suffix vowel of a number written in digits, from the last word said:
    1 bir, 2 iki, 3 üç, 4 dörd, 5 beş, 6 altı, 7 yeddi, 8 səkkiz, 9 doqquz; 10 on,
    20 iyirmi, 30 otuz, 40 qırx, 50 əlli, 60 altmış, 70 yetmiş, 80 səksən, 90 doxsan;
    100 yüz, 1000 min, 0 sıfır (back: a/ı; front: e/ə/i; round: o/u; front round: ö/ü)."""
    n = abs(number)
    units = {1: front, 2: front, 3: front_round, 4: front_round, 5: front, 6: back,
             7: front, 8: front, 9: round_}  # fmt: skip
    tens = {1: round_, 2: front, 3: round_, 4: back, 5: front, 6: back, 7: front, 8: front,
            9: back}  # fmt: skip
    if n == 0:
        return back
    if n % 10:
        return units[n % 10]
    if n % 100:
        return tens[(n // 10) % 10]
    if n % 1000:
        return front_round  # yüz
    return front  # min, milyon


def az_ordinal(number: int) -> str:
    """An Azerbaijani ordinal in digits: ``1-ci``, ``3-cü``, ``6-cı``, ``9-cu``, ``40-cı``,
    ``76-cı``, ``100-cü``."""
    return f"{number}-c" + _az_number_suffix(number, "ı", "i", "u", "ü")


def az_number_ablative(number: int) -> str:
    """A number in digits in the Azerbaijani ablative: ``18-dən``, ``6-dan``, ``30-dan``."""
    return f"{number}-d" + _az_number_suffix(number, "a", "ə", "a", "ə") + "n"


def count_words(
    number: int, unit: str, lang: str = DEFAULT_LANGUAGE, case: str = "nominative"
) -> str:
    """``3 years`` / ``3 il`` / ``3 года`` (``unit``: year, month, week, day); ``case``
    one of :data:`CASES` (``genitive``: ``3 лет``; ``ablative``: ``3 ildən``)."""
    english, azerbaijani, russian = _UNITS[unit]
    if lang == "az":
        noun = azerbaijani
    elif lang == "ru" and case == "genitive":
        n = abs(number)
        one, many = _RU_GENITIVE[unit]
        noun = one if n % 10 == 1 and n % 100 != 11 else many
    elif lang == "ru":
        noun = ru_plural(number, *russian)
    else:
        noun = english[0] if number == 1 else english[1]
    text = f"{number} {noun}"
    return az_ablative(text) if lang == "az" and case == "ablative" else text


def term_words(term: Term, lang: str = DEFAULT_LANGUAGE, case: str = "nominative") -> str:
    """``P3Y6M`` → ``3 years 6 months`` / ``3 il 6 ay`` / ``3 года 6 месяцев``; in the
    ``genitive`` (``более 3 лет 6 месяцев``) or ``ablative`` (``3 il 6 aydan çox``)."""
    parts = [
        count_words(value, unit, lang, "genitive" if case == "genitive" else "nominative")
        for value, unit in (
            (term.years, "year"),
            (term.months, "month"),
            (term.weeks, "week"),
            (term.days, "day"),
        )
        if value
    ]
    text = " ".join(parts) if parts else count_words(0, "day", lang, case)
    if parts and lang == "az" and case == "ablative":
        return az_ablative(text)
    return text


def term_text_words(text: str, lang: str = DEFAULT_LANGUAGE, case: str = "nominative") -> str:
    """An ISO 8601 duration written as text (a rule's ``"P6M"``) in words, in ``case``;
    other text (or ``life``) as :func:`life_words` or unchanged."""
    from app.terms import TermError

    if text.strip().casefold() == "life":
        return life_words(lang)
    try:
        return term_words(Term.parse(text), lang, case)
    except TermError:
        return text


def life_words(lang: str = DEFAULT_LANGUAGE) -> str:
    return pick(
        ("life imprisonment", "ömürlük azadlıqdan məhrum etmə", "пожизненное лишение свободы"), lang
    )


_ABOUT: W = ("about", "təxminən", "около")


def days_words(days: int, lang: str = DEFAULT_LANGUAGE) -> str:
    """``1 day``; ``400 days (about 1 year 1 month)`` in ``lang``."""
    text = count_words(days, "day", lang)
    if days >= 60:
        years, rest = divmod(days, 365)
        months = round(rest / 30.44)
        if months == 12:
            years, months = years + 1, 0
        case = "genitive"  # Russian "около" takes the genitive: около 1 года 1 месяца
        about = " ".join(
            part
            for part in (
                count_words(years, "year", lang, case) if years else "",
                count_words(months, "month", lang, case) if months else "",
            )
            if part
        )
        text += f" ({pick(_ABOUT, lang)} {about})"
    return text
